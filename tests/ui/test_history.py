"""Lineage in the history panel, restore and branch, and the session surviving a restart."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from studio.core.runner import JobOptions
from studio.emulator.server import EmulatorServer
from studio.ui.canvas.view import CanvasView
from studio.ui.main_window import MainWindow
from studio.ui.widgets.history_panel import JOB_ROLE
from tests.ui.conftest import drag
from tests.ui.test_drafts import (
    PROMPT,
    Studio,
    bare_window,
    close_studio,
    open_studio,
    run_drafts,
)
from tests.ui.test_drafts import emulator as emulator  # the shared fixtures
from tests.ui.test_drafts import window as window


@pytest.fixture
def studio(window: MainWindow, canvas: CanvasView, emulator: EmulatorServer) -> Iterator[Studio]:
    opened = open_studio(window, emulator)
    opened.request.set_prompt(PROMPT)
    yield opened
    close_studio(opened)


def masked_edit(qtbot: QtBot, studio: Studio) -> str:
    canvas = studio.window.canvas
    canvas.actual_size()
    drag(canvas.input_widget(), [QPoint(30, 30), QPoint(70, 50)])
    options = JobOptions(
        mode="edit",
        parent_job_id=studio.request.origin_job_id,
        parent_image=studio.request.origin_image,
    )
    with qtbot.waitSignal(studio.jobs.job_finished, timeout=20_000):
        ticket = studio.jobs.submit(studio.request.build_request(), options)
    job_id = studio.jobs.job(ticket).job_id
    assert job_id is not None
    return job_id


def test_history_shows_the_lineage_tree(qtbot: QtBot, studio: Studio) -> None:
    run_drafts(qtbot, studio)
    draft = studio.gallery.model.item(0)
    studio.gallery.controller.use_as_canvas(draft)
    edit_id = masked_edit(qtbot, studio)
    history = studio.gallery.history
    qtbot.waitUntil(studio.jobs.turns.idle)  # the tree is rebuilt a turn after a job ends
    tree = history.tree
    drafts = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert len(drafts) == 4
    parent = next(item for item in drafts if item.data(0, JOB_ROLE) == draft.job_id)
    assert parent.childCount() == 1 and parent.child(0).data(0, JOB_ROLE) == edit_id
    assert parent.font(0).bold(), "the canvas's version is marked"


def test_restore_and_branch_put_versions_back(qtbot: QtBot, studio: Studio) -> None:
    run_drafts(qtbot, studio)
    draft = studio.gallery.model.item(0)
    studio.gallery.controller.use_as_canvas(draft)
    edit_id = masked_edit(qtbot, studio)
    controller, request = studio.gallery.controller, studio.request
    assert controller.restore_version(edit_id)
    assert request.origin_job_id == edit_id
    assert controller.branch_from(edit_id)
    assert (request.origin_job_id, request.origin_image) == (draft.job_id, draft.image_sha)
    assert studio.window.canvas.has_mask(), "branching puts the mask back"
    assert request.prompt == PROMPT


def test_restart_restores_canvas_mask_gallery_and_lineage(
    qtbot: QtBot, window: MainWindow, canvas: CanvasView, emulator: EmulatorServer
) -> None:
    first = open_studio(window, emulator)
    first.request.set_prompt(PROMPT)
    run_drafts(qtbot, first)
    model = first.gallery.model
    model.set_starred(1, True)
    model.set_rejected(3, True)
    picked = model.item(1)
    first.gallery.controller.use_as_canvas(picked)
    edit_id = masked_edit(qtbot, first)
    first.gallery.history.select_job(edit_id)
    image_before = window.canvas.image_bytes()
    mask_before = window.canvas.mask_png()
    entries_before = model.entries()
    assert len(entries_before) == 5
    window.close()  # the close hook saves the session
    close_studio(first)

    second_window = bare_window(qtbot)
    second = open_studio(second_window, emulator)
    try:
        assert second_window.canvas.image_bytes() == image_before
        assert second_window.canvas.mask_png() == mask_before
        assert second.gallery.model.entries() == entries_before
        assert second.gallery.model.item(1).starred and second.gallery.model.item(3).rejected
        assert (second.request.origin_job_id, second.request.origin_image) == (
            picked.job_id,
            picked.image_sha,
        )
        assert second.gallery.history.selected_job() == edit_id
        assert edit_id in second.gallery.history.job_ids()
    finally:
        close_studio(second)
