"""The streaming preview: partials then the final over a checkerboard, and an error banner."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QMovie,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studio.core.events import ErrorKind, Failed
from studio.i18n.core_text import core_text
from studio.ui.formatting import money
from studio.ui.media import is_animated
from studio.ui.state.jobs_state import JobInfo
from studio.ui.widgets.status_line import StatusLine

CHECKER = 8
BANNER_STYLE = (
    "QFrame#preview_banner { background: #fbe9e7; border: 1px solid #d04040; border-radius: 4px; }"
    "QFrame#preview_banner QLabel { color: #5a1010; }"
)
RETRY, ENTER_KEY, DEMO = "retry", "enter_key", "demo"
_TITLES = {
    ErrorKind.MODERATION: QT_TRANSLATE_NOOP("Preview", "Refused by the safety system"),
    ErrorKind.RATE_LIMIT: QT_TRANSLATE_NOOP("Preview", "Still rate limited"),
    ErrorKind.STREAM_INCOMPLETE: QT_TRANSLATE_NOOP("Preview", "The stream was cut off"),
    ErrorKind.BAD_RESPONSE: QT_TRANSLATE_NOOP("Preview", "The server's answer could not be used"),
    ErrorKind.TIMEOUT: QT_TRANSLATE_NOOP("Preview", "No answer in time"),
    ErrorKind.CONNECTION: QT_TRANSLATE_NOOP("Preview", "Connection problem"),
    ErrorKind.INVALID_REQUEST: QT_TRANSLATE_NOOP("Preview", "Check the highlighted setting"),
    ErrorKind.NO_KEY: QT_TRANSLATE_NOOP("Preview", "No API key"),
    ErrorKind.AUTH: QT_TRANSLATE_NOOP("Preview", "API key rejected"),
    ErrorKind.QUOTA: QT_TRANSLATE_NOOP("Preview", "Out of credit"),
    ErrorKind.BUDGET: QT_TRANSLATE_NOOP("Preview", "Over your budget"),
    ErrorKind.PERMISSION: QT_TRANSLATE_NOOP("Preview", "Not allowed"),
    ErrorKind.INSECURE: QT_TRANSLATE_NOOP("Preview", "Connection refused for safety"),
}
_FAILED = QT_TRANSLATE_NOOP("Preview", "The job failed")
_ACTIONS = {
    ErrorKind.RATE_LIMIT: frozenset({RETRY}),
    ErrorKind.STREAM_INCOMPLETE: frozenset({RETRY}),
    ErrorKind.BAD_RESPONSE: frozenset({RETRY}),
    ErrorKind.NO_KEY: frozenset({ENTER_KEY, DEMO, RETRY}),
    ErrorKind.AUTH: frozenset({ENTER_KEY, DEMO, RETRY}),
    ErrorKind.SERVER: frozenset({RETRY}),
    ErrorKind.CONNECTION: frozenset({RETRY}),
    ErrorKind.TIMEOUT: frozenset({RETRY}),
    ErrorKind.UNKNOWN: frozenset({RETRY}),
}


@dataclass(frozen=True)
class FailureView:
    """What the banner says about a failed job and which fixes it offers."""

    title: str
    message: str
    actions: frozenset[str]


def failure_title(kind: ErrorKind) -> str:
    """The banner's title for a failure of this kind."""
    return QCoreApplication.translate("Preview", _TITLES.get(kind, _FAILED))


def failure_view(info: JobInfo, event: Failed) -> FailureView:
    """A failure in the designer's words, with what it cost and what is kept."""
    translate = QCoreApplication.translate
    title = failure_title(event.kind)
    message = core_text(event.message)
    if event.kind is ErrorKind.STREAM_INCOMPLETE and info.partials:
        message += translate("Preview", " Partial {index} of {count} is shown and saved.").format(
            index=info.partials, count=info.partials_expected
        )
    if event.kind is not ErrorKind.NO_KEY:
        message += translate("Preview", " Cost: {cost}.").format(cost=money(event.cost_usd or 0.0))
    return FailureView(title, message, _ACTIONS.get(event.kind, frozenset()))


def checker_brush() -> QBrush:
    """Light-grey squares that show where an image is transparent."""
    tile = QPixmap(CHECKER * 2, CHECKER * 2)
    tile.fill(QColor("#ffffff"))
    painter = QPainter(tile)
    painter.fillRect(0, 0, CHECKER, CHECKER, QColor("#d0d0d0"))
    painter.fillRect(CHECKER, CHECKER, CHECKER, CHECKER, QColor("#d0d0d0"))
    painter.end()
    return QBrush(tile)


class WrappingLabel(QLabel):
    """A word-wrapped label that asks for the height its text needs at its current width.

    Dock layouts ignore height-for-width, so a plain wrapped QLabel gets cut top and bottom.
    """

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent, objectName=name, wordWrap=True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        needed = self.heightForWidth(max(self.width(), 40))
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class ImageArea(QWidget):
    """Draws one image fitted to the widget (never enlarged) over a checkerboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview_image")
        self.setMinimumSize(120, 60)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._image = QImage()
        self._checker = checker_brush()
        self.movie: QMovie | None = None  # an animated GIF being played

    def image(self) -> QImage:
        return self._image

    def set_image(self, image: QImage) -> None:
        self._stop_movie()
        self._image = image
        self.update()

    def play(self, path: str) -> None:
        """Play an animated GIF from the store, looping, frame by frame as it was received."""
        self._stop_movie()
        self.movie = QMovie(path, parent=self)
        self.movie.frameChanged.connect(self._on_movie_frame_changed)
        self.movie.start()

    def _stop_movie(self) -> None:
        if self.movie is not None:
            self.movie.stop()
            self.movie.deleteLater()
            self.movie = None

    @Slot(int)
    def _on_movie_frame_changed(self, _frame: int) -> None:
        if self.movie is not None:
            self._image = self.movie.currentImage()
            self.update()

    def target_rect(self) -> QRect:
        if self._image.isNull():
            return QRect()
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        size = size.boundedTo(self._image.size()) if self._fits_unscaled() else size
        left = (self.width() - size.width()) // 2
        top = (self.height() - size.height()) // 2
        return QRect(left, top, size.width(), size.height())

    def _fits_unscaled(self) -> bool:
        return self._image.width() <= self.width() and self._image.height() <= self.height()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self._image.isNull():
            painter.end()
            return
        rect = self.target_rect()
        painter.fillRect(rect, self._checker)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(rect, self._image)
        painter.end()

    def sizeHint(self) -> QSize:
        return QSize(360, 260)


class PreviewView(QWidget):
    """Shows the followed job: each partial as it arrives, the final, progress, and errors."""

    image_shown = Signal(str)  # "partial" or "final", once per image displayed
    retry_requested = Signal()
    key_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.banner = QFrame(self, objectName="preview_banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_title = WrappingLabel(self.banner, "preview_banner_title")
        self.banner_text = WrappingLabel(self.banner, "preview_banner_text")
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Retry"), self.banner, objectName="preview_retry")
        self.key_button = QPushButton(
            self.tr("Enter API key…"), self.banner, objectName="preview_enter_key"
        )
        self.demo_button = QPushButton(
            self.tr("Switch to demo mode"), self.banner, objectName="preview_demo"
        )
        self._lay_out_banner()
        self.banner.hide()
        self.area = ImageArea(self)
        # Status lines change with every job, five times a second while one runs: they must
        # never widen the panel, move the image or have the window laid out again. Three
        # lines: room for the longer languages (French).
        self.status = StatusLine(
            self.tr("No image yet: write a prompt and press Ctrl+Enter."),
            self,
            lines=3,
            name="preview_status",
        )
        self.caption = QLabel(self, objectName="preview_caption")
        widest = (
            self.caption.fontMetrics().horizontalAdvance(
                self.tr("partial {index} of {count}").format(index=10, count=10)
            )
            + 8
        )
        # Fixed both ways, so its changes with every partial lay nothing out (see StatusLine).
        self.caption.setFixedSize(widest, self.status.height())
        self.caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.area, 1)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.caption)
        layout.addLayout(row)

    def _lay_out_banner(self) -> None:
        layout = QVBoxLayout(self.banner)
        self.banner_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.banner_title)
        layout.addWidget(self.banner_text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.retry_button, self.key_button, self.demo_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.key_button.clicked.connect(self._on_key_button_clicked)
        self.demo_button.clicked.connect(self._on_demo_button_clicked)

    # -- public API ----------------------------------------------------------------------------

    def image(self) -> QImage:
        return self.area.image()

    def start(self, caption: str) -> None:
        """A new job is followed: drop the old error and the old job's image (never shown
        under the new job's name); its own partials and final replace the empty area."""
        self.hide_error()
        self.area.set_image(QImage())
        self.caption.setText(caption)

    def show_partial(self, image: QImage, index: int, total: int) -> None:
        self.area.set_image(image)
        self.caption.setText(self.tr("partial {index} of {count}").format(index=index, count=total))
        self.image_shown.emit("partial")

    def show_final(self, image: QImage, caption: str = "", path: str | None = None) -> None:
        """Show a final image; ``path``: its stored file, played when it is an animated GIF."""
        if path is not None and is_animated(path):
            self.area.play(path)
        else:
            self.area.set_image(image)
        self.caption.setText(caption or self.tr("final"))
        self.image_shown.emit("final")

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def show_error(self, title: str, message: str, actions: frozenset[str] = frozenset()) -> None:
        """The banner; the current image (e.g. the last partial) stays visible under it."""
        self.banner_title.setText(title)
        self.banner_text.setText(message)
        self.retry_button.setVisible(RETRY in actions)
        self.key_button.setVisible(ENTER_KEY in actions)
        self.demo_button.setVisible(DEMO in actions)
        self.banner.show()

    def hide_error(self) -> None:
        self.banner.hide()

    def error_shown(self) -> bool:
        return not self.banner.isHidden()

    @Slot()
    def _on_retry_button_clicked(self) -> None:
        self.retry_requested.emit()

    @Slot()
    def _on_key_button_clicked(self) -> None:
        self.key_requested.emit()

    @Slot()
    def _on_demo_button_clicked(self) -> None:
        self.demo_requested.emit()
