"""Mask tools driven by the canvas with pointer positions in image coordinates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF

from studio.core.mask import Point
from studio.ui.canvas.document import CanvasDocument
from studio.ui.canvas.state import CanvasToolState, Tool


def _point(pos: QPointF) -> Point:
    return (pos.x(), pos.y())


class CanvasTool:
    """One drag of one tool; ``erase`` (right button, Ctrl or Alt) subtracts from the mask."""

    def __init__(self, document: CanvasDocument, state: CanvasToolState) -> None:
        self._document = document
        self._state = state
        self._erase = False
        # The keyboard modifiers of the latest pointer event (set by the canvas before calls).
        self.modifiers = Qt.KeyboardModifier.NoModifier

    def press(self, pos: QPointF, erase: bool) -> None:
        self._erase = erase

    def move(self, pos: QPointF) -> None:
        """Pointer moved with the button held."""

    def release(self, pos: QPointF) -> None:
        """Button released: commit the operation."""

    def cancel(self) -> None:
        """Escape: drop the operation in progress."""

    def preview(self) -> QPainterPath | None:
        """The outline to draw while dragging, in image coordinates."""
        return None

    def hover(self, pos: QPointF) -> None:
        """Pointer moved with no button held."""

    def double_click(self, pos: QPointF) -> bool:
        """A double click; False: treat it as another press."""
        return False

    def key(self, key: Qt.Key) -> bool:
        """A key while the tool has a shape under way; True when the tool used it."""
        return False

    def active(self) -> bool:
        """A shape is under way between clicks (the polygon lasso): keys go to the tool."""
        return False


class BrushTool(CanvasTool):
    """Round-capped segments between consecutive pointer positions: no gaps at any speed."""

    def __init__(self, document: CanvasDocument, state: CanvasToolState, eraser: bool) -> None:
        super().__init__(document, state)
        self._eraser = eraser
        self._last: Point | None = None

    def press(self, pos: QPointF, erase: bool) -> None:
        super().press(pos, erase or self._eraser)
        self._last = _point(pos)
        self._document.begin_stroke()
        self._segment(self._last)

    def move(self, pos: QPointF) -> None:
        if self._last is not None:
            self._segment(_point(pos))

    def release(self, pos: QPointF) -> None:
        if self._last is None:
            return
        self._segment(_point(pos))
        self._last = None
        self._document.end_stroke(
            QCoreApplication.translate("BrushTool", "Eraser Stroke")
            if self._erase
            else QCoreApplication.translate("BrushTool", "Brush Stroke")
        )

    def cancel(self) -> None:
        if self._last is not None:
            self._last = None
            self._document.end_stroke(
                QCoreApplication.translate("BrushTool", "Eraser Stroke")
                if self._erase
                else QCoreApplication.translate("BrushTool", "Brush Stroke")
            )

    def _segment(self, end: Point) -> None:
        assert self._last is not None
        radius = self._state.brush_size / 2
        self._document.stroke_segment(self._last, end, radius, self._state.hardness, self._erase)
        self._last = end


class RectTool(CanvasTool):
    """Drag a rectangle; both the pressed and the released pixel are included."""

    def __init__(self, document: CanvasDocument, state: CanvasToolState) -> None:
        super().__init__(document, state)
        self._start: QPointF | None = None
        self._end = QPointF()

    def press(self, pos: QPointF, erase: bool) -> None:
        super().press(pos, erase)
        self._start = QPointF(pos)
        self._end = QPointF(pos)

    def move(self, pos: QPointF) -> None:
        self._end = QPointF(pos)

    def release(self, pos: QPointF) -> None:
        if self._start is None:
            return
        self._document.rectangle(_point(self._start), _point(pos), self._erase)
        self._start = None

    def cancel(self) -> None:
        self._start = None

    def preview(self) -> QPainterPath | None:
        if self._start is None:
            return None
        left, right = sorted((int(self._start.x() // 1), int(self._end.x() // 1)))
        top, bottom = sorted((int(self._start.y() // 1), int(self._end.y() // 1)))
        path = QPainterPath()
        path.addRect(QRectF(left, top, right - left + 1, bottom - top + 1))
        return path


class LassoTool(CanvasTool):
    """Freehand outline, closed and filled on release."""

    def __init__(self, document: CanvasDocument, state: CanvasToolState) -> None:
        super().__init__(document, state)
        self._points: list[QPointF] = []

    def press(self, pos: QPointF, erase: bool) -> None:
        super().press(pos, erase)
        self._points = [QPointF(pos)]

    def move(self, pos: QPointF) -> None:
        if self._points and (pos - self._points[-1]).manhattanLength() >= 0.5:
            self._points.append(QPointF(pos))

    def release(self, pos: QPointF) -> None:
        if not self._points:
            return
        self.move(pos)
        points = [_point(p) for p in self._points]
        self._points = []
        # Rasterised on the pool thread like the polygon lasso (a large outline at 4096² takes
        # longer than a frame); it lands as one undo step.
        self._document.selection.polygon(points, self._erase, freehand=True)

    def cancel(self) -> None:
        self._points = []

    def preview(self) -> QPainterPath | None:
        if not self._points:
            return None
        path = QPainterPath()
        path.addPolygon(QPolygonF(self._points))
        path.closeSubpath()
        return path


def make_tool(tool: Tool, document: CanvasDocument, state: CanvasToolState) -> CanvasTool:
    if tool.selects:
        from studio.ui.canvas.selection_tools import make_selection_tool  # imports this module

        return make_selection_tool(tool, document, state)
    if tool is Tool.RECT:
        return RectTool(document, state)
    if tool is Tool.LASSO:
        return LassoTool(document, state)
    return BrushTool(document, state, eraser=tool is Tool.ERASER)
