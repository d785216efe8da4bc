"""The version tree of the session's results (restore, branch) and the session that persists it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.core.imageio import load_image_bytes
from studio.core.mask_io import import_mask
from studio.core.session import (
    LineageNode,
    lineage,
)
from studio.core.store import Store
from studio.ui.state.gallery_model import GalleryModel
from studio.ui.state.jobs_state import JobsState
from studio.ui.state.request_state import RequestState
from studio.ui.widgets.canvas import CanvasView

if TYPE_CHECKING:
    pass

JOB_ROLE = Qt.ItemDataRole.UserRole + 1


def node_text(node: LineageNode) -> str:
    job = node.job
    cost = f"${job.cost_usd:.3f}" if job.cost_usd is not None else job.status
    prompt = " ".join(job.prompt.split())
    short = prompt if len(prompt) <= 40 else prompt[:39] + "…"
    return f"{job.mode} · {job.quality} · {cost} — {short}"


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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._model, self._jobs, self._request = store, model, jobs, request_state
        self._build_ui()
        self._connect_signals()
        self.refresh()

    def _build_ui(self) -> None:
        self.setObjectName("history")
        self.tree = QTreeWidget(objectName="history_tree")
        self.tree.setHeaderHidden(True)
        self.restore_button = QPushButton("Restore", objectName="history_restore")
        self.restore_button.setToolTip("Make this version the canvas")
        self.branch_button = QPushButton("Branch", objectName="history_branch")
        self.branch_button.setToolTip("Start again from this version's input and mask")
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

    def selected_job(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, JOB_ROLE)) if item is not None else None

    def select_job(self, job_id: str) -> bool:
        for item in self._items():
            if item.data(0, JOB_ROLE) == job_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def job_ids(self) -> list[str]:
        return [str(item.data(0, JOB_ROLE)) for item in self._items()]

    def _items(self) -> list[QTreeWidgetItem]:
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
        if self._request.origin_job_id:
            job_ids.append(self._request.origin_job_id)
        self.tree.clear()
        for node in lineage(self._store, job_ids):
            self.tree.addTopLevelItem(self._tree_item(node))
        self.tree.expandAll()
        if selected:
            self.select_job(selected)

    def _tree_item(self, node: LineageNode) -> QTreeWidgetItem:
        item = QTreeWidgetItem([node_text(node)])
        item.setData(0, JOB_ROLE, node.job.id)
        item.setToolTip(0, node.job.prompt)
        if node.job.id == self._request.origin_job_id:
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        for child in node.children:
            item.addChild(self._tree_item(child))
        return item

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
    def _on_jobs_job_finished(self, _ticket: str, _event: object) -> None:
        self.refresh()

    @Slot(QModelIndex, int, int)
    def _on_model_rows_changed(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        self.refresh()


def restore_mask(canvas: CanvasView, png: bytes) -> None:
    """Put a stored RGBA mask (transparent = edit) back on the canvas, fitted to its image."""
    source = canvas.source_image()
    if source is not None:
        coverage = import_mask(load_image_bytes(png), source.size, resize=True)
        canvas.document.replace_mask(coverage, "Restore Mask")
