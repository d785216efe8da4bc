"""The designer's loop in the real window (demo mode): sizes, drafts, finalize, no double spend."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from studio.ui.drafts import DraftsController, FinalizeFor
from studio.ui.generation import GenerationController
from studio.ui.main_window import MainWindow
from studio.ui.state.gallery_model import ItemStatus
from studio.ui.state.jobs_state import JobPhase
from studio.ui.widgets.prompt_size import MATCH
from tests.ui.conftest import drag, make_picture

SIZE = (1600, 1067)


def controllers(window: MainWindow) -> tuple[GenerationController, DraftsController]:
    generation = window.findChild(GenerationController)
    drafts = window.findChild(DraftsController)
    assert generation is not None and drafts is not None
    return generation, drafts


def open_photo(window: MainWindow, tmp_path: Path) -> Image.Image:
    photo = make_picture(SIZE)
    path = tmp_path / "photo.png"
    photo.save(path)
    assert window.open_image(path)
    return photo


def paint_mask(window: MainWindow) -> None:
    canvas = window.canvas
    canvas.fit_to_view()
    window.findChild(QWidget, "brush_size").setValue(120)
    points = [canvas.map_from_image(x, 500) for x in range(500, 1101, 100)]
    drag(canvas.input_widget(), points)
    assert canvas.has_mask()


def keep_region(window: MainWindow) -> np.ndarray:
    """True where the painted mask keeps the picture (the API mask's alpha is 255)."""
    with Image.open(io.BytesIO(window.canvas.mask_png())) as mask:
        return np.asarray(mask.getchannel("A")) == 255


def run_drafts(qtbot: QtBot, window: MainWindow) -> DraftsController:
    generation, drafts = controllers(window)
    drafts.drafts_action.trigger()
    qtbot.waitUntil(lambda: drafts.model.rowCount() == 4, timeout=20_000)
    first = drafts.model.items()[0].ticket
    assert generation.followed == first, "the preview follows the drafts (their first)"
    qtbot.waitUntil(
        lambda: all(i.status is ItemStatus.DONE for i in drafts.model.items()), timeout=30_000
    )
    return drafts


def test_finalize_of_a_masked_draft_keeps_the_photo_and_its_size(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    photo = open_photo(demo_window, tmp_path)
    paint_mask(demo_window)
    keep = keep_region(demo_window)
    generation, drafts = controllers(demo_window)
    generation.request_state.set_prompt("a red fox in fresh snow")
    run_drafts(qtbot, demo_window)
    assert {i.size for i in drafts.model.items()} == {"1008x672"}
    assert drafts.view is not None
    drafts.view.select_row(1)
    picked = drafts.model.items()[1]
    drafts.view.action_finalize.trigger()
    dialog = demo_window.findChild(FinalizeFor)
    assert dialog is not None
    assert dialog.size.currentData() == MATCH and "1584x1056" in dialog.size.currentText()
    assert "Estimated cost: $" in dialog.cost.text(), "the cost is shown before sending"
    with qtbot.waitSignal(generation.jobs.job_finished, timeout=30_000) as finished:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    ticket = finished.args[0]
    info = generation.jobs.job(ticket)
    assert info.phase is JobPhase.COMPLETED and info.options.mode == "finalize"
    assert generation.followed == ticket, "the preview follows the final"
    assert info.request.mask == demo_window.canvas.mask_png(), "the draft's mask is sent"
    assert info.request.images[0].data == Path(picked.image_path or "").read_bytes()
    with Image.open(info.image_paths[0]) as final:
        assert final.size == SIZE
        result = np.asarray(final.convert("RGB"))
    changed = (result != np.asarray(photo)).any(axis=-1)
    assert int((changed & keep).sum()) == 0, "every unmasked pixel is the original's"
    assert int((changed & ~keep).sum()) > 0
    assert generation.preview.image().size().toTuple() == SIZE


def test_generate_and_drafts_follow_the_pictures_shape(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    open_photo(demo_window, tmp_path)
    generation, drafts = controllers(demo_window)
    state = generation.request_state
    state.set_prompt("warmer light")
    field = demo_window.findChild(QWidget, "size")
    assert state.size_follows_canvas and field.currentData() == MATCH
    assert field.currentText() == "Match canvas (1584x1056)"
    assert state.build_request().params.size == "1584x1056"
    assert drafts.draft_request().params.size == "1008x672"  # the same 3:2, cheapest
    field.setCurrentIndex(field.findText("1024x1024"))
    field.activated.emit(field.currentIndex())
    assert not state.size_follows_canvas
    assert state.build_request().params.size == "1024x1024"
    field.setCurrentIndex(0)
    field.activated.emit(0)
    assert state.size_follows_canvas and state.build_request().params.size == "1584x1056"


def test_ctrl_enter_twice_sends_one_job(qtbot: QtBot, demo_window: MainWindow) -> None:
    generation, _drafts = controllers(demo_window)
    generation.request_state.set_prompt("a lighthouse at dusk")
    generation.request_state.update_params(size="1024x1024", quality="low", partial_images=1)
    editor = demo_window.findChild(QPlainTextEdit, "prompt")
    demo_window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(generation.jobs.jobs()) == 1, "the second press sent nothing"
    assert "already running" in generation.preview.status.text()
    qtbot.waitUntil(lambda: not generation.jobs.is_busy(), timeout=20_000)
    assert len(generation.jobs.jobs()) == 1
    records = generation.jobs.runner.store.jobs()
    assert len(records) == 1 and records[0].cost_usd and records[0].cost_usd > 0


def test_the_preview_never_shows_the_last_jobs_image_under_a_new_job(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    generation, _drafts = controllers(demo_window)
    state = generation.request_state
    state.update_params(size="1024x1024", quality="low", partial_images=1)
    state.set_prompt("a blue boat")
    with qtbot.waitSignal(generation.jobs.job_finished, timeout=20_000):
        first = generation.generate()
    assert first is not None and not generation.preview.image().isNull()
    state.set_prompt("a green field")
    second = generation.generate()
    assert second is not None and generation.followed == second
    assert generation.preview.image().isNull(), "the first job's image is gone"
    assert "green field" in generation.preview.caption.text()
    shown: list[str] = []
    generation.preview.image_shown.connect(shown.append)
    qtbot.waitUntil(lambda: generation.jobs.job(second).phase.done, timeout=20_000)
    assert shown and shown[-1] == "final"
    final = generation.jobs.job(second).image_paths[0]
    with Image.open(final) as expected:
        assert generation.preview.image().size().toTuple() == expected.size
