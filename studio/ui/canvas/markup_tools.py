"""Markup tools: a drag (or, for a label, a click) in image coordinates becomes marks."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF
from PySide6.QtGui import QPainterPath

from studio.ui.canvas.markup_layer import MarkupLayer, shape_path
from studio.ui.canvas.markup_state import MarkupState, MarkupTool

SHAPES = (MarkupTool.ARROW, MarkupTool.RECT, MarkupTool.ELLIPSE)


class MarkupPointer(QObject):
    """One drag at a time; ``erase`` (right button) rubs marks out with any tool."""

    def __init__(self, layer: MarkupLayer, state: MarkupState, parent: QObject | None = None):
        super().__init__(parent)
        self._layer = layer
        self._state = state
        self._start: QPointF | None = None
        self._last = QPointF()
        self._erase = False

    def busy(self) -> bool:
        return self._start is not None

    def press(self, pos: QPointF, erase: bool) -> None:
        self._erase = erase or self._state.tool is MarkupTool.ERASER
        self._start, self._last = QPointF(pos), QPointF(pos)
        if self._freehand():
            self._layer.begin()
            self._segment(pos)

    def move(self, pos: QPointF) -> None:
        if self._start is None:
            return
        if self._freehand():
            self._segment(pos)
        else:
            self._last = QPointF(pos)

    def release(self, pos: QPointF) -> None:
        start = self._start
        if start is None:
            return
        self.move(pos)
        tool = self._state.tool
        if self._freehand():
            self._layer.end(self.tr("Erase Markup") if self._erase else self.tr("Pen Stroke"))
        elif tool is MarkupTool.TEXT:
            self._place_label(pos)
        elif (pos - start).manhattanLength() >= 1:
            self._layer.begin()
            self._layer.shape(tool, start, pos, self._state.color, self._state.width)
            self._layer.end(self._shape_text(tool))
        self._start = None

    def cancel(self) -> None:
        if self._start is not None and self._freehand():
            self._layer.end(self.tr("Pen Stroke"))
        self._start = None

    def preview(self) -> QPainterPath | None:
        """The shape being dragged, in image coordinates (drawn by the markup view)."""
        if self._start is None or self._freehand() or self._state.tool not in SHAPES:
            return None
        return shape_path(self._state.tool, self._start, self._last, self._state.width)

    def _freehand(self) -> bool:
        return self._erase or self._state.tool is MarkupTool.PEN

    def _segment(self, pos: QPointF) -> None:
        width, colour = self._state.width, self._state.color
        self._layer.segment(self._last, pos, colour, width, self._erase)
        self._last = QPointF(pos)

    def _place_label(self, pos: QPointF) -> None:
        text = self._state.text.strip()
        if not text:
            return
        self._layer.begin()
        self._layer.label(pos, text, self._state.color, self._state.width)
        self._layer.end(self.tr("Text Label"))

    def _shape_text(self, tool: MarkupTool) -> str:
        if tool is MarkupTool.ARROW:
            return self.tr("Arrow")
        if tool is MarkupTool.RECT:
            return self.tr("Markup Rectangle")
        return self.tr("Ellipse")
