"""Extend Canvas, focused edits, blend and the mask edge in the real window (demo emulator)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from studio.core.imageinfo import inspect
from studio.core.imaging.masks import edge_band, grow, shrink
from studio.core.regions import EXTEND_MODE, EXTEND_PROMPT
from studio.core.runner import JobOptions
from studio.ui.canvas.view import CanvasView
from studio.ui.dialogs.extend import ExtendDialog
from studio.ui.generation import GenerationController
from studio.ui.main_window import MainWindow
from studio.ui.regions import RegionController
from studio.ui.state.jobs_state import JobInfo, JobPhase
from tests.ui.conftest import make_picture


def parts(window: MainWindow) -> tuple[RegionController, GenerationController]:
    regions = window.findChild(RegionController)
    generation = window.findChild(GenerationController)
    assert regions is not None and generation is not None
    return regions, generation


def run_job(qtbot: QtBot, generation: GenerationController, prompt: str) -> JobInfo:
    generation.request_state.set_prompt(prompt)
    generation.request_state.update_params(quality="low", partial_images=0)
    with qtbot.waitSignal(generation.jobs.job_finished, timeout=60_000):
        generation.generate()  # may wait for the picture's encoding, then starts
    info = generation.jobs.job(generation.followed or "")
    assert info.phase is JobPhase.COMPLETED, info.error
    return info


def open_picture(window: MainWindow, tmp_path: Path, size: tuple[int, int]) -> Image.Image:
    picture = make_picture(size)
    path = tmp_path / "photo.png"
    picture.save(path)
    assert window.open_image(path)
    window.canvas.document.wait_for_load()  # a large picture loads on a pool thread
    QApplication.processEvents()  # and arrives by a queued signal
    assert window.canvas.picture_size() == size
    return picture


def test_extend_canvas_sends_the_new_size_and_keeps_every_pixel(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    regions, generation = parts(demo_window)
    original = open_picture(demo_window, tmp_path, (640, 480))
    plan = regions.plan_extension((160, 0, 160, 0))
    regions.apply_extension(plan)
    canvas = demo_window.canvas
    assert canvas.picture_size() == plan.canvas_size and canvas.has_mask()
    assert generation.request_state.prompt == EXTEND_PROMPT
    shown = np.asarray(canvas.source_image())
    assert shown[:, : plan.left, 3].max() == 0  # the border is transparent on the canvas
    info = run_job(qtbot, generation, EXTEND_PROMPT)
    assert info.request.params.size == f"{plan.sent[0]}x{plan.sent[1]}"
    assert info.options.mode == EXTEND_MODE
    result = np.asarray(Image.open(info.image_paths[0]).convert("RGBA"))
    assert result.shape[:2] == (plan.canvas_size[1], plan.canvas_size[0])
    left, top, right, bottom = plan.original_box
    assert np.array_equal(result[top:bottom, left:right, :3], np.asarray(original))
    assert result[..., 3].min() == 255  # the border was filled


def test_extend_canvas_is_one_undo_step(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    regions, _ = parts(demo_window)
    open_picture(demo_window, tmp_path, (640, 480))
    canvas = demo_window.canvas
    plan = regions.plan_extension((160, 0, 160, 0))
    regions.apply_extension(plan)
    assert canvas.picture_size() == plan.canvas_size
    canvas.document.undo_stack.undo()
    assert canvas.picture_size() == (640, 480) and not canvas.has_mask()
    canvas.document.undo_stack.redo()
    assert canvas.picture_size() == plan.canvas_size and canvas.has_mask()


def test_extend_dialog_snaps_presets_and_sides(qtbot: QtBot, canvas: CanvasView) -> None:
    window = canvas.window()
    assert isinstance(window, MainWindow)
    regions, _ = parts(window)
    dialog = ExtendDialog((200, 150), regions.plan_extension)
    qtbot.addWidget(dialog)
    dialog.preset.setCurrentIndex(0)  # 16:9
    assert dialog.plan is not None
    width, height = dialog.plan.canvas_size
    assert abs(width / height - 16 / 9) < 0.02 and dialog.plan.sent[0] % 16 == 0
    dialog.by_sides.setChecked(True)
    assert dialog.plan is None and "at least one side" in dialog.result.text()
    dialog.sides["top"].setValue(100)
    assert dialog.plan is not None and dialog.plan.top >= 100
    assert "New canvas:" in dialog.result.text()


def test_focused_edit_sends_a_crop_and_keeps_unmasked_pixels(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    regions, generation = parts(demo_window)
    original = open_picture(demo_window, tmp_path, (2400, 1600))
    canvas = demo_window.canvas
    canvas.document.rectangle((1100, 700), (1299, 849))
    generation.request_state.set_prompt("a red kite")
    focus = demo_window.findChild(QCheckBox, "focus")
    assert focus is not None and not focus.isChecked()
    focus.setChecked(True)
    qtbot.waitUntil(lambda: regions.overlay.box is not None, timeout=5000)
    compare = demo_window.findChild(QLabel, "cost.compare")
    assert compare is not None
    qtbot.waitUntil(lambda: "Full frame" in compare.text(), timeout=10_000)
    plan = regions.focus_plan(generation.request_state.effective_params())
    assert plan is not None and regions.overlay.box == plan.box
    info = run_job(qtbot, generation, "a red kite")
    assert info.request.params.size == f"{plan.sent[0]}x{plan.sent[1]}"
    sent = inspect(info.request.images[0].data)
    assert (sent.width, sent.height) == plan.crop_size
    assert info.options.focus_box == plan.box
    result = np.asarray(Image.open(info.image_paths[0]).convert("RGB"))
    assert result.shape == (1600, 2400, 3)
    keep = np.asarray(canvas.document.coverage()) == 0
    assert np.array_equal(result[keep], np.asarray(original)[keep])
    assert not np.array_equal(result[~keep], np.asarray(original)[~keep])


def test_dragging_the_focus_box_frame_moves_it_around_the_mask(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    regions, generation = parts(window)
    open_picture(window, tmp_path, (3000, 2000))
    window.canvas.document.rectangle((1400, 900), (1599, 1049))
    regions.state.set_focus(True)
    qtbot.waitUntil(lambda: regions.overlay.box is not None, timeout=5000)
    before = regions.overlay.box
    assert before is not None
    regions._on_overlay_dragged(-40, 25)
    after = regions.overlay.box
    assert after == (before[0] - 40, before[1] + 25, before[2] - 40, before[3] + 25)
    assert regions.state.shift == (-40, 25)
    request = generation.request_state.build_request()
    _shaped, options = regions.shape(request, JobOptions(composite_feather_px=4.0))
    assert options.focus_box == after


def test_blend_is_on_by_default_and_off_per_job(canvas: CanvasView) -> None:
    window = canvas.window()
    assert isinstance(window, MainWindow)
    regions, generation = parts(window)
    canvas.document.rectangle((50, 40), (99, 89))
    request = generation.request_state.build_request()
    _, options = regions.shape(request, JobOptions(composite_feather_px=4.0))
    assert options.blend and options.composite_feather_px == 4.0
    window.findChild(QCheckBox, "blend").setChecked(False)
    window.findChild(QSpinBox, "feather").setValue(9)
    _, options = regions.shape(request, JobOptions(composite_feather_px=4.0))
    assert not options.blend and options.composite_feather_px == 9.0


def test_grow_and_shrink_buttons_change_the_mask_exactly_and_undo(
    qtbot: QtBot, canvas: CanvasView
) -> None:
    window = canvas.window()
    assert isinstance(window, MainWindow)
    canvas.document.rectangle((50, 40), (99, 89))
    painted = canvas.document.coverage()
    assert painted is not None
    window.findChild(QSpinBox, "grow_px").setValue(5)
    window.findChild(QPushButton, "grow").click()
    assert canvas.document.selection.busy()  # off the UI thread, like Mask ▸ Grow
    qtbot.waitUntil(lambda: not canvas.document.selection.busy(), timeout=10000)
    grown = canvas.document.coverage()
    assert grown is not None and grown.tobytes() == grow(painted, 5).tobytes()
    canvas.undo_stack.undo()
    assert canvas.document.coverage().tobytes() == painted.tobytes()
    window.findChild(QPushButton, "shrink").click()
    qtbot.waitUntil(lambda: not canvas.document.selection.busy(), timeout=10000)
    shrunk = np.asarray(canvas.document.coverage())
    assert np.array_equal(shrunk, np.asarray(shrink(painted, 5)))
    assert int((shrunk == 255).sum()) == 40 * 40


def test_the_edge_preview_shows_the_feathered_band(qtbot: QtBot, canvas: CanvasView) -> None:
    window = canvas.window()
    assert isinstance(window, MainWindow)
    regions, _ = parts(window)
    canvas.document.rectangle((50, 40), (99, 89))
    window.findChild(QSpinBox, "feather").setValue(8)
    qtbot.waitUntil(lambda: regions.overlay.edge is not None, timeout=5000)
    edge = regions.overlay.edge
    assert edge is not None and regions.overlay.edge_origin == (49, 39)
    alpha = np.frombuffer(edge.constBits(), np.uint8).reshape(edge.height(), -1)[:, 3::4]
    coverage = canvas.document.coverage()
    assert coverage is not None
    band = np.asarray(edge_band(coverage.crop((49, 39, 101, 91)), 8)) > 0
    assert np.array_equal(alpha[:, : edge.width()] > 0, band) and band.sum() > 0
    window.findChild(QCheckBox, "show_edge").setChecked(False)
    qtbot.waitUntil(lambda: regions.overlay.edge is None, timeout=5000)
    assert isinstance(regions.overlay, QWidget)
