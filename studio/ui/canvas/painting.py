"""Drawing the canvas: checkerboard, picture, mask overlay and tool outlines, exposed area only."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPixmap

from studio.ui.canvas.document import CanvasDocument
from studio.ui.canvas.state import CanvasToolState

BACKGROUND = QColor(38, 39, 43)
CHECKER_LIGHT = QColor(204, 204, 204)
CHECKER_DARK = QColor(153, 153, 153)
CHECKER_CELL = 8
HINT_COLOR = QColor(150, 154, 162)
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "CanvasPainter",
    "Open an image to paint a mask on it\n"
    "Ctrl+O, drop a file here, or paste with Ctrl+V\n\n"
    "File ▸ New Canvas (Ctrl+N) to generate from a prompt",
)

Mapper = Callable[[QRectF], QRectF]


def _checker_brush() -> QBrush:
    tile = QPixmap(2 * CHECKER_CELL, 2 * CHECKER_CELL)
    tile.fill(CHECKER_LIGHT)
    painter = QPainter(tile)
    painter.fillRect(0, 0, CHECKER_CELL, CHECKER_CELL, CHECKER_DARK)
    painter.fillRect(CHECKER_CELL, CHECKER_CELL, CHECKER_CELL, CHECKER_CELL, CHECKER_DARK)
    painter.end()
    return QBrush(tile)


class CanvasPainter:
    """Paints one exposed rectangle; the cost follows the exposed area, not the image size."""

    def __init__(self, document: CanvasDocument, state: CanvasToolState) -> None:
        self._document = document
        self._state = state
        self._checker: QBrush | None = None
        self.staged: QImage | None = None  # a result previewed over the picture

    def paint(self, painter: QPainter, exposed: QRect, widget: QRect, to_widget: Mapper) -> None:
        painter.fillRect(exposed, BACKGROUND)
        preview = self._document.loading_preview()
        if preview is not None:
            self._paint_preview(painter, *preview, to_widget)
            return
        if not self._document.is_open():
            self._paint_hint(
                painter, QRectF(widget), QCoreApplication.translate("CanvasPainter", EMPTY_HINT)
            )
            return
        size = self._document.size()
        full = to_widget(QRectF(0, 0, size.width(), size.height()))
        visible = full.intersected(QRectF(exposed))
        if not visible.isEmpty() and self.staged is None:  # a staged result covers the picture
            self._paint_pixels(painter, full, visible, to_widget)
        self._paint_frame(painter, full)
        if self.staged is not None:
            self._paint_staged(painter, full, self.staged)
        elif not self._document.has_image():
            caption = QCoreApplication.translate(
                "CanvasPainter", "Blank canvas {width} × {height}\nGenerate mode: no mask"
            ).format(width=size.width(), height=size.height())
            self._paint_hint(painter, full, caption)

    def _paint_pixels(
        self, painter: QPainter, full: QRectF, visible: QRectF, to_widget: Mapper
    ) -> None:
        scale = full.width() / self._document.size().width()
        source = _pixel_aligned(visible, full, scale, self._document.size().toTuple())
        target = to_widget(source)
        if self._document.has_alpha():
            if self._checker is None:
                self._checker = _checker_brush()
            painter.setBrushOrigin(full.topLeft())
            painter.fillRect(visible, self._checker)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, scale < 1.0)
        self._paint_picture(painter, target, source, scale)
        if self._state.overlay_visible and self.staged is None and self._document.shows_mask():
            self._paint_overlay(painter, target, source, scale)

    def _paint_picture(
        self, painter: QPainter, target: QRectF, source: QRectF, scale: float
    ) -> None:
        """From the reduced copy when zoomed out that far: scaling down the whole of an 8192²
        picture took longer than a frame on every full repaint."""
        display, small = self._document.display(), self._document.reduced_display()
        if small is not None and display is not None and scale <= small.width() / display.width():
            fx, fy = small.width() / display.width(), small.height() / display.height()
            part = QRectF(
                source.x() * fx, source.y() * fy, source.width() * fx, source.height() * fy
            )
            painter.drawImage(target, small, part)
        elif display is not None:
            painter.drawImage(target, display, source)

    def _paint_overlay(
        self, painter: QPainter, target: QRectF, source: QRectF, scale: float
    ) -> None:
        """From the reduced copy when zoomed out that far, as the picture."""
        overlay, small = self._document.overlay(), self._document.reduced_overlay()
        if small is not None and scale <= small.width() / overlay.width():
            fx, fy = small.width() / overlay.width(), small.height() / overlay.height()
            part = QRectF(
                source.x() * fx, source.y() * fy, source.width() * fx, source.height() * fy
            )
            painter.drawImage(target, small, part)
        else:
            painter.drawImage(target, overlay, source)

    def _paint_preview(
        self, painter: QPainter, image: QImage, size: QSize, to_widget: Mapper
    ) -> None:
        """A large picture's reduced version, where the picture will be, while it loads."""
        full = to_widget(QRectF(0, 0, size.width(), size.height()))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(full, image)
        self._paint_frame(painter, full)

    def _paint_staged(self, painter: QPainter, full: QRectF, image: QImage) -> None:
        """The result over the picture, fitted into it when their shapes differ."""
        size = image.size().toSizeF().scaled(full.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(full.topLeft(), size)
        target.moveCenter(full.center())
        painter.fillRect(full, BACKGROUND)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(target, image)

    def _paint_frame(self, painter: QPainter, full: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(QColor(0, 0, 0, 140), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(full.adjusted(-1, -1, 0, 0))

    def _paint_hint(self, painter: QPainter, area: QRectF, text: str) -> None:
        painter.setPen(HINT_COLOR)
        font = QFont(painter.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.15)
        painter.setFont(font)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)

    def paint_outline(self, painter: QPainter, path: QPainterPath) -> None:
        """A marching-ants style outline (black under white dashes), one screen pixel wide."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(QColor(255, 255, 255, 40))
        painter.setPen(QPen(QColor(0, 0, 0, 200), 0))
        painter.drawPath(path)
        dashes = QPen(QColor(255, 255, 255), 0, Qt.PenStyle.DashLine)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(dashes)
        painter.drawPath(path)

    def paint_brush_cursor(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        """The brush outline at the current zoom, readable on light and dark pictures."""
        if radius < 1.5:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(0, 0, 0, 170), 1))
        painter.drawEllipse(centre, radius + 1, radius + 1)
        painter.setPen(QPen(QColor(255, 255, 255, 230), 1))
        painter.drawEllipse(centre, radius, radius)


def _pixel_aligned(visible: QRectF, full: QRectF, scale: float, size: tuple[int, int]) -> QRectF:
    """The whole image pixels behind a widget rectangle, clipped to the image."""
    left = max(0, math.floor((visible.left() - full.left()) / scale))
    top = max(0, math.floor((visible.top() - full.top()) / scale))
    right = min(size[0], math.ceil((visible.right() - full.left()) / scale))
    bottom = min(size[1], math.ceil((visible.bottom() - full.top()) / scale))
    return QRectF(left, top, max(right - left, 0), max(bottom - top, 0))
