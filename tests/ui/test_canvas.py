"""Mask tools driven by real mouse events on the canvas; asserts exact pixels of mask_image()."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from studio.ui.canvas.view import CanvasView
from studio.ui.main_window import MainWindow
from tests.ui.conftest import alpha_at, drag, edited_pixels

WIDTH, HEIGHT = 200, 150


def capsule(start, end, radius, size=(WIDTH, HEIGHT)):
    """Pixel centres within ``radius`` of the segment between two pixel centres."""
    (ax, ay), (bx, by) = (start[0] + 0.5, start[1] + 0.5), (end[0] + 0.5, end[1] + 0.5)
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    inside = set()
    for j in range(size[1]):
        for i in range(size[0]):
            px, py = i + 0.5 - ax, j + 0.5 - ay
            t = min(max((px * dx + py * dy) / length2, 0.0), 1.0) if length2 else 0.0
            if math.hypot(px - t * dx, py - t * dy) <= radius:
                inside.add((i, j))
    return inside


def rect_pixels(left, top, right, bottom):
    return {(x, y) for y in range(top, bottom + 1) for x in range(left, right + 1)}


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_brush_stroke_fills_the_gap_between_two_distant_mouse_events(canvas: CanvasView) -> None:
    widget = canvas.input_widget()
    drag(widget, [canvas.map_from_image(20, 50), canvas.map_from_image(120, 50)])
    mask = canvas.mask_image()
    assert mask.format() == QImage.Format.Format_ARGB32
    assert (mask.width(), mask.height()) == (WIDTH, HEIGHT)
    assert edited_pixels(mask) == capsule((20, 50), (120, 50), 5)
    assert alpha_at(mask, 70, 50) == 0  # no mouse event here: interpolated
    assert alpha_at(mask, 70, 56) == 255
    assert canvas.has_mask()


def test_stroke_through_many_events_is_one_undo_step(window: MainWindow, canvas) -> None:
    points = [canvas.map_from_image(30 + 5 * i, 40 + (i % 3)) for i in range(15)]
    before = canvas.undo_stack.count()  # the Open is one step
    drag(canvas.input_widget(), points)
    assert canvas.undo_stack.count() == before + 1
    assert canvas.undo_stack.undoText() == "Brush Stroke"


def test_rectangle_drag_covers_both_corner_pixels(window: MainWindow, canvas) -> None:
    action(window, "action.rect").trigger()
    drag(
        canvas.input_widget(),
        [
            canvas.map_from_image(30, 40),
            canvas.map_from_image(45, 60),
            canvas.map_from_image(60, 90),
        ],
    )
    assert edited_pixels(canvas.mask_image()) == rect_pixels(30, 40, 60, 90)


def test_reverse_rectangle_drag_and_ctrl_drag_subtracts(window: MainWindow, canvas) -> None:
    action(window, "action.rect").trigger()
    widget = canvas.input_widget()
    drag(widget, [canvas.map_from_image(100, 100), canvas.map_from_image(10, 10)])
    drag(
        widget,
        [canvas.map_from_image(20, 20), canvas.map_from_image(29, 29)],
        modifiers=Qt.KeyboardModifier.ControlModifier,
    )
    assert edited_pixels(canvas.mask_image()) == rect_pixels(10, 10, 100, 100) - rect_pixels(
        20, 20, 29, 29
    )


def test_lasso_fills_the_closed_outline(qtbot, window: MainWindow, canvas) -> None:
    action(window, "action.lasso").trigger()
    corners = [(30, 30), (80, 30), (80, 80), (30, 80)]
    path = []
    for (x0, y0), (x1, y1) in zip(corners, corners[1:] + corners[:1], strict=True):
        path += [
            canvas.map_from_image(x0 + (x1 - x0) * k / 5, y0 + (y1 - y0) * k / 5) for k in range(5)
        ]
    drag(canvas.input_widget(), path)
    assert canvas.document.selection.busy()  # rasterised off the UI thread
    qtbot.waitUntil(lambda: not canvas.document.selection.busy(), timeout=20_000)
    assert edited_pixels(canvas.mask_image()) == rect_pixels(30, 30, 80, 80)
    assert canvas.undo_stack.undoText() == "Lasso"


def test_undo_redo_every_operation(window: MainWindow, canvas) -> None:
    widget = canvas.input_widget()
    drag(widget, [canvas.map_from_image(10, 10), canvas.map_from_image(40, 10)])
    stroke = edited_pixels(canvas.mask_image())
    action(window, "action.rect").trigger()
    drag(widget, [canvas.map_from_image(100, 100), canvas.map_from_image(110, 120)])
    both = edited_pixels(canvas.mask_image())
    assert both == stroke | rect_pixels(100, 100, 110, 120)
    undo, redo = action(window, "action.undo"), action(window, "action.redo")
    undo.trigger()
    assert edited_pixels(canvas.mask_image()) == stroke
    undo.trigger()
    assert not canvas.has_mask()
    assert undo.text() == "&Undo Open Image"  # the next step back is the Open itself
    redo.trigger()
    redo.trigger()
    assert edited_pixels(canvas.mask_image()) == both


def test_invert_clear_fill_are_undoable(window: MainWindow, canvas) -> None:
    action(window, "action.rect").trigger()
    drag(canvas.input_widget(), [canvas.map_from_image(0, 0), canvas.map_from_image(9, 9)])
    action(window, "action.invert_mask").trigger()
    assert len(edited_pixels(canvas.mask_image())) == WIDTH * HEIGHT - 100
    assert alpha_at(canvas.mask_image(), 5, 5) == 255
    action(window, "action.clear_mask").trigger()
    assert not canvas.has_mask()
    action(window, "action.fill_mask").trigger()
    assert len(edited_pixels(canvas.mask_image())) == WIDTH * HEIGHT
    for _ in range(3):
        action(window, "action.undo").trigger()
    assert edited_pixels(canvas.mask_image()) == rect_pixels(0, 0, 9, 9)


def test_painting_while_zoomed_in_lands_on_the_right_pixels(window: MainWindow, canvas) -> None:
    window.findChild(QWidget, "brush_size").setValue(1)
    canvas.set_zoom(8.0, QPointF(canvas.map_from_image(150, 120)))
    widget = canvas.input_widget()
    drag(widget, [canvas.map_from_image(150, 120)])
    assert edited_pixels(canvas.mask_image()) == {(150, 120)}
    action(window, "action.rect").trigger()
    drag(widget, [canvas.map_from_image(140, 110), canvas.map_from_image(142, 113)])
    assert edited_pixels(canvas.mask_image()) == {(150, 120)} | rect_pixels(140, 110, 142, 113)


def test_brush_radius_is_in_image_pixels_whatever_the_zoom(window: MainWindow, canvas) -> None:
    canvas.set_zoom(3.0)
    drag(canvas.input_widget(), [canvas.map_from_image(60, 60)])
    assert edited_pixels(canvas.mask_image()) == capsule((60, 60), (60, 60), 5)


def test_eraser_and_right_button_erase(window: MainWindow, canvas) -> None:
    action(window, "action.fill_mask").trigger()
    widget = canvas.input_widget()
    drag(widget, [canvas.map_from_image(50, 50)], button=Qt.MouseButton.RightButton)
    action(window, "action.eraser").trigger()
    drag(widget, [canvas.map_from_image(120, 50)])
    erased = capsule((50, 50), (50, 50), 5) | capsule((120, 50), (120, 50), 5)
    all_pixels = rect_pixels(0, 0, WIDTH - 1, HEIGHT - 1)
    assert edited_pixels(canvas.mask_image()) == all_pixels - erased


def test_soft_brush_leaves_partial_alpha_at_the_edge(window: MainWindow, canvas) -> None:
    window.findChild(QWidget, "brush_size").setValue(20)
    window.findChild(QWidget, "brush_hardness").setValue(0)
    drag(canvas.input_widget(), [canvas.map_from_image(100, 75)])
    mask = canvas.mask_image()
    assert alpha_at(mask, 100, 75) < 30
    assert 0 < alpha_at(mask, 106, 75) < 255
    assert alpha_at(mask, 111, 75) == 255


def test_space_drag_and_middle_drag_pan_without_painting(window: MainWindow, canvas) -> None:
    widget = canvas.input_widget()
    before = canvas.map_from_image(0, 0)
    drag(widget, [QPoint(300, 300), QPoint(340, 320)], button=Qt.MouseButton.MiddleButton)
    assert canvas.map_from_image(0, 0) == before + QPoint(40, 20)
    QTest.keyPress(widget, Qt.Key.Key_Space)
    drag(widget, [QPoint(300, 300), QPoint(290, 300)])
    QTest.keyRelease(widget, Qt.Key.Key_Space)
    assert canvas.map_from_image(0, 0) == before + QPoint(30, 20)
    assert not canvas.has_mask()


def test_escape_cancels_a_rectangle(window: MainWindow, canvas) -> None:
    action(window, "action.rect").trigger()
    widget = canvas.input_widget()
    QTest.mousePress(
        widget,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        canvas.map_from_image(5, 5),
    )
    QTest.mouseMove(widget, canvas.map_from_image(50, 50))
    QTest.keyClick(widget, Qt.Key.Key_Escape)
    QTest.mouseRelease(
        widget,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        canvas.map_from_image(50, 50),
    )
    assert not canvas.has_mask()


def test_wheel_zooms_around_the_pointer(canvas: CanvasView) -> None:
    anchor = canvas.map_from_image(50, 40)
    event = QWheelEvent(
        QPointF(anchor),
        QPointF(canvas.mapToGlobal(anchor)),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas.input_widget(), event)
    assert math.isclose(canvas.zoom(), 1.44)
    assert (canvas.map_from_image(50, 40) - anchor).manhattanLength() <= 1


def test_fit_and_actual_size_actions(window: MainWindow, canvas) -> None:
    action(window, "action.fit").trigger()
    assert canvas.zoom() == 1.0  # small pictures are not blown up past 100 %
    canvas.set_zoom(0.25)
    action(window, "action.zoom_in").trigger()
    assert math.isclose(canvas.zoom(), 1 / 3, rel_tol=1e-3)
    action(window, "action.fit").trigger()
    assert canvas.zoom() == 1.0


def test_overlay_tints_painted_pixels_and_can_be_hidden(window: MainWindow, canvas) -> None:
    action(window, "action.fill_mask").trigger()
    spot = canvas.map_from_image(150, 100)
    tinted = canvas.grab().toImage().pixelColor(spot)
    action(window, "action.toggle_overlay").trigger()
    plain = canvas.grab().toImage().pixelColor(spot)
    assert tinted != plain
    assert not window.findChild(QWidget, "overlay_visible").isChecked()


class _PaintRects(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.rects = []

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def test_a_brush_segment_repaints_only_its_neighbourhood(
    window: MainWindow, qtbot, tmp_path
) -> None:
    from PIL import Image

    path = tmp_path / "big.png"
    Image.new("RGB", (2048, 2048), "gray").save(path)
    window.open_image(path)
    canvas = window.canvas
    canvas.actual_size()
    window.findChild(QWidget, "brush_size").setValue(20)
    spy = _PaintRects()
    canvas.installEventFilter(spy)
    canvas.repaint()
    qtbot.waitUntil(lambda: bool(spy.rects))
    QApplication.processEvents()
    spy.rects.clear()
    drag(
        canvas.input_widget(),
        [canvas.map_from_image(1000, 1000), canvas.map_from_image(1010, 1004)],
    )
    qtbot.waitUntil(lambda: bool(spy.rects))
    largest = max(r.width() * r.height() for r in spy.rects)
    assert largest < 80 * 80, spy.rects


def test_overlay_colour_and_opacity_change_the_tint(window: MainWindow, canvas) -> None:
    from PySide6.QtGui import QColor

    action(window, "action.fill_mask").trigger()
    spot = canvas.map_from_image(150, 100)
    state = canvas.tool_state
    state.set_overlay_color(QColor(0, 0, 255))
    state.set_overlay_opacity(1.0)
    assert canvas.grab().toImage().pixelColor(spot) == QColor(0, 0, 255)


def test_mask_image_is_black_with_alpha_zero_where_painted(canvas: CanvasView) -> None:
    drag(canvas.input_widget(), [canvas.map_from_image(50, 50)])
    mask = canvas.mask_image()
    assert mask.pixel(50, 50) == 0x00000000
    assert mask.pixel(0, 0) == 0xFF000000
