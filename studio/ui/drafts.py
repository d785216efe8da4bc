"""Cheap drafts, one expensive final: the drafts, finalize and use-as-canvas controller."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from studio.core.finalize import DraftRecord, FinalPlan, load_draft, plan_final
from studio.core.imageio import load_image_bytes
from studio.core.requests import ImageRequest, parse_size
from studio.core.runner import JobOptions
from studio.core.services import Services
from studio.core.settings import Defaults
from studio.core.sizing import draft_size
from studio.core.validation import InvalidRequestError
from studio.i18n.core_text import core_text
from studio.ui.canvas.view import CanvasView
from studio.ui.dialogs.export import ExportDialog
from studio.ui.dialogs.finalize import MATCH, FinalizeChoice, FinalizeDialog
from studio.ui.imaging import qimage_from_pil
from studio.ui.main_window import MainWindow
from studio.ui.session_keeper import SessionKeeper
from studio.ui.state.gallery_model import GalleryItem, GalleryModel
from studio.ui.state.jobs_state import JobsState
from studio.ui.state.request_state import CANVAS_ENCODE_ERRORS, RequestState
from studio.ui.thumbnails import ThumbnailCache
from studio.ui.vocabulary import value_label
from studio.ui.widgets.compare_view import CompareDialog, CompareMode
from studio.ui.widgets.gallery_view import GalleryView
from studio.ui.widgets.history_panel import HistoryPanel, restore_mask

GALLERY_MIN_HEIGHT = 190  # one full row of tiles with their captions


class DraftsController(QObject):
    """Drafts as parallel n=1 jobs, finalize of a picked draft, and results back onto the canvas."""

    status = Signal(str)

    def __init__(
        self,
        services: Services,
        jobs: JobsState,
        request_state: RequestState,
        canvas: CanvasView,
        model: GalleryModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.jobs, self.request_state = services, jobs, request_state
        self.canvas, self.model = canvas, model
        self.view: GalleryView | None = None
        # The cost sidebar's budget gate: asked once for a batch before anything is sent.
        self.gate: Callable[[Sequence[ImageRequest]], bool] | None = None
        # Where exports start: the opened picture's folder (set by install_gallery).
        self.export_folder: Callable[[], str] | None = None
        self.drafts_action = QAction(self.tr("Drafts"), self)
        self.drafts_action.setObjectName("action.drafts")
        self.drafts_action.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        self.drafts_action.setToolTip(
            self.tr("Cheap low-quality drafts of this prompt (Ctrl+Shift+Enter)")
        )
        self.drafts_action.triggered.connect(self._on_drafts_triggered)
        canvas.image_changed.connect(self._on_canvas_image_changed)

    @property
    def defaults(self) -> Defaults:
        return self.services.settings.defaults

    # --- drafts ---------------------------------------------------------------------------
    def canvas_aspect(self) -> float:
        size = self.request_state.canvas_size()
        if size is not None and size[1]:
            return size[0] / size[1]
        dims = (
            parse_size(self.request_state.params.size) if self.request_state.params.size else None
        )
        return dims[0] / dims[1] if dims else 1.0

    def draft_request(self) -> ImageRequest:
        """The current prompt/edit at draft quality and the cheapest size for its aspect."""
        base = self.request_state.build_request()
        spec = self.services.catalog.get(base.params.model)
        quality = self.defaults.draft_quality
        quality = quality if quality in spec.qualities else spec.qualities[0]
        size = draft_size(self.services.catalog, spec, self.canvas_aspect(), quality)
        return replace(base, params=replace(base.params, n=1, quality=quality, size=size))

    def start_drafts(self, count: int | None = None) -> list[str]:
        """N parallel jobs (never from the cache: each draft should differ); their tickets."""
        count = count or self.defaults.draft_count
        request = self.draft_request()
        if self.jobs.in_flight(request, "draft") is not None:
            self.status.emit(self.tr("These drafts are already running: nothing new was sent"))
            return []
        if self.gate is not None and not self.gate([request] * count):
            return []
        options = JobOptions(
            mode="draft",
            parent_job_id=self.request_state.origin_job_id,
            parent_image=self.request_state.origin_image,
            use_cache=False,
            composite_feather_px=self.feather_px if self._composites(request) else None,
        )
        tickets = [
            self.jobs.submit(
                request, options, self.tr("Draft {index}/{count}").format(index=i + 1, count=count)
            )
            for i in range(count)
        ]
        self.status.emit(
            self.tr("{count} drafts at {quality}, {size}").format(
                count=count,
                quality=value_label(request.params.quality),
                size=request.params.size,
            )
        )
        return tickets

    @property
    def feather_px(self) -> float:
        return float(self.services.settings.feather_px)

    def _composites(self, request: ImageRequest) -> bool:
        return request.mask is not None and self.services.settings.composite_masked_edits

    # --- finalize -------------------------------------------------------------------------
    def default_choice(self, _item: GalleryItem) -> FinalizeChoice:
        return FinalizeChoice(self.defaults.final_quality, MATCH)

    def load_draft(self, item: GalleryItem) -> DraftRecord:
        assert item.job_id is not None
        return load_draft(self.services.store, item.job_id, item.position)

    def finalize_plan(
        self, item: GalleryItem, choice: FinalizeChoice, draft: DraftRecord | None = None
    ) -> FinalPlan:
        """The core plan: masked drafts re-render their mask and land on the original."""
        return plan_final(
            draft or self.load_draft(item),
            self.services.catalog,
            choice.quality,
            None if choice.size == MATCH else choice.size,
            regenerate=choice.regenerate,
            feather_px=self.feather_px,
            lifecycle=self.services.lifecycle,
        )

    def finalize_request(self, item: GalleryItem, choice: FinalizeChoice) -> ImageRequest:
        return self.finalize_plan(item, choice).request

    def finalize_estimate(
        self, item: GalleryItem, choice: FinalizeChoice, draft: DraftRecord | None = None
    ) -> tuple[float | None, str]:
        try:
            request = self.finalize_plan(item, choice, draft).request
            estimate = self.services.runner.prepare(request, use_cache=False).estimate
        except InvalidRequestError as error:
            return None, core_text(error.problems[0].message)
        note = self.tr("approximate") if not estimate.exact else ""
        return estimate.total_usd, f"{request.params.size}" + (f", {note}" if note else "")

    def finalize(self, item: GalleryItem, choice: FinalizeChoice | None = None) -> str:
        """Send the final render of ``item``; its lineage points at the draft."""
        choice = choice or self.default_choice(item)
        plan = self.finalize_plan(item, choice)
        running = self.jobs.in_flight(plan.request, "finalize")
        if running is not None:
            self.status.emit(self.tr("This final is already running: nothing new was sent"))
            return running.ticket
        if self.gate is not None and not self.gate([plan.request]):
            return ""
        if plan.notice:
            self.status.emit(core_text(plan.notice))
        return self.jobs.submit(
            plan.request,
            plan.options,
            self.tr("Finalize ({quality})").format(quality=value_label(choice.quality)),
        )

    # --- canvas ---------------------------------------------------------------------------
    def use_as_canvas(self, item: GalleryItem) -> None:
        """Make ``item`` the working image; the next edit records it as its parent."""
        if not item.image_path:
            return
        path = Path(item.image_path)
        self.apply_canvas(path, item.job_id, item.image_sha, self.tr("Use as Canvas"))
        self.status.emit(self.tr("Result is now the canvas: paint a mask for the next edit"))

    def apply_canvas(
        self, source: bytes | Path, job_id: str | None, sha: str | None, text: str = ""
    ) -> None:
        """Open a stored picture (its bytes are sent as they are) as the canvas: one undo step.

        From a file, a large one is read on the loader's thread; raises ImageLoadError."""
        text = text or self.tr("Use as Canvas")
        if isinstance(source, Path):
            self.canvas.open_image(source, origin=(job_id, sha), text=text)
        else:
            self.canvas.set_image_bytes(source, origin=(job_id, sha), text=text)
        self.request_state.canvas_changed()

    def restore_version(self, job_id: str) -> bool:
        """History: this version's result becomes the canvas."""
        outputs = self.services.store.job_images(job_id, "output")
        if not outputs:
            return False
        store = self.services.store
        path = store.image_path(outputs[0])
        masks = store.job_images(job_id, "mask")
        stack = self.canvas.undo_stack
        stack.beginMacro(self.tr("Restore Version"))  # picture and mask come back as one undo step
        self.apply_canvas(path, job_id, outputs[0].sha256, self.tr("Restore Version"))
        if masks:  # the picture comes back with the mask that made it
            restore_mask(self.canvas, store.image_bytes(masks[0].sha256))
        stack.endMacro()
        return True

    def branch_from(self, job_id: str) -> bool:
        """History: put back this version's input, mask and prompt, so the next job is a sibling."""
        store = self.services.store
        record = store.job(job_id)
        self.request_state.set_prompt(record.prompt)
        inputs = store.job_images(job_id, "input")
        if inputs:
            path = store.image_path(inputs[0])
            self.apply_canvas(path, record.parent_job_id, record.parent_image, self.tr("Branch"))
            masks = store.job_images(job_id, "mask")
            if masks:
                restore_mask(self.canvas, store.image_bytes(masks[0].sha256))
        else:
            self.request_state.set_origin(record.parent_job_id, record.parent_image)
        return True

    # --- slots ----------------------------------------------------------------------------
    def attach_view(self, view: GalleryView) -> None:
        self.view = view
        view.action_finalize.triggered.connect(self._on_finalize_triggered)
        view.action_use_as_canvas.triggered.connect(self._on_use_as_canvas_triggered)
        view.action_before_after.triggered.connect(self._on_before_after_triggered)
        view.action_export.triggered.connect(self._on_export_triggered)

    def _current(self) -> GalleryItem | None:
        item = self.view.current_item() if self.view is not None else None
        return item if item is not None and item.image_path and item.job_id else None

    @Slot(str)
    def on_history_restore_requested(self, job_id: str) -> None:
        self.restore_version(job_id)

    @Slot(str)
    def on_history_branch_requested(self, job_id: str) -> None:
        self.branch_from(job_id)

    @Slot()
    def _on_drafts_triggered(self) -> None:
        if self.request_state.defer_until_ready(self._on_request_state_ready):
            self._start_drafts_reporting()
        else:  # a large picture or mask is still being encoded: start when it lands
            self.status.emit(self.tr("Preparing the picture for upload… the drafts start next"))

    @Slot()
    def _on_request_state_ready(self) -> None:
        self._start_drafts_reporting()

    def _start_drafts_reporting(self) -> None:
        try:
            self.start_drafts()
        except CANVAS_ENCODE_ERRORS as exc:
            self.status.emit(
                self.tr("Could not prepare the picture; nothing was sent: {error}").format(
                    error=core_text(str(exc))
                )
            )

    @Slot()
    def _on_canvas_image_changed(self) -> None:
        # The document knows which result it holds, after undo and redo too.
        self.request_state.set_origin(*self.canvas.document.origin())

    @Slot()
    def _on_finalize_triggered(self) -> None:
        item = self._current()
        if item is None:
            return
        dialog = FinalizeFor(self, item, self.view)
        dialog.open()

    @Slot()
    def _on_use_as_canvas_triggered(self) -> None:
        item = self._current()
        if item is not None:
            self.use_as_canvas(item)

    @Slot()
    def _on_before_after_triggered(self) -> None:
        item = self._current()
        source = self.canvas.source_image() if self.canvas.has_image() else None
        if item is None or source is None:
            return
        after = qimage_from_pil(load_image_bytes(Path(item.image_path or "").read_bytes()))
        dialog = CompareDialog(
            qimage_from_pil(source), after, CompareMode.SLIDER, self.tr("Before / after"), self.view
        )
        dialog.show()

    @Slot()
    def _on_export_triggered(self) -> None:
        item = self._current()
        if item is None or item.image_path is None:
            return
        name = f"studio-{item.mode}-{(item.image_sha or 'image')[:8]}"
        folder = self.export_folder() if self.export_folder is not None else str(Path.home())
        dialog = ExportDialog(item.image_path, folder, name, self.view)
        dialog.exported.connect(self.status)
        dialog.failed.connect(self.status)
        dialog.open()


class FinalizeFor(FinalizeDialog):
    """The finalize dialog bound to one draft: estimates and sends through the controller."""

    def __init__(
        self, controller: DraftsController, item: GalleryItem, parent: QWidget | None
    ) -> None:
        self._controller, self._item = controller, item
        self._draft = controller.load_draft(item)  # read from the store once, not per estimate
        catalog = controller.services.catalog
        spec = catalog.get(self._draft.params.model)
        plan = controller.finalize_plan(item, controller.default_choice(item), self._draft)
        match = plan.request.params.size
        sizes = [(self.tr("Match canvas ({size})").format(size=match), MATCH)]
        sizes += [(size, size) for size in catalog.sizes_for(spec) if size != "auto"]
        super().__init__(
            self._estimate_choice, spec.qualities, sizes, controller.default_choice(item), parent
        )
        self.confirmed.connect(self._on_self_confirmed)

    def _estimate_choice(self, choice: FinalizeChoice) -> tuple[float | None, str]:
        return self._controller.finalize_estimate(self._item, choice, self._draft)

    @Slot(object)
    def _on_self_confirmed(self, choice: FinalizeChoice) -> None:
        self._controller.finalize(self._item, choice)


@dataclass
class Gallery:
    """What install_gallery added to the window."""

    controller: DraftsController
    model: GalleryModel
    view: GalleryView
    history: HistoryPanel
    thumbnails: ThumbnailCache
    keeper: SessionKeeper

    def shutdown(self) -> None:
        self.keeper.save_now()
        self.keeper.wait()
        self.thumbnails.shutdown()


def install_gallery(
    window: MainWindow,
    services: Services,
    jobs: JobsState,
    request_state: RequestState,
    *,
    restore: bool = True,
) -> Gallery:
    """Add the gallery and history panels and the drafts action; restore the last session."""
    thumbnails = ThumbnailCache(disk_dir=services.store.root / "thumbnails", parent=window)
    jobs.thumbnails = thumbnails.writer()
    model = GalleryModel(thumbnails, window)
    model.track(jobs)
    view = GalleryView(model)
    controller = DraftsController(services, jobs, request_state, window.canvas, model, window)
    controller.attach_view(view)
    controller.export_folder = lambda: window.files.export_target()[0]
    history = HistoryPanel(services.store, model, jobs, request_state, thumbnails)
    history.restore_requested.connect(controller.on_history_restore_requested)
    history.branch_requested.connect(controller.on_history_branch_requested)
    keeper = SessionKeeper(controller, history, parent=window)
    keeper.notice.connect(window.show_notice)
    gallery = Gallery(controller, model, view, history, thumbnails, keeper)
    _add_to_window(window, gallery)
    if restore:
        keeper.restore()
    return gallery


def _add_to_window(window: MainWindow, gallery: Gallery) -> None:
    gallery.view.setMinimumHeight(GALLERY_MIN_HEIGHT)
    window.add_panel("gallery", QCoreApplication.translate("Drafts", "Gallery"), gallery.view)
    window.add_panel("history", QCoreApplication.translate("Drafts", "History"), gallery.history)
    view, drafts = gallery.view, gallery.controller.drafts_action
    window.addAction(drafts)
    menu = window.menu("image")
    menu.addSeparator()
    menu.addAction(drafts)
    for action in (view.action_finalize, view.action_use_as_canvas, view.action_export):
        menu.addAction(action)
    window.toolbar.addAction(drafts)
    gallery.controller.status.connect(window.statusBar().showMessage)
    window.add_close_hook(gallery.shutdown)
