"""Shared emulator state: the request log, the fault queue, counters and timing settings."""

from __future__ import annotations

import os
import threading
import time
from datetime import date
from pathlib import Path

from studio.emulator.batches import BatchBook
from studio.emulator.faults import FaultQueue
from studio.emulator.files import FileStore
from studio.emulator.records import RecordedRequest

PROMPT_FAULT_REST_S = 15.0
TODAY_VAR = "STUDIO_TODAY"


def environment_today() -> date | None:
    """STUDIO_TODAY as a date (the emulator keeps its own copy of this rule: no core import)."""
    value = os.environ.get(TODAY_VAR, "").strip()
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


class EmulatorState:
    """Everything the handler threads share; all access is thread-safe."""

    def __init__(
        self,
        *,
        partial_delay: float = 0.0,
        first_byte_delay: float = 0.0,
        today: date | None = None,
        verbose: bool = False,
        batch_dir: Path | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._pauses: list[float] = []
        self._in_flight = 0
        self._counter = 0
        self.faults = FaultQueue()
        self.partial_delay = partial_delay
        self.first_byte_delay = first_byte_delay
        self.fixed_today = today
        self.verbose = verbose
        self.stopping = threading.Event()
        self._prompt_faults: dict[str, float] = {}
        files = FileStore(None if batch_dir is None else batch_dir / "files")
        self.batches = BatchBook(files, batch_dir)
        self.batches.today = self.today

    def prompt_fault_due(self, prompt: str) -> bool:
        """A [[fault:...]] prompt fires once, then rests for PROMPT_FAULT_REST_S so a retry of
        the same request (the app's own retry policy) goes through, as it would for real."""
        now = time.monotonic()
        with self._lock:
            fired = self._prompt_faults.get(prompt)
            if fired is not None and now - fired < PROMPT_FAULT_REST_S:
                return False
            self._prompt_faults[prompt] = now
            return True

    def today(self) -> date:
        """The fixed date, else STUDIO_TODAY (the app's clock, see studio.core.clock), else the
        system's date."""
        return self.fixed_today or environment_today() or date.today()

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()
            self._pauses.clear()

    def next_counter(self) -> int:
        """A per-server request number, mixed into image seeds so every image differs."""
        with self._lock:
            self._counter += 1
            return self._counter

    def pause(self, planned: float, since: float | None = None) -> None:
        """Wait until ``planned`` seconds after ``since`` (monotonic; default now), returning
        early when the server stops. Every planned pause is logged, so tests can check the
        pacing by its numbers instead of timing it."""
        if planned <= 0:
            return
        with self._lock:
            self._pauses.append(planned)
        elapsed = time.monotonic() - since if since is not None else 0.0
        if planned > elapsed:
            self.stopping.wait(planned - elapsed)

    def begin_request(self) -> None:
        with self._lock:
            self._in_flight += 1

    def end_request(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def in_flight(self) -> int:
        """Requests being handled right now (a client that gave up does not end them)."""
        with self._lock:
            return self._in_flight

    def pauses(self) -> list[float]:
        with self._lock:
            return list(self._pauses)
