"""The canvas tool settings (tool, brush, overlay) as a small view-model with change signals."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor

MIN_BRUSH = 1
MAX_BRUSH = 1000
DEFAULT_OVERLAY = QColor(255, 64, 160)


class Tool(Enum):
    """The canvas's mask tools."""

    BRUSH = "brush"
    ERASER = "eraser"
    RECT = "rect"
    LASSO = "lasso"
    POLYGON = "polygon_lasso"
    WAND = "magic_wand"
    OBJECT = "object_select"

    @property
    def paints(self) -> bool:
        return self in (Tool.BRUSH, Tool.ERASER)

    @property
    def selects(self) -> bool:
        """Tools in studio/ui/canvas/selection_tools.py."""
        return self in (Tool.POLYGON, Tool.WAND, Tool.OBJECT)


class CanvasToolState(QObject):
    """What the next stroke does and how the mask is shown; shared by canvas and tool options."""

    tool_changed = Signal(object)
    brush_size_changed = Signal(int)
    hardness_changed = Signal(float)
    overlay_opacity_changed = Signal(float)
    overlay_visible_changed = Signal(bool)
    overlay_color_changed = Signal(QColor)
    wand_changed = Signal()  # tolerance or contiguous

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tool = Tool.BRUSH
        self._brush_size = 40
        self._hardness = 1.0
        self._overlay_opacity = 0.55
        self._overlay_visible = True
        self._overlay_color = QColor(DEFAULT_OVERLAY)
        self._wand_tolerance = 32
        self._wand_contiguous = True

    @property
    def tool(self) -> Tool:
        return self._tool

    def set_tool(self, tool: Tool) -> None:
        if tool != self._tool:
            self._tool = tool
            self.tool_changed.emit(tool)

    @property
    def brush_size(self) -> int:
        """Brush diameter in image pixels."""
        return self._brush_size

    def set_brush_size(self, size: int) -> None:
        size = max(MIN_BRUSH, min(MAX_BRUSH, int(size)))
        if size != self._brush_size:
            self._brush_size = size
            self.brush_size_changed.emit(size)

    def step_brush_size(self, direction: int) -> None:
        """``[`` and ``]``: about 15 % per step, at least one pixel."""
        step = max(1, round(self._brush_size * 0.15))
        self.set_brush_size(self._brush_size + direction * step)

    @property
    def hardness(self) -> float:
        return self._hardness

    def set_hardness(self, hardness: float) -> None:
        hardness = max(0.0, min(1.0, float(hardness)))
        if hardness != self._hardness:
            self._hardness = hardness
            self.hardness_changed.emit(hardness)

    @property
    def overlay_opacity(self) -> float:
        return self._overlay_opacity

    def set_overlay_opacity(self, opacity: float) -> None:
        opacity = max(0.0, min(1.0, float(opacity)))
        if opacity != self._overlay_opacity:
            self._overlay_opacity = opacity
            self.overlay_opacity_changed.emit(opacity)

    @property
    def overlay_visible(self) -> bool:
        return self._overlay_visible

    def set_overlay_visible(self, visible: bool) -> None:
        if visible != self._overlay_visible:
            self._overlay_visible = visible
            self.overlay_visible_changed.emit(visible)

    @property
    def overlay_color(self) -> QColor:
        return QColor(self._overlay_color)

    def set_overlay_color(self, color: QColor) -> None:
        if color != self._overlay_color:
            self._overlay_color = QColor(color)
            self.overlay_color_changed.emit(QColor(color))

    @property
    def wand_tolerance(self) -> int:
        """How far (0-255, per channel) a colour may be from the clicked one."""
        return self._wand_tolerance

    @property
    def wand_contiguous(self) -> bool:
        return self._wand_contiguous

    def set_wand(self, tolerance: int, contiguous: bool) -> None:
        tolerance = max(0, min(255, int(tolerance)))
        if (tolerance, contiguous) != (self._wand_tolerance, self._wand_contiguous):
            self._wand_tolerance, self._wand_contiguous = tolerance, contiguous
            self.wand_changed.emit()
