"""Markup-guided edits in the window: the layer, its view, actions and panel, wired together."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup

from studio.core.requests import ImageParams
from studio.i18n.core_text import core_text
from studio.ui.canvas.markup_layer import MarkupLayer
from studio.ui.canvas.markup_panel import MarkupPanel
from studio.ui.canvas.markup_state import MarkupState, MarkupTool
from studio.ui.canvas.markup_view import MarkupView
from studio.ui.widgets.tool_options import ToolOptions

if TYPE_CHECKING:
    from studio.ui.main_window import MainWindow
    from studio.ui.state.request_state import RequestState


class MarkupController(QObject):
    """The request's markup source: it sends marks only in Markup mode, and then no mask."""

    changed = Signal()  # mode, marks or their encoding changed

    def __init__(self, window: MainWindow, request_state: RequestState) -> None:
        super().__init__(window)
        self._canvas = window.canvas
        self._request_state = request_state
        self.state = MarkupState(self)
        self.layer = MarkupLayer(self._canvas.document, self)
        self.view = MarkupView(self._canvas, self.layer, self.state)
        self._mask_overlay_was_visible = True
        self._build_actions()
        self.panel = MarkupPanel(
            self.state, [self.mask_mode, self.markup_mode], list(self.tools.values()), self.clear
        )
        self._connect_signals()
        self._on_request_params_changed(request_state.params)

    def _action(self, name: str, text: str, tip: str, checkable: bool = True) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        return action

    def _build_actions(self) -> None:
        self.mode_group = QActionGroup(self)
        mask_tip = self.tr("Paint a mask: the edit changes only there")
        self.mask_mode = self._action("action.mask_mode", self.tr("Mask"), mask_tip)
        self._markup_tip = self.tr("Draw marks that guide the edit; the mask is not sent then")
        self.markup_mode = self._action("action.markup_mode", self.tr("Markup"), self._markup_tip)
        for action in (self.mask_mode, self.markup_mode):
            self.mode_group.addAction(action)
        self.mask_mode.setChecked(True)
        self.tool_group = QActionGroup(self)
        self.tools: dict[MarkupTool, QAction] = {}
        for tool, text, tip in self._tool_texts():
            action = self._action(f"action.markup_{tool.value}", text, tip)
            action.setData(tool.value)
            action.setChecked(tool is self.state.tool)
            self.tool_group.addAction(action)
            self.tools[tool] = action
        self.clear = self._action(
            "action.clear_markup", self.tr("Clear"), self.tr("Remove every mark"), False
        )

    def _tool_texts(self) -> list[tuple[MarkupTool, str, str]]:
        return [
            (MarkupTool.PEN, self.tr("Pen"), self.tr("Draw freehand")),
            (MarkupTool.ARROW, self.tr("Arrow"), self.tr("Drag an arrow")),
            (MarkupTool.RECT, self.tr("Box"), self.tr("Drag a rectangle outline")),
            (MarkupTool.ELLIPSE, self.tr("Ellipse"), self.tr("Drag an ellipse outline")),
            (MarkupTool.TEXT, self.tr("Text"), self.tr("Click to place the label text")),
            (MarkupTool.ERASER, self.tr("Eraser"), self.tr("Rub marks out")),
        ]

    def _connect_signals(self) -> None:
        self.markup_mode.toggled.connect(self.state.set_active)
        self.state.active_changed.connect(self._on_state_active_changed)
        self.tool_group.triggered.connect(self._on_tool_group_triggered)
        self.clear.triggered.connect(self.layer.clear)
        self.layer.marks_changed.connect(self.changed)
        self.layer.encoded.connect(self.changed)
        self._request_state.params_changed.connect(self._on_request_params_changed)
        actions = getattr(self._canvas.parent(), "canvas_actions", None)
        if actions is not None:
            actions.tool_group.triggered.connect(self._on_mask_tool_triggered)

    # -- what the request reads ------------------------------------------------------------

    def sends(self) -> bool:
        """The next edit sends marks (Markup mode with something drawn)."""
        return self.state.active and self.layer.has_marks()

    def png(self) -> bytes:
        return self.layer.png()

    def png_cached(self) -> bytes | None:
        return self.layer.png_cached()

    def prepare(self) -> bool:
        return not self.sends() or self.layer.prepare()

    # -- slots -----------------------------------------------------------------------------

    @Slot(bool)
    def _on_state_active_changed(self, active: bool) -> None:
        self.markup_mode.setChecked(active)
        self.mask_mode.setChecked(not active)
        tool_state = self._canvas.tool_state
        # The mask is not sent in Markup mode, so it is not shown either.
        if active:
            self._mask_overlay_was_visible = tool_state.overlay_visible
            tool_state.set_overlay_visible(False)
        else:
            tool_state.set_overlay_visible(self._mask_overlay_was_visible)
        self._canvas.brush_cursor_shown = not active
        holder = self.panel.parentWidget()
        if holder is not None:  # the Tools panel grows to fit the markup controls
            holder.setMinimumHeight(holder.sizeHint().height())
        self._canvas.update()
        self.changed.emit()

    @Slot(QAction)
    def _on_tool_group_triggered(self, action: QAction) -> None:
        self.state.set_tool(MarkupTool(action.data()))
        self.state.set_active(True)

    @Slot(QAction)
    def _on_mask_tool_triggered(self, _action: QAction) -> None:
        self.state.set_active(False)

    @Slot(object)
    def _on_request_params_changed(self, params: ImageParams) -> None:
        reason = self._request_state.catalog.get(params.model).unsupported_reason("markup")
        self.markup_mode.setEnabled(not reason)
        self.markup_mode.setToolTip(core_text(reason) if reason else self._markup_tip)
        if reason:
            self.state.set_active(False)


def install_markup(window: MainWindow, request_state: RequestState) -> MarkupController:
    """The Mask / Markup switch on top of the Tools panel, the markup layer over the canvas."""
    controller = MarkupController(window, request_state)
    request_state.attach_markup(controller)
    window.menu("image").addActions([controller.mask_mode, controller.markup_mode])
    tools = window.findChild(ToolOptions)
    if tools is not None:
        tools.add_section(controller.panel, first=True)
    return controller
