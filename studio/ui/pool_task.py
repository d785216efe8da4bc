"""One computation on a pool thread, reported to the UI thread by a queued signal.

The canvas encodes, the focus and edge work, the cost estimate and the selections all run
this way: at background priority (heap.background_thread), in a shared lane when nobody is
watching the result (heap.background_lane), and whatever the computation raises is turned
into a result the UI can show, never lost on the pool thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QRunnable

from studio.ui import heap


class PoolTask(QRunnable):
    """``report(compute())``, or ``report(failed(exc))`` for what it raised.

    ``report`` is a signal's emit (with the caller's leading arguments bound), so the
    result crosses to the UI thread by a queued connection. ``lane``: None, to run at once
    (the designer is waiting for it); "shared", to wait for a background lane; "first", to
    wait for one ahead of the shared kind (what a request waits for).
    """

    def __init__(
        self,
        compute: Callable[[], object],
        report: Callable[[object], None],
        failed: Callable[[Exception], object],
        *,
        lane: str | None = None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._compute, self._report, self._failed, self._lane = compute, report, failed, lane

    def run(self) -> None:
        heap.background_thread(every_core=self._lane is None)  # no lane: someone is waiting
        lane = (
            heap.background_lane(first=self._lane == "first")
            if self._lane is not None
            else contextlib.nullcontext()
        )
        try:
            with lane:
                result = self._compute()
        except Exception as exc:
            result = self._failed(exc)
        self._report(result)


def said(exc: Exception) -> str:
    """What an exception says, or its kind when it says nothing."""
    return str(exc) or type(exc).__name__
