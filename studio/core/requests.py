"""The request a job sends (frozen, hashable) and the parameters the API accepts."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from studio.core.catalog import ModelSpec
    from studio.core.imageinfo import ImageInfo

SIZE_PATTERN = re.compile(r"^(\d{2,5})x(\d{2,5})$")
BACKGROUNDS = ("auto", "opaque", "transparent")
MODERATIONS = ("auto", "low")
FIDELITIES = ("low", "high")
COMPLEXITIES = ("low", "medium", "high")
# Formats returned whole, never streamed: no partial images, no compression [SDK-gen 3.57].
WHOLE_FORMATS = ("gif", "svg")
RASTER_FORMATS = ("png", "jpeg", "webp")


def parse_size(size: str) -> tuple[int, int] | None:
    """(width, height) of a ``WxH`` string; None for ``auto``; ValueError for anything else."""
    if size == "auto":
        return None
    match = SIZE_PATTERN.match(size.strip().lower())
    if not match:
        raise ValueError(f"size must be 'auto' or WIDTHxHEIGHT such as 1536x1024, not {size!r}")
    return int(match.group(1)), int(match.group(2))


@dataclass(frozen=True)
class InputImage:
    """An input image's encoded bytes and the file name sent with it."""

    data: bytes = field(repr=False)
    name: str = "image.png"

    @cached_property
    def sha256(self) -> str:
        # Cached: the cache key, the estimate and the job each ask (40 ms for a 35 MB PNG).
        import hashlib  # with OpenSSL's, 5 ms not spent before the window's first frame

        return hashlib.sha256(self.data).hexdigest()

    def info(self) -> ImageInfo:
        """What the bytes are (format, size, orientation): read once (ImageInfoError if not
        an image). Validation asks at Generate and again at the budget check, on the UI
        thread: walking a 4096² PNG's chunks took 5 ms each time."""
        found = self._inspected
        if isinstance(found, Exception):
            raise found
        return found

    def check_decodes(self) -> None:
        """ImageInfoError when the pixel data is cut short or damaged: checked once (every
        checksum of a 4096² PNG: 60-80 ms, which the canvas's encode does ahead of the job)."""
        found = self._decodes
        if found is not None:
            raise found

    @cached_property
    def _decodes(self) -> Exception | None:
        from studio.core.imageinfo import ImageInfoError, check_decodes

        try:
            check_decodes(self.data)
        except ImageInfoError as exc:
            return exc
        return None

    @cached_property
    def _inspected(self) -> ImageInfo | Exception:
        from studio.core.imageinfo import ImageInfoError, inspect

        try:
            return inspect(self.data)
        except ImageInfoError as exc:
            return exc

    def __repr__(self) -> str:
        return f"InputImage({self.name!r}, {len(self.data)} bytes)"


@dataclass(frozen=True)
class ImageParams:
    """Every parameter the Images API takes besides prompt, images and mask."""

    model: str = "gpt-image-2"
    size: str = "auto"
    quality: str = "auto"
    n: int = 1
    background: str = "auto"
    output_format: str = "png"
    output_compression: int | None = None
    moderation: str = "auto"
    input_fidelity: str | None = None
    partial_images: int = 0
    complexity: str | None = None
    frame_count: int | None = None  # gif only (the API's default is 9)
    frame_duration_ms: int | None = None  # gif only (the API's default is 200)
    svg_model: str | None = None  # svg only: the author model (omitted: the account default)
    svg_effort: str | None = None  # svg only: the author's reasoning effort
    safety_identifier: str | None = None  # a hash standing for the user, never a name

    def __post_init__(self) -> None:
        # "1024X1024" and " auto" are what the user meant: send, price and cache one spelling.
        canonical = self.size.strip().lower()
        if canonical == "auto" or SIZE_PATTERN.match(canonical):
            object.__setattr__(self, "size", canonical)

    @classmethod
    def from_fields(cls, fields: Mapping[str, Any]) -> ImageParams:
        """Parameters back from a stored record (keys that are not parameters are ignored)."""
        names = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in fields.items() if k in names}
        svg = fields.get("svg")
        if isinstance(svg, Mapping):  # sent as the API's object: {model, reasoning: {effort}}
            reasoning = svg.get("reasoning")
            values["svg_model"] = svg.get("model")
            values["svg_effort"] = (
                reasoning.get("effort") if isinstance(reasoning, Mapping) else None
            )
        return cls(**values)

    def api_fields(self, *, edit: bool) -> dict[str, Any]:
        """The fields to send: explicit values, optional ones only when set."""
        fields: dict[str, Any] = {
            "model": self.model,
            "size": self.size,
            "quality": self.quality,
            "n": self.n,
            "background": self.background,
            "output_format": self.output_format,
        }
        optional = {
            "output_compression": self.output_compression,
            "complexity": self.complexity,
            "input_fidelity": self.input_fidelity if edit else None,
            "moderation": self.moderation if self.moderation != "auto" else None,
        }
        fields.update({k: v for k, v in optional.items() if v is not None})
        fields.update(self._format_fields())
        if self.safety_identifier:
            fields["safety_identifier"] = self.safety_identifier
        return fields

    def _format_fields(self) -> dict[str, Any]:
        """GIF's frames and SVG's author object, only with their format."""
        if self.output_format == "gif":
            frames = {"frame_count": self.frame_count, "frame_duration_ms": self.frame_duration_ms}
            return {k: v for k, v in frames.items() if v is not None}
        if self.output_format == "svg" and self.svg_model:
            svg: dict[str, Any] = {"model": self.svg_model}
            if self.svg_effort:
                svg["reasoning"] = {"effort": self.svg_effort}
            return {"svg": svg}
        return {}


@dataclass(frozen=True)
class ImageRequest:
    """A generation (no images) or an edit (1..16 images, optional mask or markup)."""

    prompt: str
    params: ImageParams = field(default_factory=ImageParams)
    images: tuple[InputImage, ...] = ()
    mask: bytes | None = field(default=None, repr=False)
    markup: bytes | None = field(default=None, repr=False)
    stream: bool = True

    @property
    def is_edit(self) -> bool:
        return bool(self.images)

    @property
    def mode(self) -> str:
        return "edit" if self.images else "generate"

    @property
    def streams(self) -> bool:
        """Whether the request is sent as a stream (GIF and SVG arrive whole)."""
        return self.stream and self.params.output_format not in WHOLE_FORMATS

    def __repr__(self) -> str:
        mask = f", mask {len(self.mask)} bytes" if self.mask else ""
        markup = f", markup {len(self.markup)} bytes" if self.markup else ""
        return (
            f"ImageRequest({self.mode}, {self.prompt[:40]!r}, {self.params}, "
            f"{len(self.images)} images{mask}{markup})"
        )


def coerce_to_model(params: ImageParams, spec: ModelSpec) -> ImageParams:
    """``params`` moved to ``spec``, dropping values the new model would reject."""
    size = params.size
    if spec.fixed_sizes is not None and size not in spec.fixed_sizes:
        size = next((s for s in spec.fixed_sizes if s != "auto"), "auto")
    quality = params.quality if params.quality in spec.qualities else spec.qualities[0]
    fmt = params.output_format if params.output_format in spec.output_formats else "png"
    background = params.background
    if spec.unsupported_reason("background", background):
        background = "auto"
    return ImageParams(
        model=spec.id,
        size=size,
        quality=quality,
        n=params.n,
        background=background,
        output_format=fmt,
        output_compression=params.output_compression if fmt in ("jpeg", "webp") else None,
        moderation=params.moderation,
        input_fidelity=(
            params.input_fidelity if params.input_fidelity in spec.input_fidelity else None
        ),
        partial_images=params.partial_images if spec.streaming and fmt in RASTER_FORMATS else 0,
        complexity=params.complexity if params.complexity in spec.complexity else None,
        frame_count=params.frame_count if fmt == "gif" else None,
        frame_duration_ms=params.frame_duration_ms if fmt == "gif" else None,
        svg_model=params.svg_model if fmt == "svg" else None,
        svg_effort=params.svg_effort if fmt == "svg" else None,
        safety_identifier=params.safety_identifier,
    )
