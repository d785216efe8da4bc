"""UI fixtures: the real wired window, sample pictures on disk and real mouse-drag helpers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from studio.app import build_main_window
from studio.ui.canvas.view import CanvasView
from studio.ui.collector import UiThreadCollector, collect_on_the_ui_thread
from studio.ui.main_window import MainWindow


@pytest.fixture(autouse=True, scope="session")
def _collector(qapp) -> Iterator[UiThreadCollector]:
    """As in the app (ui/application.py): reference cycles are collected on the UI thread only,
    never where a Qt object's timer cannot be stopped (ui/collector.py)."""
    collector = collect_on_the_ui_thread(qapp)
    yield collector
    collector.stop()


def make_picture(size: tuple[int, int] = (200, 150), mode: str = "RGB") -> Image.Image:
    """A gradient with a stripe so orientation and content are visible."""
    width, height = size
    image = Image.linear_gradient("L").resize(size).convert(mode)
    image.paste((255, 0, 0) if mode == "RGB" else (255, 0, 0, 255), (0, 0, width // 4, height))
    return image


@pytest.fixture
def picture_path(tmp_path: Path) -> Path:
    path = tmp_path / "picture.png"
    make_picture().save(path)
    return path


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    built = build_main_window()
    qtbot.addWidget(built)
    built.resize(1100, 760)
    built.show()
    qtbot.waitExposed(built)
    yield built


@pytest.fixture
def demo_window(qtbot) -> Iterator[MainWindow]:
    """The wired window in demo mode (its own emulator), shown at a size that fits every panel."""
    built = build_main_window(demo=True)
    qtbot.addWidget(built)
    built.resize(1400, 900)
    built.show()
    qtbot.waitExposed(built)
    yield built
    built.canvas.document.wait_for_encodings()


@pytest.fixture
def canvas(window: MainWindow, picture_path: Path) -> CanvasView:
    """The canvas with the 200x150 picture open, zoom 100 %, brush 10 px hard."""
    assert window.open_image(picture_path)
    view = window.canvas
    view.actual_size()
    window.findChild(QWidget, "brush_size").setValue(10)
    return view


def drag(
    widget: QWidget,
    points: Iterable[QPoint],
    *,
    button=Qt.MouseButton.LeftButton,
    modifiers=Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press at the first point, move through the others, release at the last."""
    points = list(points)
    QTest.mousePress(widget, button, modifiers, points[0])
    for point in points[1:]:
        QTest.mouseMove(widget, point)
    QTest.mouseRelease(widget, button, modifiers, points[-1])


def alpha_at(image: QImage, x: int, y: int) -> int:
    return image.pixelColor(x, y).alpha()


def edited_pixels(image: QImage) -> set[tuple[int, int]]:
    """Pixels the export marks for editing (alpha 0)."""
    from studio.ui.imaging import pil_from_qimage

    alpha = pil_from_qimage(image).getchannel("A")
    width = alpha.width
    data = alpha.tobytes()
    return {(i % width, i // width) for i, value in enumerate(data) if value == 0}
