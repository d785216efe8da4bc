"""What the next job will send: prompt, parameters, reference images, and the canvas source.

The prompt panel writes it, the cost sidebar and the generate action read it. The canvas is
reached through a small protocol so this state needs no widget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, SignalInstance, Slot

from studio.core.catalog import Catalog, ModelSpec, UnknownModelError
from studio.core.clock import system_clock
from studio.core.lifecycle import Lifecycle
from studio.core.requests import ImageParams, ImageRequest, InputImage, coerce_to_model
from studio.core.settings import Defaults
from studio.core.sizing import matching_size

MAX_REFERENCES = 15  # plus the canvas image: 16 in all
# What build_request() raises when the canvas picture or mask cannot be encoded.
CANVAS_ENCODE_ERRORS = (MemoryError, OSError, ValueError)


class CanvasSource(Protocol):
    """What the request needs from the canvas (implemented by the canvas view).

    The picture and mask are encoded in the background; ``encoded`` fires as each lands.
    """

    image_changed: SignalInstance
    mask_changed: SignalInstance
    encoded: SignalInstance

    def has_image(self) -> bool: ...
    def picture_size(self) -> tuple[int, int] | None: ...
    def image_bytes(self) -> bytes | None: ...
    def image_input(self) -> InputImage | None: ...
    def has_mask(self) -> bool: ...
    def mask_png(self) -> bytes: ...
    def mask_png_cached(self) -> bytes | None: ...
    def prepare_encodings(self, *, mask: bool = True) -> bool: ...


class MarkupSource(Protocol):
    """The canvas's markup layer (studio/ui/canvas/markup.py): sent instead of the mask."""

    changed: SignalInstance  # mode, marks or their encoding changed

    def sends(self) -> bool: ...
    def png(self) -> bytes: ...
    def png_cached(self) -> bytes | None: ...
    def prepare(self) -> bool: ...


class RequestState(QObject):
    """Observable request-in-progress. ``changed`` fires after any edit."""

    changed = Signal()
    prompt_changed = Signal(str)
    params_changed = Signal(object)  # ImageParams
    references_changed = Signal()
    origin_changed = Signal()
    preparing_changed = Signal(bool)  # waiting for the canvas encodings before a job starts
    notice = Signal(str)  # something the user should know once, e.g. a model was replaced

    def __init__(
        self,
        catalog: Catalog,
        defaults: Defaults | None = None,
        parent: QObject | None = None,
        lifecycle: Lifecycle | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.lifecycle = lifecycle or Lifecycle(catalog, clock=system_clock())
        d = defaults or Defaults()
        self._prompt = ""
        self._params = self._sendable(
            ImageParams(
                model=d.model,
                size=d.size,
                quality=d.quality,
                n=d.n,
                partial_images=d.partial_images,
                output_format=d.output_format,
            )
        )
        self._references: list[InputImage] = []
        self._canvas: CanvasSource | None = None
        self._markup: MarkupSource | None = None
        self._matched: tuple[tuple[ModelSpec, int, int], str] | None = None
        self.use_mask = True
        # "Match canvas": with a picture open, the size is the model's closest to its aspect.
        self._size_follows_canvas = True
        # Lineage of the canvas image: the job and image sha it was taken from, if any.
        self.origin_job_id: str | None = None
        self.origin_image: str | None = None
        self._waiting: list[Callable[[], object]] = []

    # --- reading ---------------------------------------------------------------------------
    @property
    def prompt(self) -> str:
        return self._prompt

    @property
    def params(self) -> ImageParams:
        return self._params

    @property
    def spec(self) -> ModelSpec:
        return self.catalog.get(self._params.model)

    @property
    def size_follows_canvas(self) -> bool:
        return self._size_follows_canvas

    def canvas_size(self) -> tuple[int, int] | None:
        """The picture's size when the canvas holds one (a blank canvas included)."""
        canvas = self._canvas
        return canvas.picture_size() if canvas is not None and canvas.has_image() else None

    def effective_params(self) -> ImageParams:
        """The parameters a job sends now: "Match canvas" resolved against the picture."""
        size = self.canvas_size() if self._size_follows_canvas else None
        if size is None:
            return self._params
        return replace(self._params, size=self._matching_size(self.spec, *size))

    def _matching_size(self, spec: ModelSpec, width: int, height: int) -> str:
        # Asked by several panels on every canvas change; weighing every size takes ~8 ms.
        key = (spec, width, height)
        if self._matched is None or self._matched[0] != key:
            self._matched = (key, matching_size(self.catalog, spec, width, height))
        return self._matched[1]

    @property
    def references(self) -> tuple[InputImage, ...]:
        return tuple(self._references)

    @property
    def mode(self) -> str:
        """'edit' when the canvas holds an image or references exist, else 'generate'."""
        has_canvas = self._canvas is not None and self._canvas.has_image()
        return "edit" if has_canvas or self._references else "generate"

    def has_mask(self) -> bool:
        """True when the next edit would send the painted mask."""
        canvas = self._canvas
        if self.sends_markup():
            return False  # one or the other per edit: the API refuses both
        return self.use_mask and canvas is not None and canvas.has_image() and canvas.has_mask()

    def sends_markup(self) -> bool:
        """True when the next edit would send the canvas's markup (and then no mask)."""
        canvas, markup = self._canvas, self._markup
        return markup is not None and markup.sends() and canvas is not None and canvas.has_image()

    @property
    def preparing(self) -> bool:
        """A job is waiting for the canvas encodings."""
        return bool(self._waiting)

    def build_estimate_request(self) -> tuple[ImageRequest | None, bool]:
        """A request for the live estimate, and whether it is exact enough for a cache lookup.

        Never encodes on the UI thread: None while the picture is still being encoded (its
        size and bytes are not known yet). Without the mask's encoding the mask is left out:
        masks are not billed, so the dollars are the same, but the fingerprint would not be,
        hence no cache lookup.
        """
        canvas = self._canvas
        if canvas is None or not canvas.has_image():
            return self.build_request(), True
        canvas.prepare_encodings(mask=self.use_mask)
        picture = canvas.image_input()
        if picture is None:
            return None, False
        exact = not self.has_mask() or canvas.mask_png_cached() is not None
        if self.sends_markup() and self._markup is not None:
            exact = exact and self._markup.prepare() and self._markup.png_cached() is not None
        request = self._request_with(picture, include_mask=exact)
        return request, exact

    def encodings_ready(self) -> bool:
        """True when build_request() will not encode; otherwise starts the missing encodes."""
        canvas = self._canvas
        if canvas is None or not canvas.has_image():
            return True
        ready = canvas.prepare_encodings(mask=self.use_mask and not self.sends_markup())
        if self.sends_markup() and self._markup is not None:
            ready = self._markup.prepare() and ready
        return ready

    def defer_until_ready(self, callback: Callable[[], object]) -> bool:
        """True when the canvas's request bytes are ready now (``callback`` is not called);
        otherwise False, and ``callback`` runs once they land.

        The UI stays live meanwhile; ``preparing_changed`` says when a job is waiting.
        """
        if self.encodings_ready():
            return True
        self._waiting.append(callback)
        if len(self._waiting) == 1:
            self.preparing_changed.emit(True)
        return False

    def cancel_waiting(self) -> bool:
        """Drop the jobs waiting for encodings; True if there were any."""
        if not self._waiting:
            return False
        self._waiting.clear()
        self.preparing_changed.emit(False)
        return True

    def build_request(self, *, stream: bool = True, include_mask: bool = True) -> ImageRequest:
        """The request for the current state, from the canvas's encodings.

        Encodes on this thread whatever has not been encoded yet, raising one of
        CANVAS_ENCODE_ERRORS if that fails: call once defer_until_ready() says the bytes are
        there (or in tests and tools, where waiting is fine).
        """
        picture = None
        if self._canvas is not None and self._canvas.has_image():
            picture = self._canvas.image_input()
            if picture is None:
                picture = InputImage(self._canvas.image_bytes() or b"", "canvas.png")
        return self._request_with(picture, include_mask=include_mask, stream=stream)

    def _request_with(
        self, picture: InputImage | None, *, include_mask: bool, stream: bool = True
    ) -> ImageRequest:
        images = ([picture] if picture is not None else []) + self._references
        mask = None
        if picture is not None and include_mask and self.has_mask() and self._canvas is not None:
            mask = self._canvas.mask_png()
        markup = None
        if picture is not None and include_mask and self.sends_markup() and self._markup:
            markup = self._markup.png()
        params = self.effective_params()
        return ImageRequest(self._prompt, params, tuple(images), mask, markup, stream=stream)

    # --- writing ---------------------------------------------------------------------------
    def set_origin(self, job_id: str | None, image_sha: str | None) -> None:
        """Record which result the canvas holds; the next job's JobOptions carry it as parent."""
        if (job_id, image_sha) != (self.origin_job_id, self.origin_image):
            self.origin_job_id, self.origin_image = job_id, image_sha
            self.origin_changed.emit()

    def attach_canvas(self, canvas: CanvasSource) -> None:
        self._canvas = canvas
        canvas.image_changed.connect(self.canvas_changed)
        canvas.mask_changed.connect(self.canvas_changed)
        canvas.encoded.connect(self.canvas_changed)
        self.changed.emit()

    def attach_markup(self, markup: MarkupSource) -> None:
        self._markup = markup
        markup.changed.connect(self.canvas_changed)
        self.changed.emit()

    @Slot()
    def canvas_changed(self) -> None:
        """The canvas image, mask or an encoding changed: mode and estimate may change, and
        jobs waiting for the encodings may go."""
        self.changed.emit()
        if not self._waiting or not self.encodings_ready():
            return
        waiting, self._waiting = self._waiting, []
        self.preparing_changed.emit(False)
        for callback in waiting:
            callback()

    def set_prompt(self, text: str) -> None:
        if text != self._prompt:
            self._prompt = text
            self.prompt_changed.emit(text)
            self.changed.emit()

    def update_params(self, **changes: Any) -> None:
        """Change some parameters, e.g. ``update_params(quality="high", n=2)``.

        A size given here is the designer's choice: it stops following the canvas.
        """
        if "size" in changes and self._size_follows_canvas:
            self._size_follows_canvas = False
            self._params = replace(self._params, size="")  # so the new size is always shown
        self.set_params(replace(self._params, **changes))

    def set_params(self, params: ImageParams) -> None:
        """Show ``params``; a model this provider no longer serves (a restored session, a
        history entry) is replaced by its successor, with a notice."""
        params = self._sendable(params)
        if params != self._params:
            self._params = params
            self.params_changed.emit(params)
            self.changed.emit()

    def set_size_follows_canvas(self, follows: bool) -> None:
        """Switch "Match canvas" on or off (the size field shows it as its first entry)."""
        if follows != self._size_follows_canvas:
            self._size_follows_canvas = follows
            self.params_changed.emit(self._params)
            self.changed.emit()

    def _sendable(self, params: ImageParams) -> ImageParams:
        try:
            spec = self.catalog.get(params.model)
        except UnknownModelError:
            spec = None
        if spec is not None and self.lifecycle.sendable(spec):
            return params
        instead = self.catalog.get(self.lifecycle.replacement(params.model))
        if spec is not None:
            message = self.tr("%1 was retired on %2; %3 is used instead.")
            day = spec.shutdown.isoformat() if spec.shutdown else ""
            text = message.replace("%1", spec.label).replace("%2", day).replace("%3", instead.label)
        else:
            text = self.tr("The model %1 is not known here; %2 is used instead.")
            text = text.replace("%1", params.model).replace("%2", instead.label)
        QTimer.singleShot(0, lambda: self.notice.emit(text))  # listeners connect after init
        return coerce_to_model(params, instead)

    def add_reference(self, image: InputImage) -> None:
        if len(self._references) >= MAX_REFERENCES:
            raise ValueError(
                QCoreApplication.translate(
                    "RequestState", "At most {count} images in all (the canvas counts as one)."
                ).format(count=MAX_REFERENCES + 1)
            )
        self._references.append(image)
        self.references_changed.emit()
        self.changed.emit()

    def remove_reference(self, index: int) -> None:
        del self._references[index]
        self.references_changed.emit()
        self.changed.emit()

    def clear_references(self) -> None:
        if self._references:
            self._references.clear()
            self.references_changed.emit()
            self.changed.emit()
