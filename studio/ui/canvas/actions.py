"""The canvas's QActions: tools, mask operations, undo/redo and zoom, with their shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Slot
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence

from studio.ui.canvas.selection_actions import SelectionActions
from studio.ui.canvas.state import CanvasToolState, Tool
from studio.ui.canvas.view import CanvasView

IconLoader = Callable[[str], QIcon]
_Keys = str | QKeySequence.StandardKey | list[str]

_T = "CanvasActions"
TOOLS = (
    (
        Tool.BRUSH,
        "action.brush",
        QT_TRANSLATE_NOOP("CanvasActions", "&Brush"),
        "B",
        "brush",
        QT_TRANSLATE_NOOP("CanvasActions", "Paint the area to change"),
    ),
    (
        Tool.ERASER,
        "action.eraser",
        QT_TRANSLATE_NOOP("CanvasActions", "&Eraser"),
        "E",
        "eraser",
        QT_TRANSLATE_NOOP("CanvasActions", "Erase parts of the mask"),
    ),
    (
        Tool.RECT,
        "action.rect",
        QT_TRANSLATE_NOOP("CanvasActions", "&Rectangle"),
        "M",
        "rect",
        QT_TRANSLATE_NOOP("CanvasActions", "Drag a rectangle to change"),
    ),
    (
        Tool.LASSO,
        "action.lasso",
        QT_TRANSLATE_NOOP("CanvasActions", "&Lasso"),
        "L",
        "lasso",
        QT_TRANSLATE_NOOP("CanvasActions", "Draw a closed outline to change"),
    ),
    (
        Tool.POLYGON,
        "action.polygon_lasso",
        QT_TRANSLATE_NOOP("CanvasActions", "&Polygon Lasso"),
        "Shift+L",
        "polygon_lasso",
        QT_TRANSLATE_NOOP(
            "CanvasActions",
            "Click corners; double-click or Enter closes, Backspace undoes a corner",
        ),
    ),
    (
        Tool.WAND,
        "action.magic_wand",
        QT_TRANSLATE_NOOP("CanvasActions", "Magic &Wand"),
        "W",
        "magic_wand",
        QT_TRANSLATE_NOOP(
            "CanvasActions", "Click a colour to select it and its similar neighbours"
        ),
    ),
    (
        Tool.OBJECT,
        "action.object_select",
        QT_TRANSLATE_NOOP("CanvasActions", "&Object Selection"),
        "Shift+W",
        "object_select",
        QT_TRANSLATE_NOOP(
            "CanvasActions",
            "Drag a box around an object; then click parts to add, Alt-click parts to leave out",
        ),
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
        for tool, name, source, key, icon, source_tip in TOOLS:
            text, tip = self.tr(source), self.tr(source_tip)
            action = self._action(name, text, key, icon)
            action.setCheckable(True)
            action.setStatusTip(tip)
            action.setToolTip(
                self.tr("{name} ({key}) — {tip}").format(
                    name=text.replace("&", ""), key=key, tip=tip
                )
            )
            action.setData(tool.value)
            action.setChecked(tool is self._state.tool)
            self.tool_group.addAction(action)
            self.tools[tool] = action
        self.brush_smaller = self._action("action.brush_smaller", self.tr("Smaller Brush"), "[")
        self.brush_larger = self._action("action.brush_larger", self.tr("Larger Brush"), "]")
        self.invert_mask = self._action(
            "action.invert_mask", self.tr("&Invert Mask"), "Ctrl+I", "invert"
        )
        self.clear_mask = self._action(
            "action.clear_mask", self.tr("&Clear Mask"), "Delete", "clear"
        )
        self.fill_mask = self._action(
            "action.fill_mask", self.tr("&Fill Mask"), "Ctrl+Shift+F", "fill"
        )
        for action, short in (
            (self.invert_mask, self.tr("Invert")),
            (self.clear_mask, self.tr("Clear")),
        ):
            action.setIconText(short)
        self.fill_mask.setIconText(self.tr("Fill"))
        self.toggle_overlay = self._action(
            "action.toggle_overlay", self.tr("Show &Mask Overlay"), "H", "eye"
        )
        self.toggle_overlay.setCheckable(True)
        self.toggle_overlay.setChecked(self._state.overlay_visible)
        self._build_undo_actions()
        self._build_zoom_actions()
        self.selection = SelectionActions(self._canvas.document, self._canvas)

    def _build_undo_actions(self) -> None:
        stack = self._canvas.undo_stack
        self.undo = stack.createUndoAction(self.parent(), self.tr("&Undo"))
        self.undo.setObjectName("action.undo")
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo.setIcon(self._icon("undo"))
        self.redo = stack.createRedoAction(self.parent(), self.tr("&Redo"))
        self.redo.setObjectName("action.redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo.setIcon(self._icon("redo"))

    def _build_zoom_actions(self) -> None:
        self.zoom_in = self._action(
            "action.zoom_in", self.tr("Zoom &In"), ["Ctrl++", "Ctrl+="], "zoom_in"
        )
        self.zoom_out = self._action(
            "action.zoom_out", self.tr("Zoom &Out"), ["Ctrl+-"], "zoom_out"
        )
        self.fit = self._action("action.fit", self.tr("&Fit to Window"), "Ctrl+0", "fit")
        self.actual_size = self._action(
            "action.actual_size", self.tr("&Actual Size (100 %)"), "Ctrl+1"
        )
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
