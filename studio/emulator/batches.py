"""The emulator's batches: states on a controllable clock, lines run, output and error files.

A batch moves validating → in_progress → finalizing → completed when stepped (tests:
``step``), or by itself every ``auto_step_s`` seconds of the batch clock (demo mode).
``advance_clock`` moves the clock (a batch open past its 24 h window expires); ``cancel``,
``expire`` and ``fail`` end one. Requests are run while in progress (``process``), so a
cancelled or expired batch has the results of the lines run so far.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from studio.emulator.batch_lines import check_lines, not_run_line, run_line
from studio.emulator.files import FileStore, write_atomic

WINDOW_S = 24 * 3600
OPEN = ("validating", "in_progress", "finalizing", "cancelling")


@dataclass
class EmulatedBatch:
    """One batch and its progress (persisted as JSON in demo mode)."""

    id: str
    endpoint: str
    input_file_id: str
    created_at: int
    metadata: dict[str, str] | None = None
    status: str = "validating"
    times: dict[str, int] = field(default_factory=dict)
    since: int = 0  # batch-clock time the current status began
    total: int = 0
    done: int = 0  # lines run so far
    completed: int = 0
    failed: int = 0
    output_lines: list[str] = field(default_factory=list)
    error_lines: list[str] = field(default_factory=list)
    output_file_id: str | None = None
    error_file_id: str | None = None
    errors: list[dict[str, Any]] | None = None

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "batch",
            "endpoint": self.endpoint,
            "errors": None if self.errors is None else {"object": "list", "data": self.errors},
            "input_file_id": self.input_file_id,
            "completion_window": "24h",
            "status": self.status,
            "output_file_id": self.output_file_id,
            "error_file_id": self.error_file_id,
            "created_at": self.created_at,
            "expires_at": self.created_at + WINDOW_S,
            **{f"{name}_at": self.times.get(name) for name in _TIMES},
            "request_counts": {
                "total": self.total,
                "completed": self.completed,
                "failed": self.failed,
            },
            "metadata": self.metadata,
        }


_TIMES = ("in_progress", "finalizing", "completed", "failed", "expired", "cancelling", "cancelled")


class BatchBook:
    """Every batch of one emulator; thread-safe; lines are run outside no lock but the book's."""

    def __init__(self, files: FileStore, root: Path | None = None) -> None:
        self._lock = threading.RLock()
        self._batches: dict[str, EmulatedBatch] = {}
        self._lines: dict[str, list[dict[str, Any]]] = {}
        self.files = files
        self.offset_s = 0.0
        self.auto_step_s: float | None = None
        self.today: Callable[[], date] = date.today
        self._counter = 0
        self._path = None if root is None else root / "batches.json"
        if self._path is not None and self._path.is_file():
            self._load(self._path)

    def now(self) -> int:
        return int(time.time() + self.offset_s)

    # --- API operations ------------------------------------------------------------------
    def create(
        self, input_file_id: str, endpoint: str, metadata: dict[str, str] | None
    ) -> EmulatedBatch:
        now = self.now()
        batch = EmulatedBatch(
            f"batch_{uuid.uuid4().hex[:24]}", endpoint, input_file_id, now, metadata, since=now
        )
        with self._lock:
            self._batches[batch.id] = batch
            self._save()
        return batch

    def get(self, batch_id: str) -> EmulatedBatch | None:
        with self._lock:
            self._tick()
            return self._batches.get(batch_id)

    def all(self) -> list[EmulatedBatch]:
        """Newest first, as the API lists them."""
        with self._lock:
            self._tick()
            return sorted(self._batches.values(), key=lambda b: (b.created_at, b.id), reverse=True)

    def cancel(self, batch_id: str) -> EmulatedBatch | None:
        with self._lock:
            batch = self._batches.get(batch_id)
            if batch is not None and batch.status in ("validating", "in_progress", "finalizing"):
                self._enter(batch, "cancelling")
                self._save()
            return batch

    # --- the controllable clock ------------------------------------------------------------
    def step(self, batch_id: str | None = None) -> None:
        """Move one batch (or every open one) to its next status."""
        with self._lock:
            for batch in self._targets(batch_id):
                self._step(batch)
            self._save()

    def process(self, batch_id: str, count: int) -> None:
        """Run up to ``count`` more lines of an in-progress batch."""
        with self._lock:
            batch = self._batches[batch_id]
            if batch.status == "in_progress":
                self._run(batch, count)
                self._save()

    def advance_clock(self, seconds: float) -> None:
        with self._lock:
            self.offset_s += seconds
            self._tick()
            self._save()

    def expire(self, batch_id: str) -> None:
        with self._lock:
            self._finish(self._batches[batch_id], "expired", "batch_expired")
            self._save()

    def fail(self, batch_id: str, message: str) -> None:
        with self._lock:
            batch = self._batches[batch_id]
            batch.errors = [{"code": "invalid_request", "message": message, "line": None}]
            self._enter(batch, "failed")
            self._save()

    # --- internals -------------------------------------------------------------------------
    def _targets(self, batch_id: str | None) -> list[EmulatedBatch]:
        if batch_id is not None:
            return [self._batches[batch_id]]
        return [b for b in self._batches.values() if b.status in OPEN]

    def _tick(self) -> None:
        now = self.now()
        for batch in self._batches.values():
            if batch.status in OPEN and now >= batch.created_at + WINDOW_S:
                self._finish(batch, "expired", "batch_expired")
            while self.auto_step_s is not None and batch.status in OPEN:
                if now - batch.since < self.auto_step_s:
                    break
                self._step(batch, at=batch.since + int(self.auto_step_s))

    def _step(self, batch: EmulatedBatch, at: int | None = None) -> None:
        if batch.status == "validating":
            self._validate(batch, at)
        elif batch.status == "in_progress":
            self._run(batch, len(self._lines_of(batch)))
            self._enter(batch, "finalizing", at)
        elif batch.status == "finalizing":
            self._finish(batch, "completed", "", at)
        elif batch.status == "cancelling":
            self._finish(batch, "cancelled", "batch_cancelled", at)

    def _validate(self, batch: EmulatedBatch, at: int | None) -> None:
        data = self.files.content(batch.input_file_id) or b""
        lines, problems = check_lines(data, batch.endpoint)
        if problems:
            batch.errors = problems
            self._enter(batch, "failed", at)
            return
        self._lines[batch.id] = lines
        batch.total = len(lines)
        self._enter(batch, "in_progress", at)

    def _run(self, batch: EmulatedBatch, count: int) -> None:
        lines = self._lines_of(batch)
        for line in lines[batch.done : batch.done + count]:
            self._counter += 1
            ok, result = run_line(line, self.today(), self._counter)
            target = batch.output_lines if ok else batch.error_lines
            target.append(json.dumps(result))
            batch.completed += ok
            batch.failed += not ok
            batch.done += 1

    def _finish(
        self, batch: EmulatedBatch, status: str, not_run: str, at: int | None = None
    ) -> None:
        if not_run:
            message = f"This request was not run: the batch was {status}."
            for line in self._lines_of(batch)[batch.done :]:
                batch.error_lines.append(
                    json.dumps(not_run_line(line["custom_id"], not_run, message))
                )
                batch.failed += 1
            batch.done = batch.total
        now = at if at is not None else self.now()
        if batch.output_lines:
            name = f"{batch.id}_output.jsonl"
            data = ("\n".join(batch.output_lines) + "\n").encode()
            batch.output_file_id = self.files.add(data, name, "batch_output", now).id
        if batch.error_lines:
            data = ("\n".join(batch.error_lines) + "\n").encode()
            batch.error_file_id = self.files.add(
                data, f"{batch.id}_error.jsonl", "batch_output", now
            ).id
        batch.output_lines, batch.error_lines = [], []
        self._enter(batch, status, at)

    def _lines_of(self, batch: EmulatedBatch) -> list[dict[str, Any]]:
        lines = self._lines.get(batch.id)
        if lines is None:  # restored from disk: read the input file again
            data = self.files.content(batch.input_file_id) or b""
            lines = self._lines[batch.id] = check_lines(data, batch.endpoint)[0]
        return lines

    def _enter(self, batch: EmulatedBatch, status: str, at: int | None = None) -> None:
        now = at if at is not None else self.now()
        batch.status, batch.since = status, now
        batch.times[status] = now

    def _save(self) -> None:
        if self._path is None:
            return
        body = {"offset_s": self.offset_s, "batches": [asdict(b) for b in self._batches.values()]}
        write_atomic(self._path, json.dumps(body).encode())

    def _load(self, path: Path) -> None:
        try:
            body = json.loads(path.read_text())
            batches = [EmulatedBatch(**item) for item in body.get("batches", [])]
        except (OSError, ValueError, TypeError):
            return
        self.offset_s = float(body.get("offset_s", 0.0))
        self._batches = {b.id: b for b in batches}


__all__ = ["OPEN", "WINDOW_S", "BatchBook", "EmulatedBatch"]
