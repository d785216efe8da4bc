"""Why background threads are niced and not in Linux's idle class (studio.ui.heap).

A pool thread runs Python (it holds the GIL between switches) while other programs keep
every core busy; the main thread ticks every millisecond, as the UI thread's event loop
does, and needs the GIL each time. Prints the largest gap and the p99 of the ticks with the
pool thread niced (what Studio does) and in the idle class, and their ratio. An idle-class
thread gets no CPU while any other thread wants one, so when it holds the GIL the ticking
thread waits until the busy programs pause: priority inversion.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time

SECONDS = 3.0


def measure(policy: str, busy: int, seconds: float = SECONDS) -> tuple[float, float, int]:
    """Largest gap and p99 (ms) of a 1 ms tick, and the tick count, with ``busy`` other
    programs spinning and one pool thread running Python at ``policy``."""
    hogs = [subprocess.Popen(["sh", "-c", "while :; do :; done"]) for _ in range(busy)]
    stop = threading.Event()

    def pool_thread() -> None:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        if policy == "idle class":
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
        count = 0
        while not stop.is_set():
            count += 1

    try:
        time.sleep(0.2)  # the busy programs running
        thread = threading.Thread(target=pool_thread)
        thread.start()
        gaps: list[float] = []
        last = time.perf_counter()
        end = last + seconds
        while last < end:
            time.sleep(0.001)
            now = time.perf_counter()
            gaps.append((now - last) * 1000)
            last = now
        stop.set()
        thread.join()
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
    gaps.sort()
    return gaps[-1], gaps[int(len(gaps) * 0.99)], len(gaps)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--busy", type=int, default=os.cpu_count() or 2, help="busy programs")
    args = parser.parse_args()
    if not hasattr(os, "SCHED_IDLE"):
        print("Linux only: this system has no idle scheduling class")
        return 0
    sys.setswitchinterval(0.001)  # as Studio sets it (heap.share_the_gil)
    print(f"{args.busy} other programs keep every core busy; a pool thread runs Python:")
    results = {}
    for policy in ("niced", "idle class"):
        worst, p99, ticks = measure(policy, args.busy)
        results[policy] = worst
        print(
            f"  pool thread {policy:<10} largest gap {worst:7.1f} ms   p99 {p99:6.1f} ms   "
            f"ticks {ticks}"
        )
    print(f"  idle class / niced (the baseline): {results['idle class'] / results['niced']:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
