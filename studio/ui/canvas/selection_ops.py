"""Selection operations run on a pool thread and land on the mask as one undo step each.

A magic wand click, a GrabCut box or a grow of a 4096² mask takes from tens of milliseconds to
a second: done on the UI thread it would freeze the window. Each operation reads snapshots (the
picture is never changed in place; the mask coverage is copied), runs in order on one pool
thread, and its result is applied on the UI thread.
"""

from __future__ import annotations

import importlib
import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from studio.core.imaging.bands import changed_box
from studio.core.mask import Box, MaskModel, MaskPatch, Point, combine
from studio.core.pil import Image
from studio.ui.pool_task import PoolTask, said

if TYPE_CHECKING:
    import numpy as np

    from studio.core.imaging.selection import Hint, Selection
    from studio.core.imaging.subject import SubjectModel
    from studio.ui.canvas.document import CanvasDocument


def _imaging(name: str) -> ModuleType:
    """studio.core.imaging.<name>, imported when first used: numpy and OpenCV take 0.2 s to
    import, and the window's first frame (which builds the canvas) must not wait for them."""
    return importlib.import_module(f"studio.core.imaging.{name}")


@dataclass(frozen=True)
class Merge:
    """Add (or subtract) a selection; None: nothing matched.

    ``patch``: the mask's pixels in the selection's box with it merged, computed on the pool
    thread from the mask at ``version`` (landing a selection over most of a 4096² mask then
    costs the UI thread a paste instead of a merge).
    """

    selection: Selection | None
    erase: bool
    text: str
    patch: MaskPatch | None = None
    version: int = -1
    before: MaskPatch | None = None  # what ``patch`` covers, as it was: the undo step's pixels


@dataclass(frozen=True)
class Replace:
    """A new mask computed from the one at ``version``: only the changed box travels, so the
    UI thread does not compare two whole masks."""

    patch: MaskPatch | None  # None: nothing changed
    version: int
    text: str
    object_step: bool = False  # an object selection, which later clicks may refine
    before: MaskPatch | None = None  # what ``patch`` covers, as it was: the undo step's pixels

    @classmethod
    def between(cls, before: Image.Image, after: Image.Image, version: int, text: str) -> Replace:
        changed = changed_box(before, after)  # a band at a time: the whole held the GIL 75 ms
        if not changed:
            return cls(None, version, text)
        box = Box(*changed)
        return cls(MaskPatch(box, after.crop(changed)), version, text, before=_crop(before, box))


Outcome = Merge | Replace
Compute = Callable[[], Outcome]  # runs on the pool thread


class SelectionSignals(QObject):
    """Lives on the UI thread; the worker emits, a queued connection delivers."""

    finished = Signal(object)  # Outcome, or a str: what went wrong, in the user's words


class SelectionOps(QObject):
    """Wand, polygon, object, subject and whole-mask operations for one document."""

    busy_changed = Signal(bool)
    applied = Signal()  # an operation finished (its result is on the mask, or it found nothing)
    failed = Signal(str)

    def __init__(self, document: CanvasDocument) -> None:
        super().__init__(document)
        self._document = document
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # in order: a grow after a wand grows the wand's result
        self._signals = SelectionSignals(self)
        self._signals.finished.connect(self._on_signals_finished)
        self._queue: deque[Callable[[], Compute | None]] = deque()
        self._running = False
        self._object_base: Image.Image | None = None  # the mask before the current object
        self._version = 0
        self._object_version = -1  # the mask version the last object selection left
        self._objects_coming = 0  # object selections asked for, not yet started
        self._object_running = False
        self._pixels = _PixelCache()
        self._subject: SubjectModel | None = None
        self._picture_changes = 0  # a result for another picture (or none) is dropped
        self._started_on = 0
        document.mask_changed.connect(self._on_document_mask_changed)
        document.image_changed.connect(self._on_document_image_changed)

    def busy(self) -> bool:
        return self._running or bool(self._queue)

    def wait(self, timeout_ms: int = 30000) -> bool:
        return bool(self._pool.waitForDone(timeout_ms))

    def version(self) -> int:
        """Counts mask changes: a result computed from an older mask is not applied."""
        return self._version

    def object_refinable(self) -> bool:
        """The last operation was an object selection, so a click can refine it."""
        return self._object_base is not None and self._object_version == self._version

    def object_coming(self) -> bool:
        """An object selection is queued or running: a click now refines it once it lands."""
        return self._objects_coming > 0 or self._object_running

    def polygon(self, points: Sequence[Point], erase: bool, *, freehand: bool = False) -> None:
        points = list(points)
        if freehand:
            text = "Subtract Lasso" if erase else "Lasso"
        else:
            text = "Subtract Polygon" if erase else "Polygon Lasso"

        def prepare() -> Compute | None:
            size = self._document.size()
            return lambda: Merge(
                _imaging("selection").polygon(points, size.width(), size.height()), erase, text
            )

        self._queue_op(prepare, merges=True)

    def wand(self, x: int, y: int, tolerance: int, contiguous: bool, erase: bool) -> None:
        text = "Subtract Magic Wand" if erase else "Magic Wand"

        def prepare() -> Compute | None:
            picture = self._document.picture()
            if picture is None:
                return None
            return lambda: Merge(
                _imaging("selection").magic_wand(
                    self._pixels.get(picture), (x, y), tolerance, contiguous
                ),
                erase,
                text,
            )

        self._queue_op(prepare, merges=True)

    def object_select(self, box: Box, hints: Sequence[Hint], erase: bool, base: bool) -> None:
        """GrabCut in ``box``; ``base``: refine the last object (replace it, keep the rest)."""
        hints = list(hints)
        self._objects_coming += 0 if base else 1

        def prepare() -> Compute | None:
            self._objects_coming -= 0 if base else 1
            picture = self._document.picture()
            if picture is None or (base and not self.object_refinable()):
                return None
            now = self._document.coverage()
            if not base:
                self._object_base = now
                self._object_running = True
            before, version = self._object_base, self._version

            def compute() -> Outcome:
                found = _imaging("selection").grabcut(self._pixels.get(picture), box, hints)
                assert before is not None and now is not None
                text = "Refine Object" if base else "Object Selection"
                change = Replace.between(now, _merged(before, found, erase), version, text)
                return replace(change, object_step=True)

            return compute

        self._queue_op(prepare)

    def subject(self, erase: bool) -> None:
        text = "Subtract Subject" if erase else "Select Subject"

        def prepare() -> Compute | None:
            picture = self._document.picture()
            if picture is None:
                return None
            return lambda: Merge(self._select_subject(picture), erase, text)

        self._queue_op(prepare, merges=True)

    def grow(self, pixels: int) -> None:
        self._reshape(lambda c: _imaging("masks").grow(c, pixels), f"Grow Mask {pixels} px")

    def shrink(self, pixels: int) -> None:
        self._reshape(lambda c: _imaging("masks").shrink(c, pixels), f"Shrink Mask {pixels} px")

    def feather(self, pixels: int) -> None:
        self._reshape(lambda c: _imaging("masks").feather(c, pixels), f"Feather Mask {pixels} px")

    def smooth(self, pixels: int) -> None:
        self._reshape(lambda c: _imaging("selection").smooth(c, pixels), f"Smooth Mask {pixels} px")

    def _reshape(self, operation: Callable[[Image.Image], Image.Image], text: str) -> None:
        def prepare() -> Compute | None:
            coverage, version = self._document.coverage(), self._version
            if coverage is None:
                return None
            return lambda: Replace.between(coverage, operation(coverage), version, text)

        self._queue_op(prepare)

    def load_mask(self, load: Callable[[], Image.Image], text: str) -> None:
        """Replace the mask with the coverage ``load`` makes (decoding a stored mask takes
        about a second at 8192²): one undo step. An empty mask is not copied to compare with."""

        def prepare() -> Compute | None:
            if self._document.size().isEmpty():
                return None
            before, version = self._document.coverage_if_painted(), self._version
            size = self._document.size().toTuple()

            def compute() -> Outcome:
                return Replace.between(before or Image.new("L", size), load(), version, text)

            return compute

        self._queue_op(prepare)

    def _select_subject(self, picture: Image.Image) -> Selection | None:
        import numpy as np

        subject = _imaging("subject")
        if self._subject is None:
            if (reason := subject.unavailable_reason()) is not None:
                raise RuntimeError(f"Select Subject is not available: {reason}.")
            self._subject = subject.SubjectModel()
        found = np.asarray(self._subject.select(picture))
        bbox = Image.fromarray(found, "L").getbbox()
        if bbox is None:
            return None
        box = Box(*bbox)
        crop = found[box.top : box.bottom, box.left : box.right]
        return _imaging("selection").Selection(box, np.ascontiguousarray(crop))

    def _queue_op(self, prepare: Callable[[], Compute | None], merges: bool = False) -> None:
        """Operations run one after another, each reading the mask its predecessor left."""
        self._queue.append(self._with_patch(prepare) if merges else prepare)
        if len(self._queue) == 1 and not self._running:
            self.busy_changed.emit(True)
        self._start_next()

    def _with_patch(self, prepare: Callable[[], Compute | None]) -> Callable[[], Compute | None]:
        """The Merge's pixels combined with the mask's in its box, on the pool thread too.

        The box is read from the live mask there (copying the whole coverage here first took
        15-60 ms of the UI thread at 4096²-8192²); a patch from a mask that changed meanwhile
        carries an old version and is not pasted.
        """

        def prepared() -> Compute | None:
            compute, mask, version = prepare(), self._document.mask_model(), self._version
            if compute is None or mask is None:
                return compute
            return lambda: _patched(compute(), mask.crop, version)

        return prepared

    def _start_next(self) -> None:
        while self._queue and not self._running:
            compute = self._queue.popleft()()
            if compute is not None:
                self._running, self._started_on = True, self._picture_changes
                # What it raised is shown in the status bar; the mask is left as it was.
                self._pool.start(PoolTask(compute, self._signals.finished.emit, said))
                return
        if not self._running:
            self.busy_changed.emit(False)
            self.applied.emit()

    @Slot(object)
    def _on_signals_finished(self, outcome: Outcome | str) -> None:
        self._running = self._object_running = False
        if self._started_on != self._picture_changes:
            pass  # the picture was replaced (or the change undone) while this ran
        elif isinstance(outcome, str):
            self.failed.emit(outcome)
        elif isinstance(outcome, Merge) and outcome.patch and outcome.version == self._version:
            self._document.paste_mask(outcome.patch, outcome.text, outcome.before)
        elif isinstance(outcome, Merge) and outcome.selection is not None:
            found = outcome.selection  # the mask changed meanwhile: merge with it as it is
            self._document.merge_selection(found.box, found.image(), outcome.erase, outcome.text)
        elif isinstance(outcome, Replace):
            if outcome.version == self._version:
                if outcome.patch is not None:
                    self._document.paste_mask(outcome.patch, outcome.text, outcome.before)
                if outcome.object_step:
                    self._object_version = self._version
            else:
                self.failed.emit(f"The mask changed while “{outcome.text}” ran: try again.")
        self._start_next()

    @Slot()
    def _on_document_mask_changed(self) -> None:
        self._version += 1

    @Slot()
    def _on_document_image_changed(self) -> None:
        self._picture_changes += 1
        self._object_base = None


def _patched(outcome: Outcome, read: Callable[[Box], Image.Image], version: int) -> Outcome:
    if not isinstance(outcome, Merge) or outcome.selection is None:
        return outcome
    box = outcome.selection.box
    was = read(box)
    merged = combine(was, outcome.selection.image(), outcome.erase)
    return replace(
        outcome, patch=MaskPatch(box, merged), version=version, before=MaskPatch(box, was)
    )


def _crop(image: Image.Image, box: Box) -> MaskPatch:
    return MaskPatch(box, image.crop(box.as_tuple()))


def _merged(base: Image.Image, found: Selection | None, erase: bool) -> Image.Image:
    """``base`` with a selection added or taken away."""
    result = base.copy()
    if found is None:
        return result
    model = MaskModel.from_image(result)
    model.merge(found.box, found.image(), erase)
    return model.image()


class _PixelCache:
    """The picture as an array, converted once per picture (40 ms at 4096²)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._picture: Image.Image | None = None
        self._pixels: np.ndarray | None = None

    def get(self, picture: Image.Image) -> np.ndarray:
        import numpy as np

        with self._lock:
            if self._picture is not picture or self._pixels is None:
                mode = "RGBA" if "A" in picture.getbands() else "RGB"
                self._pixels = np.asarray(picture.convert(mode))
                self._picture = picture
            return self._pixels
