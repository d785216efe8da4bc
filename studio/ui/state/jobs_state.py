"""The jobs of this session: queued, running, finished — and their partial and final images."""

from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage

from studio.core import cache
from studio.core.events import (
    Completed,
    ErrorKind,
    Failed,
    ImageReady,
    JobStarted,
    PartialImage,
    Retrying,
)
from studio.core.requests import ImageRequest
from studio.core.runner import BudgetGuard, JobOptions, JobRunner
from studio.ui.jobs import JobSignals, JobWorker
from studio.ui.thumbnails import ThumbnailWriter
from studio.ui.turns import Turns


class JobPhase(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    RETRYING = "retrying"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def done(self) -> bool:
        return self in (JobPhase.COMPLETED, JobPhase.FAILED, JobPhase.CANCELLED)


@dataclass
class JobInfo:
    """What the UI shows about one job."""

    ticket: str
    request: ImageRequest
    options: JobOptions
    label: str
    phase: JobPhase = JobPhase.QUEUED
    job_id: str | None = None
    estimate_usd: float = 0.0
    cached: bool = False
    submitted_at: float = field(default_factory=time.monotonic)
    started_at: float | None = None
    finished_at: float | None = None
    partials: int = 0
    last_partial_path: str | None = None
    image_paths: list[str] = field(default_factory=list)
    retry: Retrying | None = None
    retry_at: float | None = None
    result: Completed | None = None
    error: Failed | None = None
    fingerprint: str = ""  # of the request: an identical one in flight is not sent again
    notes: list[str] = field(default_factory=list)  # what the user should know besides the outcome

    @property
    def partials_expected(self) -> int:
        return self.request.params.partial_images * self.request.params.n

    def elapsed_s(self) -> float:
        start = self.started_at or self.submitted_at
        return (self.finished_at or time.monotonic()) - start


class JobsState(QObject):
    """Submits jobs to a private thread pool and re-publishes their progress on the UI thread."""

    job_added = Signal(str)
    job_changed = Signal(str)
    partial_arrived = Signal(str, object, QImage)
    image_arrived = Signal(str, object, QImage)
    job_finished = Signal(str, object)
    busy_changed = Signal(bool)

    def __init__(
        self, runner: JobRunner, max_parallel: int = 4, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_parallel)
        self._signals = JobSignals(self)
        self._jobs: dict[str, JobInfo] = {}
        self._workers: dict[str, JobWorker] = {}
        self._cancels: dict[str, threading.Event] = {}
        self._counter = itertools.count(1)
        self.guard: BudgetGuard | None = None
        # Leaves a result's thumbnail in the gallery's disk cache from the worker's decode.
        self.thumbnails: ThumbnailWriter | None = None
        # What listeners to job_finished can leave to a later turn: the job's end is one
        # frame, not the history, the totals and the session's save as well.
        self.turns = Turns(self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._signals.started.connect(self._on_worker_started)
        self._signals.retrying.connect(self._on_worker_retrying)
        self._signals.partial.connect(self._on_worker_partial)
        self._signals.image_ready.connect(self._on_worker_image_ready)
        self._signals.finished.connect(self._on_worker_finished)
        self._signals.noticed.connect(self._on_worker_noticed)

    @property
    def runner(self) -> JobRunner:
        return self._runner

    def submit(
        self, request: ImageRequest, options: JobOptions | None = None, label: str = ""
    ) -> str:
        """Queue a job; returns its ticket (known before the store assigns a job id)."""
        ticket = f"job-{next(self._counter)}"
        info = JobInfo(ticket, request, options or JobOptions(), label or request.mode)
        info.fingerprint = self._fingerprint(request)
        self._jobs[ticket] = info
        worker = JobWorker(
            ticket, self._runner, request, info.options, self._signals, self.guard, self.thumbnails
        )
        was_busy = self.is_busy()  # before this worker counts, or busy_changed(True) never fires
        self._workers[ticket] = worker
        self._cancels[ticket] = worker.cancel_event
        self.job_added.emit(ticket)
        self._pool.start(worker)
        if not was_busy:
            self.busy_changed.emit(True)
        return ticket

    def in_flight(self, request: ImageRequest, mode: str | None = None) -> JobInfo | None:
        """The queued or running job sending exactly ``request`` (as ``mode``), if any."""
        key = self._fingerprint(request)
        mode = mode or request.mode
        for info in self.active():
            if info.fingerprint == key and (info.options.mode or info.request.mode) == mode:
                return info
        return None

    def _fingerprint(self, request: ImageRequest) -> str:
        try:
            model = self._runner.catalog.get(request.params.model).id
        except LookupError:
            model = request.params.model
        return cache.fingerprint(request, model)

    def cancel(self, ticket: str) -> None:
        """Stop a job: a queued one never starts; a running one stops at its next event."""
        event = self._cancels.get(ticket)
        if event is None:
            return
        event.set()
        try:
            taken = self._pool.tryTake(self._workers[ticket])
        except RuntimeError:  # the pool already ran and deleted it; its end is queued
            taken = False
        if taken:
            self._on_worker_finished(ticket, Failed(ErrorKind.CANCELLED, self.tr("Cancelled.")))

    def cancel_all(self) -> None:
        for ticket in list(self._cancels):
            self.cancel(ticket)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel everything and wait for the pool threads to end (on quit and in tests)."""
        self.cancel_all()
        done = bool(self._pool.waitForDone(timeout_ms))
        self.turns.flush()
        return done

    def job(self, ticket: str) -> JobInfo:
        return self._jobs[ticket]

    def jobs(self) -> list[JobInfo]:
        return list(self._jobs.values())

    def active(self) -> list[JobInfo]:
        return [info for info in self._jobs.values() if not info.phase.done]

    def is_busy(self) -> bool:
        return bool(self._workers)

    @Slot(str, object)
    def _on_worker_started(self, ticket: str, event: JobStarted) -> None:
        info = self._jobs[ticket]
        info.phase, info.job_id = JobPhase.RUNNING, event.job_id
        info.estimate_usd, info.cached = event.estimate_usd, event.cached
        info.started_at = time.monotonic()
        self.job_changed.emit(ticket)

    @Slot(str, str)
    def _on_worker_noticed(self, ticket: str, message: str) -> None:
        self._jobs[ticket].notes.append(message)
        self.job_changed.emit(ticket)

    @Slot(str, object)
    def _on_worker_retrying(self, ticket: str, event: Retrying) -> None:
        info = self._jobs[ticket]
        info.phase, info.retry = JobPhase.RETRYING, event
        info.retry_at = time.monotonic() + event.delay_s
        self.job_changed.emit(ticket)

    @Slot(str, object, QImage)
    def _on_worker_partial(self, ticket: str, event: PartialImage, image: QImage) -> None:
        info = self._jobs[ticket]
        info.phase, info.retry, info.retry_at = JobPhase.RUNNING, None, None
        info.partials += 1
        info.last_partial_path = event.path
        self.partial_arrived.emit(ticket, event, image)
        self.job_changed.emit(ticket)

    @Slot(str, object, QImage)
    def _on_worker_image_ready(self, ticket: str, event: ImageReady, image: QImage) -> None:
        info = self._jobs[ticket]
        info.phase, info.retry, info.retry_at = JobPhase.RUNNING, None, None
        if event.path:
            info.image_paths.append(event.path)
        self.image_arrived.emit(ticket, event, image)
        self.job_changed.emit(ticket)

    @Slot(str, object)
    def _on_worker_finished(self, ticket: str, event: Completed | Failed) -> None:
        info = self._jobs[ticket]
        if info.phase.done:
            return
        self._workers.pop(ticket, None)
        self._cancels.pop(ticket, None)
        info.finished_at = time.monotonic()
        if isinstance(event, Completed):
            info.phase, info.result = JobPhase.COMPLETED, event
            info.job_id = event.job_id or info.job_id
        else:
            cancelled = event.kind is ErrorKind.CANCELLED
            info.phase = JobPhase.CANCELLED if cancelled else JobPhase.FAILED
            info.error = event
            info.job_id = event.job_id or info.job_id
        self.job_finished.emit(ticket, event)
        self.job_changed.emit(ticket)
        if not self._workers:
            self.busy_changed.emit(False)
