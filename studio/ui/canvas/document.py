"""What the canvas shows and edits: the picture, its mask, the mask overlay and the undo stack."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, QRect, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QImage, QUndoStack, qRgba

from studio.core.imageinfo import EXT_BY_FORMAT, ImageInfoError, inspect
from studio.core.mask import GROUP_PATCHES, Box, MaskEdit, MaskModel, MaskPatch, Plan, Point
from studio.core.pil import Image, ImageChops
from studio.core.requests import InputImage
from studio.ui.buffers import mapped_qimage, retire
from studio.ui.canvas.band_runner import BandRunner
from studio.ui.canvas.commands import InvertMaskCommand, MaskEditCommand, PictureCommand
from studio.ui.canvas.encoder import CanvasEncoder, MaskEncoding, Part, encode_mask, encode_picture
from studio.ui.canvas.loader import (
    Decoded,
    LoadTicket,
    PictureLoader,
    PreparedPicture,
    prepare,
    reduced_display,
)
from studio.ui.canvas.overlay import MaskOverlay
from studio.ui.canvas.selection_ops import SelectionOps
from studio.ui.imaging import display_image

UNDO_LIMIT = 200
# The mask is encoded in the background once painting pauses this long.
MASK_ENCODE_DELAY_MS = 250
# A mask edit, undo or redo over a box this large (2 MP) is made a band at a time
# (band_runner.py): a rectangle over most of a 4096² picture took 30-90 ms in one go.
BANDED_FROM_PIXELS = 1 << 21

Origin = tuple[str | None, str | None]  # (job id, image sha256) of the result on the canvas
NO_ORIGIN: Origin = (None, None)


@dataclass(frozen=True)
class PictureState:
    """Everything a picture change replaces: kept by its undo command for both directions.

    ``display`` and ``reduced``: the picture as drawn, once made, so that undo and redo put
    it back without converting it again (0.2 s at 4096², 0.6-0.9 s at 8192², on the UI
    thread). They share the document's pixels: no copy is made.
    """

    source: Image.Image | None
    encoded: bytes | None
    size: tuple[int, int] | None  # None: nothing open
    coverage: Image.Image | None
    origin: Origin = NO_ORIGIN
    display: QImage | None = None
    reduced: QImage | None = None


class CanvasDocument(QObject):
    """Holds the source picture (Pillow), its display QImage, the MaskModel and its overlay.

    The overlay (overlay.MaskOverlay) is an Indexed8 QImage whose index is the mask coverage:
    a changed region is copied in, and colour or opacity changes only rewrite the colour table.
    """

    image_changed = Signal()
    mask_changed = Signal()
    region_changed = Signal(QRect)  # in image pixels
    encoded = Signal()  # a background encoding of the picture or the mask is ready
    loading_changed = Signal()  # a large picture's preview arrived, or its load ended
    load_failed = Signal(str)  # a large picture could not be opened: the message says why

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self._source: Image.Image | None = None
        self._display: QImage | None = None
        self._reduced: QImage | None = None  # drawn instead when zoomed out (large pictures)
        self._mask: MaskModel | None = None
        self._overlay: MaskOverlay | None = None  # None exactly when the mask is
        self._colors: list[int] = [0] * 256
        self._stroking = False
        self._origin: Origin = NO_ORIGIN
        # The request's bytes are encoded on a pool thread (seconds for a 4096² picture) and
        # kept until the picture or mask changes; the picture as an InputImage, so its hash
        # is computed once.
        self._encoder = CanvasEncoder(self)
        self._encoded: bytes | None = None  # the opened file's bytes, when they can be sent
        self._mask_timer = QTimer(self)
        self._mask_timer.setSingleShot(True)
        self._mask_timer.setInterval(MASK_ENCODE_DELAY_MS)
        self._loader = PictureLoader(self)
        self._prepared: PreparedPicture | None = None  # for the push of the picture it made
        self._bands = BandRunner(self)  # a large mask change under way a band at a time
        self.set_overlay_style(QColor(255, 64, 160), 0.55)
        self.selection = SelectionOps(self)  # wand, object, subject, grow…: off the UI thread
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._encoder.encoded.connect(self.encoded)
        self._mask_timer.timeout.connect(self._on_mask_timer_timeout)
        self.mask_changed.connect(self._mask_timer.start)
        self._loader.changed.connect(self.loading_changed)
        self._loader.prepared.connect(self._on_loader_prepared)
        self._loader.failed.connect(self.load_failed)

    # -- picture -------------------------------------------------------------------------

    def set_image(
        self,
        image: Image.Image,
        encoded: bytes | None = None,
        *,
        origin: Origin = NO_ORIGIN,
        text: str = "",
    ) -> None:
        """Edit mode: a picture to mask, with a fresh mask; one undo step puts the old back.

        ``encoded``: bytes that decode to exactly this picture (the opened file), sent as they
        are; without them a PNG is encoded in the background. ``origin``: the job result it is.
        """
        self._loader.cancel()
        after = PictureState(image.copy(), encoded, image.size, None, origin)
        text = text or self.tr("Open Image")
        self.undo_stack.push(PictureCommand(self, self.picture_state(leaving=True), after, text))

    def load(
        self, decode: Callable[[], Decoded], *, large: bool, origin: Origin = NO_ORIGIN, text: str
    ) -> None:
        """Open what ``decode`` returns as one undo step: at once (raising ImageLoadError), or
        for a ``large`` picture on a pool thread, a reduced preview first (failures are
        reported by ``load_failed``)."""
        if large:
            self._loader.start(decode, LoadTicket(origin, text))
            return
        self._set_prepared(prepare(decode()), origin, text)

    def is_loading(self) -> bool:
        return self._loader.is_loading()

    def loading_preview(self) -> tuple[QImage, QSize] | None:
        """The reduced picture (and its full size) shown while a large one is prepared."""
        return self._loader.preview()

    def after_load(self, apply: Callable[[], None]) -> None:
        """Run ``apply`` once the picture being loaded is in place (a restored mask)."""
        self._loader.after_load(apply)

    def wait_for_load(self, timeout_ms: int = 30000) -> bool:
        """Block until the pool thread is done (tests); the result still arrives by signal."""
        return self._loader.wait(timeout_ms)

    def _set_prepared(self, picture: PreparedPicture, origin: Origin, text: str) -> None:
        self._loader.cancel()
        self._prepared = picture
        after = PictureState(
            picture.image,
            picture.encoded,
            picture.image.size,
            None,
            origin,
            picture.display,
            picture.reduced,
        )
        self.undo_stack.push(PictureCommand(self, self.picture_state(leaving=True), after, text))

    @Slot(object, object)
    def _on_loader_prepared(self, picture: PreparedPicture, ticket: LoadTicket) -> None:
        self._set_prepared(picture, ticket.origin, ticket.text)

    def new_blank(self, width: int, height: int) -> None:
        """Generate mode: a canvas of a chosen size with no source picture (undoable)."""
        self._loader.cancel()
        after = PictureState(None, None, (width, height), None)
        self.undo_stack.push(
            PictureCommand(self, self.picture_state(leaving=True), after, self.tr("New Canvas"))
        )

    def picture_state(self, *, leaving: bool = False) -> PictureState:
        """The picture, its mask and origin as they stand (the mask copied).

        ``leaving``: for the undo step of a picture change pushed at once, which drops this
        mask: its pixels are kept as they are, not copied (64 MB at 8192² on the UI thread).
        """
        self.finish_mask_work()
        size = self._mask.size if self._mask is not None else None
        coverage = None
        if self._mask is not None and self.has_mask():
            coverage = self._mask.dropped_image() if leaving else self._mask.image()
        return PictureState(
            self._source,
            self._encoded,
            size,
            coverage,
            self._origin,
            self._display if self._source is not None else None,
            self._reduced if self._source is not None else None,
        )

    def origin(self) -> Origin:
        """Which job result the canvas holds, (None, None) for an opened or pasted picture."""
        return self._origin

    def apply_picture_state(self, state: PictureState) -> None:
        """Called by undo commands: put ``state`` in place without touching the undo stack."""
        self.finish_mask_work()
        # Freed on the reaper's thread: an 8192² picture's buffers took 20-40 ms to free here.
        retire(self._source, self._display, self._reduced, self._mask, self._overlay)
        self._source, self._encoded, self._origin = state.source, state.encoded, state.origin
        self._encoder.invalidate(Part.IMAGE)
        self._encoder.invalidate(Part.MASK)
        if state.source is not None:
            self._encoder.start(Part.IMAGE, self._picture_job())
        prepared, self._prepared = self._prepared, None
        if prepared is not None and prepared.image is state.source and state.coverage is None:
            # Made on the loader's thread: the UI thread only takes it over.
            self._display, self._reduced = prepared.display, prepared.reduced
            self._mask, self._overlay = prepared.mask, MaskOverlay(prepared.overlay)
            self._overlay.set_colors(self._colors)
        else:
            source = state.source
            if source is None:
                self._display = self._reduced = None
            elif state.display is not None:  # undo, redo: drawn before, drawn again as it was
                self._display, self._reduced = state.display, state.reduced
            else:
                self._display, self._reduced = display_image(source), reduced_display(source)
            if state.size is None:
                self._mask, self._overlay = None, None
            else:
                self._reset_mask(*state.size, state.coverage)
        self.image_changed.emit()
        self.mask_changed.emit()

    def _reset_mask(self, width: int, height: int, coverage: Image.Image | None) -> None:
        if coverage is not None:
            self._mask = MaskModel.from_image(coverage)
        else:
            self._mask = MaskModel(width, height)
        self._overlay = MaskOverlay(mapped_qimage(width, height, QImage.Format.Format_Indexed8))
        self._overlay.set_colors(self._colors)
        if coverage is not None:
            self._refresh(self._mask.full_box())

    def has_image(self) -> bool:
        return self._source is not None

    def is_open(self) -> bool:
        """A picture or a blank canvas is open."""
        return self._mask is not None

    def size(self) -> QSize:
        return QSize(*self._mask.size) if self._mask else QSize()

    def picture(self) -> Image.Image | None:
        """The picture itself, not a copy: it is never changed in place (pool threads read it)."""
        return self._source

    def source_image(self) -> Image.Image | None:
        return self._source.copy() if self._source is not None else None

    def image_bytes(self) -> bytes | None:
        """The picture's request bytes, encoded now if the background encode has not landed."""
        if self._source is None:
            return None
        picture: InputImage = self._encoder.encode_now(Part.IMAGE, self._picture_job())
        return picture.data

    def image_input(self) -> InputImage | None:
        """The picture as a request input (hashed), or None while it is still being prepared."""
        if self._source is None:
            return None
        picture: InputImage | None = self._encoder.cached(Part.IMAGE)
        return picture

    def _picture_job(self) -> Callable[[], InputImage]:
        assert self._source is not None
        return partial(
            prepare_picture, self._source, self._encoded, self._encoder.superseded(Part.IMAGE)
        )

    def prepare_encodings(self, *, mask: bool = True) -> bool:
        """Start any missing encodes now; True when picture (and mask, if asked) are ready.

        When this returns False, ``encoded`` fires as each one lands. A failed encode counts
        as ready: building the request then encodes on the calling thread and raises.
        """
        if self._source is None:
            return True
        self._encoder.start(Part.IMAGE, self._picture_job())  # no-op when done or under way
        ready = self._encoder.settled(Part.IMAGE)
        if mask and self.has_mask():
            self._start_mask_encode()
            ready = ready and self._encoder.settled(Part.MASK)
        return ready

    def wait_for_encodings(self, timeout_ms: int = 30000) -> bool:
        """Block until background encodes end (on close and in tests)."""
        return self._encoder.wait(timeout_ms)

    def display(self) -> QImage | None:
        return self._display

    def reduced_display(self) -> QImage | None:
        """A smaller copy of a large picture, for drawing it zoomed out (None: use display)."""
        return self._reduced

    def has_alpha(self) -> bool:
        return self._source is None or self._source.mode == "RGBA"

    # -- overlay -------------------------------------------------------------------------

    def overlay(self) -> QImage:
        return self._overlay.image if self._overlay is not None else QImage()

    def reduced_overlay(self) -> QImage | None:
        """A smaller copy of a large mask's overlay, for drawing it zoomed out (None: use
        overlay)."""
        return self._overlay.reduced if self._overlay is not None else None

    def set_overlay_style(self, color: QColor, opacity: float) -> None:
        peak = max(0.0, min(1.0, opacity))
        red, green, blue = color.red(), color.green(), color.blue()
        self._colors = [qRgba(red, green, blue, round(i * peak)) for i in range(256)]
        if self._overlay is not None:
            self._overlay.set_colors(self._colors)
            image = self._overlay.image
            self.region_changed.emit(QRect(0, 0, image.width(), image.height()))

    def _refresh(self, box: Box | None, patches: Sequence[MaskPatch] = ()) -> None:
        """The mask changed in ``box`` (``patches``: copies of what it now holds there)."""
        self._encoder.invalidate(Part.MASK)
        if box is None or self._mask is None or self._overlay is None:
            return
        self._overlay.update(self._mask, box, patches)
        self.region_changed.emit(QRect(box.left, box.top, box.width, box.height))

    # -- mask ----------------------------------------------------------------------------

    def has_mask(self) -> bool:
        self.finish_mask_work()
        return self.shows_mask()

    def changing_mask(self) -> bool:
        """A large change of the mask is under way, a band at a time (reading the mask now
        finishes it first: work that can wait had better wait for mask_changed)."""
        return self._bands.busy()

    def shows_mask(self) -> bool:
        """Whether the overlay has paint, as drawn now (a large change may be under way)."""
        return self._overlay is not None and not self._overlay.is_empty()

    def coverage(self) -> Image.Image | None:
        self.finish_mask_work()
        return self._mask.image() if self._mask else None

    def coverage_if_painted(self) -> Image.Image | None:
        """A copy of the coverage, or None when nothing is painted (no 64 MB copy at 8192²)."""
        return self.coverage() if self.has_mask() else None

    def mask_png(self) -> bytes:
        """The mask export, encoded now if the background encode has not landed."""
        self.finish_mask_work()
        if self._mask is None:
            return b""
        encoding: MaskEncoding = self._encoder.encode_now(Part.MASK, self._mask_job())
        return encoding.png

    def mask_png_cached(self) -> bytes | None:
        """The mask export if it is already encoded (None: it would need encoding now)."""
        encoding = self.mask_encoding()
        return encoding.png if encoding is not None else None

    def mask_encoding(self) -> MaskEncoding | None:
        """The mask export with the coverage it was made from, if it is already encoded."""
        self.finish_mask_work()
        encoding: MaskEncoding | None = self._encoder.cached(Part.MASK)
        return encoding

    def mask_version(self) -> int:
        """Changes whenever the mask (or the picture under it) does."""
        self.finish_mask_work()
        return self._encoder.version(Part.MASK)

    def mask_model(self) -> MaskModel | None:
        """The live mask, for pool threads reading it (it only changes on this one): whoever
        reads it drops the result if the mask changed meanwhile (mask_version(), mask_changed)."""
        self.finish_mask_work()
        return self._mask

    def _mask_job(self) -> Callable[[], MaskEncoding]:
        assert self._mask is not None
        return partial(encode_mask, self._mask)

    def _start_mask_encode(self) -> None:
        self._mask_timer.stop()
        self.finish_mask_work()
        if self._mask is None or self._stroking or not self._encoder.needs(Part.MASK):
            return
        if self.has_mask():
            # The pool thread copies the live coverage (40 ms at 4096² on the UI thread stalled
            # painting): an edit during the copy bumps the version and the result is dropped.
            self._encoder.start(Part.MASK, self._mask_job())

    @Slot()
    def _on_mask_timer_timeout(self) -> None:
        self._start_mask_encode()

    def mask_image(self) -> QImage:
        """The export as a QImage (Format_ARGB32, image size); null when nothing is open."""
        self.finish_mask_work()
        if self._mask is None:
            return QImage()
        # Alpha8 converts to black with that alpha: exactly the export's pixels.
        alpha = ImageChops.invert(self._mask.image())
        width, height = alpha.size
        data = alpha.tobytes()  # must outlive the wrapping QImage
        wrapped = QImage(data, width, height, width, QImage.Format.Format_Alpha8)
        return wrapped.convertToFormat(QImage.Format.Format_ARGB32)

    def begin_stroke(self) -> None:
        self.finish_mask_work()
        if self._mask is None or self._stroking:
            return
        self._stroking = True
        self._mask.begin_edit()

    def stroke_segment(
        self, start: Point, end: Point, radius: float, hardness: float, erase: bool
    ) -> None:
        if self._mask is not None and self._stroking:
            self._refresh(self._mask.stroke_segment(start, end, radius, hardness, erase))

    def end_stroke(self, text: str) -> None:
        if self._mask is None or not self._stroking:
            return
        self._stroking = False
        if self._mask.recorded() <= 4 * GROUP_PATCHES:
            self._push(self._mask.end_edit(), text)
            return
        # A long stroke's undo copies are made over the next turns (8192²: thousands of tiles).
        command = MaskEditCommand(self, None, text)
        self.undo_stack.push(command)
        steps = self._mask.end_edit_in_steps()

        def copies() -> Iterator[None]:
            command.edit = yield from steps

        self._start_bands(copies())

    def rectangle(self, corner: Point, other: Point, erase: bool = False) -> None:
        text = self.tr("Erase Rectangle") if erase else self.tr("Rectangle")
        self._edit(text, lambda m: m.plan_rectangle(corner, other, erase))

    def polygon(self, points: Sequence[Point], erase: bool = False) -> None:
        self._record(
            self.tr("Erase Lasso") if erase else self.tr("Lasso"),
            lambda m: m.polygon(points, erase),
        )

    def fill(self) -> None:
        self._edit(self.tr("Fill Mask"), MaskModel.plan_fill)

    def clear(self) -> None:
        self._edit(self.tr("Clear Mask"), MaskModel.plan_clear)

    def merge_selection(self, box: Box, cover: Image.Image, erase: bool, text: str) -> None:
        """Add a selection to the mask (or subtract it) as one undo step."""
        self._edit(text, lambda m: m.plan_merge(box, cover, erase))

    def paste_mask(self, patch: MaskPatch, text: str, before: MaskPatch | None = None) -> None:
        """Put new pixels over one box of the mask as one undo step.

        ``before``: the pixels ``patch`` replaces, copied off the UI thread from this very mask;
        the undo step is then made of the two patches, and nothing is copied here but the
        paste itself (restoring a mask at 8192² copied 64 MB of undo tiles on the UI thread).
        """
        self.finish_mask_work()
        mask = self._mask
        if before is None or before.box != patch.box or mask is None or self._stroking:
            self._edit(text, lambda m: m.plan_paste(patch))
            return
        if mask.plan_paste(patch) is None:
            return  # computed for a mask of another size
        edit = MaskEdit((before,), (patch,), patch.box)
        self.undo_stack.push(MaskEditCommand(self, edit, text))
        self._restore(edit.after, edit.box)

    def replace_mask(self, coverage: Image.Image, text: str = "") -> None:
        self._record(text or self.tr("Import Mask"), lambda m: m.replace(coverage))

    def invert(self) -> None:
        self.finish_mask_work()
        if self._mask is not None:
            self.undo_stack.push(InvertMaskCommand(self))

    def _record(self, text: str, operation: Callable[[MaskModel], Box | None]) -> None:
        self.finish_mask_work()
        if self._mask is None or self._stroking:
            return
        self._mask.begin_edit()
        box = operation(self._mask)
        edit = self._mask.end_edit()
        self._refresh(box, edit.after if edit is not None else ())
        self._push(edit, text)

    def _edit(self, text: str, plan: Callable[[MaskModel], Plan | None]) -> None:
        """One planned edit as one undo step: at once, or a band at a time when large."""
        self.finish_mask_work()
        mask = self._mask
        if mask is None or self._stroking:
            return
        planned = plan(mask)
        if planned is None or planned.box.area < BANDED_FROM_PIXELS:
            self._record(text, lambda m: m.apply(planned))
            return
        command = MaskEditCommand(self, None, text)
        self.undo_stack.push(command)
        steps = mask.change_in_bands(planned)

        def bands() -> Iterator[None]:
            while True:
                try:
                    patch = next(steps)
                except StopIteration as done:
                    command.edit = done.value
                    return
                self._refresh(patch.box, (patch,))
                yield

        self._start_bands(bands())

    def _push(self, edit: MaskEdit | None, text: str) -> None:
        if edit is not None:
            self.undo_stack.push(MaskEditCommand(self, edit, text))
            self.mask_changed.emit()

    # -- large changes, a band at a time ------------------------------------------------

    def _restore(self, patches: Sequence[MaskPatch], box: Box) -> None:
        """Put an undo record's pixels back: at once, or a band at a time when large."""
        assert self._mask is not None
        if box.area < BANDED_FROM_PIXELS and len(patches) <= GROUP_PATCHES:
            self._mask.restore(patches)
            self._refresh(box, patches)
            self.mask_changed.emit()
            return
        mask = self._mask

        def bands() -> Iterator[None]:
            for changed in mask.restore_in_bands(patches):
                self._refresh(changed)
                yield

        self._start_bands(bands())

    def _start_bands(self, bands: Iterator[None]) -> None:
        """Make the change a band at a time; then tell that the mask changed."""
        self._bands.start(bands, self.mask_changed.emit)

    def finish_mask_work(self) -> None:
        """Make what is left of a large mask change now (before reading or changing it)."""
        self._bands.finish()

    # -- called by undo commands -----------------------------------------------------------

    def replay_edit(self, command: MaskEditCommand, *, forward: bool) -> None:
        self.finish_mask_work()
        edit = command.edit
        if self._mask is None or edit is None:
            return
        self._restore(edit.after if forward else edit.before, edit.box)

    def invert_now(self) -> None:
        self.finish_mask_work()
        mask = self._mask
        if mask is None:
            return
        box = mask.full_box()
        if box.area < BANDED_FROM_PIXELS:
            self._refresh(mask.invert())
            self.mask_changed.emit()
            return

        def bands() -> Iterator[None]:
            for band in mask.bands(box):
                mask.invert_part(band)
                self._refresh(band)
                yield

        self._start_bands(bands())


def prepare_picture(
    source: Image.Image, encoded: bytes | None, abandoned: Callable[[], bool] | None = None
) -> InputImage:
    """On a pool thread: the picture's bytes (the file's, else a PNG), named and hashed.

    Raises png.Abandoned once ``abandoned`` says the canvas holds another picture: a pasted
    8192² picture's PNG took seconds of a core, which the next picture's load then shared."""
    data = encoded if encoded is not None else encode_picture(source, abandoned)
    picture = InputImage(data, _input_name(data))
    _ = picture.sha256  # the cache key needs it; hashing 35 MB takes 40 ms
    with contextlib.suppress(ImageInfoError):
        picture.info()  # validation and the estimate read it, on the UI thread
        picture.check_decodes()  # the job checks it before sending
    return picture


def _input_name(data: bytes) -> str:
    try:
        fmt = inspect(data).format
    except ImageInfoError:
        fmt = "PNG"
    return f"canvas.{EXT_BY_FORMAT.get(fmt, 'png')}"
