"""Selection tools: polygon lasso, magic wand and object selection (a box, then refining clicks)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF

from studio.core.imaging.selection import Hint
from studio.core.mask import Box
from studio.ui.canvas.document import CanvasDocument
from studio.ui.canvas.state import CanvasToolState, Tool
from studio.ui.canvas.tools import CanvasTool

# A click that moves less than this (image pixels) on the object tool refines instead of boxing.
CLICK_SLOP = 3
_CLOSE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PolygonLassoTool(CanvasTool):
    """Click corner after corner; double-click or Enter closes, Backspace takes the last back.

    Shift snaps the next side to a multiple of 45°; dragging with the button held adds a
    freehand stretch. The first click decides add or subtract (Alt, Ctrl or right button).
    """

    def __init__(self, document: CanvasDocument, state: CanvasToolState) -> None:
        super().__init__(document, state)
        self._points: list[QPointF] = []
        self._hover: QPointF | None = None

    def press(self, pos: QPointF, erase: bool) -> None:
        if not self._points:
            super().press(pos, erase)
        self._add(self._snapped(pos))

    def move(self, pos: QPointF) -> None:
        if self._points and (pos - self._points[-1]).manhattanLength() >= 0.5:
            self._points.append(QPointF(pos))
        self._hover = QPointF(pos)

    def hover(self, pos: QPointF) -> None:
        self._hover = self._snapped(pos) if self._points else None

    def double_click(self, pos: QPointF) -> bool:
        if not self._points:
            return False
        self._add(self._snapped(pos))  # the second press of a double click may come only as this
        self.close()
        return True

    def key(self, key: Qt.Key) -> bool:
        if key in _CLOSE_KEYS:
            self.close()
            return True
        if key == Qt.Key.Key_Backspace:
            self._points.pop()
            return True
        return False

    def active(self) -> bool:
        return bool(self._points)

    def cancel(self) -> None:
        self._points, self._hover = [], None

    def close(self) -> None:
        """Fill the outline (three corners or more) and start afresh."""
        points = [(p.x(), p.y()) for p in self._points]
        self.cancel()
        if len(points) >= 3:
            self._document.selection.polygon(points, self._erase)

    def preview(self) -> QPainterPath | None:
        if not self._points:
            return None
        corners = [*self._points, self._hover] if self._hover is not None else self._points
        path = QPainterPath()
        path.addPolygon(QPolygonF(corners))
        path.closeSubpath()
        return path

    def _add(self, pos: QPointF) -> None:
        if not self._points or (pos - self._points[-1]).manhattanLength() > 1e-6:
            self._points.append(pos)
        self._hover = None

    def _snapped(self, pos: QPointF) -> QPointF:
        """With Shift, the pointer projected onto the nearest 0°, 45°, 90°… line from the last."""
        if not self._points or not self.modifiers & Qt.KeyboardModifier.ShiftModifier:
            return QPointF(pos)
        last = self._points[-1]
        dx, dy = pos.x() - last.x(), pos.y() - last.y()
        angle = round(math.atan2(dy, dx) / (math.pi / 4)) * (math.pi / 4)
        ux, uy = round(math.cos(angle), 12), round(math.sin(angle), 12)
        length = dx * ux + dy * uy
        return QPointF(last.x() + ux * length, last.y() + uy * length)


class MagicWandTool(CanvasTool):
    """A click selects the similar colour around (or, not contiguous, anywhere like) the pixel."""

    def press(self, pos: QPointF, erase: bool) -> None:
        super().press(pos, erase)
        state = self._state
        x, y = math.floor(pos.x()), math.floor(pos.y())
        self._document.selection.wand(x, y, state.wand_tolerance, state.wand_contiguous, erase)


class ObjectSelectTool(CanvasTool):
    """Drag a box around an object to select it; then click on a part it missed to take it in,
    or Alt-click (right-click) on a part it took by mistake to leave it out."""

    def __init__(self, document: CanvasDocument, state: CanvasToolState) -> None:
        super().__init__(document, state)
        self._start: QPointF | None = None
        self._end = QPointF()
        self._box: Box | None = None
        self._hints: list[Hint] = []
        self._box_erase = False

    def press(self, pos: QPointF, erase: bool) -> None:
        super().press(pos, erase)
        self._start, self._end = QPointF(pos), QPointF(pos)

    def move(self, pos: QPointF) -> None:
        self._end = QPointF(pos)

    def release(self, pos: QPointF) -> None:
        if self._start is None:
            return
        start, self._start = self._start, None
        box = _pixel_box(start, pos)
        ops = self._document.selection
        if box.width <= CLICK_SLOP and box.height <= CLICK_SLOP:
            if self._box is not None and (ops.object_refinable() or ops.object_coming()):
                self._hints.append(Hint(pos.x(), pos.y(), inside=not self._erase))
                ops.object_select(self._box, self._hints, self._box_erase, base=True)
            return
        self._box, self._hints, self._box_erase = box, [], self._erase
        ops.object_select(box, [], self._erase, base=False)

    def cancel(self) -> None:
        self._start = None

    def preview(self) -> QPainterPath | None:
        if self._start is None:
            return None
        box = _pixel_box(self._start, self._end)
        path = QPainterPath()
        path.addRect(QRectF(box.left, box.top, box.width, box.height))
        return path


def _pixel_box(a: QPointF, b: QPointF) -> Box:
    """The pixels from the one under ``a`` to the one under ``b``, both included."""
    left, right = sorted((math.floor(a.x()), math.floor(b.x())))
    top, bottom = sorted((math.floor(a.y()), math.floor(b.y())))
    return Box(left, top, right + 1, bottom + 1)


def make_selection_tool(tool: Tool, document: CanvasDocument, state: CanvasToolState) -> CanvasTool:
    if tool is Tool.POLYGON:
        return PolygonLassoTool(document, state)
    if tool is Tool.WAND:
        return MagicWandTool(document, state)
    return ObjectSelectTool(document, state)
