"""The generation panels in the real window (demo mode): actions, shortcuts, a masked edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from studio.ui.generation import GenerationController
from studio.ui.main_window import MainWindow
from studio.ui.state.jobs_state import JobPhase
from tests.ui.conftest import drag


def test_actions_and_controls_are_named_for_acceptance(demo_window: MainWindow) -> None:
    generate = demo_window.findChild(QAction, "action.generate")
    cancel = demo_window.findChild(QAction, "action.cancel")
    assert generate is not None and cancel is not None
    assert set(generate.shortcuts()) == {QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")}
    assert cancel.shortcut() == QKeySequence("Esc")
    for name in ("prompt", "model", "size", "quality", "n", "partial_images", "preset", "preview"):
        assert demo_window.findChild(QWidget, name) is not None, name
    for key in ("prompt", "preview", "jobs"):
        assert demo_window.panel(key) is not None


def test_masked_edit_from_the_window_canvas(
    qtbot: QtBot, demo_window: MainWindow, picture_path: Path
) -> None:
    controller = demo_window.findChild(GenerationController)
    assert controller is not None
    assert demo_window.open_image(picture_path)
    canvas = demo_window.canvas
    canvas.actual_size()
    demo_window.findChild(QWidget, "brush_size").setValue(10)
    drag(canvas.input_widget(), [canvas.map_from_image(20, 20), canvas.map_from_image(80, 60)])
    assert canvas.has_mask()
    assert "painted mask" in controller.panel.mode_label.text()
    controller.request_state.set_prompt("a small boat")
    controller.request_state.update_params(size="auto", partial_images=1)
    with qtbot.waitSignal(controller.jobs.job_finished, timeout=20_000):
        controller.generate_action.trigger()
    info = controller.jobs.job(controller.followed or "")
    assert info.phase is JobPhase.COMPLETED
    assert info.request.mask == canvas.mask_png()
    assert info.request.images[0].data == canvas.image_bytes()
    assert not controller.preview.image().isNull()
