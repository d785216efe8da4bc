"""A job's notes (a damaged cache file set aside) reach the preview's status line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from studio.core.providers import Provider, ProviderKind
from studio.core.requests import ImageParams, ImageRequest
from studio.core.services import Services, build_services
from studio.emulator.server import EmulatorServer
from studio.ui.state.jobs_state import JobPhase, JobsState
from studio.ui.widgets.job_list import status_text

REQUEST = ImageRequest("a lighthouse", ImageParams(size="1024x640", quality="low"), stream=False)


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


def run(qtbot: QtBot, jobs: JobsState) -> str:
    with qtbot.waitSignal(jobs.job_finished, timeout=10_000):
        ticket = jobs.submit(REQUEST)
    return ticket


def test_a_damaged_cache_file_is_reported_in_the_status(
    qtbot: QtBot, jobs: JobsState, services: Services, emulator: EmulatorServer
) -> None:
    first = jobs.job(run(qtbot, jobs))
    assert first.phase is JobPhase.COMPLETED and first.notes == []
    [stored] = first.image_paths or list((services.store.root / "images").rglob("*.png"))
    with open(stored, "r+b") as handle:
        handle.seek(60)
        handle.write(b"\0" * 16)
    again = jobs.job(run(qtbot, jobs))
    assert again.phase is JobPhase.COMPLETED and not again.cached
    assert len(emulator.requests) == 2
    [note] = again.notes
    assert "was damaged on disk and was moved to" in note
    assert status_text(again).endswith(note)
