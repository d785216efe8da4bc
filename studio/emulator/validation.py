"""Request validation like the real Images API, producing a checked `ImageRequest`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from PIL import Image

from studio.emulator import errors, formats
from studio.emulator.errors import USER_ERROR, ApiError
from studio.emulator.formats import OutputOptions
from studio.emulator.models import LEGACY_SIZES, ModelSpec, resolve_model
from studio.emulator.params import Params
from studio.emulator.uploads import EditInputs, Upload, edit_inputs

MAX_PROMPT = 32_000
FORMATS = ("png", "jpeg", "webp")
COMMON = {
    "prompt", "model", "n", "size", "quality", "background", "output_format",
    "output_compression", "partial_images", "stream", "user", "safety_identifier",
    "complexity", "frame_count", "frame_duration_ms", "svg",
}  # fmt: skip
GENERATE_ONLY = {"moderation"}  # the edit endpoint has no moderation parameter
EDIT_ONLY = {"image", "images", "mask", "markup", "input_fidelity"}
_SIZE = re.compile(r"^(\d{1,5})x(\d{1,5})$")


@dataclass(frozen=True)
class ImageRequest:
    """A validated generation or edit; `quality` and `size` are resolved (never "auto")."""

    edit: bool
    spec: ModelSpec
    prompt: str
    n: int
    size: tuple[int, int]
    quality: str
    transparent: bool
    output_format: str
    compression: int
    partial_images: int
    stream: bool
    input_fidelity: str | None
    inputs: EditInputs | None
    options: OutputOptions = field(default_factory=OutputOptions)
    safety_identifier: str | None = None

    @property
    def size_text(self) -> str:
        return f"{self.size[0]}x{self.size[1]}"

    @property
    def input_images(self) -> tuple[Image.Image, ...]:
        return () if self.inputs is None else self.inputs.images


def size_error(text: str, reason: str) -> ApiError:
    message = f"Invalid size '{text}'. {reason}"
    return ApiError(400, message, type=USER_ERROR, param="size", code="invalid_value")


def check_size(spec: ModelSpec, text: str) -> tuple[int, int] | None:
    """Parse and check `text` for `spec`; None for "auto"."""
    if text == "auto":
        return None
    match = _SIZE.match(text)
    if not spec.custom_sizes:
        if text not in LEGACY_SIZES or match is None:
            reason = "Supported sizes are 1024x1024, 1024x1536, 1536x1024, and auto."
            raise size_error(text, reason)
        return int(match.group(1)), int(match.group(2))
    if match is None:
        raise size_error(text, "Use WIDTHxHEIGHT (for example 1536x864) or auto.")
    width, height = int(match.group(1)), int(match.group(2))
    long_edge, short_edge = max(width, height), min(width, height)
    if width % 16 or height % 16:
        raise size_error(text, "Width and height must both be multiples of 16.")
    if long_edge > 3 * short_edge:
        raise size_error(text, "The aspect ratio must be between 1:3 and 3:1.")
    if long_edge > 3840:
        raise size_error(text, "The longest edge must be at most 3840 pixels.")
    if not 655_360 <= width * height <= 8_294_400:
        raise size_error(text, "The total pixel count must be between 655,360 and 8,294,400.")
    return width, height


def _edit_auto_size(spec: ModelSpec, first: Image.Image) -> tuple[int, int]:
    try:
        return check_size(spec, f"{first.width}x{first.height}") or (1024, 1024)
    except ApiError:
        return 1024, 1024


def _check_names(params: Params, edit: bool) -> None:
    allowed = COMMON | EDIT_ONLY if edit else COMMON | GENERATE_ONLY
    for name in sorted(params.names()):
        if name.split("[")[0] not in allowed:
            raise errors.unknown_parameter(name)


def _prompt(params: Params) -> str:
    prompt = params.text("prompt")
    if prompt is None:
        raise errors.missing("prompt")
    if not prompt.strip():
        raise errors.invalid_value("prompt", "Invalid 'prompt': the prompt must not be empty.")
    if len(prompt) > MAX_PROMPT:
        message = (
            f"Invalid 'prompt': string too long. Expected a string with maximum length"
            f" {MAX_PROMPT}, but got a string with length {len(prompt)} instead."
        )
        raise ApiError(400, message, param="prompt", code="string_above_max_length")
    return prompt


def _complexity(params: Params, spec: ModelSpec) -> None:
    if params.given("complexity"):
        if not spec.complexity:
            raise errors.invalid_value("complexity", f"'complexity' is not supported by {spec.id}.")
        params.choice("complexity", ("low", "medium", "high"), None)


def _format_and_background(params: Params) -> tuple[str, int, bool]:
    output_format = params.choice("output_format", (*FORMATS, "gif", "svg"), "png") or "png"
    compression = params.integer("output_compression", 100, 0, 100)
    if output_format in ("png", "gif", "svg") and compression != 100:
        message = (
            f"Compression less than 100 is not supported for {output_format.upper()} output format."
        )
        raise errors.invalid_value("output_compression", message)
    background = params.choice("background", ("transparent", "opaque", "auto"), "auto")
    transparent = background == "transparent"
    if transparent and output_format not in ("png", "webp"):
        message = "Transparent background requires output_format png or webp."
        raise errors.invalid_value("background", message)
    return output_format, compression if compression is not None else 100, transparent


def _input_fidelity(params: Params, spec: ModelSpec) -> str | None:
    fidelity = params.choice("input_fidelity", ("high", "low"), None)
    if fidelity is None:
        return None
    if not spec.fidelity:
        message = f"{spec.id} does not allow changing input_fidelity; omit the parameter."
        raise errors.invalid_value("input_fidelity", message)
    if fidelity not in spec.fidelity:
        raise errors.bad_enum("input_fidelity", fidelity, spec.fidelity)
    return fidelity


def validate(
    params: Params,
    uploads: dict[str, list[Upload]] | None,
    *,
    today: date,
    deployment: str | None = None,
    lenient: bool = False,
) -> ImageRequest:
    """Check a generation (`uploads` None) or an edit; raise `ApiError` like the real API."""
    edit = uploads is not None
    _check_names(params, edit)
    prompt = _prompt(params)
    spec = resolve_model(deployment or params.text("model"), today, lenient=lenient)
    n = params.integer("n", 1, 1, 10) or 1
    quality = params.choice("quality", spec.qualities, "auto") or "auto"
    size_text = params.text("size", "auto") or "auto"
    output_format, compression, transparent = _format_and_background(params)
    options = formats.output_options(params, output_format, allowed=spec.gif_and_svg, model=spec.id)
    gif = output_format == "gif"
    size = formats.gif_size(size_text, options.frame_count) if gif else check_size(spec, size_text)
    partial_images = params.integer("partial_images", 0, 0, 3) or 0
    stream = params.boolean("stream")
    params.choice("moderation", ("low", "auto"), None)
    _complexity(params, spec)
    fidelity = _input_fidelity(params, spec)
    inputs = None if uploads is None else edit_inputs(uploads, markup_allowed=spec.markup)
    formats.check_whole_format(
        params, output_format, n=n, stream=stream, partial_images=partial_images,
        mask=inputs is not None and inputs.mask is not None,
    )  # fmt: skip
    if size is None:
        size = (1024, 1024) if inputs is None else _edit_auto_size(spec, inputs.images[0])
    quality = "medium" if quality == "auto" else quality
    identifier = params.text("safety_identifier") or params.text("user") or None
    return ImageRequest(
        edit, spec, prompt, n, size, quality, transparent, output_format,
        compression, partial_images, stream, fidelity, inputs, options, identifier,
    )  # fmt: skip
