"""The working session kept across restarts: canvas, mask, prompt, parameters, tool, gallery."""

from __future__ import annotations

from dataclasses import asdict, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Slot

from studio.core.catalog import Catalog, UnknownModelError
from studio.core.requests import ImageParams
from studio.core.session import (
    GalleryEntry,
    Origin,
    SessionState,
    load_session,
    save_session,
    session_path,
)
from studio.ui.canvas.state import Tool
from studio.ui.state.gallery_model import GalleryItem, item_from_record
from studio.ui.widgets.history_panel import HistoryPanel, restore_mask

if TYPE_CHECKING:
    from studio.ui.drafts import DraftsController

SAVE_DELAY_MS = 1000


def _params(raw: dict[str, Any] | None, catalog: Catalog) -> ImageParams | None:
    """Saved parameters, if they still name a model the catalog knows."""
    if not raw:
        return None
    known = {f.name for f in fields(ImageParams)}
    try:
        params = ImageParams(**{k: v for k, v in raw.items() if k in known})
        catalog.get(params.model)
    except (TypeError, UnknownModelError):
        return None
    return params


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
        # Typing and choosing save a moment later, not on every keystroke.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(SAVE_DELAY_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        canvas = self._controller.canvas
        canvas.image_changed.connect(self._on_canvas_image_changed)
        canvas.mask_changed.connect(self._on_canvas_mask_changed)
        canvas.encoded.connect(self._on_canvas_encoded)
        self._controller.jobs.job_finished.connect(self._on_jobs_job_finished)
        self._controller.model.marks_changed.connect(self.save)
        request = self._controller.request_state
        request.origin_changed.connect(self.save)
        request.prompt_changed.connect(self._later.start)
        request.params_changed.connect(self._later.start)
        tools = canvas.tool_state
        tools.tool_changed.connect(self._later.start)
        tools.brush_size_changed.connect(self._later.start)
        self._later.timeout.connect(self.save)

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
            prompt=request.prompt,
            params=asdict(request.params),
            tool=canvas.tool_state.tool.value,
            brush_size=canvas.tool_state.brush_size,
            size_follows_canvas=request.size_follows_canvas,
            unfinished=self._history.unfinished(),
        )

    @Slot()
    def save(self) -> None:
        self._later.stop()
        save_session(self.snapshot(), self._path)

    def restore(self) -> bool:
        """Put the saved session back; False when there was nothing to restore."""
        state = load_session(self._path)
        # A picture opened while the services were still loading wins over the saved one.
        if not self._controller.canvas.document.is_open():
            self._restore_canvas(state)
        self._restore_work(state)
        self._controller.model.add_items(self._items(state.entries))
        self._history.set_unfinished(state.unfinished)
        if state.selected:
            self._history.select_job(state.selected)
        return state != SessionState()

    def _restore_canvas(self, state: SessionState) -> None:
        origin = state.origin or Origin(None, None)
        data = self._image(state.canvas_sha)
        if data is not None:
            self._controller.apply_canvas(data, origin.job_id, origin.image_sha)
            mask = self._image(state.mask_sha)
            if mask is not None:
                restore_mask(self._controller.canvas, mask)
        else:
            self._controller.request_state.set_origin(origin.job_id, origin.image_sha)
        canvas = self._controller.canvas
        if canvas.document.is_loading():  # a large picture: undo starts once it is in place
            canvas.document.after_load(canvas.undo_stack.clear)
        canvas.undo_stack.clear()  # the restored canvas is where undo starts

    def _restore_work(self, state: SessionState) -> None:
        """Prompt, parameters, tool and brush as they were (what is no longer valid is dropped)."""
        request, tools = self._controller.request_state, self._controller.canvas.tool_state
        request.set_prompt(state.prompt)
        params = _params(state.params, request.catalog)
        if params is not None:
            request.set_params(params)
        request.set_size_follows_canvas(state.size_follows_canvas)
        if state.tool in {tool.value for tool in Tool}:
            tools.set_tool(Tool(state.tool))
        if state.brush_size is not None:
            tools.set_brush_size(state.brush_size)
        self._later.stop()

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
