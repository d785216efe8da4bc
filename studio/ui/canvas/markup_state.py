"""Markup settings as a view-model: Mask or Markup mode, the markup tool, colour and width."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor

DEFAULT_MARKUP_COLOR = QColor(255, 40, 40)
MIN_WIDTH, MAX_WIDTH = 1, 200


class MarkupTool(Enum):
    """What a drag on the canvas draws while Markup is on."""

    PEN = "pen"
    ARROW = "arrow"
    RECT = "rect"
    ELLIPSE = "ellipse"
    TEXT = "text"
    ERASER = "eraser"


class MarkupState(QObject):
    """Shared by the markup controls, the canvas input and the request: one edit sends either
    the mask or the markup, never both."""

    active_changed = Signal(bool)  # True: Markup mode; False: Mask mode
    tool_changed = Signal(object)
    color_changed = Signal(QColor)
    width_changed = Signal(int)
    text_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._active = False
        self._tool = MarkupTool.PEN
        self._color = QColor(DEFAULT_MARKUP_COLOR)
        self._width = 8
        self._text = ""

    @property
    def active(self) -> bool:
        return self._active

    def set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.active_changed.emit(active)

    @property
    def tool(self) -> MarkupTool:
        return self._tool

    def set_tool(self, tool: MarkupTool) -> None:
        if tool != self._tool:
            self._tool = tool
            self.tool_changed.emit(tool)

    @property
    def color(self) -> QColor:
        return QColor(self._color)

    def set_color(self, color: QColor) -> None:
        if color.isValid() and color != self._color:
            self._color = QColor(color)
            self.color_changed.emit(QColor(color))

    @property
    def width(self) -> int:
        """Line width in image pixels; a text label's height is a multiple of it."""
        return self._width

    def set_width(self, width: int) -> None:
        width = max(MIN_WIDTH, min(MAX_WIDTH, int(width)))
        if width != self._width:
            self._width = width
            self.width_changed.emit(width)

    @property
    def text(self) -> str:
        """The label the text tool places."""
        return self._text

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.text_changed.emit(text)
