"""The one background-work pattern: a QRunnable running a core job, reporting through signals.

Workers never touch widgets. Images are decoded to QImage here, off the UI thread; the store
has already written them to disk (the runner guarantees it) before they are emitted.
"""

from __future__ import annotations

import contextlib
import io
import threading
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal
from PySide6.QtGui import QImage

from studio.core.events import (
    Completed,
    ErrorKind,
    Failed,
    ImageReady,
    JobStarted,
    PartialImage,
    Retrying,
)
from studio.core.pil import Image
from studio.core.requests import ImageRequest
from studio.core.runner import BudgetGuard, JobOptions, JobRunner, Notice
from studio.ui import heap
from studio.ui.imaging import ARGB32_RAW, banded_qimage, opaque_qimage
from studio.ui.media import is_svg, render_svg
from studio.ui.thumbnails import ThumbnailWriter


class JobSignals(QObject):
    """Lives on the UI thread; the worker emits, queued connections deliver to bound slots."""

    started = Signal(str, object)  # ticket, JobStarted
    retrying = Signal(str, object)  # ticket, Retrying
    partial = Signal(str, object, QImage)  # ticket, PartialImage (path set), decoded image
    image_ready = Signal(str, object, QImage)  # ticket, ImageReady (path set), decoded image
    finished = Signal(str, object)  # ticket, Completed | Failed
    noticed = Signal(str, str)  # ticket, a sentence for the user (damaged cache file, full disk)


class JobWorker(QRunnable):
    """Runs ``runner.run(request)`` on a pool thread; cancellation is a threading.Event."""

    def __init__(
        self,
        ticket: str,
        runner: JobRunner,
        request: ImageRequest,
        options: JobOptions,
        signals: JobSignals,
        guard: BudgetGuard | None = None,
        thumbnails: ThumbnailWriter | None = None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.ticket = ticket
        self._thumbnails = thumbnails
        self.cancel_event = threading.Event()
        self._runner = runner
        self._request = request
        self._options = options
        self._signals = signals
        self._guard = guard

    def run(self) -> None:
        heap.background_thread()  # decoding and compositing results yield to the UI thread
        finished = False
        try:
            events = self._runner.run(self._request, self._options, self.cancel_event, self._guard)
            for event in events:
                finished = self._emit(event) or finished
        except Exception as exc:
            self._signals.finished.emit(self.ticket, Failed(ErrorKind.UNKNOWN, f"{exc}"))
            return
        if not finished:
            self._signals.finished.emit(
                self.ticket,
                Failed(ErrorKind.UNKNOWN, QCoreApplication.translate("JobWorker", "no result")),
            )

    def _emit(self, event: object) -> bool:
        if isinstance(event, JobStarted):
            self._signals.started.emit(self.ticket, event)
        elif isinstance(event, Retrying):
            self._signals.retrying.emit(self.ticket, event)
        elif isinstance(event, PartialImage):
            self._signals.partial.emit(self.ticket, event, decode(event.data))
        elif isinstance(event, ImageReady):
            then = None
            if self._thumbnails is not None and event.path:
                then = partial(self._thumbnails, path=event.path)
            self._signals.image_ready.emit(self.ticket, event, decode(event.data, then))
        elif isinstance(event, Completed | Failed):
            self._signals.finished.emit(self.ticket, event)
            return True
        elif isinstance(event, Notice):
            self._signals.noticed.emit(self.ticket, event.message)
        return False


def decode(data: bytes, then: Callable[[Image.Image], None] | None = None) -> QImage:
    """Encoded bytes to a QImage (safe on any thread, unlike QPixmap); null if unreadable.

    Pillow decodes rather than QImage.loadFromData: PySide holds the GIL through
    loadFromData, which froze the UI thread for the whole decode of every partial image
    (benchmarks/ui_stall.py). The pixels come out as 32-bit (A)RGB, which QPainter draws
    without converting. An SVG document is rendered by QtSvg; a GIF gives its first frame.
    ``then`` gets the decoded raster once the QImage is made (and may change it).
    """
    if is_svg(data):
        return render_svg(data)
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            image = opened if opened.mode in ("RGB", "RGBA") else opened.convert("RGBA")
    except (OSError, ValueError, Image.DecompressionBombError):
        return QImage()
    if image.mode == "RGBA":
        decoded = banded_qimage(image, QImage.Format.Format_ARGB32, ARGB32_RAW)
    else:
        decoded = opaque_qimage(image)
    if then is not None:
        with contextlib.suppress(OSError, ValueError):
            then(image)  # the pixels once more (the result's thumbnail), before they are freed
    return decoded
