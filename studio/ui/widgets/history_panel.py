"""The version tree of the session's results (restore, branch) and the session that persists it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal, Slot
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
    GalleryEntry,
    LineageNode,
    Origin,
    SessionState,
    lineage,
    load_session,
    save_session,
    session_path,
)
from studio.core.store import Store
from studio.ui.state.gallery_model import GalleryItem, GalleryModel, item_from_record
from studio.ui.state.jobs_state import JobsState
from studio.ui.state.request_state import RequestState
from studio.ui.widgets.canvas import CanvasView

if TYPE_CHECKING:
    from studio.ui.drafts import DraftsController

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


class SessionKeeper(QObject):
    """Saves the working session (canvas, mask, gallery marks, lineage) and puts it back."""

    def __init__(
        self,
        controller: DraftsController,
        history: HistoryPanel,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller, self._history = controller, history
        self._store = controller.services.store
        self._path = path or session_path(self._store.root)
        self._canvas_sha: str | None = None
        self._mask_sha: str | None = None
        self._incomplete = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        canvas = self._controller.canvas
        canvas.image_changed.connect(self._on_canvas_image_changed)
        canvas.mask_changed.connect(self._on_canvas_mask_changed)
        canvas.encoded.connect(self._on_canvas_encoded)
        self._controller.jobs.job_finished.connect(self._on_jobs_job_finished)
        self._controller.model.marks_changed.connect(self.save)
        self._controller.request_state.origin_changed.connect(self.save)

    def snapshot(self) -> SessionState:
        """The session as it stands; the canvas and mask once their encodings have landed
        (never encoded here: this runs on the UI thread after every job)."""
        canvas, request = self._controller.canvas, self._controller.request_state
        has_image = canvas.has_image()
        has_mask = has_image and canvas.has_mask()  # scans the coverage: asked once
        picture = canvas.image_input() if has_image else None
        if self._canvas_sha is None and picture is not None:
            self._canvas_sha = self._store.put_image(picture.data, picture.sha256).sha256
        mask = canvas.mask_png_cached() if has_mask else None
        if self._mask_sha is None and mask is not None:
            self._mask_sha = self._store.put_image(mask).sha256
        # Saved without a part still being encoded: save again when it lands.
        self._incomplete = (has_image and picture is None) or (has_mask and mask is None)
        origin = Origin(request.origin_job_id, request.origin_image)
        return SessionState(
            canvas_sha=self._canvas_sha if has_image else None,
            mask_sha=self._mask_sha if has_mask else None,
            origin=origin if request.origin_job_id or request.origin_image else None,
            entries=tuple(self._controller.model.entries()),
            selected=self._history.selected_job(),
        )

    @Slot()
    def save(self) -> None:
        save_session(self.snapshot(), self._path)

    def restore(self) -> bool:
        """Put the saved session back; False when there was nothing to restore."""
        state = load_session(self._path)
        origin = state.origin or Origin(None, None)
        data = self._image(state.canvas_sha)
        if data is not None:
            self._controller.apply_canvas(data, origin.job_id, origin.image_sha)
            mask = self._image(state.mask_sha)
            if mask is not None:
                restore_mask(self._controller.canvas, mask)
        else:
            self._controller.request_state.set_origin(origin.job_id, origin.image_sha)
        self._controller.canvas.undo_stack.clear()  # the restored canvas is where undo starts
        self._controller.model.add_items(self._items(state.entries))
        self._history.refresh()
        if state.selected:
            self._history.select_job(state.selected)
        return state != SessionState()

    def _image(self, sha: str | None) -> bytes | None:
        try:
            return self._store.image_bytes(sha) if sha else None
        except (KeyError, OSError):
            return None

    def _items(self, entries: tuple[GalleryEntry, ...]) -> list[GalleryItem]:
        items = []
        for entry in entries:
            try:
                record = self._store.job(entry.job_id)
                ref = self._store.job_images(entry.job_id, "output")[entry.position]
            except (KeyError, IndexError):
                continue
            items.append(item_from_record(record, entry, self._store.image_path(ref), ref.sha256))
        return items

    @Slot()
    def _on_canvas_image_changed(self) -> None:
        self._canvas_sha = self._mask_sha = None

    @Slot()
    def _on_canvas_mask_changed(self) -> None:
        self._mask_sha = None

    @Slot()
    def _on_canvas_encoded(self) -> None:
        if self._incomplete:
            self.save()

    @Slot(str, object)
    def _on_jobs_job_finished(self, _ticket: str, _event: object) -> None:
        self.save()
