"""The working session kept across restarts: canvas, mask, prompt, parameters, tool, gallery."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from studio.core.catalog import Catalog, UnknownModelError
from studio.core.imageio import ImageLoadError
from studio.core.requests import ImageParams
from studio.core.session import (
    GalleryEntry,
    Origin,
    SessionState,
    load_session,
    save_session,
    session_path,
)
from studio.core.store import Store
from studio.i18n.core_text import core_text
from studio.ui import heap
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


@dataclass(frozen=True)
class PendingImage:
    """A picture or mask the session names, to be written to the store before the session."""

    field: str  # "canvas_sha" or "mask_sha"
    data: bytes
    sha256: str | None  # None: the store hashes it, on the writer's thread


class SaveSignals(QObject):
    """Lives on the UI thread; the writer's thread emits, a queued connection delivers."""

    stored = Signal(str)  # the sha256 of an image now in the store
    failed = Signal(str)  # what could not be saved, for the user


class SaveWorker(QRunnable):
    """Writes the session's images, then the session file: off the UI thread (a 35 MB canvas
    with its fsync took 40-55 ms there)."""

    def __init__(
        self,
        store: Store,
        state: SessionState,
        images: list[PendingImage],
        path: Path,
        signals: SaveSignals,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._store, self._state, self._images = store, state, images
        self._path, self._signals = path, signals

    def run(self) -> None:
        heap.background_thread()
        state = self._state
        for image in self._images:
            try:
                sha = self._store.put_image(image.data, image.sha256).sha256
            except OSError as exc:
                state = replace(state, **{image.field: None})
                self._signals.failed.emit(exc.strerror or str(exc))
                continue
            state = replace(state, **{image.field: sha})
            self._signals.stored.emit(sha)
        try:
            save_session(state, self._path)
        except OSError as exc:
            self._signals.failed.emit(exc.strerror or str(exc))


class SessionKeeper(QObject):
    """Saves the working session (canvas, mask, gallery marks, lineage) and puts it back."""

    notice = Signal(str)  # a save failed: what to tell the user

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
        self._stored: set[str] = set()  # images known to be in the store
        self._incomplete = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # saves land in the order they were made
        self.signals = SaveSignals(self)
        # Typing and choosing save a moment later, not on every keystroke.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(SAVE_DELAY_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        canvas = self._controller.canvas
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
        self.signals.stored.connect(self._on_signals_stored)
        self.signals.failed.connect(self._on_signals_failed)

    def snapshot(self) -> tuple[SessionState, list[PendingImage]]:
        """The session as it stands, and the canvas and mask images to store with it, once
        their encodings have landed (never encoded here: this runs on the UI thread after every
        job). A pending image's field is filled in by the writer."""
        canvas, request = self._controller.canvas, self._controller.request_state
        has_image = canvas.has_image()
        has_mask = has_image and canvas.has_mask()  # scans the coverage: asked once
        picture = canvas.image_input() if has_image else None
        mask = canvas.mask_png_cached() if has_mask else None
        pending = []
        if picture is not None and picture.sha256 not in self._stored:
            pending.append(PendingImage("canvas_sha", picture.data, picture.sha256))
        if mask is not None:
            pending.append(PendingImage("mask_sha", mask, None))
        # Saved without a part still being encoded: save again when it lands.
        self._incomplete = (has_image and picture is None) or (has_mask and mask is None)
        origin = Origin(request.origin_job_id, request.origin_image)
        state = SessionState(
            canvas_sha=picture.sha256 if picture is not None else None,
            mask_sha=None,
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
        return state, pending

    @Slot()
    def save(self) -> None:
        """Written on the keeper's thread: ``wait()`` for it when it must be on disk."""
        self._later.stop()
        if self._controller.canvas.document.changing_mask():
            self._later.start()  # saved once the mask change is made, not finished here
            return
        self._write()

    def save_now(self) -> None:
        """On closing: the mask as it will be, even mid-change; ``wait()`` for it to be on disk."""
        self._later.stop()
        self._controller.canvas.document.finish_mask_work()
        self._write()

    def _write(self) -> None:
        state, pending = self.snapshot()
        self._pool.start(SaveWorker(self._store, state, pending, self._path, self.signals))

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until every save made so far is on disk (on close, and in tests)."""
        return bool(self._pool.waitForDone(timeout_ms))

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
        path = self._image_path(state.canvas_sha)
        if path is not None and self._apply_canvas(path, origin):
            mask = self._image(state.mask_sha)
            if mask is not None:
                restore_mask(self._controller.canvas, mask)
        else:
            self._controller.request_state.set_origin(origin.job_id, origin.image_sha)
        canvas = self._controller.canvas
        if canvas.document.is_loading():  # a large picture: undo starts once it is in place
            canvas.document.after_load(canvas.undo_stack.clear)
        canvas.undo_stack.clear()  # the restored canvas is where undo starts

    def _apply_canvas(self, path: Path, origin: Origin) -> bool:
        try:
            self._controller.apply_canvas(path, origin.job_id, origin.image_sha)
        except ImageLoadError as error:  # damaged since: start without it, and say why
            self.notice.emit(core_text(str(error)))
            return False
        return True

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

    def _image_path(self, sha: str | None) -> Path | None:
        try:
            path = self._store.image_path(sha) if sha else None
        except KeyError:
            return None
        return path if path is not None and path.is_file() else None

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

    @Slot(str)
    def _on_signals_stored(self, sha: str) -> None:
        self._stored.add(sha)

    @Slot(str)
    def _on_signals_failed(self, reason: str) -> None:
        text = self.tr(
            "The working session could not be saved ({0}): check that the data folder "
            "is writable and has free space."
        )
        self.notice.emit(text.format(reason))

    @Slot()
    def _on_canvas_encoded(self) -> None:
        if self._incomplete:
            self.save()

    @Slot(str, object)
    def _on_jobs_job_finished(self, _ticket: str, _event: object) -> None:
        self._controller.jobs.turns.later(self.save)
