"""Results land on the canvas (demo mode): staged, accepted as one undo step, or discarded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from studio.ui.canvas.staging import StagingController
from studio.ui.generation import GenerationController
from studio.ui.main_window import MainWindow
from studio.ui.state.jobs_state import JobPhase
from tests.ui.conftest import drag


def _run(qtbot: QtBot, window: MainWindow, prompt: str, n: int = 1) -> GenerationController:
    controller = window.findChild(GenerationController)
    assert controller is not None
    controller.request_state.set_prompt(prompt)
    controller.request_state.update_params(size="1024x1024", quality="low", n=n)
    with qtbot.waitSignal(controller.jobs.job_finished, timeout=20_000):
        controller.generate_action.trigger()
    assert controller.jobs.job(controller.followed or "").phase is JobPhase.COMPLETED
    return controller


def _staging(window: MainWindow) -> StagingController:
    staging = window.findChild(StagingController)
    assert staging is not None
    return staging


def _pixels(window: MainWindow) -> bytes:
    source = window.canvas.source_image()
    assert source is not None
    return source.tobytes()


def test_results_are_staged_then_accepted_as_one_undo_step(
    qtbot: QtBot, demo_window: MainWindow, picture_path: Path
) -> None:
    assert demo_window.open_image(picture_path)
    original = _pixels(demo_window)
    _run(qtbot, demo_window, "three boats", n=3)
    staging, canvas = _staging(demo_window), demo_window.canvas
    assert len(staging.results()) == 3
    assert staging.strip.isVisible()
    assert staging.strip.counter.text() == "Result 1 of 3"
    assert canvas.staged() is staging.results()[0].image
    assert _pixels(demo_window) == original, "staging does not change the picture"

    staging.actions["next"].trigger()
    assert staging.index() == 1 and staging.strip.counter.text() == "Result 2 of 3"
    staging.actions["previous"].trigger()
    staging.actions["previous"].trigger()
    assert staging.index() == 2, "previous wraps around"
    chosen = staging.current()
    assert chosen is not None
    staging.actions["accept"].trigger()
    assert canvas.document.size().toTuple() == (1024, 1024)
    assert canvas.staged() is None and not staging.strip.isVisible()
    assert canvas.document.origin() == (chosen.job_id, chosen.sha)
    assert canvas.undo_stack.undoText() == "Accept Result"

    demo_window.findChild(QAction, "action.undo").trigger()
    assert _pixels(demo_window) == original
    assert canvas.document.origin() == (None, None)
    demo_window.findChild(QAction, "action.redo").trigger()
    assert canvas.document.origin() == (chosen.job_id, chosen.sha)


def test_discard_takes_results_off_the_canvas_but_not_the_gallery(
    qtbot: QtBot, demo_window: MainWindow, picture_path: Path
) -> None:
    assert demo_window.open_image(picture_path)
    original = _pixels(demo_window)
    _run(qtbot, demo_window, "two boats", n=2)
    staging = _staging(demo_window)
    first, second = staging.results()
    staging.actions["discard"].trigger()
    assert staging.results() == [second]
    assert staging.strip.counter.text() == "Result 1 of 1"
    assert not staging.actions["next"].isEnabled()
    staging.actions["discard"].trigger()
    assert staging.results() == [] and not staging.strip.isVisible()
    assert demo_window.canvas.staged() is None
    assert _pixels(demo_window) == original
    assert demo_window.canvas.undo_stack.undoText() == "Open Image"
    assert Path(first.path).exists() and Path(second.path).exists()


def test_a_new_batch_replaces_the_staged_results(
    qtbot: QtBot, demo_window: MainWindow, picture_path: Path
) -> None:
    assert demo_window.open_image(picture_path)
    _run(qtbot, demo_window, "first batch", n=2)
    _run(qtbot, demo_window, "second batch", n=1)
    results = _staging(demo_window).results()
    assert len(results) == 1 and "second batch" in results[0].label


def test_the_first_result_fills_a_blank_canvas(qtbot: QtBot, demo_window: MainWindow) -> None:
    canvas = demo_window.canvas
    canvas.new_blank(1024, 1024)
    assert not canvas.has_image()
    _run(qtbot, demo_window, "a lighthouse", n=2)
    assert canvas.has_image() and canvas.document.size().toTuple() == (1024, 1024)
    assert canvas.undo_stack.undoText() == "Fill Canvas"
    staging = _staging(demo_window)
    assert len(staging.results()) == 1, "the second result waits on the strip"
    demo_window.findChild(QAction, "action.undo").trigger()
    assert not canvas.has_image() and canvas.document.is_open()


def test_undo_covers_open_and_new_canvas(
    demo_window: MainWindow, picture_path: Path, tmp_path: Path
) -> None:
    canvas, undo = demo_window.canvas, demo_window.findChild(QAction, "action.undo")
    assert demo_window.open_image(picture_path)
    first = _pixels(demo_window)
    other = tmp_path / "other.png"
    from tests.ui.conftest import make_picture

    make_picture((120, 90)).transpose(0).save(other)
    assert demo_window.open_image(other)
    assert canvas.document.size().toTuple() == (120, 90)
    undo.trigger()
    assert canvas.document.size().toTuple() == (200, 150) and _pixels(demo_window) == first
    undo.trigger()
    assert not canvas.document.is_open()


def test_opening_another_picture_asks_before_dropping_a_painted_mask(
    qtbot: QtBot, demo_window: MainWindow, picture_path: Path, tmp_path: Path, monkeypatch
) -> None:
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent, title, text, *_args, **_kwargs):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    canvas = demo_window.canvas
    assert demo_window.open_image(picture_path)
    canvas.actual_size()
    drag(canvas.input_widget(), [canvas.map_from_image(20, 20), canvas.map_from_image(80, 60)])
    assert canvas.has_mask()
    assert not demo_window.open_image(picture_path), "cancelled: the picture and mask stay"
    assert len(asked) == 1 and "mask" in asked[0]
    assert canvas.has_mask()

    demo_window.export_mask(tmp_path / "mask.png")
    assert demo_window.open_image(picture_path), "an exported mask is not lost"
    assert len(asked) == 1

    drag(canvas.input_widget(), [canvas.map_from_image(20, 20), canvas.map_from_image(80, 60)])
    answer[0] = QMessageBox.StandardButton.Discard
    assert demo_window.open_image(picture_path)
    assert len(asked) == 2 and not canvas.has_mask()


def test_use_as_canvas_is_undoable(
    qtbot: QtBot, demo_window: MainWindow, picture_path: Path
) -> None:
    from studio.ui.drafts import DraftsController

    assert demo_window.open_image(picture_path)
    original = _pixels(demo_window)
    _run(qtbot, demo_window, "a result for the canvas")
    drafts = demo_window.findChild(DraftsController)
    item = drafts.model.items()[-1]
    drafts.use_as_canvas(item)
    canvas = demo_window.canvas
    assert canvas.undo_stack.undoText() == "Use as Canvas"
    assert canvas.document.origin() == (item.job_id, item.image_sha)
    assert drafts.request_state.origin_job_id == item.job_id
    demo_window.findChild(QAction, "action.undo").trigger()
    assert _pixels(demo_window) == original
    assert drafts.request_state.origin_job_id is None


def test_with_nothing_open_results_stay_in_preview_and_gallery(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    _run(qtbot, demo_window, "a lighthouse")
    assert not demo_window.canvas.document.is_open(), "Generate stays Generate"
    assert _staging(demo_window).results() == []
