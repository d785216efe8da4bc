"""Full view of one result, and two images compared side by side or with a before/after slider."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

BACKGROUND = QColor(40, 40, 44)


class CompareMode(StrEnum):
    SIDE_BY_SIDE = "side"
    SLIDER = "slider"


def fit_rect(image_size: QSize, bounds: QRectF) -> QRectF:
    """The largest rect with the image's aspect centred in ``bounds``."""
    if image_size.isEmpty() or bounds.isEmpty():
        return QRectF()
    scale = min(bounds.width() / image_size.width(), bounds.height() / image_size.height())
    w, h = image_size.width() * scale, image_size.height() * scale
    return QRectF(bounds.center().x() - w / 2, bounds.center().y() - h / 2, w, h)


class ImageView(QWidget):
    """Paints one image fitted into the widget (aspect kept)."""

    def __init__(self, image: QImage | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = image or QImage()
        self.setMinimumSize(200, 200)

    def set_image(self, image: QImage) -> None:
        self._image = image
        self.update()

    def image(self) -> QImage:
        return self._image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if not self._image.isNull():
            painter.drawImage(fit_rect(self._image.size(), QRectF(self.rect())), self._image)
        painter.end()


class CompareView(QWidget):
    """Two images: side by side, or overlaid with a draggable split (left = before)."""

    def __init__(
        self,
        before: QImage,
        after: QImage,
        mode: CompareMode = CompareMode.SLIDER,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compare_view")
        self._before, self._after = before, after
        self._mode = mode
        self._split = 0.5
        self.setMinimumSize(320, 240)
        self.setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mode(self) -> CompareMode:
        return self._mode

    def set_mode(self, mode: CompareMode) -> None:
        self._mode = mode
        self.update()

    def split(self) -> float:
        return self._split

    def set_split(self, fraction: float) -> None:
        self._split = min(1.0, max(0.0, fraction))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._mode is CompareMode.SIDE_BY_SIDE:
            self._paint_side_by_side(painter)
        else:
            self._paint_slider(painter)
        painter.end()

    def _paint_side_by_side(self, painter: QPainter) -> None:
        half = self.width() / 2
        left, right = (
            QRectF(0, 0, half - 2, self.height()),
            QRectF(half + 2, 0, half - 2, self.height()),
        )
        painter.drawImage(fit_rect(self._before.size(), left), self._before)
        painter.drawImage(fit_rect(self._after.size(), right), self._after)

    def _paint_slider(self, painter: QPainter) -> None:
        target = fit_rect(self._after.size(), QRectF(self.rect()))
        if target.isEmpty():
            return
        painter.drawImage(target, self._after)
        x = target.left() + target.width() * self._split
        painter.save()
        painter.setClipRect(QRectF(target.left(), target.top(), x - target.left(), target.height()))
        painter.drawImage(target, self._before)
        painter.restore()
        painter.setPen(QPen(QColor(255, 255, 255), 2))
        painter.drawLine(QPointF(x, target.top()), QPointF(x, target.bottom()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._drag_to(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._drag_to(event.position())

    def _drag_to(self, pos: QPointF) -> None:
        target = fit_rect(self._after.size(), QRectF(self.rect()))
        if self._mode is CompareMode.SLIDER and target.width() > 0:
            self.set_split((pos.x() - target.left()) / target.width())


class CompareDialog(QDialog):
    """A non-modal window around a CompareView, with a mode switch."""

    def __init__(
        self,
        before: QImage,
        after: QImage,
        mode: CompareMode,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view = CompareView(before, after, mode, self)
        self._build_ui(mode)
        self.resize(900, 600)

    def _build_ui(self, mode: CompareMode) -> None:
        self._side = QRadioButton(self.tr("Side by side"))
        self._slider = QRadioButton(self.tr("Before/after slider"))
        (self._side if mode is CompareMode.SIDE_BY_SIDE else self._slider).setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self._side)
        group.addButton(self._slider)
        self._side.toggled.connect(self._on_side_toggled)
        bar = QHBoxLayout()
        bar.addWidget(self._side)
        bar.addWidget(self._slider)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Drag to move the split")))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    @Slot(bool)
    def _on_side_toggled(self, checked: bool) -> None:
        self.view.set_mode(CompareMode.SIDE_BY_SIDE if checked else CompareMode.SLIDER)


class ImageDialog(QDialog):
    """A non-modal full view of one result."""

    def __init__(self, image: QImage, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("full_view")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view = ImageView(image, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(800, 800)
