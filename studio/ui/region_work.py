"""The focus crop, the focus box and the mask's edge, made on a pool thread from their inputs.

At 4096² each took 0.1-1.2 s on the UI thread (the crop's PNG alone ~0.9 s) after every mask or
request change and on Generate. Each computation is named by a key made of everything it reads
(a mask version, the mask's bytes, the picture's hash, the parameters): a key nobody wants any
more when its turn comes is skipped, and a result nobody wants when it lands is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import numpy as np
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage

from studio.core.catalog import Catalog
from studio.core.imageio import load_image_bytes
from studio.core.imaging import bands
from studio.core.imaging.bands import row_bands
from studio.core.imaging.focus import Box, FocusPlan, moved
from studio.core.imaging.masks import bbox, coverage_from_image, edge_band, shrink
from studio.core.mask import MaskModel
from studio.core.pil import Image
from studio.core.regions import FocusCrop, focus_crop, plan_from_box
from studio.core.requests import ImageParams, ImageRequest
from studio.ui.buffers import mapped_qimage
from studio.ui.canvas.encoder import MaskEncoding
from studio.ui.pool_task import PoolTask, said

EDGE_RGBA = (0, 220, 255, 200)
FOCUS, OVERLAY = "focus", "overlay"
Wanted = Callable[[str, object], bool]


@dataclass(frozen=True)
class Failure:
    """A computation raised: what it said (the caller decides what the user is told)."""

    message: str


@dataclass(frozen=True)
class OverlayParts:
    """What the focus box and the edge preview show for one version of the mask."""

    box: Box | None  # the painted pixels
    plan: FocusPlan | None  # the focus crop before the user's shift
    edge: QImage | None
    edge_origin: tuple[int, int] = (0, 0)


def _failure(exc: Exception) -> Failure:
    return Failure(said(exc))


class WorkSignals(QObject):
    """Lives on the UI thread; the pool thread emits, a queued connection delivers."""

    finished = Signal(str, object, object)  # kind, key, result


class KeyedWork(QObject):
    """Computations named by their inputs, run one at a time on a pool thread."""

    landed = Signal(str, object)  # kind, key: result(kind, key) now has it

    def __init__(self, wanted: Wanted, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wanted = wanted
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = WorkSignals(self)
        self._signals.finished.connect(self._on_signals_finished)
        self._queue: list[tuple[str, object, Callable[[], object]]] = []
        self._running: tuple[str, object] | None = None
        # Keys are compared, not hashed: request parameters need not be hashable.
        self._results: dict[str, list[tuple[object, object]]] = {}

    def result(self, kind: str, key: object) -> tuple[bool, object]:
        """(True, result) once ``key`` has landed; (False, None) before."""
        for landed, result in self._results.get(kind, []):
            if landed == key:
                return True, result
        return False, None

    def request(self, kind: str, key: object, compute: Callable[[], object]) -> None:
        """Compute ``key`` unless it is done, under way or queued; ``landed`` says when."""
        if self.result(kind, key)[0] or self._running == (kind, key):
            return
        if any((k, q) == (kind, key) for k, q, _ in self._queue):
            return
        self._queue.append((kind, key, compute))
        self._next()

    def busy(self) -> bool:
        return self._running is not None or bool(self._queue)

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the pool thread is idle (on close and in tests)."""
        self._queue.clear()
        return bool(self._pool.waitForDone(timeout_ms))

    def _next(self) -> None:
        while self._running is None and self._queue:
            kind, key, compute = self._queue.pop(0)
            if self._wanted(kind, key):
                self._running = (kind, key)
                report = partial(self._signals.finished.emit, kind, key)
                # What it raised is reported where the user asked for it.
                self._pool.start(PoolTask(compute, report, _failure, lane="shared"))

    @Slot(str, object, object)
    def _on_signals_finished(self, kind: str, key: object, result: object) -> None:
        if self._running == (kind, key):
            self._running = None
        if self._wanted(kind, key):
            kept = [(k, v) for k, v in self._results.get(kind, []) if self._wanted(kind, k)]
            self._results[kind] = [*kept, (key, result)]
            self.landed.emit(kind, key)
        self._next()


def focus_parts(
    request: ImageRequest,
    picture: Image.Image | None,
    encoding: MaskEncoding | None,
    catalog: Catalog,
    context_px: int,
    shift: tuple[int, int],
) -> FocusCrop | None:
    """The crop a focused edit of ``request`` sends; None when focusing is not worthwhile.

    ``encoding``: the request's mask with its coverage (decoded here when it is not given).
    """
    assert request.mask is not None
    if encoding is not None:
        coverage, box = encoding.coverage, encoding.box
    else:
        coverage = coverage_from_image(load_image_bytes(request.mask))
        box = bbox(coverage)
    plan = shifted_plan(request.params, coverage.size, box, catalog, context_px, shift)
    if plan is None or not plan.worthwhile:
        return None
    return focus_crop(request, plan, picture, coverage)


def shifted_plan(
    params: ImageParams,
    size: tuple[int, int],
    box: Box | None,
    catalog: Catalog,
    context_px: int,
    shift: tuple[int, int],
) -> FocusPlan | None:
    """The focus crop around the painted ``box`` (None: nothing painted), moved by the user's
    ``shift``; None when there is nothing to focus on."""
    plan = plan_from_box(params, size, box, catalog, context_px)
    if plan is None or box is None:
        return None
    return moved(plan, *shift, box)


def overlay_parts(
    mask: MaskModel,
    params: ImageParams | None,
    catalog: Catalog,
    context_px: int,
    feather_px: float | None,
) -> OverlayParts:
    """The painted box, the focus plan (``params`` given) and the edge (``feather_px`` given)
    of the live mask: read here, so an edit meanwhile makes the caller drop the result."""
    coverage = mask.snapshot()  # a band at a time: a whole copy held the GIL
    box = bbox(coverage)
    if box is None:
        return OverlayParts(None, None, None)
    plan = plan_from_box(params, coverage.size, box, catalog, context_px) if params else None
    if feather_px is None:
        return OverlayParts(box, plan, None)
    left, top, right, bottom = box
    area = (max(left - 1, 0), max(top - 1, 0), right + 1, bottom + 1)
    edge = edge_image(bands.crop(coverage, area), feather_px)
    return OverlayParts(box, plan, edge, (area[0], area[1]))


def edge_image(coverage: Image.Image, feather_px: float) -> QImage:
    """The blended edge (or, unfeathered, the mask's outline) as a coloured overlay image.

    Written straight into the QImage's memory a band of rows at a time: a whole-image copy
    held the GIL, and so did each band's ``tobytes()`` (15-18 ms for a 2048² box, its fresh
    pages faulted in with the GIL held: benchmarks/generate_stall.py --why calls).
    """
    band = np.asarray(edge_band(coverage, feather_px)) > 0
    if not band.any():
        painted = np.asarray(coverage) > 0
        band = painted & ~(np.asarray(shrink(coverage, 1)) > 0)
    height, width = band.shape
    # zeroed, its pages touched here without the GIL, and freed off the UI thread
    image = mapped_qimage(width, height, QImage.Format.Format_RGBA8888, prefault=True)
    stride = image.bytesPerLine()
    rows = np.frombuffer(image.bits(), np.uint8, count=stride * height).reshape(height, stride)
    pixels = rows[:, : width * 4].reshape(height, width, 4)
    colour = np.array(EDGE_RGBA, np.uint8)
    for top, bottom in row_bands(width, height):
        pixels[top:bottom][band[top:bottom]] = colour
    return image
