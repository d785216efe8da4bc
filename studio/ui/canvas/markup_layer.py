"""The markup layer: a transparent QImage of the picture's size, drawn on and exported as PNG."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial

import numpy as np
from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSize, QSizeF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from studio.core.imageio import png_bytes
from studio.core.pil import Image
from studio.ui.canvas.document import CanvasDocument
from studio.ui.canvas.encoder import CanvasEncoder, Part
from studio.ui.canvas.markup_commands import MarkupEditCommand
from studio.ui.canvas.markup_state import MarkupTool

# The export is encoded in the background once drawing pauses this long.
ENCODE_DELAY_MS = 250
TEXT_SCALE = 4  # a label's pixel height per unit of line width


def shape_path(tool: MarkupTool, start: QPointF, end: QPointF, width: int) -> QPainterPath:
    """The outline an arrow, rectangle or ellipse drag draws, in image coordinates."""
    path = QPainterPath()
    if tool is MarkupTool.RECT:
        path.addRect(QRectF(start, end).normalized())
    elif tool is MarkupTool.ELLIPSE:
        path.addEllipse(QRectF(start, end).normalized())
    else:
        path.moveTo(start)
        path.lineTo(end)
        angle = math.atan2(end.y() - start.y(), end.x() - start.x())
        head = max(12.0, 4.0 * width)
        for side in (-0.45, 0.45):  # two barbs about 26 degrees off the shaft
            barb = angle + math.pi + side
            path.moveTo(end)
            path.lineTo(end + QPointF(math.cos(barb) * head, math.sin(barb) * head))
    return path


def label_font(width: int) -> QFont:
    font = QFont()
    font.setPixelSize(max(10, width * TEXT_SCALE))
    font.setBold(True)
    return font


def export_png(image: QImage) -> bytes:
    """On a pool thread: straight (not premultiplied) RGBA, transparent where nothing is drawn."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    size = (rgba.width(), rgba.height())
    raw = bytes(rgba.constBits())
    picture = Image.frombytes("RGBA", size, raw, "raw", "RGBA", rgba.bytesPerLine())
    return png_bytes(picture, compress_level=1)


class MarkupLayer(QObject):
    """Follows the document's picture size; each drawing operation is one undo step on the
    document's stack, so Ctrl+Z undoes marks and mask strokes in the order they were made."""

    region_changed = Signal(QRect)  # in image pixels
    marks_changed = Signal()
    encoded = Signal()

    def __init__(self, document: CanvasDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._image = QImage()  # allocated on the first mark: 256 MB for an 8192² picture
        self._size = QSize()
        self._before: QImage | None = None
        self._dirty = QRect()
        self._has_marks = False
        self._encoder = CanvasEncoder(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ENCODE_DELAY_MS)
        self._encoder.encoded.connect(self.encoded)
        self._timer.timeout.connect(self._on_timer_timeout)
        document.image_changed.connect(self._on_document_image_changed)
        self._on_document_image_changed()

    # -- reading -------------------------------------------------------------------------

    def image(self) -> QImage:
        return self._image

    def size(self) -> QSize:
        return QSize(self._size)

    def has_marks(self) -> bool:
        return self._has_marks

    def png(self) -> bytes:
        """The export, encoded now if the background encode has not landed."""
        data: bytes = self._encoder.encode_now(Part.MARKUP, self._job())
        return data

    def png_cached(self) -> bytes | None:
        data: bytes | None = self._encoder.cached(Part.MARKUP)
        return data

    def prepare(self) -> bool:
        """Start the encode if missing; True when the export is ready (or failed: png() raises)."""
        if not self._has_marks:
            return True
        self._encoder.start(Part.MARKUP, self._job())
        return self._encoder.settled(Part.MARKUP)

    def wait(self, timeout_ms: int = 30000) -> bool:
        return self._encoder.wait(timeout_ms)

    def _job(self) -> Callable[[], bytes]:
        # Implicit sharing: drawing after this detaches the layer, so the pool thread reads a
        # snapshot without a copy on the UI thread.
        return partial(export_png, QImage(self._image))

    # -- drawing -------------------------------------------------------------------------

    def begin(self) -> None:
        if self._before is not None or not self._ensure_image():
            return
        self._before = QImage(self._image)  # shared until the first paint detaches it
        self._dirty = QRect()

    def segment(self, start: QPointF, end: QPointF, color: QColor, width: int, erase: bool) -> None:
        path = QPainterPath(start)
        path.lineTo(end if end != start else end + QPointF(0.01, 0))  # a dot for a click
        self._stroke(path, color, width, erase)

    def shape(
        self, tool: MarkupTool, start: QPointF, end: QPointF, color: QColor, width: int
    ) -> None:
        self._stroke(shape_path(tool, start, end, width), color, width, False)

    def label(self, at: QPointF, text: str, color: QColor, width: int) -> None:
        if self._before is None or not text:
            return
        font = label_font(width)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        box = QFontMetricsF(font).boundingRect(QRectF(at, QSizeF(1e5, 1e5)), flags, text)
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(box, flags, text)
        painter.end()
        self._touch(box.toAlignedRect().adjusted(-2, -2, 2, 2))

    def _stroke(self, path: QPainterPath, color: QColor, width: int, erase: bool) -> None:
        if self._before is None:
            return
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if erase:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        pen = QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.end()
        reach = math.ceil(width / 2) + 2
        self._touch(path.boundingRect().toAlignedRect().adjusted(-reach, -reach, reach, reach))

    def _touch(self, rect: QRect) -> None:
        rect = rect.intersected(self._image.rect())
        if rect.isEmpty():
            return
        self._dirty = self._dirty.united(rect)
        self.region_changed.emit(rect)

    def end(self, text: str) -> None:
        """Close the operation as one undo step (nothing is recorded if nothing changed)."""
        before, self._before = self._before, None
        if before is None or self._dirty.isEmpty():
            return
        rect = self._dirty
        command = MarkupEditCommand(self, rect, before.copy(rect), self._image.copy(rect), text)
        self._document.undo_stack.push(command)
        self._changed()

    def clear(self) -> None:
        if self._has_marks:
            self.begin()
            self._image.fill(Qt.GlobalColor.transparent)
            self._touch(self._image.rect())
            self.end(self.tr("Clear Markup"))

    # -- called by undo commands -----------------------------------------------------------

    def put_tile(self, rect: QRect, tile: QImage) -> None:
        if not self._ensure_image() or not self._image.rect().contains(rect):
            return  # the picture changed size since: the marks it held are gone
        painter = QPainter(self._image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.drawImage(rect.topLeft(), tile)
        painter.end()
        self.region_changed.emit(rect)
        self._changed()

    def _changed(self) -> None:
        self._encoder.invalidate(Part.MARKUP)
        if self._image.isNull():
            self._has_marks = False
        else:
            bits = np.frombuffer(self._image.constBits(), np.uint8)
            self._has_marks = bool(bits[3::4].any())  # ARGB32 little-endian: alpha is byte 3
        self.marks_changed.emit()
        if self._has_marks:
            self._timer.start()

    def _ensure_image(self) -> bool:
        if self._image.isNull() and not self._size.isEmpty():
            self._image = QImage(self._size, QImage.Format.Format_ARGB32_Premultiplied)
            self._image.fill(Qt.GlobalColor.transparent)
        return not self._image.isNull()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._before is None:
            self.prepare()

    @Slot()
    def _on_document_image_changed(self) -> None:
        size = self._document.size()
        if size == self._size:
            return  # same size (a result accepted, an undo): the marks stay
        # Allocating and clearing the layer here took 50-100 ms of every 8192² picture opened.
        self._before, self._image, self._size = None, QImage(), QSize(size)
        self.region_changed.emit(QRect(0, 0, size.width(), size.height()))
        self._changed()
