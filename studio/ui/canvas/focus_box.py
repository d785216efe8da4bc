"""The focus box and the mask-edge preview, drawn over the canvas; the box moves by its frame."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from studio.ui.canvas.view import CanvasView

BOX_COLOR = QColor(255, 200, 40)
SHADE = QColor(0, 0, 0, 70)
GRIP_PX = 10  # how close to the frame (on screen) a press picks the box up
Box = tuple[int, int, int, int]


class FocusOverlay(QWidget):
    """Transparent to the mouse except on the box's frame and caption, which drag the box."""

    dragged = Signal(int, int)  # image pixels moved since the last report

    def __init__(self, canvas: CanvasView) -> None:
        target = canvas.input_widget()
        super().__init__(target)
        self.setObjectName("focus_overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._canvas = canvas
        self._target = target
        self.box: Box | None = None
        self.caption = ""
        self.edge: QImage | None = None
        self.edge_origin = (0, 0)
        self._press: QPointF | None = None
        self.setGeometry(target.rect())
        target.installEventFilter(self)
        self.show()

    def set_box(self, box: Box | None, caption: str = "") -> None:
        if (box, caption) != (self.box, self.caption):
            self.box, self.caption = box, caption
            self.update()

    def set_edge(self, edge: QImage | None, origin: tuple[int, int] = (0, 0)) -> None:
        self.edge, self.edge_origin = edge, origin
        self.update()

    def widget_rect(self, box: Box) -> QRectF:
        """The image rectangle ``box`` on screen."""
        left, top, right, bottom = box
        first = self._canvas.map_from_image(left - 0.5, top - 0.5)
        last = self._canvas.map_from_image(right - 0.5, bottom - 0.5)
        return QRectF(QPointF(first), QPointF(last))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.edge is not None:
            x, y = self.edge_origin
            area = self.widget_rect((x, y, x + self.edge.width(), y + self.edge.height()))
            painter.drawImage(area, self.edge)
        if self.box is not None:
            self._paint_box(painter, self.widget_rect(self.box))
        painter.end()

    def _paint_box(self, painter: QPainter, rect: QRectF) -> None:
        outside = QRectF(self.rect())
        painter.save()
        for part in _around(outside, rect):
            painter.fillRect(part, SHADE)
        pen = QPen(BOX_COLOR, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(rect)
        if self.caption:
            painter.setPen(BOX_COLOR)
            painter.drawText(rect.topLeft() + QPointF(6, -6), self.caption)
        painter.restore()

    def on_grip(self, pos: QPointF) -> bool:
        """``pos`` (on the canvas) is on the box's frame or its caption."""
        if self.box is None:
            return False
        rect = self.widget_rect(self.box)
        near = rect.adjusted(-GRIP_PX, -GRIP_PX - 18, GRIP_PX, GRIP_PX).contains(pos)
        inner = rect.adjusted(GRIP_PX, GRIP_PX, -GRIP_PX, -GRIP_PX).contains(pos)
        return near and not inner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While the window is torn down Qt can call in after Python dropped our attributes.
        if watched is not getattr(self, "_target", None):
            return False
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self.setGeometry(self._target.rect())
        elif isinstance(event, QMouseEvent):
            return self._mouse(kind, event)
        return False

    def _mouse(self, kind: QEvent.Type, event: QMouseEvent) -> bool:
        pos = event.position()
        if kind == QEvent.Type.MouseButtonPress:
            if event.button() == Qt.MouseButton.LeftButton and self.on_grip(pos):
                self._press = self._canvas.map_to_image(pos)
                return True
        elif kind == QEvent.Type.MouseMove and self._press is not None:
            self._emit_drag(pos)
            return True
        elif kind == QEvent.Type.MouseButtonRelease and self._press is not None:
            self._emit_drag(pos)
            self._press = None
            return True
        return False

    def _emit_drag(self, pos: QPointF) -> None:
        assert self._press is not None
        delta = self._canvas.map_to_image(pos) - self._press
        dx, dy = round(delta.x()), round(delta.y())
        if dx or dy:
            self._press += QPointF(dx, dy)  # the remainder carries over to the next move
            self.dragged.emit(dx, dy)


def _around(outer: QRectF, inner: QRectF) -> list[QRectF]:
    """Four rectangles covering ``outer`` except ``inner`` (the shade outside the box)."""
    return [
        QRectF(outer.left(), outer.top(), outer.width(), inner.top() - outer.top()),
        QRectF(outer.left(), inner.bottom(), outer.width(), outer.bottom() - inner.bottom()),
        QRectF(outer.left(), inner.top(), inner.left() - outer.left(), inner.height()),
        QRectF(inner.right(), inner.top(), outer.right() - inner.right(), inner.height()),
    ]
