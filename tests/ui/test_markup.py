"""The markup layer: drawn with real mouse events, exported as a transparent PNG, sent instead
of the mask to a model that takes it, and refused with the reason by one that does not."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from studio.ui.canvas.markup import MarkupController
from studio.ui.canvas.view import CanvasView
from studio.ui.generation import GenerationController
from studio.ui.main_window import MainWindow
from studio.ui.state.jobs_state import JobPhase
from tests.ui.conftest import drag

MARKUP_MODEL = "gpt-image-2.6-flare"


def _markup(window: MainWindow) -> MarkupController:
    controller = window.findChild(MarkupController)
    assert controller is not None
    return controller


def _start(window: MainWindow, tool: str) -> MarkupController:
    generation = window.findChild(GenerationController)
    assert generation is not None
    generation.request_state.update_params(model=MARKUP_MODEL)
    markup = _markup(window)
    window.findChild(QAction, "action.markup_mode").trigger()
    window.findChild(QAction, f"action.markup_{tool}").trigger()
    return markup


def _alpha(markup: MarkupController) -> Image.Image:
    png = Image.open(io.BytesIO(markup.png()))
    assert png.mode == "RGBA"
    return png.getchannel("A")


def test_pen_stroke_exports_a_transparent_png_of_the_picture_size(
    window: MainWindow, canvas: CanvasView
) -> None:
    markup = _start(window, "pen")
    widget = canvas.input_widget()
    drag(widget, [canvas.map_from_image(20, 40), canvas.map_from_image(120, 40)])
    alpha = _alpha(markup)
    assert alpha.size == (200, 150)
    assert alpha.getpixel((70, 40)) == 255  # on the stroke
    assert alpha.getpixel((70, 100)) == 0  # nothing drawn there
    assert alpha.getpixel((5, 5)) == 0
    assert not canvas.has_mask()  # the press went to the markup, not the mask


def test_rectangle_arrow_and_label(window: MainWindow, canvas: CanvasView) -> None:
    markup = _start(window, "rect")
    widget = canvas.input_widget()
    drag(widget, [canvas.map_from_image(30, 30), canvas.map_from_image(90, 80)])
    alpha = _alpha(markup)
    assert alpha.getpixel((30, 55)) == 255 and alpha.getpixel((90, 55)) == 255  # its sides
    assert alpha.getpixel((60, 55)) == 0  # an outline: the inside stays clear
    window.findChild(QAction, "action.markup_arrow").trigger()
    drag(widget, [canvas.map_from_image(120, 20), canvas.map_from_image(180, 20)])
    alpha = _alpha(markup)
    assert alpha.getpixel((150, 20)) == 255
    assert alpha.getpixel((150, 60)) == 0
    window.findChild(QAction, "action.markup_text").trigger()
    text = window.findChild(QLineEdit, "markup_text")
    text.setText("HAT")
    drag(widget, [canvas.map_from_image(110, 100)])
    alpha = _alpha(markup)
    label = alpha.crop((110, 100, 200, 150))
    assert label.getextrema()[1] > 0  # the label's glyphs
    assert alpha.crop((100, 90, 109, 99)).getextrema() == (0, 0)


def test_undo_removes_a_stroke_and_the_eraser_rubs_out(
    window: MainWindow, canvas: CanvasView
) -> None:
    markup = _start(window, "pen")
    widget = canvas.input_widget()
    drag(widget, [canvas.map_from_image(20, 40), canvas.map_from_image(120, 40)])
    drag(widget, [canvas.map_from_image(20, 90), canvas.map_from_image(120, 90)])
    canvas.undo_stack.undo()
    alpha = _alpha(markup)
    assert alpha.getpixel((70, 90)) == 0 and alpha.getpixel((70, 40)) == 255
    window.findChild(QAction, "action.markup_eraser").trigger()
    drag(widget, [canvas.map_from_image(60, 40), canvas.map_from_image(80, 40)])
    alpha = _alpha(markup)
    assert alpha.getpixel((70, 40)) == 0 and alpha.getpixel((30, 40)) == 255
    canvas.undo_stack.undo()
    canvas.undo_stack.undo()
    assert not markup.layer.has_marks()


def test_markup_mode_excludes_the_mask(window: MainWindow, canvas: CanvasView) -> None:
    generation = window.findChild(GenerationController)
    assert generation is not None
    state = generation.request_state
    widget = canvas.input_widget()
    drag(widget, [canvas.map_from_image(20, 20), canvas.map_from_image(60, 20)])  # a mask
    assert state.has_mask()
    _start(window, "pen")
    drag(widget, [canvas.map_from_image(20, 100), canvas.map_from_image(60, 100)])
    request = state.build_request()
    assert request.markup is not None and request.mask is None
    assert not state.has_mask()
    window.findChild(QAction, "action.mask_mode").trigger()
    request = state.build_request()
    assert request.mask is not None and request.markup is None


def test_markup_is_hidden_while_a_result_is_staged(window: MainWindow, canvas: CanvasView) -> None:
    markup = _start(window, "pen")
    assert markup.view.shown()
    canvas.set_staged(canvas.mask_image())
    assert not markup.view.shown()
    canvas.set_staged(None)
    assert markup.view.shown()


def test_disabled_with_the_reason_for_a_model_without_markup(
    window: MainWindow, canvas: CanvasView
) -> None:
    markup = _start(window, "pen")
    assert markup.state.active
    generation = window.findChild(GenerationController)
    assert generation is not None
    generation.request_state.update_params(model="gpt-image-2")
    button = window.findChild(QToolButton, "button.markup_mode")
    assert not button.isEnabled()
    assert "does not support markup" in button.toolTip()
    assert not markup.state.active  # back to the mask


def test_markup_edit_reaches_the_emulator_and_returns(
    qtbot: QtBot, demo_window: MainWindow, picture_path: Path
) -> None:
    generation = demo_window.findChild(GenerationController)
    assert generation is not None
    assert demo_window.open_image(picture_path)
    canvas = demo_window.canvas
    canvas.actual_size()
    markup = _start(demo_window, "ellipse")
    drag(canvas.input_widget(), [canvas.map_from_image(40, 30), canvas.map_from_image(150, 120)])
    generation.request_state.set_prompt("turn the circled area into a sunflower")
    generation.request_state.update_params(size="auto", partial_images=0, quality="low")
    with qtbot.waitSignal(generation.jobs.job_finished, timeout=20_000):
        generation.generate_action.trigger()
    info = generation.jobs.job(generation.followed or "")
    assert info.phase is JobPhase.COMPLETED
    assert info.request.markup == markup.png() and info.request.mask is None
    emulator = demo_window.connection.server  # type: ignore[attr-defined]
    [sent] = emulator.requests[-1].files_named("markup")
    assert sent.data == markup.png()
    assert not emulator.requests[-1].files_named("mask")
    assert not generation.preview.image().isNull()
    assert isinstance(demo_window.findChild(QWidget, "markup_panel"), QWidget)
