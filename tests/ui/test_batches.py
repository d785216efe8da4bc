"""Send as batch, the Batches panel and results streaming into the gallery (pytest-qt)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from studio.core.batch.records import BatchRecord
from studio.core.budget import SpendGuard
from studio.core.providers import Provider, ProviderKind
from studio.core.services import Services, build_services
from studio.emulator.server import EmulatorServer
from studio.ui.batches import Batches, _SendFor, install_batches
from studio.ui.dialogs.send_batch import BatchChoice
from studio.ui.drafts import Gallery, install_gallery
from studio.ui.main_window import MainWindow
from studio.ui.state.jobs_state import JobsState
from studio.ui.state.request_state import RequestState
from tests.ui.test_drafts import bare_window

PROMPT = "a lighthouse at dusk"


@dataclass
class Studio:
    window: MainWindow
    services: Services
    request: RequestState
    gallery: Gallery
    batches: Batches
    emulator: EmulatorServer
    jobs: JobsState


@pytest.fixture
def studio(qtbot: QtBot) -> Iterator[Studio]:
    window = bare_window(qtbot)
    with EmulatorServer(port=0) as emulator:
        provider = Provider(ProviderKind.EMULATOR, base_url=emulator.base_url)
        services = build_services(provider=provider, api_key="sk-test")
        jobs = JobsState(services.runner)
        request = RequestState(services.catalog, services.settings.defaults)
        request.attach_canvas(window.canvas)
        request.set_prompt(PROMPT)
        request.update_params(size="1024x1024", quality="low")
        gallery = install_gallery(window, services, jobs, request, restore=False)
        guard = SpendGuard(services.store, lambda: services.settings.budgets)
        batches = install_batches(window, services, request, gallery, guard, start=False)
        yield Studio(window, services, request, gallery, batches, emulator, jobs)
        batches.state.stop()
        assert jobs.shutdown(5000)
        gallery.shutdown()
        services.close()


def send(qtbot: QtBot, studio: Studio, choice: BatchChoice) -> BatchRecord:
    controller = studio.batches.controller
    with qtbot.waitSignal(studio.batches.state.submitted, timeout=20_000) as blocker:
        assert controller.send(choice, controller.base_request())
    record = blocker.args[0]
    assert isinstance(record, BatchRecord)
    return record


def finish(qtbot: QtBot, studio: Studio, record: BatchRecord) -> None:
    for _ in range(3):
        studio.emulator.step_batches(record.api_id)
    state = studio.batches.state
    state.poll_now(force=True)
    qtbot.waitUntil(lambda: not state.busy, timeout=20_000)


def test_batch_results_stream_into_the_gallery_and_the_panel(qtbot: QtBot, studio: Studio) -> None:
    panel = studio.batches.panel
    assert panel.empty.isVisibleTo(panel) and not panel.tree.isVisibleTo(panel)
    record = send(qtbot, studio, BatchChoice(variations=2, label="lighthouses"))
    rows = panel.row_texts()
    assert rows[0][:3] == ["lighthouses", "validating", "0/2"]
    assert rows[0][3].startswith("~$")
    arrived: list[object] = []
    studio.batches.state.result_arrived.connect(arrived.append)
    finish(qtbot, studio, record)
    assert len(arrived) == 2
    assert len(studio.gallery.model.items()) == 2
    assert all(item.mode == "batch" for item in studio.gallery.model.items())
    rows = panel.row_texts()
    assert rows[0][1:3] == ["completed", "2/2"] and not rows[0][3].startswith("~")
    assert rows[0][5]  # finished time
    assert set(studio.gallery.history.job_ids()) >= {i.job_id for i in studio.gallery.model.items()}
    studio.batches.state.poll_now(force=True)  # again: nothing new arrives
    qtbot.waitUntil(lambda: not studio.batches.state.busy, timeout=20_000)
    assert len(studio.gallery.model.items()) == 2


def test_failed_requests_are_shown_beside_the_request(qtbot: QtBot, studio: Studio) -> None:
    studio.request.set_prompt("a ship [[fault:moderation]]")
    record = send(qtbot, studio, BatchChoice(variations=1))
    finish(qtbot, studio, record)
    top = studio.batches.panel.tree.topLevelItem(0)
    assert top.text(1) == "completed" and top.text(2) == "0/1, 1 failed"
    child = top.child(0)
    assert child.text(0).startswith("req-00001: ") and "safety system" in child.text(0)


def test_cancel_from_the_panel(qtbot: QtBot, studio: Studio) -> None:
    send(qtbot, studio, BatchChoice(variations=3))
    panel = studio.batches.panel
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    assert panel.cancel_button.isEnabled()
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: panel.row_texts()[0][1] == "cancelling", timeout=20_000)


def test_send_dialog_prices_the_batch_at_half(qtbot: QtBot, studio: Studio) -> None:
    controller = studio.batches.controller
    base = controller.base_request()
    dialog = _SendFor(controller, base, studio.window)
    qtbot.addWidget(dialog)
    dialog.variations.setValue(4)
    dialog.sizes.setText("1024x1024, 1536x1024")
    quote, problem = controller.quote(dialog.choice(), base)
    assert quote is not None and problem == ""
    assert quote.count == 8 and quote.batch_usd == pytest.approx(quote.direct_usd * 0.5)
    text = dialog.summary.text()
    assert "8 requests" in text and "½ price" in text and dialog.send_button.isEnabled()
    dialog.sizes.setText("13x13")
    assert not dialog.send_button.isEnabled() and dialog.summary.text()


def test_the_app_has_the_action_the_panel_and_the_batch_price(
    qtbot: QtBot, window: MainWindow
) -> None:
    action = next(a for a in window.actions() if a.objectName() == "action.send_batch")
    assert action.text() == "Send as batch (½ price, within 24 h)"
    assert window.findChild(QLabel, "batches.empty") is not None
    window.findChild(QPlainTextEdit, "prompt").setPlainText("a lighthouse at dusk")
    label = window.findChild(QLabel, "cost.batch")
    estimate = window.findChild(QLabel, "cost.estimate")
    assert label is not None and estimate is not None
    qtbot.waitUntil(lambda: "As a batch:" in label.text(), timeout=10_000)
    partial = window.findChild(QLabel, "cost.usd.partial")
    assert partial is not None

    def dollars(widget: QLabel) -> float:
        return float(widget.text().split("$")[1].split()[0])

    # A batch is not streamed: no partial images, and the rest at half price.
    expected = (dollars(estimate) - dollars(partial)) / 2
    assert dollars(label) == pytest.approx(expected, abs=1e-4)


def test_the_action_opens_the_dialog_and_send_submits(qtbot: QtBot, studio: Studio) -> None:
    studio.batches.controller.action.trigger()
    dialog = studio.window.findChild(_SendFor)
    assert dialog is not None and dialog.isVisible()
    dialog.variations.setValue(2)
    with qtbot.waitSignal(studio.batches.state.submitted, timeout=20_000) as blocker:
        dialog.send_button.click()
    assert blocker.args[0].total == 2 and not dialog.isVisible()
    assert studio.batches.panel.row_texts()[0][1] == "validating"
