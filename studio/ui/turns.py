"""Work that can wait a frame, done one piece per turn of the event loop.

When a 4096² job finished, one turn refreshed the history tree, re-read the cost totals from
the store and took the session's snapshot (10-12 ms of the UI thread), then repainted the
canvas, gallery and preview: the largest gap of a Generate (benchmarks/generate_stall.py).
Queued here, each piece runs on a turn of its own after what is already pending; asking again
for a piece still queued does not queue it twice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

Work = Callable[[], object]


class Turns(QObject):
    """A queue of callables; one runs per turn, in the order first asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: list[Work] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)

    def later(self, work: Work) -> None:
        """Run ``work`` on a later turn (once, however often it is asked before it runs)."""
        if work not in self._queue:
            self._queue.append(work)
        if not self._timer.isActive():
            self._timer.start()

    def pending(self, work: Work) -> bool:
        return work in self._queue

    def idle(self) -> bool:
        return not self._queue

    def now(self, work: Work) -> None:
        """Run ``work`` at once if it is queued (someone needs its result this turn)."""
        if work in self._queue:
            self.drop(work)
            work()

    def drop(self, work: Work) -> None:
        """Forget ``work`` if it is queued (its owner has stopped)."""
        if work in self._queue:
            self._queue.remove(work)

    def flush(self) -> None:
        """Run everything queued now (on closing, and in tests)."""
        while self._queue:
            self._queue.pop(0)()
        self._timer.stop()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._queue:
            self._queue.pop(0)()
        if self._queue:
            self._timer.start()
