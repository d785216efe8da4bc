"""Emulator test fixtures: one shared emulator and one real openai client, reset per test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import openai
import pytest

from studio.emulator.server import EmulatorServer
from tests.emulator.helpers import SECRET

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="session")
def _shared_emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer(today=TODAY) as server:
        yield server


@pytest.fixture
def emulator(_shared_emulator: EmulatorServer) -> Iterator[EmulatorServer]:
    """The shared emulator with an empty request log, no faults and no delays."""
    server = _shared_emulator
    server.clear_faults()
    server.clear_requests()
    server.partial_delay = server.first_byte_delay = 0.0
    yield server
    server.clear_faults()


@pytest.fixture(scope="session")
def _shared_client(_shared_emulator: EmulatorServer) -> Iterator[openai.OpenAI]:
    # Building a client costs ~70 ms (TLS context), so the tests share one; it holds no state.
    with openai.OpenAI(base_url=_shared_emulator.base_url, api_key=SECRET, max_retries=0) as sdk:
        yield sdk


@pytest.fixture
def client(emulator: EmulatorServer, _shared_client: openai.OpenAI) -> openai.OpenAI:
    return _shared_client
