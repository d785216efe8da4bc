"""Background work shares a few lanes: never more holders than lanes, and work a request waits
for (``first``) goes before work that only previews."""

from __future__ import annotations

import threading
import time

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
