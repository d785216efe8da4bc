"""JobsState over the emulator: a streamed job, a cancelled slow job, no threads left running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from studio.core.events import Completed, Failed
from studio.core.providers import Provider, ProviderKind
from studio.core.requests import ImageParams, ImageRequest
from studio.core.runner import JobOptions
from studio.core.services import Services, build_services
from studio.emulator.server import EmulatorServer, Fault
from studio.ui.state.jobs_state import JobPhase, JobsState


@pytest.fixture
def emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer(port=0) as server:
        yield server


@pytest.fixture
def jobs(emulator: EmulatorServer) -> Iterator[JobsState]:
    services: Services = build_services(
        provider=Provider(ProviderKind.EMULATOR, base_url=emulator.base_url), api_key="sk-test"
    )
    state = JobsState(services.runner)
    yield state
    assert state.shutdown(5000), "a job thread was left running"
    services.close()


def test_streamed_job_reports_each_partial_then_the_final(qtbot: QtBot, jobs: JobsState) -> None:
    partials: list[int] = []
    jobs.partial_arrived.connect(lambda _t, event, _img: partials.append(event.partial_index))
    request = ImageRequest("a lighthouse", ImageParams(quality="low", partial_images=2))
    with qtbot.waitSignal(jobs.job_finished, timeout=10_000) as finished:
        ticket = jobs.submit(request)
    assert isinstance(finished.args[1], Completed)
    assert partials == [0, 1]
    info = jobs.job(ticket)
    assert info.phase is JobPhase.COMPLETED and len(info.image_paths) == 1


def test_cancel_stops_a_slow_job(qtbot: QtBot, jobs: JobsState, emulator: EmulatorServer) -> None:
    emulator.inject(Fault(kind="slow", delay=20.0))
    request = ImageRequest("slow", ImageParams(quality="low"))
    ticket = jobs.submit(request, JobOptions(use_cache=False))
    qtbot.waitUntil(lambda: jobs.job(ticket).phase is JobPhase.RUNNING, timeout=5000)
    with qtbot.waitSignal(jobs.job_finished, timeout=3000) as finished:
        jobs.cancel(ticket)
    assert isinstance(finished.args[1], Failed)
    assert jobs.job(ticket).phase is JobPhase.CANCELLED
