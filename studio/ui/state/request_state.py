"""What the next job will send: prompt, parameters, reference images, and the canvas source.

The prompt panel writes it, the cost sidebar and the generate action read it. The canvas is
reached through a small protocol so this state needs no widget.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot

from studio.core.catalog import Catalog, ModelSpec
from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.settings import Defaults

MAX_REFERENCES = 15  # plus the canvas image: 16 in all


class CanvasSource(Protocol):
    """What the request needs from the canvas (implemented by the canvas view)."""

    def has_image(self) -> bool: ...
    def image_bytes(self) -> bytes: ...
    def has_mask(self) -> bool: ...
    def mask_png(self) -> bytes: ...


class RequestState(QObject):
    """Observable request-in-progress. ``changed`` fires after any edit."""

    changed = Signal()
    prompt_changed = Signal(str)
    params_changed = Signal(object)  # ImageParams
    references_changed = Signal()
    origin_changed = Signal()

    def __init__(
        self, catalog: Catalog, defaults: Defaults | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        d = defaults or Defaults()
        self._prompt = ""
        self._params = ImageParams(
            model=d.model,
            size=d.size,
            quality=d.quality,
            n=d.n,
            partial_images=d.partial_images,
            output_format=d.output_format,
        )
        self._references: list[InputImage] = []
        self._canvas: CanvasSource | None = None
        self.use_mask = True
        # Lineage of the canvas image: the job and image sha it was taken from, if any.
        self.origin_job_id: str | None = None
        self.origin_image: str | None = None

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
        return self.use_mask and canvas is not None and canvas.has_image() and canvas.has_mask()

    def build_estimate_request(self) -> tuple[ImageRequest, bool]:
        """A request for the live estimate, and whether it is exact enough for a cache lookup.

        Encoding a large mask takes about a second, so the estimate uses the canvas's cached
        encoding when there is one and otherwise leaves the mask out: masks are not billed, so
        the dollars are the same, but the fingerprint would not be, hence no cache lookup.
        """
        canvas = self._canvas
        needs_mask = (
            canvas is not None and canvas.has_image() and self.use_mask and canvas.has_mask()
        )
        cached = getattr(canvas, "mask_png_cached", None)
        if not needs_mask or cached is None or cached() is not None:
            return self.build_request(), True
        request = self.build_request(include_mask=False)
        return request, False

    def build_request(self, *, stream: bool = True, include_mask: bool = True) -> ImageRequest:
        """The request for the current state (reads the canvas now: call on the UI thread)."""
        images: list[InputImage] = []
        mask = None
        if self._canvas is not None and self._canvas.has_image():
            images.append(InputImage(self._canvas.image_bytes(), "canvas.png"))
            if include_mask and self.use_mask and self._canvas.has_mask():
                mask = self._canvas.mask_png()
        images += self._references
        return ImageRequest(self._prompt, self._params, tuple(images), mask, stream=stream)

    # --- writing ---------------------------------------------------------------------------
    def set_origin(self, job_id: str | None, image_sha: str | None) -> None:
        """Record which result the canvas holds; the next job's JobOptions carry it as parent."""
        if (job_id, image_sha) != (self.origin_job_id, self.origin_image):
            self.origin_job_id, self.origin_image = job_id, image_sha
            self.origin_changed.emit()

    def attach_canvas(self, canvas: CanvasSource) -> None:
        self._canvas = canvas
        self.changed.emit()

    @Slot()
    def canvas_changed(self) -> None:
        """Call when the canvas image or mask changed (mode and estimate may change)."""
        self.changed.emit()

    def set_prompt(self, text: str) -> None:
        if text != self._prompt:
            self._prompt = text
            self.prompt_changed.emit(text)
            self.changed.emit()

    def update_params(self, **changes: Any) -> None:
        """Change some parameters, e.g. ``update_params(quality="high", n=2)``."""
        params = replace(self._params, **changes)
        if params != self._params:
            self._params = params
            self.params_changed.emit(params)
            self.changed.emit()

    def set_params(self, params: ImageParams) -> None:
        if params != self._params:
            self._params = params
            self.params_changed.emit(params)
            self.changed.emit()

    def add_reference(self, image: InputImage) -> None:
        if len(self._references) >= MAX_REFERENCES:
            raise ValueError(f"at most {MAX_REFERENCES + 1} images in all (canvas included)")
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
