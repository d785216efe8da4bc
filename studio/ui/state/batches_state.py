"""The Batches panel's view-model: the store's batches, polled and collected off the UI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from studio.core.batch.ingest import BatchResult
from studio.core.batch.lines import BatchError
from studio.core.batch.records import BatchItem, BatchRecord
from studio.core.batch.service import BatchGuard, BatchService
from studio.core.engine import CallFailed
from studio.core.requests import ImageRequest
from studio.core.runner import JobOptions
from studio.core.validation import InvalidRequestError

TICK_MS = 1000  # how often the back-off schedule is consulted (the store, not the API)


class BatchSignals(QObject):
    """Lives on the UI thread; the worker emits, queued connections deliver to bound slots."""

    submitted = Signal(object)  # BatchRecord
    result = Signal(object)  # BatchResult, as each line of an output file is stored
    failed = Signal(str)  # what went wrong, in the user's words
    done = Signal()


Operation = Callable[[BatchSignals], None]


class BatchWorker(QRunnable):
    """Runs one batch operation (submit, poll and collect, cancel) on a pool thread."""

    def __init__(self, operation: Operation, signals: BatchSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._operation = operation
        self._signals = signals

    def run(self) -> None:
        try:
            self._operation(self._signals)
        except CallFailed as exc:
            self._signals.failed.emit(exc.failed.message)
        except (BatchError, InvalidRequestError, KeyError) as exc:
            self._signals.failed.emit(str(exc))
        except Exception as exc:  # a worker must always report back
            self._signals.failed.emit(f"The batch operation failed: {exc}")
        finally:
            self._signals.done.emit()


class BatchesState(QObject):
    """Every batch in the store; a timer asks the API about open ones as the back-off allows."""

    batches_changed = Signal()
    result_arrived = Signal(object)  # BatchResult
    submitted = Signal(object)  # BatchRecord
    problem = Signal(str)

    def __init__(self, service: BatchService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.records: list[BatchRecord] = []
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one operation at a time: no batch is fetched twice
        self._busy = 0
        self._stopped = False
        self._signals = BatchSignals(self)
        self._signals.submitted.connect(self._on_signals_submitted)
        self._signals.result.connect(self._on_signals_result)
        self._signals.failed.connect(self._on_signals_failed)
        self._signals.done.connect(self._on_signals_done)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.reload()

    # --- reading -------------------------------------------------------------------------
    def reload(self) -> None:
        # A report queued by the worker can arrive while the window is being torn down.
        if self._stopped or not shiboken6.isValid(self):
            return
        self.records = self.service.store.batches()
        self.batches_changed.emit()

    def items(self, batch_id: str) -> list[BatchItem]:
        return self.service.store.batch_items(batch_id)

    @property
    def busy(self) -> bool:
        return self._busy > 0

    # --- operations ----------------------------------------------------------------------
    def start(self) -> None:
        """Ask about every open batch now (left open by the last run), then on the timer."""
        self.poll_now(force=True)
        self._timer.start()

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        self._pool.waitForDone()

    def poll_now(self, *, force: bool = False) -> None:
        """Ask the API about open batches (``force``: all of them, whatever the back-off
        says) and collect those that ended, on the worker."""
        service = self.service

        def operation(signals: BatchSignals) -> None:
            if force:
                service.refresh_open()
            else:
                service.poll()
            for record in service.store.batches(limit=1000):
                if record.needs_collect:
                    for result in service.collect(record.id):
                        signals.result.emit(result)

        self._run(operation)

    def submit(
        self,
        requests: Sequence[ImageRequest],
        label: str,
        guard: BatchGuard | None = None,
        options: JobOptions | None = None,
    ) -> None:
        service, batch = self.service, list(requests)

        def operation(signals: BatchSignals) -> None:
            record = service.submit(batch, label=label, guard=guard, options=options)
            signals.submitted.emit(record)

        self._run(operation)

    def cancel(self, ref: str) -> None:
        service = self.service

        def operation(_signals: BatchSignals) -> None:
            service.cancel(ref)

        self._run(operation)

    def _run(self, operation: Operation) -> None:
        self._busy += 1
        self._pool.start(BatchWorker(operation, self._signals))

    # --- slots ---------------------------------------------------------------------------
    @Slot()
    def _on_timer_timeout(self) -> None:
        if not self.busy and self.service.due():
            self.poll_now()

    @Slot(object)
    def _on_signals_submitted(self, record: BatchRecord) -> None:
        self.reload()
        self.submitted.emit(record)

    @Slot(object)
    def _on_signals_result(self, result: BatchResult) -> None:
        self.result_arrived.emit(result)

    @Slot(str)
    def _on_signals_failed(self, message: str) -> None:
        self.problem.emit(message)

    @Slot()
    def _on_signals_done(self) -> None:
        self._busy -= 1
        self.reload()
