"""Start-up settling: load what the first job would load, then exempt the heap from the GC;
and big pixel buffers mapped straight from the system.

A full collection of the ~120,000 objects alive after start-up takes 65-85 ms and holds the
GIL, and one came due during the first job: a visible stall while partial images streamed in.
Frozen objects are never scanned again, so later collections only walk what jobs create.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import sys
import threading
from collections.abc import Iterator

from studio.core.pil import Image

_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's malloc.h
_MMAP_FROM_BYTES = 1 << 20
_TRIM_FROM_BYTES = 16 << 20


def map_large_buffers() -> bool:
    """Allocate buffers of 1 MiB and more with mmap, always, and keep the smaller ones' freed
    memory for reuse (glibc; elsewhere a no-op).

    glibc raises its mmap threshold after big frees, so the next 8192² picture came from the
    heap and Pillow zeroed all 256 MB of it holding the GIL: 75-155 ms of frozen window
    (benchmarks/open_large.py). Mapped pages arrive zeroed, and freed ones go back at once.

    Fixing that threshold leaves the trim threshold at glibc's 128 KB: each band of rows a
    pool thread freed (a few hundred KB) was handed back to the system, and the next band's
    bytes faulted fresh pages in, with the GIL held, inside Pillow's ``tobytes`` (perf: the UI
    thread waiting for the GIL behind those faults while an 8192² picture was pasted). Freed
    memory is now handed back from 16 MB: reading an 8192² picture band by band twice took
    0.22-0.28 s instead of 0.69-1.34 s, at the same peak memory.
    """
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):  # not glibc (macOS, Windows, musl)
        return False
    mapped = bool(mallopt(_M_MMAP_THRESHOLD, _MMAP_FROM_BYTES))
    return bool(mallopt(_M_TRIM_THRESHOLD, _TRIM_FROM_BYTES)) and mapped


SWITCH_INTERVAL_S = 0.001


def share_the_gil() -> None:
    """Let the UI thread take the GIL back within a millisecond, not Python's default 5 ms.

    Pool threads running Python (encoding, decoding bands, compositing) keep the GIL until
    another thread has waited this long; the UI thread gives it up in every Qt call that
    releases it and waited up to 5 ms each time to get it back: several waits in one event
    handler made a gap over a frame.
    """
    sys.setswitchinterval(SWITCH_INTERVAL_S)


BACKGROUND_NICE = 10
_background = threading.local()


def background_thread(*, every_core: bool = False) -> None:
    """Run the calling pool thread at a lower CPU priority than the UI thread, and (unless
    ``every_core``) off the core kept for the UI thread: see ``background_cores``.

    On 2 cores, an 8192² paste had a PNG encode, a mask encode and the loader all wanting the
    CPU: the UI thread waited its turn for up to 100 ms. A thread's nice value and cores are
    its own on Linux, and threads it starts inherit them; elsewhere, or where they may not be
    changed, this does nothing. ``every_core``: work the designer is waiting for (a picture
    being opened, a selection), which on one core took twice as long (an 8192² restore: 3 s,
    then 6 s).

    Niced, never in Linux's idle class (``SCHED_IDLE``): a pool thread holds the GIL, and an
    idle-class thread gets no CPU at all while other programs keep every core busy, so the
    UI thread waiting for the GIL froze for 0.4-1.4 s where a niced one waited 48-62 ms
    (benchmarks/priority_inversion.py).
    """
    if threading.current_thread() is threading.main_thread():
        return  # the UI thread itself (a task run in place, as tests do): never demoted
    if not getattr(_background, "niced", False):
        _background.niced = True
        nice = int(os.environ.get("STUDIO_BACKGROUND_NICE", BACKGROUND_NICE))  # benchmarks
        with contextlib.suppress(AttributeError, OSError, ValueError):
            if nice > 0:
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)
    kept = set() if every_core else background_cores()
    if getattr(_background, "kept", False) == bool(kept):
        return
    _background.kept = bool(kept)
    cores = kept or _EVERY_CORE
    if cores:
        with contextlib.suppress(AttributeError, OSError):
            os.sched_setaffinity(0, cores)  # 0: the calling thread (Linux)


def _every_core() -> set[int]:
    try:
        return set(os.sched_getaffinity(0))  # imported on the UI thread: the process's cores
    except (AttributeError, OSError):
        return set()


_EVERY_CORE = _every_core()


def background_cores() -> set[int]:
    """The cores background threads may use when ``STUDIO_KEEP_A_CORE=1``: all the process
    may use but one, kept for the UI thread (an empty set: no restriction, the default).

    Meant for the UI thread's GIL hand-backs, which wake it behind busy pool threads. Measured
    with every background thread kept to one core on 2 cores, Generate on 4096² did worse
    (largest gaps 23-89 ms against 15-26 ms: benchmarks/generate_stall.py), the pool threads
    queueing behind each other while one held the GIL; so it is off unless asked for.
    """
    if os.environ.get("STUDIO_KEEP_A_CORE", "0") != "1" or len(_EVERY_CORE) < 2:
        return set()
    return _EVERY_CORE - {min(_EVERY_CORE)}


class Lanes:
    """A few lanes for background work; a holder asking ``first`` goes before the others."""

    def __init__(self, count: int) -> None:
        self._free = max(1, count)
        self._first_waiting = 0
        self._changed = threading.Condition()

    @contextlib.contextmanager
    def hold(self, *, first: bool = False) -> Iterator[None]:
        with self._changed:
            self._first_waiting += first
            try:
                while self._free == 0 or (not first and self._first_waiting):
                    self._changed.wait()
            finally:
                self._first_waiting -= first
            self._free -= 1
        try:
            yield
        finally:
            with self._changed:
                self._free += 1
                self._changed.notify_all()


def _lane_count() -> int:
    default = max(1, (os.cpu_count() or 2) - 1)
    try:
        return int(os.environ.get("STUDIO_BACKGROUND_LANES", default))  # benchmarks compare
    except ValueError:
        return default


_LANES = Lanes(_lane_count())


def background_lane(*, first: bool = False) -> contextlib.AbstractContextManager[None]:
    """Hold one of the lanes that work nobody is watching shares, for as long as it runs.

    Background work (encoding the picture and mask ahead of Generate, the focus box and mask
    edge, cost estimates, thumbnails) runs on at most one core fewer than the machine has: on
    2 cores, the picture's encode, the mask's and the mask edge at once left the UI thread
    waiting 30-50 ms for the GIL (benchmarks/generate_stall.py). ``first``: what a request
    waits for (the encodes) goes before previews. What the designer is watching (a
    selection, a picture being opened, a job's results) takes no lane.
    """
    return _LANES.hold(first=first)


def _warm_tls() -> None:
    """On a niced thread: what each first request made, the TLS context and the SDK's
    platform headers."""
    from studio.core import engine

    background_thread()
    engine.tls_context()
    engine.warm_platform_headers()


def settle() -> None:
    """Warm the SDK and Pillow's plugins, collect once, freeze the survivors. UI thread, once."""
    from studio.core import engine  # start-up phase two: the first frame never waits for it

    engine.warm_up()
    threading.Thread(target=_warm_tls, name="tls-warm-up", daemon=True).start()
    Image.init()
    gc.collect()
    gc.freeze()
