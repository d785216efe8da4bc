"""Python's cyclic garbage collector, run by the UI thread only.

Left automatic, a collection runs on whichever thread allocates when one comes due: a pool
thread encoding a band, a job's thread reading the API. A Qt object that Python owns, caught
in a reference cycle, is then destroyed on that thread. If it (or a child) has a running timer,
Qt cannot stop the timer there ("QObject::~QObject: Timers cannot be stopped from another
thread"), and the timer later fires into freed memory: the window crashes. Reproduced in the
test suite (a canvas document left to the collector, then the next test's events: 3 runs in
12), and seen once as a crash in a collection on a job's thread.

So automatic collection is turned off, and the UI thread collects on a short timer by
Python's own rule: once more objects than the youngest generation's threshold were made, the
oldest generation over its own threshold (an older one counts the collections of the one
below it; Python also skips a full collection while few objects outlived the last). Collections
stay as small as Python's, since the timer runs 20 times a second, and a collection on a
pool thread held the GIL, and so stopped the window, just the same.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 50


class UiThreadCollector(QObject):
    """Turns automatic collection off; collects what is due on each tick of its timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ui-thread-collector")
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        gc.disable()

    def stop(self) -> None:
        """Automatic collection again (the collector is no longer needed)."""
        self._timer.stop()
        gc.enable()

    def collect_due(self) -> int | None:
        """What Python does when the youngest generation is over its threshold: collect the
        oldest generation over its own. Which one it collected, or None."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if thresholds[0] <= 0 or counts[0] <= thresholds[0]:
            return None
        due = max(g for g in range(3) if counts[g] > thresholds[g])
        gc.collect(due)
        return due

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.collect_due()


def collect_on_the_ui_thread(parent: QObject) -> UiThreadCollector:
    """The collector, made once, a child of ``parent`` (the application); call on its thread."""
    found = parent.findChild(UiThreadCollector, "ui-thread-collector")
    return found if isinstance(found, UiThreadCollector) else UiThreadCollector(parent)
