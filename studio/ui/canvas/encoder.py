"""The canvas picture and mask as the bytes a request sends, prepared on a pool thread.

A 4096² photo takes seconds to encode as PNG and its mask about half a second: done on the UI
thread, that froze the window on every Generate. The encoder works from snapshots (the picture
is never changed in place; the mask coverage is copied), and each result carries the version it
was made from, so a result that arrives after a newer edit is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from studio.core.imageio import png_bytes
from studio.core.mask import MaskModel
from studio.core.pil import Image
from studio.ui.pool_task import PoolTask


class Part(StrEnum):
    IMAGE = "image"
    MASK = "mask"
    MARKUP = "markup"


class EncodeSignals(QObject):
    """Lives on the UI thread; the pool thread emits, a queued connection delivers."""

    finished = Signal(str, int, object)  # part, version, result (None when encoding failed)


@dataclass(frozen=True)
class MaskEncoding:
    """The mask's PNG, the coverage it was made from (a private copy) and its painted box:
    a focused edit crops this coverage, so what it sends matches the mask bytes exactly."""

    png: bytes
    coverage: Image.Image
    box: tuple[int, int, int, int] | None


def encode_mask(mask: MaskModel) -> MaskEncoding:
    """On a pool thread: copy the live coverage (an edit meanwhile drops the result), encode."""
    # mask_io pulls in numpy: not needed for the window's first frame.
    from studio.core.imaging.masks import bbox
    from studio.core.mask_io import export_png

    coverage = mask.snapshot()
    return MaskEncoding(export_png(coverage), coverage, bbox(coverage))


def encode_picture(image: Image.Image, abandoned: Callable[[], bool] | None = None) -> bytes:
    # Level 1: a 4096² photo is a third faster than at the default level and barely larger.
    return png_bytes(image, compress_level=1, abandoned=abandoned)


class CanvasEncoder(QObject):
    """Holds the current encodings of picture and mask; ``encoded`` fires when one lands.

    A result is whatever the part's encode returns (the document keeps the picture as a
    hashed InputImage, the mask as PNG bytes).
    """

    encoded = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # the picture and the mask side by side
        self._signals = EncodeSignals(self)
        self._signals.finished.connect(self._on_signals_finished)
        self._versions = dict.fromkeys(Part, 0)
        self._data: dict[Part, Any] = dict.fromkeys(Part)
        self._running: dict[Part, int | None] = dict.fromkeys(Part)
        self._failed: dict[Part, int | None] = dict.fromkeys(Part)

    def invalidate(self, part: Part) -> None:
        """The part changed: forget its result."""
        self._versions[part] += 1
        self._data[part] = None

    def version(self, part: Part) -> int:
        return self._versions[part]

    def superseded(self, part: Part) -> Callable[[], bool]:
        """Whether the part has changed since now: what a long encode asks as it goes, to stop
        once nobody wants its result (safe to ask from the pool thread)."""
        version = self._versions[part]
        return lambda: self._versions[part] != version

    def cached(self, part: Part) -> Any:
        return self._data[part]

    def is_encoding(self, part: Part) -> bool:
        return self._running[part] == self._versions[part]

    def needs(self, part: Part) -> bool:
        """Neither encoded, nor being encoded, nor failed for the current version."""
        return not self.settled(part) and not self.is_encoding(part)

    def settled(self, part: Part) -> bool:
        """The current version's background encode is done: a result, or a failure that
        encode_now() will raise on the thread that asks."""
        return self._data[part] is not None or self._failed[part] == self._versions[part]

    def start(self, part: Part, encode: Callable[[], Any]) -> None:
        """Encode the current version in the background unless it is done or under way.

        ``encode`` must only read a snapshot: it runs on a pool thread.
        """
        if not self.needs(part):
            return
        version = self._versions[part]
        self._running[part] = version
        report = partial(self._signals.finished.emit, part.value, version)
        # A failure reports None: the synchronous path (encode_now) re-raises it where it is seen.
        self._pool.start(PoolTask(encode, report, lambda _exc: None, lane="first"))

    def encode_now(self, part: Part, encode: Callable[[], Any]) -> Any:
        """The result for the current version, encoding here if it is not ready.

        For explicit user actions (export a mask file) and tests; the request path waits
        for ``encoded`` instead.
        """
        data = self._data[part]
        if data is None:
            data = self._data[part] = encode()
        return data

    def wait(self, timeout_ms: int = 30000) -> bool:
        return bool(self._pool.waitForDone(timeout_ms))

    @Slot(str, int, object)
    def _on_signals_finished(self, part_name: str, version: int, data: object) -> None:
        part = Part(part_name)
        if self._running[part] == version:
            self._running[part] = None
        if version != self._versions[part]:
            return  # an older snapshot
        if data is None:
            self._failed[part] = version
        else:
            self._data[part] = data
        self.encoded.emit()  # either way, whoever waits can go on
