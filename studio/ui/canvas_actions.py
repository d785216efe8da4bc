"""The canvas's QActions: tools, mask operations, undo/redo and zoom, with their shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence

from studio.ui.canvas.selection_actions import SelectionActions
from studio.ui.canvas_state import CanvasToolState, Tool
from studio.ui.widgets.canvas import CanvasView

IconLoader = Callable[[str], QIcon]
_Keys = str | QKeySequence.StandardKey | list[str]

TOOLS = (
    (Tool.BRUSH, "action.brush", "&Brush", "B", "brush", "Paint the area to change"),
    (Tool.ERASER, "action.eraser", "&Eraser", "E", "eraser", "Erase parts of the mask"),
    (Tool.RECT, "action.rect", "&Rectangle", "M", "rect", "Drag a rectangle to change"),
    (Tool.LASSO, "action.lasso", "&Lasso", "L", "lasso", "Draw a closed outline to change"),
    (
        Tool.POLYGON,
        "action.polygon_lasso",
        "&Polygon Lasso",
        "Shift+L",
        "polygon_lasso",
        "Click corners; double-click or Enter closes, Backspace undoes a corner",
    ),
    (
        Tool.WAND,
        "action.magic_wand",
        "Magic &Wand",
        "W",
        "magic_wand",
        "Click a colour to select it and its similar neighbours",
    ),
    (
        Tool.OBJECT,
        "action.object_select",
        "&Object Selection",
        "Shift+W",
        "object_select",
        "Drag a box around an object; then click parts to add, Alt-click parts to leave out",
    ),
)


class CanvasActions(QObject):
    """Creates and wires every canvas action; the window only places them in menus."""

    def __init__(
        self, canvas: CanvasView, state: CanvasToolState, icon: IconLoader, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self._state = state
        self._icon = icon
        self.tools: dict[Tool, QAction] = {}
        self._build_actions()
        self._connect_signals()

    def _action(self, name: str, text: str, keys: _Keys | None, icon: str | None = None) -> QAction:
        action = QAction(text, self.parent())
        action.setObjectName(name)
        if isinstance(keys, list):
            action.setShortcuts([QKeySequence(k) for k in keys])
        elif keys is not None:
            action.setShortcut(QKeySequence(keys))
        if icon:
            action.setIcon(self._icon(icon))
        return action

    def _build_actions(self) -> None:
        self.tool_group = QActionGroup(self)
        self.tool_group.setExclusive(True)
        for tool, name, text, key, icon, tip in TOOLS:
            action = self._action(name, text, key, icon)
            action.setCheckable(True)
            action.setStatusTip(tip)
            action.setToolTip(f"{text.replace('&', '')} ({key}) — {tip}")
            action.setData(tool.value)
            action.setChecked(tool is self._state.tool)
            self.tool_group.addAction(action)
            self.tools[tool] = action
        self.brush_smaller = self._action("action.brush_smaller", "Smaller Brush", "[")
        self.brush_larger = self._action("action.brush_larger", "Larger Brush", "]")
        self.invert_mask = self._action("action.invert_mask", "&Invert Mask", "Ctrl+I", "invert")
        self.clear_mask = self._action("action.clear_mask", "&Clear Mask", "Delete", "clear")
        self.fill_mask = self._action("action.fill_mask", "&Fill Mask", "Ctrl+Shift+F", "fill")
        for action, short in ((self.invert_mask, "Invert"), (self.clear_mask, "Clear")):
            action.setIconText(short)
        self.fill_mask.setIconText("Fill")
        self.toggle_overlay = self._action(
            "action.toggle_overlay", "Show &Mask Overlay", "H", "eye"
        )
        self.toggle_overlay.setCheckable(True)
        self.toggle_overlay.setChecked(self._state.overlay_visible)
        self._build_undo_actions()
        self._build_zoom_actions()
        self.selection = SelectionActions(self._canvas.document, self._canvas)

    def _build_undo_actions(self) -> None:
        stack = self._canvas.undo_stack
        self.undo = stack.createUndoAction(self.parent(), "&Undo")
        self.undo.setObjectName("action.undo")
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo.setIcon(self._icon("undo"))
        self.redo = stack.createRedoAction(self.parent(), "&Redo")
        self.redo.setObjectName("action.redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo.setIcon(self._icon("redo"))

    def _build_zoom_actions(self) -> None:
        self.zoom_in = self._action("action.zoom_in", "Zoom &In", ["Ctrl++", "Ctrl+="], "zoom_in")
        self.zoom_out = self._action("action.zoom_out", "Zoom &Out", ["Ctrl+-"], "zoom_out")
        self.fit = self._action("action.fit", "&Fit to Window", "Ctrl+0", "fit")
        self.actual_size = self._action("action.actual_size", "&Actual Size (100 %)", "Ctrl+1")
        self.actual_size.setIcon(self._icon("actual_size"))

    def _connect_signals(self) -> None:
        self.tool_group.triggered.connect(self._on_tool_group_triggered)
        self._state.tool_changed.connect(self._on_state_tool_changed)
        self._state.overlay_visible_changed.connect(self.toggle_overlay.setChecked)
        self.toggle_overlay.toggled.connect(self._state.set_overlay_visible)
        self.brush_smaller.triggered.connect(self._on_brush_smaller_triggered)
        self.brush_larger.triggered.connect(self._on_brush_larger_triggered)
        self.invert_mask.triggered.connect(self._canvas.document.invert)
        self.clear_mask.triggered.connect(self._canvas.document.clear)
        self.fill_mask.triggered.connect(self._canvas.document.fill)
        self.zoom_in.triggered.connect(self._canvas.zoom_in)
        self.zoom_out.triggered.connect(self._canvas.zoom_out)
        self.fit.triggered.connect(self._canvas.fit_to_view)
        self.actual_size.triggered.connect(self._canvas.actual_size)

    def tool_actions(self) -> list[QAction]:
        return list(self.tools.values())

    def mask_actions(self) -> list[QAction]:
        return [self.fill_mask, self.clear_mask, self.invert_mask]

    def zoom_actions(self) -> list[QAction]:
        return [self.zoom_in, self.zoom_out, self.fit, self.actual_size]

    def set_editing_enabled(self, enabled: bool) -> None:
        """Mask actions only make sense with a picture open."""
        for action in [*self.tools.values(), self.invert_mask, self.clear_mask, self.fill_mask]:
            action.setEnabled(enabled)
        self.selection.set_enabled(enabled)

    @Slot(QAction)
    def _on_tool_group_triggered(self, action: QAction) -> None:
        self._state.set_tool(Tool(action.data()))

    @Slot(object)
    def _on_state_tool_changed(self, tool: Tool) -> None:
        self.tools[tool].setChecked(True)

    @Slot()
    def _on_brush_smaller_triggered(self) -> None:
        self._state.step_brush_size(-1)

    @Slot()
    def _on_brush_larger_triggered(self) -> None:
        self._state.step_brush_size(+1)
