"""Background work shares a few lanes: never more holders than lanes, and work a request waits
for (``first``) goes before work that only previews."""

from __future__ import annotations

import os
import threading
import time

import pytest

from studio.ui.heap import Lanes


def test_no_more_holders_than_lanes_and_first_goes_first() -> None:
    lanes = Lanes(1)
    order: list[str] = []
    holding = threading.Event()
    release = threading.Event()
    busy = 0
    most = 0
    lock = threading.Lock()

    def work(name: str, first: bool) -> None:
        nonlocal busy, most
        with lanes.hold(first=first):
            with lock:
                busy += 1
                most = max(most, busy)
            order.append(name)
            if name == "holder":
                holding.set()
                release.wait(5)
            with lock:
                busy -= 1

    holder = threading.Thread(target=work, args=("holder", False))
    holder.start()
    assert holding.wait(5)
    waiting = [threading.Thread(target=work, args=(f"preview {i}", False)) for i in range(3)]
    for thread in waiting:
        thread.start()
    time.sleep(0.05)  # the previews are waiting
    encode = threading.Thread(target=work, args=("encode", True))
    encode.start()
    deadline = time.monotonic() + 5
    while lanes._first_waiting == 0 and time.monotonic() < deadline:
        time.sleep(0.001)
    release.set()
    for thread in [holder, encode, *waiting]:
        thread.join(5)
    assert most == 1
    assert order[:2] == ["holder", "encode"]
    assert sorted(order[2:]) == ["preview 0", "preview 1", "preview 2"]


def test_two_lanes_let_two_run_at_once() -> None:
    lanes = Lanes(2)
    both = threading.Barrier(2, timeout=5)

    def work() -> None:
        with lanes.hold():
            both.wait()  # would time out if the second could not enter

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert not both.broken


def test_background_threads_keep_off_one_core_for_the_ui_thread(monkeypatch) -> None:
    from studio.ui import heap

    monkeypatch.setattr(heap, "_EVERY_CORE", {0, 1})
    monkeypatch.delenv("STUDIO_KEEP_A_CORE", raising=False)
    assert heap.background_cores() == set(), "off unless asked for"
    monkeypatch.setenv("STUDIO_KEEP_A_CORE", "1")
    monkeypatch.setattr(heap, "_EVERY_CORE", {0, 1, 2, 3})
    assert heap.background_cores() == {1, 2, 3}
    monkeypatch.setattr(heap, "_EVERY_CORE", {2, 5})
    assert heap.background_cores() == {5}
    monkeypatch.setattr(heap, "_EVERY_CORE", {3})
    assert heap.background_cores() == set(), "one core: nothing to keep"
    monkeypatch.setattr(heap, "_EVERY_CORE", {0, 1})
    monkeypatch.setenv("STUDIO_KEEP_A_CORE", "0")
    assert heap.background_cores() == set()


def test_a_background_thread_keeps_off_the_kept_core_unless_awaited(monkeypatch) -> None:
    from studio.ui import heap

    monkeypatch.setenv("STUDIO_KEEP_A_CORE", "1")
    moved: list[tuple[int, set[int]]] = []
    monkeypatch.setattr(
        heap.os, "sched_setaffinity", lambda pid, cores: moved.append((pid, cores)), raising=False
    )
    niced: list[int] = []
    monkeypatch.setattr(heap.os, "setpriority", lambda _which, _who, nice: niced.append(nice))

    monkeypatch.setattr(heap, "_EVERY_CORE", {0, 1})

    def work() -> None:
        heap.background_thread()
        heap.background_thread()  # already there: nothing to change
        heap.background_thread(every_core=True)  # someone waits for this: every core
        heap.background_thread()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(5)
    assert moved == [(0, {1}), (0, {0, 1}), (0, {1})]
    assert niced == [heap.BACKGROUND_NICE], "niced once per thread"


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="thread affinity is Linux's")
def test_a_reused_pool_thread_stays_off_the_kept_core(monkeypatch) -> None:
    """The cores come from the process, not from the calling thread: a thread already moved
    off the kept core used to read one core, keep none, and move back on each reuse."""
    from studio.ui import heap

    monkeypatch.setenv("STUDIO_KEEP_A_CORE", "1")
    seen: list[set[int]] = []

    def work() -> None:
        for _ in range(3):
            heap.background_thread()
            seen.append(os.sched_getaffinity(0))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(5)
    assert seen == [heap.background_cores() or heap._EVERY_CORE] * 3


def _nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="scheduling classes are Linux's")
def test_a_background_thread_is_niced_and_never_in_the_idle_class(monkeypatch) -> None:
    """Niced, and the threads it starts (the engine's HTTP thread) too; never the idle class,
    where a pool thread holding the GIL gets no CPU while other programs are busy and the UI
    thread waits for it (benchmarks/priority_inversion.py: 0.4-1.4 s against 48-62 ms)."""
    from studio.ui import heap

    monkeypatch.delenv("STUDIO_BACKGROUND_NICE", raising=False)
    seen: list[tuple[int, int]] = []

    def record() -> None:
        seen.append((os.sched_getscheduler(0), _nice()))

    def work() -> None:
        heap.background_thread()
        record()
        child = threading.Thread(target=record)
        child.start()
        child.join(5)

    ui = (os.sched_getscheduler(0), _nice())
    thread = threading.Thread(target=work)
    thread.start()
    thread.join(5)
    assert seen == [(ui[0], heap.BACKGROUND_NICE)] * 2  # setpriority sets it, not adds
    assert ui[0] != os.SCHED_IDLE
    assert (os.sched_getscheduler(0), _nice()) == ui


def test_the_ui_thread_is_never_demoted(monkeypatch) -> None:
    """A pool task run in place (on the main thread) leaves its priority alone."""
    from studio.ui import heap

    calls: list[object] = []
    monkeypatch.setattr(heap.os, "setpriority", lambda *args: calls.append(args))
    monkeypatch.setattr(heap.os, "sched_setscheduler", lambda *a: calls.append(a), raising=False)
    monkeypatch.setattr(heap.os, "sched_setaffinity", lambda *a: calls.append(a), raising=False)
    heap.background_thread()
    heap.background_thread(every_core=True)
    assert calls == []
