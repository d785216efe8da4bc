"""A large mask change (rectangle, selection landing, undo, redo, invert) is made a band of rows
at a time over the turns of the event loop: the result, the overlay and the undo steps are
exactly those of the change made at once, and anything reading or changing the mask first
finishes what is left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PIL import Image, ImageChops

from studio.core.mask import Box, MaskModel, MaskPatch
from studio.ui.canvas import band_runner
from studio.ui.canvas.document import BANDED_FROM_PIXELS, CanvasDocument
from tests.ui.test_canvas_overlay import SIZE, assert_follows_the_mask, paint

RECT = ((40.5, 30.2), (2000.7, 1200.9))


@pytest.fixture
def document(qtbot, monkeypatch) -> Iterator[CanvasDocument]:
    monkeypatch.setattr(band_runner, "BANDS_PER_TURN_S", 0.0)  # one band per turn
    document = CanvasDocument()
    document.set_image(Image.new("RGB", SIZE, (90, 100, 110)))
    yield document
    document.finish_mask_work()
    document.wait_for_encodings()
    document.selection.wait()
    document.deleteLater()


def reference(*steps) -> Image.Image:
    mask = MaskModel(*SIZE)
    for step in steps:
        step(mask)
    return mask.image()


def rectangle(mask: MaskModel) -> None:
    mask.rectangle(*RECT)


def changes(document: CanvasDocument) -> list[int]:
    seen: list[int] = []
    document.mask_changed.connect(lambda: seen.append(1))
    return seen


def test_a_large_rectangle_lands_over_several_turns_as_one_undo_step(document, qtbot) -> None:
    told = changes(document)
    box = Box(40, 30, 2001, 1201)
    assert box.area >= BANDED_FROM_PIXELS
    document.rectangle(*RECT)
    assert document.undo_stack.count() == 2 and told == []  # Open Image, Rectangle
    overlay = document.overlay()
    assert overlay.pixelIndex(1000, 40) == 255, "the first band is drawn at once"
    assert overlay.pixelIndex(1000, 1150) == 0, "the last is not yet"
    with qtbot.waitSignal(document.mask_changed, timeout=5000):
        pass
    assert told == [1]
    assert document.coverage().tobytes() == reference(rectangle).tobytes()
    assert_follows_the_mask(document)
    document.undo_stack.undo()
    document.finish_mask_work()
    assert document.coverage().getbbox() is None
    assert_follows_the_mask(document)
    document.undo_stack.redo()
    assert document.coverage().tobytes() == reference(rectangle).tobytes()
    assert_follows_the_mask(document)


def test_undo_redo_and_a_stroke_during_a_large_change_finish_it_first(document) -> None:
    document.rectangle((0, 0), (100, 100))
    document.rectangle(*RECT)  # pending: one band made
    document.undo_stack.undo()  # the rectangle is finished, then undone
    assert (
        document.coverage().tobytes()
        == reference(lambda m: m.rectangle((0, 0), (100, 100))).tobytes()
    )
    document.undo_stack.redo()  # pending again
    paint(document, [(10, 1240), (2100, 10)], 30, erase=True)
    expected = reference(
        lambda m: m.rectangle((0, 0), (100, 100)),
        rectangle,
        lambda m: m.stroke_segment((10, 1240), (2100, 10), 30, 0.7, erase=True),
    )
    assert document.coverage().tobytes() == expected.tobytes()
    assert document.undo_stack.count() == 4  # Open Image and the three
    assert_follows_the_mask(document)
    for _ in range(3):
        document.undo_stack.undo()
    assert not document.has_mask()
    for _ in range(3):
        document.undo_stack.redo()
    assert document.coverage().tobytes() == expected.tobytes()
    assert_follows_the_mask(document)


def test_readers_see_the_whole_change(document) -> None:
    document.rectangle(*RECT)
    assert document.has_mask()
    document.rectangle(*RECT)  # pending again (a second step over the same box)
    png = document.mask_png()
    alpha = Image.open(__import__("io").BytesIO(png)).getchannel("A")
    assert ImageChops.invert(alpha).tobytes() == reference(rectangle).tobytes()
    document.undo_stack.undo()
    document.invert()  # pending, one band a turn
    assert (
        document.mask_model().image().tobytes() == ImageChops.invert(reference(rectangle)).tobytes()
    )


def test_invert_and_clear_made_in_bands_are_exact_both_ways(document, qtbot) -> None:
    document.rectangle(*RECT)
    document.invert()
    with qtbot.waitSignal(document.mask_changed, timeout=5000):
        pass
    inverted = ImageChops.invert(reference(rectangle))
    assert document.coverage().tobytes() == inverted.tobytes()
    assert_follows_the_mask(document)
    document.clear()
    assert document.coverage().getbbox() is None
    assert_follows_the_mask(document)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.coverage().tobytes() == reference(rectangle).tobytes()
    assert_follows_the_mask(document)


def test_a_large_selection_landing_with_its_undo_pixels_is_pasted_in_bands(document, qtbot) -> None:
    document.rectangle((0, 0), (300, 300))
    box = Box(100, 50, 2100, 1240)
    before = MaskPatch(box, document.mask_model().crop(box))
    new = Image.linear_gradient("L").resize((box.width, box.height))
    document.paste_mask(MaskPatch(box, new), "Lasso", before)
    with qtbot.waitSignal(document.mask_changed, timeout=5000):
        pass
    expected = reference(
        lambda m: m.rectangle((0, 0), (300, 300)), lambda m: m.paste(MaskPatch(box, new))
    )
    assert document.coverage().tobytes() == expected.tobytes()
    assert_follows_the_mask(document)
    document.undo_stack.undo()
    assert (
        document.coverage().tobytes()
        == reference(lambda m: m.rectangle((0, 0), (300, 300))).tobytes()
    )
    assert_follows_the_mask(document)


def test_a_long_strokes_undo_copies_are_made_over_the_next_turns(document, qtbot) -> None:
    points = [(20 + 13 * i, 30 + (i % 9) * 120) for i in range(160)]  # many tiles, short steps
    paint(document, points, 24)
    assert document.changing_mask() and document.undo_stack.count() == 2
    with qtbot.waitSignal(document.mask_changed, timeout=5000):
        pass
    painted = document.coverage()
    assert painted.getbbox() is not None
    document.undo_stack.undo()
    assert document.coverage().getbbox() is None
    assert_follows_the_mask(document)
    document.undo_stack.redo()
    assert document.coverage().tobytes() == painted.tobytes()
    assert_follows_the_mask(document)
