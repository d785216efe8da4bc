"""Shared emulator state: the request log, the fault queue, counters and timing settings."""

from __future__ import annotations

import threading
from datetime import date

from studio.emulator.faults import FaultQueue
from studio.emulator.records import RecordedRequest


class EmulatorState:
    """Everything the handler threads share; all access is thread-safe."""

    def __init__(
        self,
        *,
        partial_delay: float = 0.0,
        first_byte_delay: float = 0.0,
        today: date | None = None,
        verbose: bool = False,
    ) -> None:
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._counter = 0
        self.faults = FaultQueue()
        self.partial_delay = partial_delay
        self.first_byte_delay = first_byte_delay
        self.fixed_today = today
        self.verbose = verbose
        self.stopping = threading.Event()

    def today(self) -> date:
        return self.fixed_today or date.today()

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def next_counter(self) -> int:
        """A per-server request number, mixed into image seeds so every image differs."""
        with self._lock:
            self._counter += 1
            return self._counter

    def sleep(self, seconds: float) -> None:
        """Sleep, returning early when the server stops."""
        if seconds > 0:
            self.stopping.wait(seconds)
