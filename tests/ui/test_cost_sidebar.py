"""Cost sidebar over the emulator: live estimate, totals from usage, budget gate, cache, caps."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QPushButton
from pytestqt.qtbot import QtBot

from studio.core import pricing
from studio.core.budget import usd
from studio.core.events import Completed, ErrorKind, Failed
from studio.core.providers import Provider, ProviderKind
from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.runner import JobOptions
from studio.core.services import Services, build_services
from studio.core.settings import Budgets, load_settings
from studio.emulator.server import EmulatorServer
from studio.ui.cost import CostController
from studio.ui.state.jobs_state import JobsState
from studio.ui.state.request_state import RequestState
from tests.core.conftest import mask_with_hole, photo, png_bytes


@pytest.fixture
def emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer(port=0, partial_delay=0.0) as server:
        yield server


@pytest.fixture
def services(emulator: EmulatorServer) -> Iterator[Services]:
    provider = Provider(ProviderKind.EMULATOR, base_url=emulator.base_url)
    built = build_services(provider=provider, api_key="sk-test")
    yield built
    built.close()


@pytest.fixture
def jobs(services: Services) -> Iterator[JobsState]:
    state = JobsState(services.runner)
    yield state
    assert state.shutdown(5000), "a job thread was left running"


@pytest.fixture
def request_state(services: Services) -> RequestState:
    state = RequestState(services.catalog)
    state.set_prompt("a lighthouse at dusk")
    return state


@pytest.fixture
def cost(
    qtbot: QtBot, services: Services, jobs: JobsState, request_state: RequestState
) -> Iterator[CostController]:
    controller = CostController(services, jobs, request_state)
    qtbot.addWidget(controller.sidebar)
    yield controller
    controller.state.stop()


def _label(cost: CostController, name: str) -> str:
    return cost.sidebar.findChild(QLabel, name).text()


def _expected(services: Services, request_state: RequestState) -> pricing.Estimate:
    request = request_state.build_request()
    return pricing.estimate(request, services.catalog.get(request.params.model))


def test_estimate_follows_every_parameter_and_equals_the_core_estimator(
    qtbot: QtBot, cost: CostController, services: Services, request_state: RequestState
) -> None:
    seen = {_label(cost, "cost.estimate")}
    changes = [
        {"quality": "high"},
        {"size": "1536x1024"},
        {"n": 3},
        {"partial_images": 0},
        {"quality": "low"},
    ]
    for change in changes:
        with qtbot.waitSignal(cost.state.estimate_changed, timeout=2000):
            request_state.update_params(**change)
        expected = _expected(services, request_state)
        text = _label(cost, "cost.estimate")
        assert usd(expected.total_usd) in text, (change, text)
        assert text not in seen
        seen.add(text)
        rows = {
            "text_in": expected.cost.text_in_usd,
            "image_out": expected.cost.image_out_usd,
            "partial": expected.cost.partial_usd,
        }
        for key, dollars in rows.items():
            assert _label(cost, f"cost.usd.{key}") == usd(dollars)
        assert _label(cost, "cost.tokens.image_out") == f"{expected.image_out_tokens:,}"
    assert "as of" in _label(cost, "cost.rates")


def test_debounce_coalesces_quick_changes(
    qtbot: QtBot, cost: CostController, request_state: RequestState
) -> None:
    emitted: list[object] = []
    cost.state.estimate_changed.connect(emitted.append)
    request_state.update_params(quality="high")
    request_state.update_params(n=2)
    request_state.set_prompt("a lighthouse in fog")
    qtbot.waitUntil(lambda: len(emitted) == 1, timeout=2000)
    qtbot.wait(300)
    assert len(emitted) == 1


def test_invalid_request_shows_the_problem_not_a_number(
    qtbot: QtBot, cost: CostController, request_state: RequestState
) -> None:
    with qtbot.waitSignal(cost.state.estimate_changed, timeout=2000):
        request_state.set_prompt("   ")
    text = _label(cost, "cost.estimate")
    assert text == "Describe the image you want." and "$" not in text  # no field name
    assert _label(cost, "cost.usd.image_out") == "—"


def test_totals_after_two_jobs_equal_the_sum_of_their_usage_costs(
    qtbot: QtBot, cost: CostController, services: Services, jobs: JobsState, request_state
) -> None:
    request_state.update_params(quality="low", partial_images=1)
    costs = []
    for prompt in ("a red fox", "a blue whale"):
        request_state.set_prompt(prompt)
        with qtbot.waitSignal(jobs.job_finished, timeout=10_000) as finished:
            jobs.submit(request_state.build_request(), JobOptions(use_cache=False))
        event = finished.args[1]
        assert isinstance(event, Completed) and event.usage is not None
        spec = services.catalog.get("gpt-image-2")
        costs.append(pricing.cost_from_usage(event.usage, spec).total_usd)
    totals = cost.state.totals
    assert totals.session_usd == pytest.approx(sum(costs))
    assert totals.spent.today_usd == pytest.approx(sum(costs))
    assert totals.spent.month_usd == pytest.approx(sum(costs))
    assert totals.session_jobs == 2 and totals.session_images == 2
    assert usd(sum(costs)) in _label(cost, "cost.session")
    assert usd(costs[-1]) in _label(cost, "cost.last")


def test_a_finished_request_shows_cached_at_zero(
    qtbot: QtBot, cost: CostController, jobs: JobsState, request_state: RequestState
) -> None:
    request_state.update_params(quality="low", partial_images=0)
    with qtbot.waitSignal(jobs.job_finished, timeout=10_000):
        jobs.submit(request_state.build_request())
    qtbot.waitUntil(lambda: cost.state.live.cached, timeout=2000)
    assert _label(cost, "cost.estimate") == "cached — $0"


def test_cached_is_only_said_for_the_way_the_job_will_run(
    qtbot: QtBot, cost: CostController, jobs: JobsState
) -> None:
    # Compositing and its feather change the delivered bytes, so they are part of the cache
    # key: the live estimate and the gate look the request up with the job's own options.
    size = (1024, 1024)
    request = ImageRequest(
        "a lighthouse at dusk",
        ImageParams(size="1024x1024", quality="low"),
        (InputImage(png_bytes(photo(size)), "photo.png"),),
        png_bytes(mask_with_hole(size, (100, 100, 400, 400))),
    )
    ran_with = JobOptions(composite_feather_px=8.0)
    with qtbot.waitSignal(jobs.job_finished, timeout=10_000):
        jobs.submit(request, ran_with)
    for options, cached in ((ran_with, True), (JobOptions(composite_feather_px=None), False)):
        cost.state.options_for = cost.gate.options_for = lambda _r, o=options: o
        assert cost.state._estimate(request).cached is cached
        assert (cost.gate._cost(request, True) == 0) is cached


def _cap(services: Services, **budgets: object) -> None:
    services.settings = dataclasses.replace(services.settings, budgets=Budgets(**budgets))


def test_refuse_cap_blocks_the_job_before_any_request(
    cost: CostController, services: Services, emulator: EmulatorServer, request_state, monkeypatch
) -> None:
    _cap(services, daily_usd=0.01, on_exceed="refuse")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    request_state.update_params(quality="high")
    assert cost.gate.confirm(request_state.build_request()) is False
    assert shown and "daily cap of $0.01" in shown[0]
    assert emulator.requests == []


def test_ask_cap_sends_only_after_confirmation(
    qtbot: QtBot, cost: CostController, services: Services, jobs: JobsState,
    emulator: EmulatorServer, request_state, monkeypatch,
) -> None:  # fmt: skip
    _cap(services, daily_usd=0.01, on_exceed="ask")
    request = request_state.build_request()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: answers.pop(0))
    assert cost.gate.confirm(request) is False and emulator.requests == []
    assert cost.gate.confirm(request) is True
    with qtbot.waitSignal(jobs.job_finished, timeout=10_000) as finished:
        jobs.submit(request)
    assert isinstance(finished.args[1], Completed) and len(emulator.requests) == 1


def test_the_runner_guard_refuses_an_unconfirmed_job_without_a_request(
    qtbot: QtBot, cost: CostController, services: Services, jobs: JobsState,
    emulator: EmulatorServer, request_state,
) -> None:  # fmt: skip
    _cap(services, monthly_usd=0.001)
    with qtbot.waitSignal(jobs.job_finished, timeout=10_000) as finished:
        jobs.submit(request_state.build_request())
    event = finished.args[1]
    assert isinstance(event, Failed) and event.kind is ErrorKind.BUDGET
    assert "monthly cap" in event.message and emulator.requests == []


def test_budget_bars_turn_warning_colour_at_eighty_percent(
    qtbot: QtBot, cost: CostController, services: Services, jobs: JobsState, request_state
) -> None:
    request_state.update_params(quality="low", partial_images=0)
    with qtbot.waitSignal(jobs.job_finished, timeout=10_000) as finished:
        jobs.submit(request_state.build_request())
    spent = finished.args[1].cost_usd
    _cap(services, daily_usd=spent / 0.85, monthly_usd=spent * 10)
    cost.state.refresh_totals()
    daily = cost.sidebar.findChild(QProgressBar, "cost.budget.daily")
    monthly = cost.sidebar.findChild(QProgressBar, "cost.budget.monthly")
    assert daily.property("level") == "warn" and "85%" in daily.format()
    assert monthly.property("level") == "ok"
    request_state.set_prompt("another")
    warning = cost.sidebar.findChild(QLabel, "cost.budget_warning")
    # Estimates land from a pool thread: the one asked for after the job may land first.
    qtbot.waitUntil(lambda: "daily cap" in warning.text(), timeout=2000)


def test_inline_budget_editor_saves_the_caps(qtbot: QtBot, cost: CostController) -> None:
    cost.sidebar.show()
    qtbot.mouseClick(cost.sidebar.findChild(QPushButton, "cost.set_budget"), _left())
    editor = cost.sidebar.editor
    assert editor.isVisible()
    editor.daily.setValue(2.5)
    editor.monthly.setValue(40)
    editor.on_exceed.setCurrentIndex(editor.on_exceed.findData("refuse"))
    qtbot.mouseClick(editor.save, _left())
    saved = load_settings().budgets
    assert (saved.daily_usd, saved.monthly_usd, saved.on_exceed) == (2.5, 40.0, "refuse")
    assert cost.guard.budgets == saved
    assert "of $2.50 today" in cost.sidebar.findChild(QProgressBar, "cost.budget.daily").format()


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_batch_of_drafts_asks_once_for_its_total(
    qtbot: QtBot, cost: CostController, services: Services, jobs: JobsState,
    emulator: EmulatorServer, request_state, monkeypatch,
) -> None:  # fmt: skip
    request_state.update_params(quality="low", partial_images=0)
    drafts = [request_state.build_request()] * 3
    one = _expected(services, request_state).total_usd
    _cap(services, daily_usd=one * 2)
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert cost.gate.confirm_batch(drafts) is True
    assert len(asked) == 1 and usd(3 * one) in asked[0]
    with qtbot.waitSignal(jobs.job_finished, timeout=10_000) as finished:
        jobs.submit(drafts[0], JobOptions(use_cache=False))
    assert isinstance(finished.args[1], Completed) and len(emulator.requests) == 1


def test_the_gate_looks_in_the_cache_only_when_the_full_price_would_cross_a_cap(
    qtbot: QtBot, cost: CostController, services: Services, jobs: JobsState,
    emulator: EmulatorServer, request_state, monkeypatch,
) -> None:  # fmt: skip
    """Reading and verifying a stored result on a hit took 30-50 ms of the UI thread at 4096²:
    within the caps the gate does not need to know the request is cached."""
    request_state.update_params(quality="low", partial_images=0)
    request = request_state.build_request()
    with qtbot.waitSignal(jobs.job_finished, timeout=10_000):
        jobs.submit(request)
    lookups: list[object] = []
    cache = services.runner.cache
    real = cache.lookup
    import threading

    def on_ui_thread(*args: object) -> object:  # the live estimate looks on its pool thread
        if threading.current_thread() is threading.main_thread():
            lookups.append(args)
        return real(*args)

    monkeypatch.setattr(cache, "lookup", on_ui_thread)
    assert cost.gate.confirm(request) is True and lookups == []
    _cap(services, daily_usd=0.0001, on_exceed="refuse")  # the full price would cross it
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: refused.append(text))
    assert cost.gate.confirm(request) is True, "a cached request costs nothing: it passes"
    assert len(lookups) == 1 and refused == []
    request_state.set_prompt("never sent before")
    assert cost.gate.confirm(request_state.build_request()) is False and refused
