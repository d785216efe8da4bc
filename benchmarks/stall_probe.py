"""Why the UI thread stalled: the benchmarks' ``--why`` option.

``--why samples``: a sampling thread records, every millisecond it gets the GIL, where each
thread's Python stack is. ``--why calls``: every call (Python or C) over 4 ms on any thread,
Qt's pool threads included, with when it ran; a C call on another thread overlapping a UI gap
of the same length is the one that held the GIL. Slows Python code down, but the durations of
C calls stay true. ``--why ui``: the same for the UI thread's calls over 2 ms only, a lighter
load on the other threads. Either way the UI thread's 1 ms timer (ui_stall.TickRecorder) marks when
the event loop ran, and ``report()`` prints what happened during the largest gaps.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import threading
import time
import traceback
from collections import Counter
from types import FrameType
from typing import Any

MODES = ("samples", "calls", "ui")


_STAT = threading.local()


def schedstat() -> tuple[float, float]:
    """The calling thread's time on a CPU and waiting in the run queue, in seconds (Linux).

    The file stays open (one per thread) and is read again from its start: opening it each
    millisecond took up to tens of milliseconds on this machine while pool threads worked.
    """
    try:
        fd = getattr(_STAT, "fd", None)
        if fd is None:
            fd = _STAT.fd = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        running, waiting, _ = os.pread(fd, 128, 0).split()
        return int(running) / 1e9, int(waiting) / 1e9
    except (OSError, ValueError):
        return time.thread_time(), 0.0


def add_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--why", choices=MODES, help="print what the threads did during the worst UI gaps"
    )


class StallProbe:
    current: StallProbe | None = None  # the one ui_stall.TickRecorder tells of its ticks

    def __init__(self, mode: str, min_ms: float = 4.0, depth: int = 6) -> None:
        self.mode, self._min, self._depth = mode, min_ms / 1e3, depth
        self._ticks: list[float] = []
        self._cpu: list[tuple[float, float]] = []  # the UI thread's CPU and run-queue time
        self._samples: list[tuple[float, dict[str, str]]] = []
        # start, end, thread, what, CPU seconds the thread spent in it (waiting for the GIL
        # costs none: a call that took long but little CPU was waiting, not holding)
        self._calls: list[tuple[float, float, str, str, float]] = []
        self._stacks: dict[int, list[tuple[float, float, str]]] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._main = threading.main_thread().ident

    @classmethod
    def install(cls, mode: str | None) -> None:
        cls.current = cls(mode, min_ms=2.0 if mode == "ui" else 4.0) if mode else None

    def tick(self) -> None:
        """Called by the UI thread's timer."""
        self._ticks.append(time.perf_counter())
        self._cpu.append(schedstat())

    def start(self) -> None:
        self._ticks.clear()
        self._cpu.clear()
        self._samples.clear()
        self._calls.clear()
        self._stop.clear()
        if self.mode == "samples":
            self._thread = threading.Thread(target=self._sample, name="stall-probe", daemon=True)
            self._thread.start()
        elif self.mode == "ui":
            sys.setprofile(self._hook)  # the UI thread's own calls only: a lighter probe
        else:
            threading.setprofile(self._hook)
            sys.setprofile(self._hook)
            self._wrap_runnables()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        sys.setprofile(None)
        threading.setprofile(None)  # type: ignore[arg-type]

    # -- sampling --------------------------------------------------------------------------------

    def _name(self, ident: int) -> str:
        if ident == self._main:
            return "UI"
        thread = next((t for t in threading.enumerate() if t.ident == ident), None)
        return thread.name if thread is not None else f"pool-{ident % 10000}"

    def _sample(self) -> None:
        me = threading.get_ident()
        while not self._stop.is_set():
            time.sleep(0.001)
            now = time.perf_counter()
            stacks = {}
            for ident, frame in sys._current_frames().items():
                if ident != me:
                    summary = reversed(traceback.extract_stack(frame, limit=self._depth))
                    stacks[self._name(ident)] = " <- ".join(
                        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in summary
                    )
            self._samples.append((now, stacks))

    # -- long calls ------------------------------------------------------------------------------

    def _hook(self, frame: FrameType, event: str, arg: Any) -> None:
        stack = self._stacks.setdefault(threading.get_ident(), [])
        if event in ("call", "c_call"):
            what = getattr(arg, "__qualname__", arg) if event == "c_call" else frame.f_code.co_name
            where = f"{frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.f_lineno}"
            stack.append((time.perf_counter(), time.thread_time(), f"{what} @ {where}"))
        elif stack:
            began, cpu, what = stack.pop()
            now = time.perf_counter()
            if now - began >= self._min:
                spent = time.thread_time() - cpu
                self._calls.append((began, now, self._name(threading.get_ident()), what, spent))

    def _wrap_runnables(self) -> None:
        """Qt's pool threads are not Python's: each runnable is profiled from inside run()."""
        from PySide6.QtCore import QRunnable

        def every(cls: type) -> list[type]:
            return [cls, *(s for c in cls.__subclasses__() for s in every(c))]

        hook = self._hook
        for cls in every(QRunnable)[1:]:
            run = cls.__dict__.get("run")
            if run is None or getattr(run, "_probed", False):
                continue

            def probed(runnable: Any, _run: Any = run) -> Any:
                sys.setprofile(hook)
                try:
                    return _run(runnable)
                finally:
                    sys.setprofile(None)

            probed._probed = True  # type: ignore[attr-defined]
            cls.run = probed  # type: ignore[attr-defined]

    # -- report ----------------------------------------------------------------------------------

    def report(self, over_ms: float = 16.0, worst: int = 8) -> str:
        gaps = sorted(
            (
                (b - a, a, b, cpu_b[0] - cpu_a[0], cpu_b[1] - cpu_a[1])
                for (a, b), (cpu_a, cpu_b) in zip(
                    itertools.pairwise(self._ticks), itertools.pairwise(self._cpu), strict=True
                )
                if (b - a) * 1e3 > over_ms
            ),
            reverse=True,
        )
        lines = []
        began = self._ticks[0] if self._ticks else 0.0
        for length, a, b, cpu, queued in gaps[:worst]:
            lines.append(
                f"  gap {length * 1e3:.1f} ms at +{a - began:.2f} s; the UI thread ran "
                f"{cpu * 1e3:.1f} ms, waited for a CPU {queued * 1e3:.1f} ms, slept the rest:"
            )
            if self.mode == "samples":
                per_thread: dict[str, Counter[str]] = {}
                for t, stacks in self._samples:
                    if a <= t <= b + 0.002:
                        for name, stack in stacks.items():
                            per_thread.setdefault(name, Counter())[stack] += 1
                for name, counter in per_thread.items():
                    for stack, count in counter.most_common(2):
                        lines.append(f"    [{name} x{count}] {stack}")
                continue
            for began, ended, name, what, cpu in self._calls:
                overlap = min(b, ended) - max(a, began)
                if overlap > self._min and ended - began < 2 * (b - a) + 0.05:
                    lines.append(
                        f"    {name:<9} {(ended - began) * 1e3:6.1f} ms, cpu {cpu * 1e3:6.1f} "
                        f"(overlap {overlap * 1e3:3.0f}) {what}"
                    )
        return "\n".join(lines) or "  no gap over a frame"
