"""Drafts stream into their own tiles; finalize sends the picked draft; use-as-canvas lineage."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from studio.app import _build_settings, _build_window
from studio.core.providers import Provider, ProviderKind
from studio.core.services import Services, build_services
from studio.core.sizing import draft_size
from studio.emulator.server import EmulatorServer
from studio.ui.canvas.view import CanvasView
from studio.ui.dialogs.finalize import MATCH, FinalizeChoice
from studio.ui.drafts import FinalizeFor, Gallery, install_gallery
from studio.ui.generation import install_generation
from studio.ui.main_window import MainWindow
from studio.ui.state.gallery_model import ItemStatus
from studio.ui.state.jobs_state import JobsState
from studio.ui.state.request_state import RequestState
from tests.ui.conftest import drag

PROMPT = "a red fox in fresh snow"


@dataclass
class Studio:
    window: MainWindow
    services: Services
    jobs: JobsState
    request: RequestState
    gallery: Gallery
    emulator: EmulatorServer


def bare_window(qtbot: QtBot) -> MainWindow:
    """The window with its canvas only: these tests inject services talking to the emulator
    (the app's own window, gallery included, is checked in test_gallery_in_the_app)."""
    built = _build_window(_build_settings())
    qtbot.addWidget(built)
    built.resize(1100, 760)
    built.show()
    qtbot.waitExposed(built)
    return built


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    return bare_window(qtbot)


@pytest.fixture
def emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer(port=0, partial_delay=0.02) as server:
        yield server


def open_studio(window: MainWindow, emulator: EmulatorServer) -> Studio:
    """The gallery installed on a real window, over core services talking to the emulator."""
    provider = Provider(ProviderKind.EMULATOR, base_url=emulator.base_url)
    services = build_services(provider=provider, api_key="sk-test")
    jobs = JobsState(services.runner)
    request = RequestState(services.catalog, services.settings.defaults)
    request.attach_canvas(window.canvas)
    gallery = install_gallery(window, services, jobs, request)
    return Studio(window, services, jobs, request, gallery, emulator)


def close_studio(studio: Studio) -> None:
    assert studio.jobs.shutdown(5000), "a job thread was left running"
    studio.gallery.shutdown()
    studio.services.close()


@pytest.fixture
def studio(window: MainWindow, canvas: CanvasView, emulator: EmulatorServer) -> Iterator[Studio]:
    opened = open_studio(window, emulator)
    opened.request.set_prompt(PROMPT)
    yield opened
    close_studio(opened)


def run_drafts(qtbot: QtBot, studio: Studio) -> list[str]:
    tickets = studio.gallery.controller.start_drafts()
    model = studio.gallery.model
    qtbot.waitUntil(
        lambda: all(item.status is ItemStatus.DONE for item in model.items()), timeout=20_000
    )
    return tickets


def edits(emulator: EmulatorServer) -> list:
    return [r for r in emulator.requests if r.path.endswith("/images/edits")]


def test_four_drafts_stream_into_four_tiles(qtbot: QtBot, studio: Studio) -> None:
    model = studio.gallery.model
    partial_rows: set[int] = set()
    studio.jobs.partial_arrived.connect(
        lambda ticket, event, _img: partial_rows.add(model.row_of(f"{ticket}:{event.image_index}"))
    )
    tickets = run_drafts(qtbot, studio)
    assert len(tickets) == 4 and model.rowCount() == 4
    assert partial_rows == {0, 1, 2, 3}, "each draft streamed into its own tile"
    items = model.items()
    assert len({item.image_sha for item in items}) == 4
    assert all(item.mode == "draft" and item.cost_usd and item.cost_usd > 0 for item in items)
    sent = edits(studio.emulator)
    assert len(sent) == 4
    assert {(r.param("quality"), r.param("n")) for r in sent} == {("low", "1")}
    spec = studio.services.catalog.get(studio.request.params.model)
    expected = draft_size(studio.services.catalog, spec, 200 / 150, "low")
    assert {r.param("size") for r in sent} == {expected}
    qtbot.waitUntil(
        lambda: all(
            isinstance(model.data(model.index(row), Qt.ItemDataRole.DecorationRole), QPixmap)
            for row in range(4)
        ),
        timeout=10_000,
    )


def test_finalize_sends_the_picked_draft_as_input_at_high_quality(
    qtbot: QtBot, studio: Studio
) -> None:
    run_drafts(qtbot, studio)
    picked = studio.gallery.model.item(2)
    dialog = FinalizeFor(studio.gallery.controller, picked, None)
    qtbot.addWidget(dialog)
    assert dialog.choice() == FinalizeChoice("high", MATCH)
    assert "Estimated cost: $" in dialog.cost.text(), "the cost is shown before sending"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert "$" in ok.text()
    with qtbot.waitSignal(studio.jobs.job_finished, timeout=20_000) as finished:
        ok.click()
    ticket = finished.args[0]
    request = edits(studio.emulator)[-1]
    assert request.param("quality") == "high"
    images = request.files_named("image")
    assert len(images) == 1 and images[0].data == Path(picked.image_path).read_bytes()
    assert not request.files_named("mask")
    record = studio.services.store.job(studio.jobs.job(ticket).job_id)
    assert record.mode == "finalize"
    assert record.parent_job_id == picked.job_id
    assert record.parent_image == picked.image_sha


def test_use_as_canvas_then_masked_edit_records_the_parent(qtbot: QtBot, studio: Studio) -> None:
    generation = install_generation(studio.window, studio.services, studio.jobs, studio.request)
    run_drafts(qtbot, studio)
    picked = studio.gallery.model.item(1)
    studio.gallery.controller.use_as_canvas(picked)
    canvas = studio.window.canvas
    assert canvas.source_image().size == image_size(picked.image_path)
    assert (studio.request.origin_job_id, studio.request.origin_image) == (
        picked.job_id,
        picked.image_sha,
    )
    canvas.actual_size()
    drag(canvas.input_widget(), [QPoint(20, 20), QPoint(60, 40)])
    assert canvas.has_mask()
    studio.request.update_params(size="auto", quality="low")
    with qtbot.waitSignal(studio.jobs.job_finished, timeout=20_000) as finished:
        generation.generate()  # starts once the fresh mask's background encode lands
    ticket = generation.followed
    assert ticket is not None and finished.args[0] == ticket
    record = studio.services.store.job(studio.jobs.job(ticket).job_id)
    assert record.mode == "edit"
    assert (record.parent_job_id, record.parent_image) == (picked.job_id, picked.image_sha)
    assert studio.services.store.job_images(record.id, "mask"), "the mask it came from is kept"
    assert edits(studio.emulator)[-1].files_named("mask")


def test_opening_another_picture_clears_the_origin(
    qtbot: QtBot, studio: Studio, picture_path: Path
) -> None:
    run_drafts(qtbot, studio)
    studio.gallery.controller.use_as_canvas(studio.gallery.model.item(0))
    assert studio.request.origin_job_id is not None
    studio.window.open_image(picture_path)
    assert (studio.request.origin_job_id, studio.request.origin_image) == (None, None)


def image_size(path: str | None) -> tuple[int, int]:
    with Image.open(path or "") as image:
        return image.size
