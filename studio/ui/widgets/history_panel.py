"""The version tree of the session's jobs: thumbnails, failures marked, restore and branch."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.core.events import Failed
from studio.core.mask_io import import_mask_png
from studio.core.pil import Image
from studio.core.session import (
    LineageNode,
    lineage,
)
from studio.core.store import Store
from studio.i18n.core_text import core_text
from studio.ui.canvas.loader import LARGE_PIXELS
from studio.ui.canvas.view import CanvasView
from studio.ui.formatting import money
from studio.ui.state.gallery_model import GalleryModel
from studio.ui.state.jobs_state import JobsState
from studio.ui.state.request_state import RequestState
from studio.ui.thumbnails import ThumbnailCache
from studio.ui.vocabulary import value_label

JOB_ROLE = Qt.ItemDataRole.UserRole + 1
FAILED_COLOR = "#b03030"
STATUS_MARKS = {
    "failed": QT_TRANSLATE_NOOP("HistoryPanel", "✕ Failed"),
    "cancelled": QT_TRANSLATE_NOOP("HistoryPanel", "⊘ Cancelled"),
    "running": QT_TRANSLATE_NOOP("HistoryPanel", "… Running"),
}
ICON_SIZE = 40


def node_text(node: LineageNode) -> str:
    job = node.job
    cost = money(job.cost_usd) if job.cost_usd is not None else ""
    prompt = " ".join(job.prompt.split())
    short = prompt if len(prompt) <= 40 else prompt[:39] + "…"
    mark = STATUS_MARKS.get(job.status)
    parts = [QCoreApplication.translate("HistoryPanel", mark)] if mark else []
    parts += [value_label(job.mode), value_label(job.quality)] + ([cost] if cost else [])
    return f"{' · '.join(parts)} — {short}"


class HistoryPanel(QWidget):
    """Lineage as a tree (parents above their edits); the canvas's version is shown in bold."""

    restore_requested = Signal(str)  # job id: make its result the canvas
    branch_requested = Signal(str)  # job id: put its input and mask back, to try again

    def __init__(
        self,
        store: Store,
        model: GalleryModel,
        jobs: JobsState,
        request_state: RequestState,
        thumbnails: ThumbnailCache | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._model, self._jobs, self._request = store, model, jobs, request_state
        self._thumbnails = thumbnails
        self._unfinished: list[str] = []  # failed and cancelled jobs: no gallery tile to list them
        self._by_path: dict[str, QTreeWidgetItem] = {}
        self._build_ui()
        self._connect_signals()
        self.refresh()

    def _build_ui(self) -> None:
        self.setObjectName("history")
        self.tree = QTreeWidget(objectName="history_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.restore_button = QPushButton(self.tr("Restore"), objectName="history_restore")
        self.restore_button.setToolTip(self.tr("Make this version the canvas"))
        self.branch_button = QPushButton(self.tr("Branch"), objectName="history_branch")
        self.branch_button.setToolTip(self.tr("Start again from this version's input and mask"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.branch_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.branch_button.clicked.connect(self._on_branch_clicked)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self._jobs.job_finished.connect(self._on_jobs_job_finished)
        self._model.rowsRemoved.connect(self._on_model_rows_changed)
        self._model.modelReset.connect(self.refresh)
        self._request.origin_changed.connect(self.refresh)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        if self._thumbnails is not None:
            self._thumbnails.thumbnail_ready.connect(self._on_thumbnails_thumbnail_ready)

    def selected_job(self) -> str | None:
        self._jobs.turns.now(self.refresh)  # a job just finished: its row first
        item = self.tree.currentItem()
        return str(item.data(0, JOB_ROLE)) if item is not None else None

    def select_job(self, job_id: str) -> bool:
        for item in self._items():
            if item.data(0, JOB_ROLE) == job_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def unfinished(self) -> tuple[str, ...]:
        """Failed and cancelled jobs listed here (they have no gallery tile)."""
        return tuple(self._unfinished)

    def set_unfinished(self, job_ids: tuple[str, ...]) -> None:
        self._unfinished = list(job_ids)
        self.refresh()

    def job_ids(self) -> list[str]:
        return [str(item.data(0, JOB_ROLE)) for item in self._items()]

    def _items(self) -> list[QTreeWidgetItem]:
        self._jobs.turns.now(self.refresh)
        found: list[QTreeWidgetItem] = []
        pending = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while pending:
            item = pending.pop(0)
            found.append(item)
            pending += [item.child(i) for i in range(item.childCount())]
        return found

    @Slot()
    def refresh(self) -> None:
        selected = self.selected_job()
        job_ids = [item.job_id for item in self._model.items() if item.job_id]
        job_ids += self._unfinished
        if self._request.origin_job_id:
            job_ids.append(self._request.origin_job_id)
        self.tree.clear()
        self._by_path.clear()
        for node in lineage(self._store, job_ids):
            self.tree.addTopLevelItem(self._tree_item(node))
        self.tree.expandAll()
        if selected:
            self.select_job(selected)

    def _tree_item(self, node: LineageNode) -> QTreeWidgetItem:
        item = QTreeWidgetItem([node_text(node)])
        item.setData(0, JOB_ROLE, node.job.id)
        error = node.job.error_message if node.job.status in ("failed", "cancelled") else None
        item.setToolTip(0, f"{node.job.prompt}\n\n{core_text(error)}" if error else node.job.prompt)
        if node.job.status in ("failed", "cancelled"):
            item.setForeground(0, QBrush(QColor(FAILED_COLOR)))
        self._set_thumbnail(item, node.output_sha)
        if node.job.id == self._request.origin_job_id:
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        for child in node.children:
            item.addChild(self._tree_item(child))
        return item

    def _set_thumbnail(self, item: QTreeWidgetItem, sha: str | None) -> None:
        if self._thumbnails is None or sha is None:
            return
        try:
            path = str(self._store.image_path(sha))
        except KeyError:
            return
        self._by_path[path] = item
        pixmap = self._thumbnails.get(path)
        if pixmap is not None:
            item.setIcon(0, QIcon(pixmap))

    @Slot(str)
    def _on_thumbnails_thumbnail_ready(self, path: str) -> None:
        item = self._by_path.get(path)
        pixmap = self._thumbnails.get(path) if self._thumbnails is not None else None
        if item is not None and pixmap is not None:
            item.setIcon(0, QIcon(pixmap))

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_tree_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        has_result = False
        if current is not None:
            job_id = str(current.data(0, JOB_ROLE))
            has_result = bool(self._store.job_images(job_id, "output"))
        self.restore_button.setEnabled(has_result)  # a failed job has nothing to restore

    @Slot()
    def _on_restore_clicked(self) -> None:
        job_id = self.selected_job()
        if job_id:
            self.restore_requested.emit(job_id)

    @Slot()
    def _on_branch_clicked(self) -> None:
        job_id = self.selected_job()
        if job_id:
            self.branch_requested.emit(job_id)

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.restore_requested.emit(str(item.data(0, JOB_ROLE)))

    @Slot(str, object)
    def _on_jobs_job_finished(self, ticket: str, event: object) -> None:
        job_id = self._jobs.job(ticket).job_id
        if isinstance(event, Failed) and job_id and job_id not in self._unfinished:
            self._unfinished.append(job_id)
        self._jobs.turns.later(self.refresh)

    @Slot(QModelIndex, int, int)
    def _on_model_rows_changed(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        self.refresh()


def restore_mask(canvas: CanvasView, png: bytes) -> None:
    """Put a stored RGBA mask (transparent = edit) back on the canvas, fitted to its image."""
    if canvas.document.is_loading():  # a large picture: the mask follows it
        canvas.document.after_load(partial(restore_mask, canvas, png))
        return
    size = canvas.picture_size() if canvas.has_image() else None
    if size is None:
        return
    text = QCoreApplication.translate("HistoryPanel", "Restore Mask")
    load = partial(_fitted_mask, png, size)
    if size[0] * size[1] > LARGE_PIXELS:  # decoded and compared on a pool thread
        canvas.document.selection.load_mask(load, text)
    else:
        canvas.document.replace_mask(load(), text)


def _fitted_mask(png: bytes, size: tuple[int, int]) -> Image.Image:
    return import_mask_png(png, size, resize=True)
