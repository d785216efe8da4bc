"""History in the real window (demo mode): failed and cancelled jobs marked, thumbnails, undoable
Restore that brings the picture back with its mask."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem, QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot

from studio.emulator.faults import Fault
from studio.ui.drafts import DraftsController
from studio.ui.generation import GenerationController
from studio.ui.main_window import MainWindow
from studio.ui.state.jobs_state import JobPhase
from studio.ui.widgets.history_panel import JOB_ROLE, HistoryPanel
from tests.ui.conftest import drag


def _controller(window: MainWindow) -> GenerationController:
    controller = window.findChild(GenerationController)
    assert controller is not None
    controller.request_state.update_params(size="1024x1024", quality="low", partial_images=0)
    return controller


def _run(qtbot: QtBot, controller: GenerationController, prompt: str) -> str:
    controller.request_state.set_prompt(prompt)
    with qtbot.waitSignal(controller.jobs.job_finished, timeout=20_000) as done:
        controller.generate_action.trigger()
    qtbot.waitUntil(controller.jobs.turns.idle)  # the history is rebuilt a turn later
    return str(done.args[0])


def _items(history: HistoryPanel) -> dict[str, QTreeWidgetItem]:
    found, iterator = {}, QTreeWidgetItemIterator(history.tree)
    while iterator.value() is not None:
        item = iterator.value()
        found[str(item.data(0, JOB_ROLE))] = item
        iterator += 1
    return found


def _texts(history: HistoryPanel) -> dict[str, str]:
    return {job_id: item.text(0) for job_id, item in _items(history).items()}


def test_failed_and_cancelled_jobs_are_marked(qtbot: QtBot, demo_window: MainWindow) -> None:
    controller, history = _controller(demo_window), demo_window.findChild(HistoryPanel)
    demo_window.connection.server.inject(Fault(kind="moderation"))
    failed = controller.jobs.job(_run(qtbot, controller, "a refused picture"))
    assert failed.phase is JobPhase.FAILED
    controller.request_state.set_prompt("stopped halfway")
    controller.request_state.update_params(partial_images=3)
    with qtbot.waitSignal(controller.jobs.partial_arrived, timeout=20_000):
        controller.generate_action.trigger()
    with qtbot.waitSignal(controller.jobs.job_finished, timeout=20_000) as done:
        controller.cancel_action.trigger()
    controller.request_state.update_params(partial_images=0)
    cancelled = controller.jobs.job(str(done.args[0]))
    assert cancelled.phase is JobPhase.CANCELLED
    completed = controller.jobs.job(_run(qtbot, controller, "a harbour"))
    texts = _texts(history)
    assert texts[failed.job_id].startswith("✕ Failed")
    assert texts[cancelled.job_id].startswith("⊘ Cancelled")
    assert "Failed" not in texts[completed.job_id] and "$" in texts[completed.job_id]
    history.select_job(failed.job_id)
    assert not history.restore_button.isEnabled(), "a failed job has no picture to restore"
    history.select_job(completed.job_id)
    assert history.restore_button.isEnabled()


def test_history_shows_thumbnails(qtbot: QtBot, demo_window: MainWindow) -> None:
    controller, history = _controller(demo_window), demo_window.findChild(HistoryPanel)
    job_id = controller.jobs.job(_run(qtbot, controller, "a lighthouse")).job_id

    def icon_shown() -> bool:
        item = _items(history).get(str(job_id))
        return item is not None and not item.icon(0).isNull()

    qtbot.waitUntil(icon_shown, timeout=5000)


def test_restore_brings_back_picture_and_mask_as_one_undo_step(
    qtbot: QtBot, demo_window: MainWindow, picture_path: Path, monkeypatch
) -> None:
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: discard))
    controller = _controller(demo_window)
    canvas = demo_window.canvas
    assert demo_window.open_image(picture_path)
    canvas.actual_size()
    drag(canvas.input_widget(), [canvas.map_from_image(20, 20), canvas.map_from_image(80, 60)])
    mask = canvas.mask_png()
    controller.request_state.update_params(size="auto")
    edit = controller.jobs.job(_run(qtbot, controller, "a boat on the lake"))
    assert edit.phase is JobPhase.COMPLETED
    assert demo_window.open_image(picture_path)  # the painted mask is dropped
    assert not canvas.has_mask()
    opened_pixels = canvas.source_image().tobytes()

    drafts = demo_window.findChild(DraftsController)
    assert drafts.restore_version(edit.job_id)
    assert canvas.document.origin()[0] == edit.job_id
    assert canvas.has_mask()
    assert canvas.undo_stack.undoText() == "Restore Version"
    restored = canvas.mask_png()
    assert len(restored) > 0 and mask
    demo_window.findChild(QAction, "action.undo").trigger()
    assert canvas.document.origin() == (None, None)
    assert canvas.source_image().tobytes() == opened_pixels
