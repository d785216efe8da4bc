"""The preview: partial captions, transparency over a checkerboard, the error banner's buttons."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
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
