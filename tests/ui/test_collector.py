"""Reference cycles are collected on the UI thread only (studio/ui/collector.py)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, QTimer

from studio.ui.application import ensure_application
from studio.ui.collector import UiThreadCollector, collect_on_the_ui_thread


class Marker:
    """Says on which thread the cycle it is in was freed."""

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen
        self.me = self  # a cycle: only the collector frees it

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def _allocate_on_a_pool_thread() -> list[list[int]]:
    made: list[list[int]] = []

    def churn() -> None:
        made.extend([] for _ in range(50_000))  # far past the youngest generation's threshold

    thread = threading.Thread(target=churn, name="pool")
    thread.start()
    thread.join()
    return made


def test_the_app_collects_on_the_ui_thread(qtbot) -> None:
    app = ensure_application()
    collector = collect_on_the_ui_thread(app)
    assert collect_on_the_ui_thread(app) is collector  # made once
    assert isinstance(collector, UiThreadCollector) and not gc.isenabled()


def test_a_qt_object_in_a_cycle_is_destroyed_on_the_ui_thread(qtbot, qtlog) -> None:
    """Collected on the thread that allocated, a Qt object with a running timer could not
    stop it ("Timers cannot be stopped from another thread"); the timer then fired into freed
    memory (a crash in 3 of 12 runs of the canvas tests)."""
    seen: list[str] = []
    holder = QObject()
    timer = QTimer(holder)
    timer.start(60_000)
    marker = Marker(seen)
    marker.holder = holder  # type: ignore[attr-defined]
    destroyed: list[bool] = []
    holder.destroyed.connect(lambda: destroyed.append(True))
    del holder, timer, marker
    made = _allocate_on_a_pool_thread()
    assert seen == []  # nothing was collected where the allocations were made
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    del made
    assert seen == [threading.main_thread().name] and destroyed == [True]
    assert not [r for r in qtlog.records if "Timers cannot be stopped" in r.message]


def test_each_generation_is_collected_when_due_as_python_would() -> None:
    collector = UiThreadCollector()
    try:
        gc.collect()
        assert collector.collect_due() is None  # nothing made since
        young = [[] for _ in range(gc.get_threshold()[0] + 10)]
        assert collector.collect_due() == 0
        for _ in range(gc.get_threshold()[1] + 1):
            gc.collect(0)
        assert collector.collect_due() is None  # the youngest is not due: nothing is
        young += [[] for _ in range(gc.get_threshold()[0] + 10)]
        assert collector.collect_due() in (1, 2)  # the oldest over its threshold
    finally:
        collector.deleteLater()
