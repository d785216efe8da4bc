"""Large pictures decoded and set up on a pool thread: a reduced preview first, then the whole.

Opening a 4096² picture decoded it on the UI thread (about 0.4 s) and then spent 0.2-0.35 s
converting it and allocating its mask: the window froze. Pictures above LARGE_PIXELS now do
all of that here; smaller ones take less than a frame and are loaded at once.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage

from studio.core.imageheader import declared_size
from studio.core.imageio import (
    ImageLoadError,
    load_image_bytes,
    read_image_file,
    read_image_head,
    sendable_as_is,
)
from studio.core.imaging.bands import row_bands
from studio.core.mask import MaskModel
from studio.core.pil import Image
from studio.ui import heap
from studio.ui.buffers import mapped_qimage
from studio.ui.imaging import banded_qimage, display_image, opaque_qimage, pil_from_qimage

LARGE_PIXELS = 2048 * 2048
# A file this big is read on the pool thread too (a 34 MB JPEG took 23 ms to read here), as
# is one whose header does not say its size within HEAD_BYTES.
LARGE_FILE_BYTES = 4 << 20
HEAD_BYTES = 1 << 20
PREVIEW_EDGE = 1024  # the reduced picture shown while the whole one is prepared

# the picture and the bytes to send as they are (a string: Pillow is imported when first used)
Decoded: TypeAlias = "tuple[Image.Image, bytes | None]"


@dataclass(frozen=True)
class PreparedPicture:
    """Everything the canvas needs to show a picture, made off the UI thread."""

    image: Image.Image
    encoded: bytes | None
    display: QImage
    reduced: QImage | None  # drawn instead of ``display`` when zoomed out that far
    mask: MaskModel
    overlay: QImage  # Indexed8, all zero: the colour table is set on the UI thread


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Raises ImageLoadError with a message for the user."""
    return load_image_bytes(data, name=name), (data if sendable_as_is(data) else None)


def decode_file(path: Path) -> Decoded:
    """Read and decode a file (on a pool thread); raises ImageLoadError."""
    return decode_bytes(read_image_file(path), path.name)


def is_large_file(path: Path) -> bool:
    """Whether opening ``path`` belongs on a pool thread: raises ImageLoadError if unreadable."""
    head, size = read_image_head(path, HEAD_BYTES)
    return is_large_bytes(head) or size > LARGE_FILE_BYTES


def decode_qimage(image: QImage) -> Decoded:
    """A pasted picture as RGBA (with an alpha channel) or RGB, converted a band at a time:
    PySide and Pillow hold the GIL while they copy, and a whole 8192² picture at once (256 MB)
    stopped the UI thread for a tenth of a second."""
    mode = "RGBA" if image.hasAlphaChannel() else "RGB"
    width, height = image.width(), image.height()
    result = Image.new(mode, (width, height))
    for top, bottom in row_bands(width, height):
        band = pil_from_qimage(image.copy(0, top, width, bottom - top))
        result.paste(band.convert(mode), (0, top))
    return result, None


def prepare(decoded: Decoded) -> PreparedPicture:
    image, encoded = decoded
    # Both touched here, off the UI thread, where the first big mask edit would pay for it.
    overlay = mapped_qimage(image.width, image.height, QImage.Format.Format_Indexed8, prefault=True)
    mask = MaskModel(*image.size, prefault=True)
    display = banded_display(image)
    return PreparedPicture(image, encoded, display, reduced_display(image), mask, overlay)


def reduced(image: Image.Image) -> QImage:
    """At most PREVIEW_EDGE on its long side, reduced by a whole factor (box filter).

    Copied a band at a time like the picture itself (banded_display): its bytes, their copy
    and the conversion for drawing each held the GIL, and the conversion's fresh pages made
    that 10-20 ms on the loader's thread as an 8192² picture was restored (perf, sched switches:
    the UI thread waiting for the GIL behind ``QImage::convertToFormat``).
    """
    factor = math.ceil(max(image.size) / PREVIEW_EDGE)
    small = image.reduce(factor) if factor > 1 else image
    return banded_display(small)


def reduced_display(image: Image.Image) -> QImage | None:
    """The zoomed-out stand-in of a picture at least twice PREVIEW_EDGE, else None."""
    return reduced(image) if max(image.size) >= 2 * PREVIEW_EDGE else None


def banded_display(image: Image.Image) -> QImage:
    """display_image() a band of rows at a time: the same pixels (premultiplied ARGB32)."""
    if sys.byteorder != "little":
        return display_image(image)
    alpha = image.mode == "RGBA"
    fmt = QImage.Format.Format_ARGB32_Premultiplied if alpha else QImage.Format.Format_RGB32
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "A" in image.mode else "RGB")
    if alpha:
        return banded_qimage(image, fmt, "BGRa", convert="RGBa")
    return opaque_qimage(image)


def is_large_bytes(data: bytes) -> bool:
    size = declared_size(data)
    return size is not None and size[0] * size[1] > LARGE_PIXELS


def is_large_qimage(image: QImage) -> bool:
    return image.width() * image.height() > LARGE_PIXELS


class LoadSignals(QObject):
    """Lives on the UI thread; the pool thread emits, a queued connection delivers."""

    preview = Signal(int, QImage, QSize)  # version, reduced picture, full size
    prepared = Signal(int, object)  # version, PreparedPicture
    failed = Signal(int, str)  # version, message for the user


class LoadWorker(QRunnable):
    def __init__(self, version: int, decode: Callable[[], Decoded], signals: LoadSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._version, self._decode, self._signals = version, decode, signals

    def run(self) -> None:
        heap.background_thread(every_core=True)  # the designer is waiting for the picture
        try:
            decoded = self._decode()
        except ImageLoadError as error:
            self._signals.failed.emit(self._version, str(error))
            return
        image = decoded[0]
        self._signals.preview.emit(self._version, reduced(image), QSize(*image.size))
        self._signals.prepared.emit(self._version, prepare(decoded))


@dataclass(frozen=True)
class LoadTicket:
    """What to do with the picture once it is ready: passed back with it."""

    origin: tuple[str | None, str | None]
    text: str


class PictureLoader(QObject):
    """One load at a time: a newer load makes an older one's results arrive unseen.

    Keeps the reduced preview while the picture is prepared, and what must wait for the
    picture (a restored mask), run once ``prepared`` has been handled.
    """

    changed = Signal()  # the preview arrived, or the load ended (loaded, failed or dropped)
    prepared = Signal(object, object)  # PreparedPicture, LoadTicket
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = LoadSignals(self)
        self._signals.preview.connect(self._on_signals_preview)
        self._signals.prepared.connect(self._on_signals_prepared)
        self._signals.failed.connect(self._on_signals_failed)
        self._version = 0
        self._ticket: LoadTicket | None = None
        self._preview: tuple[QImage, QSize] | None = None
        self._after: list[Callable[[], None]] = []

    def start(self, decode: Callable[[], Decoded], ticket: LoadTicket) -> None:
        self._version += 1
        self._ticket, self._after = ticket, []
        self._pool.start(LoadWorker(self._version, decode, self._signals))

    def cancel(self) -> None:
        """Another picture took the canvas: whatever is loading is dropped."""
        if self._ticket is not None or self._preview is not None:
            self._version += 1
            self._ticket, self._preview, self._after = None, None, []
            self.changed.emit()

    def is_loading(self) -> bool:
        return self._ticket is not None

    def preview(self) -> tuple[QImage, QSize] | None:
        return self._preview

    def after_load(self, apply: Callable[[], None]) -> None:
        self._after.append(apply)

    def wait(self, timeout_ms: int = 30000) -> bool:
        return bool(self._pool.waitForDone(timeout_ms))

    @Slot(int, QImage, QSize)
    def _on_signals_preview(self, version: int, image: QImage, size: QSize) -> None:
        if version == self._version:
            self._preview = (image, size)
            self.changed.emit()

    @Slot(int, object)
    def _on_signals_prepared(self, version: int, picture: object) -> None:
        if version != self._version or self._ticket is None:
            return
        ticket, then = self._ticket, self._after
        self._ticket, self._preview, self._after = None, None, []
        self.prepared.emit(picture, ticket)
        self.changed.emit()
        for apply in then:
            apply()

    @Slot(int, str)
    def _on_signals_failed(self, version: int, message: str) -> None:
        if version == self._version:
            self._ticket, self._preview, self._after = None, None, []
            self.changed.emit()
            self.failed.emit(message)
