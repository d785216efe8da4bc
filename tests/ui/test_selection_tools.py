"""Selection tools driven by real mouse events on synthetic pictures with known shapes."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QSpinBox

from studio.core.imaging import masks
from studio.ui.canvas.view import CanvasView
from studio.ui.main_window import MainWindow
from tests.ui.conftest import drag

BLUE, RED, GREEN = (20, 120, 200), (230, 40, 40), (40, 200, 60)
NO, SHIFT = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier
ALT, LEFT = Qt.KeyboardModifier.AltModifier, Qt.MouseButton.LeftButton


def shapes_picture() -> Image.Image:
    """Blue ground; a red disc centred (80, 100) radius 40; a red disc (230, 60) radius 25;
    a green square 170..229 x 120..179."""
    image = Image.new("RGB", (300, 200), BLUE)
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 60, 120, 140), fill=RED)
    draw.ellipse((205, 35, 255, 85), fill=RED)
    draw.rectangle((170, 120, 229, 179), fill=GREEN)
    return image


@pytest.fixture
def shapes(window: MainWindow) -> CanvasView:
    view = window.canvas
    view.set_image(shapes_picture())
    view.actual_size()
    return view


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def coverage(view: CanvasView) -> np.ndarray:
    found = view.document.coverage()
    assert found is not None
    return np.asarray(found) > 0


def settle(qtbot, view: CanvasView) -> None:
    qtbot.waitUntil(lambda: not view.document.selection.busy(), timeout=20000)


def click(view: CanvasView, x: float, y: float, modifiers=NO, button=LEFT) -> None:
    QTest.mouseClick(view.input_widget(), button, modifiers, view.map_from_image(x, y))


def colour_pixels(colour) -> np.ndarray:
    return np.all(np.asarray(shapes_picture()) == colour, axis=2)


def convex(points, width=300, height=200) -> np.ndarray:
    """Pixel centres inside or on a clockwise convex polygon through pixel centres."""
    ys, xs = np.mgrid[0:height, 0:width] + 0.5
    inside = np.ones((height, width), bool)
    centres = [(x + 0.5, y + 0.5) for x, y in points]
    for (x0, y0), (x1, y1) in zip(centres, centres[1:] + centres[:1], strict=True):
        inside &= (x1 - x0) * (ys - y0) - (y1 - y0) * (xs - x0) >= -1e-9
    return inside


QUAD = [(20, 20), (120, 30), (110, 120), (30, 100)]


def test_polygon_lasso_four_clicks_and_enter_give_that_quadrilateral(window, shapes, qtbot):
    action(window, "action.polygon_lasso").trigger()
    for x, y in QUAD:
        click(shapes, x, y)
    assert not shapes.has_mask()  # nothing until the outline is closed
    QTest.keyClick(shapes.input_widget(), Qt.Key.Key_Return)
    settle(qtbot, shapes)
    assert np.array_equal(coverage(shapes), convex(QUAD))
    assert shapes.undo_stack.undoText() == "Polygon Lasso"


def test_polygon_lasso_double_click_closes_and_is_one_undo_step(window, shapes, qtbot):
    action(window, "action.polygon_lasso").trigger()
    steps = shapes.undo_stack.count()
    for x, y in QUAD[:3]:
        click(shapes, x, y)
    QTest.mouseDClick(shapes.input_widget(), LEFT, NO, shapes.map_from_image(*QUAD[3]))
    settle(qtbot, shapes)
    assert np.array_equal(coverage(shapes), convex(QUAD))
    assert shapes.undo_stack.count() == steps + 1
    shapes.undo_stack.undo()
    assert not shapes.has_mask()


def test_polygon_lasso_backspace_takes_back_a_corner_and_escape_cancels(window, shapes, qtbot):
    action(window, "action.polygon_lasso").trigger()
    widget = shapes.input_widget()
    for x, y in [*QUAD, (200, 190)]:
        click(shapes, x, y)
    QTest.keyClick(widget, Qt.Key.Key_Backspace)
    QTest.keyClick(widget, Qt.Key.Key_Enter)
    settle(qtbot, shapes)
    assert np.array_equal(coverage(shapes), convex(QUAD))
    shapes.document.clear()
    for x, y in QUAD:
        click(shapes, x, y)
    QTest.keyClick(widget, Qt.Key.Key_Escape)
    QTest.keyClick(widget, Qt.Key.Key_Return)
    settle(qtbot, shapes)
    assert not shapes.has_mask()


def test_polygon_lasso_shift_snaps_sides_to_45_degrees(window, shapes, qtbot):
    action(window, "action.polygon_lasso").trigger()
    click(shapes, 20, 20)
    click(shapes, 81, 22, SHIFT)  # snapped to horizontal: (81, 20)
    click(shapes, 83, 79, SHIFT)  # vertical: (81, 79)
    click(shapes, 21, 81, SHIFT)  # horizontal: (21, 79)
    QTest.keyClick(shapes.input_widget(), Qt.Key.Key_Return)
    settle(qtbot, shapes)
    expected = np.zeros((200, 300), bool)
    expected[20:80, 20:82] = True
    expected[20:80, 20] = False  # the last side runs from (21, 79) back to (20, 20)
    got = coverage(shapes)
    assert np.array_equal(got[:, 21:], expected[:, 21:])
    assert got[20, 20] and got[79, 21] and not got[79, 20]


def test_polygon_lasso_diagonal_snap(window, shapes, qtbot):
    action(window, "action.polygon_lasso").trigger()
    click(shapes, 20, 20)
    click(shapes, 60, 58, SHIFT)  # 45°: (59, 59)
    click(shapes, 20, 59)
    QTest.keyClick(shapes.input_widget(), Qt.Key.Key_Return)
    settle(qtbot, shapes)
    ys, xs = np.mgrid[0:200, 0:300]
    expected = (xs >= 20) & (ys <= 59) & (xs <= ys)
    assert np.array_equal(coverage(shapes), expected)


def test_space_pans_in_the_middle_of_a_polygon_without_losing_it(window, shapes, qtbot):
    action(window, "action.polygon_lasso").trigger()
    widget = shapes.input_widget()
    click(shapes, *QUAD[0])
    click(shapes, *QUAD[1])
    before = shapes.map_from_image(0, 0)
    QTest.keyPress(widget, Qt.Key.Key_Space)
    drag(widget, [QPoint(400, 300), QPoint(430, 320)])
    QTest.keyRelease(widget, Qt.Key.Key_Space)
    assert shapes.map_from_image(0, 0) == before + QPoint(30, 20)
    click(shapes, *QUAD[2])
    click(shapes, *QUAD[3])
    QTest.keyClick(widget, Qt.Key.Key_Return)
    settle(qtbot, shapes)
    assert np.array_equal(coverage(shapes), convex(QUAD))


def test_space_pans_in_the_middle_of_a_rectangle_drag(window, shapes, qtbot):
    action(window, "action.rect").trigger()
    widget = shapes.input_widget()
    QTest.mousePress(widget, LEFT, NO, shapes.map_from_image(10, 10))
    QTest.mouseMove(widget, shapes.map_from_image(30, 30))
    QTest.keyPress(widget, Qt.Key.Key_Space)
    start = shapes.map_from_image(30, 30)
    QTest.mouseMove(widget, start + QPoint(25, 15))
    QTest.keyRelease(widget, Qt.Key.Key_Space)
    assert shapes.map_from_image(30, 30) == start + QPoint(25, 15)
    QTest.mouseMove(widget, shapes.map_from_image(60, 50))
    QTest.mouseRelease(widget, LEFT, NO, shapes.map_from_image(60, 50))
    expected = np.zeros((200, 300), bool)
    expected[10:51, 10:61] = True
    assert np.array_equal(coverage(shapes), expected)


def test_shift_adds_and_alt_subtracts_with_the_rectangle_and_brush(window, shapes):
    action(window, "action.rect").trigger()
    widget = shapes.input_widget()
    drag(widget, [shapes.map_from_image(10, 10), shapes.map_from_image(49, 49)])
    drag(widget, [shapes.map_from_image(60, 10), shapes.map_from_image(79, 29)], modifiers=SHIFT)
    drag(widget, [shapes.map_from_image(20, 20), shapes.map_from_image(29, 29)], modifiers=ALT)
    expected = np.zeros((200, 300), bool)
    expected[10:50, 10:50] = True
    expected[10:30, 60:80] = True
    expected[20:30, 20:30] = False
    assert np.array_equal(coverage(shapes), expected)
    action(window, "action.brush").trigger()
    drag(widget, [shapes.map_from_image(40, 40)], modifiers=ALT)
    assert not coverage(shapes)[40, 40]


def test_alt_polygon_subtracts(window, shapes, qtbot):
    action(window, "action.select_all").trigger()
    action(window, "action.polygon_lasso").trigger()
    click(shapes, *QUAD[0], ALT)
    for x, y in QUAD[1:]:
        click(shapes, x, y)
    QTest.keyClick(shapes.input_widget(), Qt.Key.Key_Return)
    settle(qtbot, shapes)
    assert np.array_equal(coverage(shapes), ~convex(QUAD))


def test_magic_wand_on_a_flat_disc_gives_that_disc(window, shapes, qtbot):
    action(window, "action.magic_wand").trigger()
    click(shapes, 80, 100)
    assert shapes.document.selection.busy()  # the flood fill runs off the UI thread
    settle(qtbot, shapes)
    disc = np.zeros((200, 300), bool)
    disc[:, :150] = colour_pixels(RED)[:, :150]
    assert np.array_equal(coverage(shapes), disc)
    assert shapes.undo_stack.undoText() == "Magic Wand"


def test_magic_wand_not_contiguous_and_alt_subtracts(window, shapes, qtbot):
    action(window, "action.magic_wand").trigger()
    window.findChild(QCheckBox, "wand_contiguous").setChecked(False)
    click(shapes, 80, 100)
    settle(qtbot, shapes)
    assert np.array_equal(coverage(shapes), colour_pixels(RED))
    click(shapes, 230, 60, ALT)
    settle(qtbot, shapes)
    assert not coverage(shapes).any()


def test_magic_wand_tolerance_from_the_options(window, shapes, qtbot):
    action(window, "action.magic_wand").trigger()
    options = window.findChild(QSpinBox, "wand_tolerance")
    assert options.isVisibleTo(window)
    options.setValue(255)
    click(shapes, 10, 10)
    settle(qtbot, shapes)
    assert coverage(shapes).all()


def _two_noisy_discs() -> Image.Image:
    rng = np.random.default_rng(3)
    pixels = np.asarray(shapes_picture()).astype(np.int16) + rng.integers(-15, 16, (200, 300, 3))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def _iou(a: np.ndarray, b: np.ndarray) -> float:
    return float((a & b).sum() / (a | b).sum())


def test_object_selection_box_gives_the_object(window, shapes, qtbot):
    shapes.set_image(_two_noisy_discs())
    shapes.actual_size()
    action(window, "action.object_select").trigger()
    big = colour_pixels(RED) & (np.arange(300) < 150)
    drag(shapes.input_widget(), [shapes.map_from_image(30, 50), shapes.map_from_image(130, 150)])
    assert shapes.document.selection.busy()  # GrabCut runs off the UI thread
    settle(qtbot, shapes)
    assert _iou(coverage(shapes), big) > 0.95
    assert shapes.undo_stack.undoText() == "Object Selection"


def test_object_selection_alt_click_leaves_a_part_out_as_one_undo_step(window, shapes, qtbot):
    shapes.set_image(_two_noisy_discs())
    shapes.actual_size()
    action(window, "action.object_select").trigger()
    big = colour_pixels(RED) & (np.arange(300) < 150)
    drag(shapes.input_widget(), [shapes.map_from_image(30, 20), shapes.map_from_image(265, 150)])
    settle(qtbot, shapes)
    assert _iou(coverage(shapes), colour_pixels(RED)) > 0.95
    steps = shapes.undo_stack.count()
    click(shapes, 230, 60, ALT)  # "not this one"
    settle(qtbot, shapes)
    assert shapes.undo_stack.undoText() == "Refine Object"
    assert shapes.undo_stack.count() == steps + 1
    assert _iou(coverage(shapes), big) > 0.95
    shapes.undo_stack.undo()
    assert coverage(shapes)[60, 230]


def test_object_selection_keeps_what_was_masked_before(window, shapes, qtbot):
    action(window, "action.rect").trigger()
    drag(shapes.input_widget(), [shapes.map_from_image(0, 0), shapes.map_from_image(9, 9)])
    action(window, "action.object_select").trigger()
    drag(shapes.input_widget(), [shapes.map_from_image(30, 20), shapes.map_from_image(265, 150)])
    settle(qtbot, shapes)
    click(shapes, 230, 60, ALT)
    settle(qtbot, shapes)
    got = coverage(shapes)
    assert got[:10, :10].all() and got[100, 80] and not got[60, 230]


def test_a_click_without_an_object_to_refine_does_nothing(window, shapes, qtbot):
    action(window, "action.object_select").trigger()
    click(shapes, 80, 100)
    settle(qtbot, shapes)
    assert not shapes.has_mask()


def test_select_all_and_none_keys(window, shapes):
    window.activateWindow()
    shapes.setFocus()
    QTest.keyClick(shapes.input_widget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert coverage(shapes).all()
    QTest.keyClick(shapes.input_widget(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not shapes.has_mask()


def test_ctrl_a_in_the_prompt_selects_its_text_not_the_picture(window, shapes, qtbot):
    window.activateWindow()
    prompt = window.findChild(QPlainTextEdit, "prompt")
    prompt.setPlainText("a red boat")
    prompt.setFocus()
    qtbot.waitUntil(prompt.hasFocus)
    QTest.keyClick(prompt, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert prompt.textCursor().selectedText() == "a red boat"
    assert not shapes.has_mask()


@pytest.mark.parametrize(
    ("name", "operation", "text"),
    [
        ("action.grow_mask", lambda c: masks.grow(c, 5), "Grow Mask 5 px"),
        ("action.shrink_mask", lambda c: masks.shrink(c, 5), "Shrink Mask 5 px"),
        ("action.feather_mask", lambda c: masks.feather(c, 5), "Feather Mask 5 px"),
    ],
)
def test_grow_shrink_feather_by_n_pixels_are_one_undo_step(
    window, shapes, qtbot, monkeypatch, name, operation, text
):
    asked = []

    def get_int(parent, title, label, value, low, high):
        asked.append((title, value))
        return 5, True

    monkeypatch.setattr("studio.ui.canvas.selection_actions.QInputDialog.getInt", get_int)
    action(window, "action.rect").trigger()
    drag(shapes.input_widget(), [shapes.map_from_image(50, 50), shapes.map_from_image(99, 89)])
    before = shapes.document.coverage()
    steps = shapes.undo_stack.count()
    action(window, name).trigger()
    settle(qtbot, shapes)
    assert len(asked) == 1
    assert shapes.document.coverage().tobytes() == operation(before).tobytes()
    assert shapes.undo_stack.count() == steps + 1 and shapes.undo_stack.undoText() == text
    shapes.undo_stack.undo()
    assert shapes.document.coverage().tobytes() == before.tobytes()


def test_smooth_drops_a_speck_and_cancel_changes_nothing(window, shapes, qtbot, monkeypatch):
    answers = iter([(0, False), (3, True)])
    monkeypatch.setattr(
        "studio.ui.canvas.selection_actions.QInputDialog.getInt", lambda *a: next(answers)
    )
    action(window, "action.rect").trigger()
    widget = shapes.input_widget()
    drag(widget, [shapes.map_from_image(50, 50), shapes.map_from_image(99, 89)])
    drag(widget, [shapes.map_from_image(10, 10)])  # a one-pixel speck
    steps = shapes.undo_stack.count()
    action(window, "action.smooth_mask").trigger()  # cancelled
    settle(qtbot, shapes)
    assert shapes.undo_stack.count() == steps
    action(window, "action.smooth_mask").trigger()
    settle(qtbot, shapes)
    got = coverage(shapes)
    assert not got[10, 10] and got[70, 70]


def test_object_refining_click_before_the_box_landed_waits_for_it(window, shapes, qtbot):
    shapes.set_image(_two_noisy_discs())
    shapes.actual_size()
    action(window, "action.object_select").trigger()
    big = colour_pixels(RED) & (np.arange(300) < 150)
    drag(shapes.input_widget(), [shapes.map_from_image(30, 20), shapes.map_from_image(265, 150)])
    click(shapes, 230, 60, ALT)  # while GrabCut still runs
    settle(qtbot, shapes)
    assert shapes.undo_stack.undoText() == "Refine Object"
    assert _iou(coverage(shapes), big) > 0.95


def test_a_result_for_a_replaced_picture_is_dropped(window, shapes, qtbot):
    action(window, "action.magic_wand").trigger()
    click(shapes, 80, 100)
    shapes.set_image(Image.new("RGB", (120, 90), BLUE))  # before the wand's result lands
    settle(qtbot, shapes)
    assert not shapes.has_mask()
    assert shapes.document.coverage().size == (120, 90)


def test_painting_while_the_wand_works_keeps_both(window, shapes, qtbot):
    action(window, "action.magic_wand").trigger()
    click(shapes, 80, 100)
    action(window, "action.rect").trigger()  # drawn before the wand's result lands
    drag(shapes.input_widget(), [shapes.map_from_image(250, 150), shapes.map_from_image(259, 159)])
    settle(qtbot, shapes)
    got = coverage(shapes)
    assert got[150:160, 250:260].all()
    disc = colour_pixels(RED) & (np.arange(300) < 150)
    assert np.array_equal(got & (np.arange(300) < 150), disc)
    assert shapes.undo_stack.undoText() == "Magic Wand"


def test_a_selection_lands_with_its_undo_pixels_made_off_the_ui_thread(shapes, qtbot):
    document = shapes.document
    document.rectangle((30, 30), (90, 90))
    document.rectangle((150, 20), (200, 60), erase=False)
    before = coverage(shapes).copy()
    crops: list[int] = []
    mask = document.mask_model()
    original = type(mask).crop

    def counted(self, box):  # copies the UI thread would make of the mask for the undo step
        crops.append(box.width * box.height)
        return original(self, box)

    type(mask).crop = counted
    try:
        document.selection.grow(6)
        settle(qtbot, shapes)
    finally:
        type(mask).crop = original
    grown = coverage(shapes).copy()
    assert grown.sum() > before.sum() and crops == []
    shapes.undo_stack.undo()
    assert np.array_equal(coverage(shapes), before)
    shapes.undo_stack.redo()
    assert np.array_equal(coverage(shapes), grown)
