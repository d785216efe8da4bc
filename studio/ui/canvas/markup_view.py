"""The markup drawn over the canvas, and the pointer routed to the markup tools in Markup mode."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from studio.ui.canvas.markup_layer import MarkupLayer
from studio.ui.canvas.markup_state import MarkupState
from studio.ui.canvas.markup_tools import MarkupPointer
from studio.ui.canvas.view import CanvasView


class MarkupView(QWidget):
    """Transparent to the mouse: it watches the canvas's events and takes the tool presses
    while Markup is on. Hidden while a result is staged (it shows the result alone)."""

    def __init__(self, canvas: CanvasView, layer: MarkupLayer, state: MarkupState) -> None:
        target = canvas.input_widget()
        super().__init__(target)
        self.setObjectName("markup_view")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._canvas, self._target = canvas, target
        self._layer, self._state = layer, state
        self.pointer = MarkupPointer(layer, state, self)
        self.setGeometry(target.rect())
        target.installEventFilter(self)
        layer.region_changed.connect(self._on_layer_region_changed)
        self.show()

    def shown(self) -> bool:
        """The marks are on screen: Markup mode, a picture open, no staged result over it."""
        has_picture = self._canvas.document.has_image()
        return self._state.active and has_picture and self._canvas.staged() is None

    def image_rect(self) -> QRectF:
        """The whole layer on screen."""
        size = self._layer.size()
        first = self._canvas.map_from_image(-0.5, -0.5)
        last = self._canvas.map_from_image(size.width() - 0.5, size.height() - 0.5)
        return QRectF(QPointF(first), QPointF(last))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.shown() or self._layer.size().isEmpty():
            return
        full = self.image_rect()
        scale = full.width() / self._layer.size().width()
        source = _source_rect(QRectF(event.rect()).intersected(full), full, scale)
        if source.isEmpty():
            return
        target = QRectF(full.topLeft() + source.topLeft() * scale, source.size() * scale)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, scale < 1.0)
        if not self._layer.image().isNull():  # no marks made on this picture yet
            painter.drawImage(target, self._layer.image(), source)
        self._paint_preview(painter, full, scale)
        painter.end()

    def _paint_preview(self, painter: QPainter, full: QRectF, scale: float) -> None:
        path = self.pointer.preview()
        if path is None:
            return
        painter.translate(full.topLeft())
        painter.scale(scale, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(self._state.color, self._state.width, Qt.PenStyle.SolidLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPath(path)

    def _update_preview(self) -> None:
        path = self.pointer.preview()
        if path is None:
            return
        full = self.image_rect()
        scale = full.width() / max(self._layer.size().width(), 1)
        box = path.boundingRect()
        reach = self._state.width * scale / 2 + 3
        area = QRectF(full.topLeft() + box.topLeft() * scale, box.size() * scale)
        self.update(area.adjusted(-reach, -reach, reach, reach).toAlignedRect())

    def _on_layer_region_changed(self, rect: QRect) -> None:
        full = self.image_rect()
        scale = full.width() / max(self._layer.size().width(), 1)
        corner = full.topLeft() + QPointF(rect.topLeft()) * scale
        area = QRectF(corner, rect.size().toSizeF() * scale)
        self.update(area.toAlignedRect().adjusted(-2, -2, 2, 2))

    # -- the canvas's events -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self.setGeometry(self._target.rect())
        elif isinstance(event, QMouseEvent):
            return self._mouse(kind, event)
        elif (
            isinstance(event, QKeyEvent)
            and kind == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and self.pointer.busy()
        ):
            self._update_preview()
            self.pointer.cancel()
            return True
        return False

    def _mouse(self, kind: QEvent.Type, event: QMouseEvent) -> bool:
        pos = self._canvas.map_to_image(event.position())
        if kind == QEvent.Type.MouseButtonPress:
            return self._press(event, pos)
        if kind == QEvent.Type.MouseMove and self.pointer.busy():
            self._update_preview()
            self.pointer.move(pos)
            self._update_preview()
        elif kind == QEvent.Type.MouseButtonRelease and self.pointer.busy():
            self._update_preview()
            self.pointer.release(pos)
            return True
        return False

    def _press(self, event: QMouseEvent, pos: QPointF) -> bool:
        buttons = (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton)
        if not self.shown() or event.button() not in buttons or self._canvas.pans_on_press():
            return False
        if self.pointer.busy():
            return True
        self._target.setFocus(Qt.FocusReason.MouseFocusReason)
        erase = event.button() == Qt.MouseButton.RightButton or bool(
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        )
        self.pointer.press(pos, erase)
        self._update_preview()
        return True


def _source_rect(visible: QRectF, full: QRectF, scale: float) -> QRectF:
    """The whole layer pixels behind a screen rectangle."""
    if visible.isEmpty():
        return QRectF()
    left = math.floor((visible.left() - full.left()) / scale)
    top = math.floor((visible.top() - full.top()) / scale)
    right = math.ceil((visible.right() - full.left()) / scale)
    bottom = math.ceil((visible.bottom() - full.top()) / scale)
    return QRectF(left, top, right - left, bottom - top)
