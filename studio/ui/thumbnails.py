"""Thumbnails made off the UI thread, kept in a disk cache and an LRU bounded in count and bytes."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage, QPixmap

from studio.core.pil import Image
from studio.ui import heap
from studio.ui.imaging import qimage_from_pil
from studio.ui.media import load_image

DEFAULT_SIZE = 160
DEFAULT_MAX_COUNT = 400
DEFAULT_MAX_BYTES = 48 * 1024 * 1024
PAINT_FORMAT = QImage.Format.Format_ARGB32_Premultiplied


def disk_key(path: str, size: int) -> str:
    """Store images are named by their sha256, so the stem is a stable key; else hash the path."""
    stem = Path(path).stem
    if len(stem) != 64:
        stem = hashlib.sha256(path.encode()).hexdigest()
    return f"{stem}-{size}.png"


def make_thumbnail(path: str, size: int, disk_dir: Path | None = None) -> QImage:
    """A thumbnail at most ``size`` px on its long edge (a null QImage when unreadable), in the
    format QPainter draws fastest, so painting a tile never converts pixels."""
    image = _thumbnail(path, size, disk_dir)
    return image if image.isNull() else image.convertToFormat(PAINT_FORMAT)


def _thumbnail(path: str, size: int, disk_dir: Path | None) -> QImage:
    cached = disk_dir / disk_key(path, size) if disk_dir is not None else None
    if cached is not None and cached.is_file():
        image = QImage(str(cached))
        if not image.isNull():
            return image
    if path.lower().endswith(".svg"):
        return render_svg_file(path, size)
    try:
        with Image.open(path) as source:
            source.draft("RGB", (size, size))  # JPEG: decode at a reduced scale
            small = _shrink(source, size)
    except (OSError, ValueError):
        return QImage()
    if cached is not None:
        _save_atomic(small, cached)
    return qimage_from_pil(small)


def _shrink(source: Image.Image, size: int) -> Image.Image:
    """``source`` (changed in place) at most ``size`` px on its long edge, as RGB(A)."""
    source.thumbnail((size, size), Image.Resampling.BILINEAR)
    return source.convert("RGBA" if "A" in source.getbands() else "RGB")


def write_thumbnail(decoded: Image.Image, path: str, size: int, disk_dir: Path) -> None:
    """Put the thumbnail of the image stored at ``path`` in the disk cache from its pixels,
    decoded already (a job's result, by the job's worker; ``decoded`` is shrunk in place).

    The gallery and history then read a small file instead of decoding the stored picture
    again: on a 4096² result that was a second full decode on the background core while
    the result landed.
    """
    cached = disk_dir / disk_key(path, size)
    if not cached.is_file():
        _save_atomic(_shrink(decoded, size), cached)


ThumbnailWriter = Callable[[Image.Image, str], None]


def render_svg_file(path: str, size: int) -> QImage:
    """An SVG result drawn straight at thumbnail size (no disk cache: it is cheap and sharp)."""
    return load_image(path, max_edge=size)


def _save_atomic(image: Image.Image, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".thumb-", suffix=".png")
        with os.fdopen(fd, "wb") as handle:
            image.save(handle, "PNG", compress_level=1)
        os.replace(tmp, path)
    except OSError:
        pass  # a disk cache miss next time is harmless


class ThumbnailSignals(QObject):
    """Lives on the UI thread; workers emit, a queued connection delivers."""

    loaded = Signal(str, QImage)


class ThumbnailWorker(QRunnable):
    """Decodes and scales one image on a pool thread; never touches widgets."""

    def __init__(
        self, path: str, size: int, disk_dir: Path | None, signals: ThumbnailSignals
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._path = path
        self._size = size
        self._disk_dir = disk_dir
        self._signals = signals

    def run(self) -> None:
        heap.background_thread()
        with heap.background_lane():
            image = make_thumbnail(self._path, self._size, self._disk_dir)
        self._signals.loaded.emit(self._path, image)


class ThumbnailCache(QObject):
    """``get(path)`` answers from memory or schedules a load and emits ``thumbnail_ready``."""

    thumbnail_ready = Signal(str)

    def __init__(
        self,
        size: int = DEFAULT_SIZE,
        disk_dir: Path | None = None,
        max_count: int = DEFAULT_MAX_COUNT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        threads: int = 2,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.size = size
        self._disk_dir = disk_dir
        self._max_count = max_count
        self._max_bytes = max_bytes
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._bytes = 0
        self._pending: set[str] = set()
        self._failed: set[str] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._signals = ThumbnailSignals(self)
        self._signals.loaded.connect(self._on_signals_loaded)

    def writer(self) -> ThumbnailWriter | None:
        """What a worker that decoded a stored image calls to leave its thumbnail on disk."""
        if self._disk_dir is None:
            return None
        return partial(write_thumbnail, size=self.size, disk_dir=self._disk_dir)

    def get(self, path: str, *, persist: bool = True) -> QPixmap | None:
        """The thumbnail if resident (marked recently used); otherwise None and a load starts."""
        pixmap = self._pixmaps.get(path)
        if pixmap is not None:
            self._pixmaps.move_to_end(path)
            return pixmap
        self.request(path, persist=persist)
        return None

    def request(self, path: str, *, persist: bool = True) -> None:
        if not path or path in self._pending or path in self._failed or path in self._pixmaps:
            return
        self._pending.add(path)
        disk_dir = self._disk_dir if persist else None
        self._pool.start(ThumbnailWorker(path, self.size, disk_dir, self._signals))

    def is_pending(self) -> bool:
        return bool(self._pending)

    def resident_bytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._pixmaps)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Drop queued loads and wait for running ones (on quit and in tests)."""
        self._pool.clear()
        done = bool(self._pool.waitForDone(timeout_ms))
        self._pending.clear()
        return done

    @Slot(str, QImage)
    def _on_signals_loaded(self, path: str, image: QImage) -> None:
        self._pending.discard(path)
        if image.isNull():
            self._failed.add(path)
            return
        pixmap = QPixmap.fromImage(image)
        self._pixmaps[path] = pixmap
        self._bytes += _cost(pixmap)
        self._evict()
        self.thumbnail_ready.emit(path)

    def _evict(self) -> None:
        while len(self._pixmaps) > self._max_count or (
            self._bytes > self._max_bytes and len(self._pixmaps) > 1
        ):
            _path, pixmap = self._pixmaps.popitem(last=False)
            self._bytes -= _cost(pixmap)


def _cost(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * max(1, pixmap.depth() // 8)
