"""Large mask changes made a band of rows at a time over the turns of the event loop.

A rectangle over most of a 4096² picture, with its undo copy and its overlay update, took
30-90 ms in one go (benchmarks/paint_stall.py). Made as a generator that yields after each
band, it runs about BANDS_PER_TURN_S of bands per turn; anything that reads or changes the
mask calls finish() first, so it only ever sees the whole change.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer, Slot

BANDS_PER_TURN_S = 0.004


class BandRunner(QObject):
    """Runs one change at a time; ``done`` is called once its last band is made."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bands: Iterator[None] | None = None
        self._done: Callable[[], None] | None = None
        self._running = False  # inside a band: finish() from a band's own signals is a no-op
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)

    def busy(self) -> bool:
        return self._bands is not None

    def start(self, bands: Iterator[None], done: Callable[[], None]) -> None:
        """Make the first bands now and the rest on the next turns, finishing any change
        still under way first. ``done`` runs on a turn of its own unless time is left."""
        self.finish()

        def then_done() -> Iterator[None]:
            yield from bands
            yield

        self._bands, self._done = then_done(), done
        self._on_timer_timeout()

    def finish(self) -> None:
        """Make what is left of the change under way now."""
        if self._bands is not None and not self._running:
            self._timer.stop()
            self._run(lambda: False)

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._bands is None or self._running:
            return
        deadline = time.perf_counter() + BANDS_PER_TURN_S
        if self._run(lambda: time.perf_counter() >= deadline):
            self._timer.start()

    def _run(self, enough: Callable[[], bool]) -> bool:
        """Makes bands until ``enough``; True when some are left."""
        bands = self._bands
        assert bands is not None
        self._running = True
        try:
            for _ in bands:
                if enough():
                    return True
        except BaseException:
            self._bands = self._done = None
            raise
        finally:
            self._running = False
        done, self._bands, self._done = self._done, None, None
        if done is not None:
            done()
        return False
