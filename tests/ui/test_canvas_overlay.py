"""The mask overlay follows every mask change by region: its pixels, its reduced tinted copy
and whether anything is painted stay exactly those of the coverage."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage

from studio.ui.canvas.document import CanvasDocument
from studio.ui.canvas.overlay import reduction

# Not a multiple of the 64-pixel tile either way, and large enough for a reduced copy.
SIZE = (2113, 1250)


@pytest.fixture
def document(qtbot) -> Iterator[CanvasDocument]:
    document = CanvasDocument()
    document.set_image(Image.new("RGB", SIZE, (90, 100, 110)))
    yield document
    document.wait_for_encodings()
    document.selection.wait()
    document.deleteLater()


def overlay_bytes(image: QImage) -> bytes:
    stride, width = image.bytesPerLine(), image.width()
    raw = bytes(image.constBits())
    return b"".join(raw[row * stride : row * stride + width] for row in range(image.height()))


def assert_follows_the_mask(document: CanvasDocument) -> None:
    coverage = document.coverage()
    assert coverage is not None
    assert overlay_bytes(document.overlay()) == coverage.tobytes()
    assert document.has_mask() == (coverage.getbbox() is not None)
    factor = reduction(*SIZE)
    small = coverage.reduce(factor)
    indexed = QImage(
        small.tobytes(), small.width, small.height, small.width, document.overlay().format()
    )
    indexed.setColorTable(document.overlay().colorTable())
    tinted = indexed.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    assert document.reduced_overlay() == tinted


def paint(
    document: CanvasDocument, points: list[tuple[float, float]], radius: float, erase: bool = False
) -> None:
    document.begin_stroke()
    for start, end in itertools.pairwise(points):
        document.stroke_segment(start, end, radius, 0.7, erase)
    document.end_stroke("Brush Stroke")


def test_strokes_rectangles_undo_and_redo_keep_the_overlay_exact(document: CanvasDocument) -> None:
    assert reduction(*SIZE) == 4
    assert not document.has_mask()
    long_stroke = [(30.0 + 40 * i, 60.0 + (i % 7) * 150) for i in range(52)]
    paint(document, long_stroke, 45)  # many tiles: copied as one crop
    assert_follows_the_mask(document)
    document.rectangle((1500, 900), (2112, 1249))  # the bottom-right edge tiles are partial
    assert_follows_the_mask(document)
    paint(document, [(100, 100), (2000, 1000)], 30, erase=True)
    assert_follows_the_mask(document)
    for _ in range(3):
        document.undo_stack.undo()
        assert_follows_the_mask(document)
    assert not document.has_mask()
    for _ in range(3):
        document.undo_stack.redo()
        assert_follows_the_mask(document)


def test_erasing_the_last_painted_pixel_empties_the_mask(document: CanvasDocument) -> None:
    document.rectangle((2112, 0), (2112, 0))  # one pixel in a partial tile
    assert document.has_mask()
    document.rectangle((2000, 0), (2112, 5), erase=True)
    assert not document.has_mask()
    paint(document, [(700, 700), (705, 702)], 3)
    assert document.has_mask()
    paint(document, [(650, 650), (760, 760)], 60, erase=True)
    assert not document.has_mask()
    assert_follows_the_mask(document)


def test_invert_fill_clear_and_a_new_colour_keep_the_overlay_exact(
    document: CanvasDocument,
) -> None:
    document.rectangle((10, 10), (400, 300))
    document.invert()
    assert_follows_the_mask(document)
    document.set_overlay_style(QColor(20, 200, 40), 0.8)
    assert_follows_the_mask(document)
    document.clear()
    assert_follows_the_mask(document)
    document.fill()
    assert_follows_the_mask(document)


def test_a_small_picture_has_no_reduced_overlay(qtbot) -> None:
    document = CanvasDocument()
    document.set_image(Image.new("RGB", (300, 200)))
    document.rectangle((5, 5), (20, 20))
    assert document.reduced_overlay() is None and document.has_mask()
    document.wait_for_encodings()


def test_a_new_pictures_reduced_overlay_is_exact_and_then_follows_the_mask(
    document: CanvasDocument,
) -> None:
    """An empty mask's reduced overlay is a fresh map, never converted (4-8 ms at 1024²)."""
    assert_follows_the_mask(document)
    document.set_overlay_style(QColor(200, 10, 10), 0.5)
    assert_follows_the_mask(document)
    document.rectangle((100, 100), (900, 700))
    assert_follows_the_mask(document)
    document.set_overlay_style(QColor(10, 10, 200), 0.9)  # painted: converted as before
    assert_follows_the_mask(document)
    document.set_image(Image.new("RGB", SIZE, (1, 2, 3)))  # a new picture: a new empty mask
    assert_follows_the_mask(document)
