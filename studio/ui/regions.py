"""Extend Canvas, focused edits and the mask's edge in the window, over core/imaging."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from studio.core.imaging.extend import (
    ExtendPlan,
    extended_canvas,
    plan_aspect,
    plan_sides,
    request_mask,
    without_overlap,
)
from studio.core.imaging.focus import FocusPlan, moved
from studio.core.imaging.masks import bbox
from studio.core.mask_io import export_png
from studio.core.pil import Image
from studio.core.regions import (
    EXTEND_MODE,
    EXTEND_PROMPT,
    FocusCrop,
    apply_focus,
    fixed_dims,
)
from studio.core.requests import ImageParams, ImageRequest
from studio.core.runner import JobOptions
from studio.core.services import Services
from studio.ui.canvas.focus_box import FocusOverlay
from studio.ui.dialogs.extend import ExtendDialog
from studio.ui.main_window import MainWindow
from studio.ui.region_work import (
    FOCUS,
    OVERLAY,
    Failure,
    KeyedWork,
    OverlayParts,
    focus_parts,
    overlay_parts,
    shifted_plan,
)
from studio.ui.state.region_state import RegionState
from studio.ui.state.request_state import RequestState
from studio.ui.widgets.edge_options import EdgeOptions
from studio.ui.widgets.tool_options import ToolOptions

REFRESH_MS = 150
Shaped = tuple[ImageRequest, JobOptions]
# Called with the request and options to send, or None and what went wrong.
Deliver = Callable[[Shaped | None, str], object]


class RegionController(QObject):
    """Owns the region state, the Extend Canvas action, the focus box and the edge preview."""

    focus_ready = Signal()  # the focused form of the request the cost panel asked about landed

    def __init__(self, window: MainWindow, services: Services, request_state: RequestState) -> None:
        super().__init__(window)
        self.window = window
        self.canvas = window.canvas
        self.catalog = services.catalog
        self.request_state = request_state
        self.state = RegionState(services.settings.feather_px, parent=self)
        self.options = EdgeOptions(self.state)
        self.overlay = FocusOverlay(self.canvas)
        self.extend_action = QAction(self.tr("E&xtend Canvas…"), self)
        self.extend_action.setObjectName("action.extend_canvas")
        self.extend_action.setToolTip(self.tr("Add a border to fill with the next edit"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        # Crops, the focus box and the edge are made on a pool thread (seconds at 4096²).
        self.work = KeyedWork(self._wanted, self)
        self._overlay_key: object = None
        self._overlay_parts: OverlayParts | None = None
        self._compare_key: object = None
        self._waiting: list[tuple[object, ImageRequest, JobOptions, Deliver]] = []
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.extend_action.triggered.connect(self._on_extend_action_triggered)
        self.options.grow_requested.connect(self._on_options_grow_requested)
        self.overlay.dragged.connect(self._on_overlay_dragged)
        self.canvas.image_changed.connect(self._on_canvas_image_changed)
        for signal in (
            self.canvas.mask_changed,
            self.state.changed,
            self.state.edge_changed,
            self.request_state.changed,
        ):
            signal.connect(self._timer.start)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.work.landed.connect(self._on_work_landed)

    # -- what a job sends ----------------------------------------------------------------------

    def shape(self, request: ImageRequest, options: JobOptions) -> Shaped:
        """The request and options a job really sends: extended, focused, blended as set.

        Computed here and now (seconds for a large picture): the window uses shape_later().
        """
        options = self._blended(options)
        unfocused = self._unfocused(request, options)
        if unfocused is not None:
            return unfocused
        return self.focused(request, options) or (request, options)

    def shape_later(
        self, request: ImageRequest, options: JobOptions, deliver: Deliver
    ) -> Shaped | None:
        """shape() without blocking: the result now when it is ready (or nothing needs
        making), else None, and ``deliver`` gets it on the UI thread once the pool made it."""
        options = self._blended(options)
        unfocused = self._unfocused(request, options)
        if unfocused is not None:
            return unfocused
        key = self._focus_key(request)
        found, crop = self.work.result(FOCUS, key)
        if found and not isinstance(crop, Failure):
            return self._focused_with(request, options, crop)
        self._waiting.append((key, request, options, deliver))
        self.work.request(FOCUS, key, self._focus_job(request))
        return None

    def _unfocused(self, request: ImageRequest, options: JobOptions) -> Shaped | None:
        """What is sent when no focus crop is wanted (no mask, an extension, focus off);
        None when one is."""
        if request.mask is None or not request.images:
            return request, options
        plan = self.state.extension
        if plan is not None and self.canvas.picture_size() == plan.canvas_size:
            return self._extension_job(request, options, plan)
        return None if self.state.focus else (request, options)

    def compare(self, request: ImageRequest) -> tuple[ImageRequest, bool] | None:
        """For the cost panel: the focused form of ``request`` and whether it is the one sent.

        None until its crop is made on the pool thread; ``focus_ready`` fires then.
        """
        if self.state.extension is not None or request.mask is None or not request.images:
            return None
        key = self._compare_key = self._focus_key(request)
        found, crop = self.work.result(FOCUS, key)
        if not found:
            self.work.request(FOCUS, key, self._focus_job(request))
            return None
        if not isinstance(crop, FocusCrop):
            return None
        return apply_focus(request, JobOptions(), crop).request, self.state.focus

    def focused(self, request: ImageRequest, options: JobOptions) -> Shaped | None:
        """``request`` as a focused edit, made now; None when there is nothing worth focusing on."""
        if request.mask is None or not request.images:
            return None
        found, crop = self.work.result(FOCUS, self._focus_key(request))
        if not found or isinstance(crop, Failure):
            crop = self._focus_job(request)()
        return self._focused_with(request, options, crop)

    def focus_plan(
        self, params: ImageParams, coverage: Image.Image | None = None
    ) -> FocusPlan | None:
        """The focus crop of the mask as it is now, computed here (the window draws the one
        its pool thread made)."""
        coverage = coverage if coverage is not None else self.canvas.document.coverage()
        if coverage is None:
            return None
        return shifted_plan(
            params,
            coverage.size,
            bbox(coverage),
            self.catalog,
            self.state.context_px,
            self.state.shift,
        )

    def _blended(self, options: JobOptions) -> JobOptions:
        options = replace(options, blend=self.state.blend)
        if options.composite_feather_px is not None:
            options = replace(options, composite_feather_px=float(self.state.feather_px))
        return options

    def _focus_key(self, request: ImageRequest) -> object:
        # Everything focus_parts reads; not the prompt, references or options (applied after).
        params = request.params
        head = request.images[0].sha256
        return (
            head,
            request.mask,
            params.model,
            params.quality,
            self.state.context_px,
            self.state.shift,
        )

    def _focus_job(self, request: ImageRequest) -> Callable[[], FocusCrop | None]:
        document = self.canvas.document
        encoding = document.mask_encoding()
        if encoding is not None and encoding.png != request.mask:
            encoding = None  # not this mask: the pool thread decodes the request's own
        picture = document.picture() if document.image_input() is request.images[0] else None
        context, shift = self.state.context_px, self.state.shift
        return partial(focus_parts, request, picture, encoding, self.catalog, context, shift)

    def _focused_with(self, request: ImageRequest, options: JobOptions, crop: object) -> Shaped:
        if not isinstance(crop, FocusCrop):
            return request, options
        job = apply_focus(request, options, crop)
        return job.request, job.options

    def _extension_job(
        self, request: ImageRequest, options: JobOptions, plan: ExtendPlan
    ) -> Shaped:
        sent = f"{plan.sent[0]}x{plan.sent[1]}"
        request = replace(request, params=replace(request.params, size=sent))
        coverage = self.canvas.document.coverage()
        if options.composite_feather_px is None or coverage is None:
            return request, replace(options, mode=EXTEND_MODE)
        keep = export_png(without_overlap(coverage, plan))
        return request, replace(
            options, mode=EXTEND_MODE, composite_feather_px=0.0, composite_mask=keep
        )

    def _wanted(self, kind: str, key: object) -> bool:
        if kind == OVERLAY:
            return bool(key == self._overlay_key)
        return bool(key == self._compare_key) or any(w[0] == key for w in self._waiting)

    # -- extending -----------------------------------------------------------------------------

    def plan_extension(self, choice: tuple[int, int, int, int] | float) -> ExtendPlan:
        """The snapped extension of the canvas's picture for the current model."""
        size = self.canvas.picture_size() or (1, 1)
        spec = self.catalog.get(self.request_state.effective_params().model)
        rules, fixed = self.catalog.size_rules, fixed_dims(spec)
        if isinstance(choice, tuple):
            return plan_sides(size, choice, rules, fixed)
        return plan_aspect(size, choice, rules, fixed)

    def apply_extension(self, plan: ExtendPlan) -> None:
        """Show the picture on the larger canvas with its border masked, ready to send."""
        picture = self.canvas.source_image()
        if picture is None:
            return
        text = self.tr("Extend Canvas")
        stack = self.canvas.document.undo_stack
        stack.beginMacro(text)  # one undo step puts the picture back as it was
        self.canvas.set_image(extended_canvas(picture, plan), text)
        self.canvas.document.replace_mask(request_mask(plan), text)
        stack.endMacro()
        self.state.set_extension(plan)
        if not self.request_state.prompt.strip():
            self.request_state.set_prompt(EXTEND_PROMPT)

    @Slot()
    def _on_extend_action_triggered(self) -> None:
        size = self.canvas.picture_size()
        if size is None or not self.canvas.has_image():
            self.window.show_notice(self.tr("Open a picture first, then extend its canvas."))
            return
        dialog = ExtendDialog(size, self.plan_extension, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.plan is not None:
            self.apply_extension(dialog.plan)

    # -- mask edge and focus box ---------------------------------------------------------------

    @Slot(int)
    def _on_options_grow_requested(self, pixels: int) -> None:
        # The Mask menu's operations: off the UI thread (a 4096² shrink takes a second).
        if pixels >= 0:
            self.canvas.document.selection.grow(pixels)
        else:
            self.canvas.document.selection.shrink(-pixels)

    @Slot(int, int)
    def _on_overlay_dragged(self, dx: int, dy: int) -> None:
        parts = self._overlay_parts
        if parts is None or parts.plan is None or parts.box is None:
            return
        base, shift = parts.plan, self.state.shift
        target = moved(base, shift[0] + dx, shift[1] + dy, parts.box)
        self.state.set_shift(target.box[0] - base.box[0], target.box[1] - base.box[1])
        self._show_overlay()

    @Slot()
    def _on_canvas_image_changed(self) -> None:
        plan = self.state.extension
        if plan is not None and self.canvas.picture_size() != plan.canvas_size:
            self.state.set_extension(None)
        self.state.set_shift(0, 0)

    @Slot()
    def _on_timer_timeout(self) -> None:
        """Ask the pool thread for the focus box and edge of the mask as it is now."""
        focus = self.state.focus and self.state.extension is None
        # Asked first: copying and scanning an 8192² coverage took 0.2-0.4 s of every change.
        mask = self.canvas.document.mask_model()
        if not (focus or self.state.show_edge) or mask is None or not self.canvas.has_mask():
            self._overlay_key, self._overlay_parts = None, None
            self._show_overlay()
            return
        params = self.request_state.effective_params() if focus else None
        feather = float(self.state.feather_px) if self.state.show_edge else None
        context = self.state.context_px
        version = self.canvas.document.mask_version()
        key = self._overlay_key = (version, id(mask), params, context, feather)
        self._show_overlay()  # what changed in the switches shows at once
        if self.work.result(OVERLAY, key)[0]:
            self._on_work_landed(OVERLAY, key)
            return
        job = partial(overlay_parts, mask, params, self.catalog, context, feather)
        self.work.request(OVERLAY, key, job)

    @Slot(str, object)
    def _on_work_landed(self, kind: str, key: object) -> None:
        _found, result = self.work.result(kind, key)
        if kind == OVERLAY:
            if key == self._overlay_key:
                self._overlay_parts = result if isinstance(result, OverlayParts) else None
                self._show_overlay()
            return
        waiting = [w for w in self._waiting if w[0] == key]
        self._waiting = [w for w in self._waiting if w[0] != key]
        for _key, request, options, deliver in waiting:
            if isinstance(result, Failure):
                deliver(None, result.message)
            else:
                deliver(self._focused_with(request, options, result), "")
        if key == self._compare_key:
            self.focus_ready.emit()

    def _show_overlay(self) -> None:
        parts = self._overlay_parts
        # As drawn: a large mask change under way is not finished for this (mask_changed
        # comes when it is, and the parts are asked for again).
        has_mask = parts is not None and parts.box is not None and self.canvas.document.shows_mask()
        plan = None
        if has_mask and self.state.focus and self.state.extension is None:
            assert parts is not None and parts.box is not None
            plan = moved(parts.plan, *self.state.shift, parts.box) if parts.plan else None
        if plan is None or not plan.worthwhile:
            self.overlay.set_box(None)
        else:
            caption = self.tr("Focused: sent at {0} × {1}").format(*plan.sent)
            self.overlay.set_box(plan.box, caption)
        edge = parts.edge if parts is not None and has_mask and self.state.show_edge else None
        if edge is not self.overlay.edge:
            self.overlay.set_edge(edge, parts.edge_origin if parts is not None else (0, 0))


def install_regions(
    window: MainWindow, services: Services, request_state: RequestState
) -> RegionController:
    """Image ▸ Extend Canvas…, the Tools panel's mask edge and focus controls, the focus box."""
    controller = RegionController(window, services, request_state)
    window.add_close_hook(controller.work.wait)
    window.menu("image").addAction(controller.extend_action)
    tools = window.findChild(ToolOptions)
    if tools is not None:
        tools.add_section(controller.options)
    return controller
