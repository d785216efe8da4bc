"""Big pixel buffers the UI thread never pays to free: mapped memory, unmapped by a reaper.

Replacing an 8192² picture freed its 256 MB display QImage on the UI thread: 17-21 ms of
unmapping pages with the GIL held, a frozen window. A QImage made here draws from an
anonymous memory map that Python owns. PySide keeps the map alive for as long as any copy of
the QImage exists (Qt's copies share the buffer); once only the reaper still holds it, the
reaper's thread drops it, and the map is unmapped with the GIL released. Fresh maps are zeroed by
the system, so a new mask overlay needs no fill either.

Anything else whose last reference is costly to drop on the UI thread (a large Pillow image
or mask) can be handed to ``retire()``: it is dropped on the reaper's thread instead.
"""

from __future__ import annotations

import ctypes
import mmap
import sys
import threading
from typing import Any

from PySide6.QtGui import QImage

REAP_INTERVAL_S = 0.05
# Below this, Qt's own allocation is as cheap to free: not worth a map.
MAPPED_FROM_BYTES = 4 << 20

_BYTES_PER_PIXEL = {
    QImage.Format.Format_Indexed8: 1,
    QImage.Format.Format_Grayscale8: 1,
    QImage.Format.Format_Alpha8: 1,
    QImage.Format.Format_RGB888: 3,
    QImage.Format.Format_RGB32: 4,
    QImage.Format.Format_ARGB32: 4,
    QImage.Format.Format_ARGB32_Premultiplied: 4,
    QImage.Format.Format_RGBA8888: 4,
    QImage.Format.Format_RGBA8888_Premultiplied: 4,
}


class Reaper:
    """Holds objects until nobody else does, then drops them on its own thread.

    Its thread keeps the UI thread's priority (it is not a pool thread, heap.background_thread):
    the UI thread takes its lock to hand it buffers, and a niced reaper preempted while it held
    the lock kept a lasso's landing waiting 183-672 ms (benchmarks/paint_stall.py).
    """

    def __init__(self) -> None:
        self._held: list[Any] = []
        self._lock = threading.Condition()
        self._thread: threading.Thread | None = None

    def adopt(self, thing: Any) -> None:
        with self._lock:
            self._held.append(thing)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="reaper", daemon=True)
                self._thread.start()
            self._lock.notify()

    def held(self) -> int:
        with self._lock:
            return len(self._held)

    def reap(self) -> int:
        """Drop what only the reaper still holds, here and now; how many were dropped."""
        with self._lock:
            # Unheld elsewhere: two references, the list's and getrefcount's argument.
            free = [i for i in range(len(self._held)) if sys.getrefcount(self._held[i]) <= 2]
            dead = [self._held[i] for i in free]
            for i in reversed(free):
                del self._held[i]
        count = len(dead)
        # One at a time, so the UI thread can take the GIL between them: a map is unmapped with
        # the GIL released, but Pillow frees its pixels holding it (5-6 ms for a 4096² RGBA
        # picture), and dropping the whole list at once summed them (12 ms for a mask and its
        # overlay: benchmarks/generate_stall.py).
        while dead:
            dead.pop()
        return count

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._held:
                    self._lock.wait()
            self.reap()
            threading.Event().wait(REAP_INTERVAL_S)


_REAPER = Reaper()


def reaper() -> Reaper:
    return _REAPER


def retire(*things: Any) -> None:
    """Let the reaper's thread drop the last reference to each of ``things`` (None skipped)."""
    for thing in things:
        if thing is not None:
            _REAPER.adopt(thing)


def mapped_qimage(width: int, height: int, fmt: QImage.Format, *, prefault: bool = False) -> QImage:
    """A zeroed QImage whose pixels are freed off the UI thread; a plain one when small.

    ``prefault`` (on a pool thread): touch every page now, without the GIL, so the first big
    write on the UI thread (a restored mask's overlay) does not stop for the system to hand
    over each page: writing into a fresh map was five times slower than into a touched one.
    """
    depth = _BYTES_PER_PIXEL[fmt]
    stride = (width * depth + 3) & ~3  # QImage rows are 32-bit aligned
    if stride * height < MAPPED_FROM_BYTES:
        image = QImage(width, height, fmt)
        image.bits()[:] = bytes(image.sizeInBytes())  # type: ignore[index]  # zero, as a map is
        return image
    memory = mmap.mmap(-1, stride * height)
    if prefault:
        view = ctypes.c_char.from_buffer(memory)
        ctypes.memset(ctypes.addressof(view), 0, stride * height)  # ctypes lets the GIL go
        del view  # a map with a view of it cannot be closed
    image = QImage(memory, width, height, stride, fmt)  # PySide holds ``memory`` for its copies
    _REAPER.adopt(memory)
    return image
