"""Extend Canvas, focused edits and the mask's edge in the window, over core/imaging."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PIL import Image
from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction, QImage
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
from studio.core.imaging.masks import bbox, edge_band, shrink
from studio.core.mask_io import export_png
from studio.core.regions import EXTEND_MODE, EXTEND_PROMPT, fixed_dims, focused_edit, plan_for
from studio.core.requests import ImageParams, ImageRequest
from studio.core.runner import JobOptions
from studio.core.services import Services
from studio.ui.canvas.focus_box import FocusOverlay
from studio.ui.dialogs.extend import ExtendDialog
from studio.ui.main_window import MainWindow
from studio.ui.state.region_state import RegionState
from studio.ui.state.request_state import RequestState
from studio.ui.widgets.edge_options import EdgeOptions
from studio.ui.widgets.tool_options import ToolOptions

REFRESH_MS = 150
EDGE_RGBA = (0, 220, 255, 200)


class RegionController(QObject):
    """Owns the region state, the Extend Canvas action, the focus box and the edge preview."""

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
        self._memo: tuple[object, tuple[ImageRequest, JobOptions]] | None = None
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

    # -- what a job sends ----------------------------------------------------------------------

    def shape(self, request: ImageRequest, options: JobOptions) -> tuple[ImageRequest, JobOptions]:
        """The request and options a job really sends: extended, focused, blended as set."""
        options = replace(options, blend=self.state.blend)
        if options.composite_feather_px is not None:
            options = replace(options, composite_feather_px=float(self.state.feather_px))
        if request.mask is None or not request.images:
            return request, options
        plan = self.state.extension
        if plan is not None and self.canvas.picture_size() == plan.canvas_size:
            return self._extension_job(request, options, plan)
        if self.state.focus:
            focused = self.focused(request, options)
            if focused is not None:
                return focused
        return request, options

    def compare(self, request: ImageRequest) -> tuple[ImageRequest, bool] | None:
        """For the cost panel: the focused form of ``request`` and whether it is the one sent."""
        if self.state.extension is not None:
            return None
        focused = self.focused(request, JobOptions())
        return (focused[0], self.state.focus) if focused is not None else None

    def focused(
        self, request: ImageRequest, options: JobOptions
    ) -> tuple[ImageRequest, JobOptions] | None:
        """``request`` as a focused edit; None when there is nothing worth focusing on."""
        if request.mask is None:  # no mask: nothing to focus on, and no coverage to copy
            return None
        coverage = self.canvas.document.coverage()
        plan = self.focus_plan(request.params, coverage)
        if request.mask is None or plan is None or not plan.worthwhile:
            return None
        key = (request.images[0].sha256, request.mask, plan, request.params, options)
        if self._memo is None or self._memo[0] != key:
            picture = self.canvas.source_image()
            job = focused_edit(request, options, plan, picture=picture, coverage=coverage)
            self._memo = (key, (job.request, job.options))
        return self._memo[1]

    def focus_plan(
        self, params: ImageParams, coverage: Image.Image | None = None
    ) -> FocusPlan | None:
        coverage = coverage if coverage is not None else self.canvas.document.coverage()
        if coverage is None:
            return None
        plan = plan_for(params, coverage, self.catalog, self.state.context_px)
        box = bbox(coverage)
        if plan is None or box is None:
            return None
        return moved(plan, *self.state.shift, box)

    def _extension_job(
        self, request: ImageRequest, options: JobOptions, plan: ExtendPlan
    ) -> tuple[ImageRequest, JobOptions]:
        sent = f"{plan.sent[0]}x{plan.sent[1]}"
        request = replace(request, params=replace(request.params, size=sent))
        coverage = self.canvas.document.coverage()
        if options.composite_feather_px is None or coverage is None:
            return request, replace(options, mode=EXTEND_MODE)
        keep = export_png(without_overlap(coverage, plan))
        return request, replace(
            options, mode=EXTEND_MODE, composite_feather_px=0.0, composite_mask=keep
        )

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
        coverage = self.canvas.document.coverage()
        params = self.request_state.effective_params()
        base = plan_for(params, coverage, self.catalog, self.state.context_px) if coverage else None
        box = bbox(coverage) if coverage is not None else None
        if base is None or box is None:
            return
        shift = self.state.shift
        target = moved(base, shift[0] + dx, shift[1] + dy, box)
        self.state.set_shift(target.box[0] - base.box[0], target.box[1] - base.box[1])
        self._show_focus_box()

    @Slot()
    def _on_canvas_image_changed(self) -> None:
        plan = self.state.extension
        if plan is not None and self.canvas.picture_size() != plan.canvas_size:
            self.state.set_extension(None)
        self.state.set_shift(0, 0)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._show_focus_box()
        self._show_edge()

    def _show_focus_box(self) -> None:
        plan = None
        if self.state.focus and self.canvas.has_mask() and self.state.extension is None:
            plan = self.focus_plan(self.request_state.effective_params())
        if plan is None or not plan.worthwhile:
            self.overlay.set_box(None)
            return
        caption = self.tr("Focused: sent at {0} × {1}").format(*plan.sent)
        self.overlay.set_box(plan.box, caption)

    def _show_edge(self) -> None:
        # Asked first: copying and scanning an 8192² coverage took 0.2-0.4 s of every change.
        if not self.state.show_edge or not self.canvas.has_mask():
            self.overlay.set_edge(None)
            return
        coverage = self.canvas.document.coverage()
        box = bbox(coverage) if coverage is not None else None
        if coverage is None or box is None:
            self.overlay.set_edge(None)
            return
        left, top, right, bottom = box
        area = (max(left - 1, 0), max(top - 1, 0), right + 1, bottom + 1)
        crop = coverage.crop(area)
        self.overlay.set_edge(edge_image(crop, self.state.feather_px), (area[0], area[1]))


def edge_image(coverage: Image.Image, feather_px: float) -> QImage:
    """The blended edge (or, unfeathered, the mask's outline) as a coloured overlay image."""
    band = np.asarray(edge_band(coverage, feather_px)) > 0
    if not band.any():
        painted = np.asarray(coverage) > 0
        band = painted & ~(np.asarray(shrink(coverage, 1)) > 0)
    height, width = band.shape
    rgba = np.zeros((height, width, 4), np.uint8)
    rgba[band] = EDGE_RGBA
    return QImage(rgba.tobytes(), width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()


def install_regions(
    window: MainWindow, services: Services, request_state: RequestState
) -> RegionController:
    """Image ▸ Extend Canvas…, the Tools panel's mask edge and focus controls, the focus box."""
    controller = RegionController(window, services, request_state)
    window.menu("image").addAction(controller.extend_action)
    tools = window.findChild(ToolOptions)
    if tools is not None:
        tools.add_section(controller.options)
    return controller
