"""EmulatorServer: a local OpenAI-compatible Images API on 127.0.0.1, and `run()` for the CLI."""

from __future__ import annotations

import contextlib
import socket
import socketserver
import sys
import threading
import time
from datetime import date
from http.server import ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

from studio.emulator.faults import FAULT_KINDS, Fault
from studio.emulator.handlers import EmulatorHandler
from studio.emulator.records import RecordedFile, RecordedRequest
from studio.emulator.state import EmulatorState

__all__ = ["FAULT_KINDS", "EmulatorServer", "Fault", "RecordedFile", "RecordedRequest", "run"]

LOOPBACK = "127.0.0.1"
JOIN_TIMEOUT = 5.0


class _HTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer that tracks its connections so `stop()` can end them."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], state: EmulatorState) -> None:
        self.state = state
        self._lock = threading.Lock()
        self._open_connections: set[socket.socket] = set()
        self._handler_threads: set[threading.Thread] = set()
        super().__init__(address, EmulatorHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls socket.getfqdn(), which can stall on a reverse DNS lookup.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._lock:
            self._open_connections.add(request)
        thread = threading.Thread(
            target=self._serve_connection, args=(request, client_address), daemon=True
        )
        with self._lock:
            self._handler_threads.add(thread)
        thread.start()

    def _serve_connection(self, request: Any, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self._lock:
                self._open_connections.discard(request)
                self._handler_threads.discard(threading.current_thread())

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            super().handle_error(request, client_address)

    def end_connections(self) -> None:
        """Shut every open connection down and wait for the handler threads to finish."""
        with self._lock:
            connections, threads = list(self._open_connections), list(self._handler_threads)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + JOIN_TIMEOUT
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))


class EmulatorServer:
    """The emulator: `start()` serves in a daemon thread; use as a context manager."""

    def __init__(
        self,
        host: str = LOOPBACK,
        port: int = 0,
        partial_delay: float = 0.0,
        first_byte_delay: float = 0.0,
        today: date | None = None,
        *,
        verbose: bool = False,
        batch_dir: Path | None = None,
        batch_auto_step_s: float | None = None,
    ) -> None:
        if host not in (LOOPBACK, "localhost"):
            raise ValueError("the emulator binds 127.0.0.1 only")
        self._port = port
        self._state = EmulatorState(
            partial_delay=partial_delay,
            first_byte_delay=first_byte_delay,
            today=today,
            verbose=verbose,
            batch_dir=batch_dir,
        )
        self._state.batches.auto_step_s = batch_auto_step_s
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> EmulatorServer:
        """Bind and serve in a daemon thread; returns self."""
        if self._httpd is not None:
            return self
        self._state.stopping.clear()
        self._httpd = _HTTPServer((LOOPBACK, self._port), self._state)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"emulator:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, end open connections and close the socket (idempotent)."""
        httpd, thread = self._httpd, self._thread
        if httpd is None or thread is None:
            return
        self._state.stopping.set()
        httpd.shutdown()
        thread.join()
        httpd.end_connections()
        httpd.server_close()
        self._httpd = self._thread = None

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the emulator is not running; call start() first")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """Root URL, for Azure-style paths: http://127.0.0.1:PORT"""
        return f"http://{LOOPBACK}:{self.port}"

    @property
    def base_url(self) -> str:
        """OpenAI base URL: http://127.0.0.1:PORT/v1"""
        return f"{self.url}/v1"

    @property
    def partial_delay(self) -> float:
        return self._state.partial_delay

    @partial_delay.setter
    def partial_delay(self, seconds: float) -> None:
        self._state.partial_delay = seconds

    @property
    def first_byte_delay(self) -> float:
        return self._state.first_byte_delay

    @first_byte_delay.setter
    def first_byte_delay(self, seconds: float) -> None:
        self._state.first_byte_delay = seconds

    @property
    def today(self) -> date:
        """The server's date: which models it still serves."""
        return self._state.today()

    @today.setter
    def today(self, day: date | None) -> None:
        self._state.fixed_today = day

    def inject(self, fault: Fault) -> None:
        """Queue a fault; each matching request consumes one of its `count`."""
        self._state.faults.add(fault)

    def clear_faults(self) -> None:
        self._state.faults.clear()

    @property
    def faults(self) -> list[Fault]:
        """Faults still queued, oldest first."""
        return self._state.faults.pending()

    @property
    def in_flight(self) -> int:
        """How many requests the server is still handling."""
        return self._state.in_flight()

    @property
    def pauses(self) -> list[float]:
        """Every pause planned since the log was cleared (first-byte delays, stream gaps)."""
        return self._state.pauses()

    @property
    def requests(self) -> list[RecordedRequest]:
        """Snapshot of the request log, oldest first."""
        return self._state.requests()

    def clear_requests(self) -> None:
        self._state.clear_requests()

    # --- batches: the controllable clock ------------------------------------------------
    def step_batches(self, batch_id: str | None = None) -> None:
        """Move one batch (or every open one) to its next status; in_progress runs its lines."""
        self._state.batches.step(batch_id)

    def process_batch(self, batch_id: str, count: int) -> None:
        """Run ``count`` more requests of an in-progress batch (its counts move)."""
        self._state.batches.process(batch_id, count)

    def advance_batch_clock(self, seconds: float) -> None:
        """Move the batch clock on: a batch still open after its 24 h window expires."""
        self._state.batches.advance_clock(seconds)

    def expire_batch(self, batch_id: str) -> None:
        self._state.batches.expire(batch_id)

    def fail_batch(self, batch_id: str, message: str = "The input file could not be used.") -> None:
        self._state.batches.fail(batch_id, message)

    def batch_status(self, batch_id: str) -> str | None:
        batch = self._state.batches.get(batch_id)
        return None if batch is None else batch.status


def run(host: str = LOOPBACK, port: int = 8765, partial_delay: float = 0.3) -> None:
    """Serve until Ctrl+C, printing where the emulator listens."""
    server = EmulatorServer(host=host, port=port, partial_delay=partial_delay, verbose=True)
    server.start()
    print(f"Emulator listening on {server.base_url}", flush=True)
    try:
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        print("Emulator stopping", flush=True)
    finally:
        server.stop()
