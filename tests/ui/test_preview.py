"""The preview: partial captions, transparency over a checkerboard, the error banner's buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.ui.widgets.preview import DEMO, ENTER_KEY, RETRY, PreviewView


def make_preview(qtbot: QtBot) -> PreviewView:
    preview = PreviewView()
    qtbot.addWidget(preview)
    preview.resize(400, 360)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def test_transparent_pixels_show_the_checkerboard(qtbot: QtBot) -> None:
    preview = make_preview(qtbot)
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    for x in range(32):
        for y in range(64):
            image.setPixelColor(x, y, QColor(0, 0, 255))
    preview.show_final(image)
    grab = preview.area.grab().toImage()
    rect = preview.area.target_rect()
    assert rect.width() == 64  # small images are not blown up
    left = grab.pixelColor(rect.left() + 4, rect.top() + 4)
    assert (left.red(), left.green(), left.blue()) == (0, 0, 255)
    right = {grab.pixelColor(rect.left() + x, rect.top() + 4).name() for x in range(36, 60)}
    assert right == {"#ffffff", "#d0d0d0"}, "both checker colours show through"


def test_partials_then_final_captions(qtbot: QtBot) -> None:
    preview = make_preview(qtbot)
    shown: list[str] = []
    preview.image_shown.connect(shown.append)
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    preview.show_partial(image, 1, 3)
    assert preview.caption.text() == "partial 1 of 3"
    preview.show_final(image)
    assert preview.caption.text() == "final" and shown == ["partial", "final"]


def test_error_banner_keeps_the_image_and_offers_the_right_buttons(qtbot: QtBot) -> None:
    preview = make_preview(qtbot)
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("green"))
    preview.show_partial(image, 2, 3)
    preview.show_error("No API key", "Enter one", frozenset({ENTER_KEY, DEMO}))
    assert preview.error_shown() and not preview.image().isNull()
    assert preview.key_button.isVisible() and preview.demo_button.isVisible()
    assert not preview.retry_button.isVisible()
    with qtbot.waitSignal(preview.demo_requested):
        preview.demo_button.click()
    preview.show_error("Cut", "again", frozenset({RETRY}))
    assert preview.retry_button.isVisible() and not preview.key_button.isVisible()
    with qtbot.waitSignal(preview.retry_requested):
        preview.retry_button.click()
    preview.start("next job")
    assert not preview.error_shown()


class _LayoutRequests(QObject):
    """Counts the LayoutRequest events sent to the widgets it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.LayoutRequest
        return False


def test_a_status_change_repaints_the_line_and_lays_nothing_out(qtbot: QtBot) -> None:
    """The status changes five times a second while a job runs; a QLabel had every parent up
    to the main window laid out again each time."""
    preview = make_preview(qtbot)
    height = preview.status.height()
    preview.status.grab()  # painted once before the change
    QApplication.sendPostedEvents()  # what showing it posted
    counter = _LayoutRequests()
    for widget in (preview, preview.status):
        widget.installEventFilter(counter)
    for elapsed in range(10):
        preview.set_status(f"running · {elapsed / 10:.1f} s · partial 0 of 2")
        QApplication.sendPostedEvents()
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    for index in (1, 2):  # the caption beside it changes with every partial
        preview.show_partial(image, index, 2)
        QApplication.sendPostedEvents()
    assert counter.count == 0
    assert preview.status.text() == "running · 0.9 s · partial 0 of 2"
    assert preview.status.accessibleName() == preview.status.text()  # read out as a label's
    assert preview.status.height() == height


def test_a_long_status_wraps_within_the_line(qtbot: QtBot) -> None:
    preview = make_preview(qtbot)
    preview.set_status("Rate limited: retrying in 12 s (attempt 3). Esc cancels. " * 2)
    image = preview.status.grab().toImage()
    lit_rows = {
        y
        for y in range(image.height())
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() > 150
    }
    line = preview.status.fontMetrics().lineSpacing()
    assert max(lit_rows) - min(lit_rows) > line  # more than one line of text is drawn
