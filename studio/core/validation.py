"""Check a request against the API's rules before anything is sent; errors name the parameter."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from studio.core.catalog import Catalog, GifRules, ModelSpec, SizeRules, SvgRules, UnknownModelError
from studio.core.imageinfo import ImageInfo, ImageInfoError, inspect
from studio.core.requests import (
    BACKGROUNDS,
    COMPLEXITIES,
    FIDELITIES,
    MODERATIONS,
    ImageParams,
    ImageRequest,
    InputImage,
    parse_size,
)

MAX_PROMPT_CHARS = 32_000
MAX_IMAGES = 16
MAX_IMAGE_BYTES = 50 * 1024 * 1024
MAX_MASK_BYTES = 4 * 1024 * 1024
INPUT_FORMATS = ("PNG", "JPEG", "WEBP")
# No documented limit; a sha256 hex digest is 64 characters, an email hash no longer.
MAX_SAFETY_ID_CHARS = 512


@dataclass(frozen=True)
class Problem:
    """One broken rule: the parameter (as the API names it) and a sentence for the user."""

    param: str
    message: str

    def __str__(self) -> str:
        return f"{self.param}: {self.message}"


class InvalidRequestError(ValueError):
    """Raised by :func:`check` with every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def check(request: ImageRequest, catalog: Catalog) -> ModelSpec:
    """The request's model spec, or InvalidRequestError listing every problem.

    A retired model is not a problem here: whether it may be *sent* depends on the provider
    and the date (studio.core.lifecycle), and is asked just before sending.
    """
    problems = validate(request, catalog)
    if problems:
        raise InvalidRequestError(problems)
    return catalog.get(request.params.model)


def validate(request: ImageRequest, catalog: Catalog) -> list[Problem]:
    """Every rule the request breaks, in the order the controls appear."""
    try:
        spec = catalog.get(request.params.model)
    except UnknownModelError:
        known = ", ".join(catalog.models)
        return [Problem("model", f"unknown model {request.params.model!r}; known: {known}")]
    problems = _prompt_problems(request.prompt)
    problems += _param_problems(request.params, spec)
    problems += _format_problems(request.params, catalog.gif, catalog.svg)
    if request.params.output_format == "gif":
        problems += gif_size_problems(request.params, catalog.gif, catalog.size_rules)
    else:
        problems += size_problems(request.params.size, spec, catalog.size_rules)
    problems += _input_problems(request, spec)
    return problems


def _prompt_problems(prompt: str) -> list[Problem]:
    try:
        prompt.encode("utf-8")
    except UnicodeEncodeError as exc:
        return [
            Problem(
                "prompt",
                f"character {exc.start + 1} is not valid text (a broken UTF-8 byte or a lone "
                "surrogate); retype it or save the prompt as UTF-8",
            )
        ]
    if "\0" in prompt:
        return [Problem("prompt", "contains a NUL character (\\0); remove it")]
    if not "".join(ch for ch in prompt if ch.isprintable()).strip():
        return [Problem("prompt", "describe the image you want: the prompt is empty")]
    if len(prompt) > MAX_PROMPT_CHARS:
        return [Problem("prompt", f"{len(prompt):,} characters; the limit is 32,000")]
    return []


def _param_problems(p: ImageParams, spec: ModelSpec) -> list[Problem]:
    problems: list[Problem] = []

    def need(ok: bool, param: str, message: str) -> None:
        if not ok:
            problems.append(Problem(param, message))

    need(1 <= p.n <= 10, "n", f"must be between 1 and 10 (got {p.n})")
    need(0 <= p.partial_images <= 3, "partial_images", f"must be 0 to 3 (got {p.partial_images})")
    need(p.quality in spec.qualities, "quality", _choice(spec.id, p.quality, spec.qualities))
    need(
        p.output_format in spec.output_formats,
        "output_format",
        spec.unsupported_reason("output_format", p.output_format)
        or _choice(spec.id, p.output_format, spec.output_formats),
    )
    need(p.background in BACKGROUNDS, "background", _choice(spec.id, p.background, BACKGROUNDS))
    need(p.moderation in MODERATIONS, "moderation", _choice(spec.id, p.moderation, MODERATIONS))
    if p.output_compression is not None:
        need(
            p.output_format in ("jpeg", "webp"),
            "output_compression",
            f"only applies to jpeg or webp output, not {p.output_format}",
        )
        need(
            0 <= p.output_compression <= 100,
            "output_compression",
            f"must be 0 to 100 (got {p.output_compression})",
        )
    if p.background == "transparent":
        need(
            p.output_format in ("png", "webp"),
            "background",
            f"a transparent background needs png or webp output, not {p.output_format}",
        )
        reason = spec.unsupported_reason("background", "transparent")
        need(reason is None, "background", reason or "")
    if p.input_fidelity is not None:
        need(
            p.input_fidelity in FIDELITIES,
            "input_fidelity",
            _choice(spec.id, p.input_fidelity, FIDELITIES),
        )
        reason = spec.unsupported_reason("input_fidelity", p.input_fidelity)
        need(reason is None, "input_fidelity", f"{reason}; leave it unset")
    if p.complexity is not None:
        need(
            p.complexity in spec.complexity and p.complexity in COMPLEXITIES,
            "complexity",
            spec.unsupported_reason("complexity")
            or _choice(spec.id, p.complexity, spec.complexity),
        )
    if p.partial_images:
        reason = spec.unsupported_reason("partial_images")
        need(reason is None, "partial_images", reason or "")
    return problems


def _format_problems(p: ImageParams, gif: GifRules, svg: SvgRules) -> list[Problem]:
    """GIF's and SVG's rules, and the parameters that belong to one format only."""
    problems: list[Problem] = []
    fmt = p.output_format
    if fmt in ("gif", "svg"):
        label = fmt.upper()
        if p.partial_images:
            problems.append(Problem("partial_images", f"{label} output has no partial images"))
        if p.output_compression is not None:
            problems.append(Problem("output_compression", f"{label} output takes no compression"))
    if fmt == "gif":
        problems += _gif_problems(p, gif)
    else:
        for name in ("frame_count", "frame_duration_ms"):
            if getattr(p, name) is not None:
                problems.append(Problem(name, f"only applies to GIF output, not {fmt}"))
    if fmt == "svg":
        problems += _svg_problems(p, svg)
    else:
        for name, param in (("svg_model", "svg.model"), ("svg_effort", "svg.reasoning.effort")):
            if getattr(p, name) is not None:
                problems.append(Problem(param, f"only applies to SVG output, not {fmt}"))
    if p.safety_identifier is not None and not 0 < len(p.safety_identifier) <= MAX_SAFETY_ID_CHARS:
        problems.append(
            Problem("safety_identifier", f"must be 1 to {MAX_SAFETY_ID_CHARS} characters")
        )
    return problems


def _gif_problems(p: ImageParams, gif: GifRules) -> list[Problem]:
    problems = []
    frames = p.frame_count
    if frames is not None and not gif.min_frames <= frames <= gif.max_frames:
        problems.append(
            Problem(
                "frame_count",
                f"a GIF has {gif.min_frames} to {gif.max_frames} frames (got {frames})",
            )
        )
    duration = p.frame_duration_ms
    if duration is not None and not 10 <= duration <= gif.max_duration_ms:
        problems.append(
            Problem(
                "frame_duration_ms",
                f"a frame lasts 10 to {gif.max_duration_ms:,} ms (got {duration})",
            )
        )
    return problems


def _svg_problems(p: ImageParams, svg: SvgRules) -> list[Problem]:
    problems = []
    if p.n != 1:
        problems.append(Problem("n", f"SVG output makes one image per request (got {p.n})"))
    if p.svg_effort is not None:
        if svg.efforts and p.svg_effort not in svg.efforts:
            message = _choice("the SVG author", p.svg_effort, svg.efforts)
            problems.append(Problem("svg.reasoning.effort", message))
        if not p.svg_model:
            problems.append(
                Problem("svg.reasoning.effort", "choose an SVG author model to set its effort")
            )
    if p.svg_model is not None and not p.svg_model.strip():
        problems.append(Problem("svg.model", "the SVG author model name is empty"))
    return problems


def gif_size_problems(p: ImageParams, gif: GifRules, rules: SizeRules) -> list[Problem]:
    """A GIF's frame size: multiples of 16, 1:3 to 3:1, and the edge cap for its frame count.

    All frames share one sheet, so the still-image pixel minimum does not apply and the
    longest edge shrinks as the frame count grows.
    """
    try:
        dims = parse_size(p.size)
    except ValueError as exc:
        return [Problem("size", str(exc))]
    if dims is None:
        return []
    width, height = dims
    messages = [
        m
        for m in custom_size_messages(width, height, rules)
        if "pixels" not in m and "longest edge" not in m
    ]
    frames = p.frame_count or gif.default_frames
    cap = gif.max_edge(frames)
    if cap is not None and max(width, height) > cap:
        messages.append(
            f"{width}x{height}: with {frames} frames a GIF frame may be at most {cap} px "
            "on its longest edge"
        )
    return [Problem("size", m) for m in messages]


def _choice(model: str, value: str, allowed: tuple[str, ...]) -> str:
    return f"{value!r} is not available on {model}; choose one of {', '.join(allowed)}"


def size_problems(size: str, spec: ModelSpec, rules: SizeRules) -> list[Problem]:
    """Problems with a size string for this model (fixed list, or the custom WxH rules)."""
    try:
        dims = parse_size(size)
    except ValueError as exc:
        return [Problem("size", str(exc))]
    if dims is None:
        return []
    if spec.fixed_sizes is not None:
        if size in spec.fixed_sizes:
            return []
        return [Problem("size", f"{spec.id} supports only {', '.join(spec.fixed_sizes)}")]
    return [Problem("size", m) for m in custom_size_messages(*dims, rules)]


def custom_size_messages(width: int, height: int, rules: SizeRules) -> list[str]:
    """Why WxH breaks the custom-size rules (empty when it is fine)."""
    messages = []
    step = rules.multiple_of
    if width % step or height % step:
        messages.append(f"{width}x{height}: both edges must be multiples of {step}")
    if max(width, height) > rules.max_edge:
        messages.append(f"{width}x{height}: the longest edge may be at most {rules.max_edge}")
    if max(width, height) > rules.max_aspect * min(width, height):
        messages.append(f"{width}x{height}: the aspect ratio must be between 1:3 and 3:1")
    pixels = width * height
    if not rules.min_pixels <= pixels <= rules.max_pixels:
        messages.append(
            f"{width}x{height} is {pixels:,} pixels; allowed is "
            f"{rules.min_pixels:,} to {rules.max_pixels:,}"
        )
    return messages


def _input_problems(request: ImageRequest, spec: ModelSpec) -> list[Problem]:
    if not request.images:
        if request.mask is not None or request.markup is not None:
            return [Problem("mask", "a mask or markup needs an input image to edit")]
        return []
    if len(request.images) > MAX_IMAGES:
        return [Problem("image", f"{len(request.images)} images; the limit is {MAX_IMAGES}")]
    problems: list[Problem] = []
    infos: list[ImageInfo] = []
    for position, image in enumerate(request.images, start=1):
        info, problem = _image_info(image, f"image {position} ({image.name})")
        problems += problem
        if info is not None:
            infos.append(info)
    first = infos[0] if infos and len(infos) == len(request.images) else None
    if request.mask is not None:
        problems += _overlay_problems("mask", request.mask, first, spec)
    if request.markup is not None:
        problems += _overlay_problems("markup", request.markup, first, spec)
    if request.mask is not None and request.markup is not None:
        problems.append(Problem("markup", "markup cannot be combined with a mask"))
    if request.mask is not None and request.params.output_format == "gif":
        problems.append(Problem("mask", "GIF output cannot use a mask; remove the mask"))
    return problems


def _image_info(image: InputImage, label: str) -> tuple[ImageInfo | None, list[Problem]]:
    try:
        info = image.info()
    except ImageInfoError as exc:
        return None, [Problem("image", f"{label} is {exc}")]
    if info.format not in INPUT_FORMATS:
        return info, [Problem("image", f"{label} is {info.format}; use PNG, JPEG or WebP")]
    if info.byte_size >= MAX_IMAGE_BYTES:
        return info, [Problem("image", f"{label} is {info.byte_size:,} bytes; limit 50 MB")]
    return info, []


# A mask's bytes are validated at Generate and again by the gate's and the job's checks, and
# each estimate: read once (each read waited for the GIL on the UI thread while a large
# picture's work ran on the pool threads, 1-4 ms). Bytes are immutable, so the key is exact.
_overlay_info = functools.lru_cache(maxsize=4)(inspect)


def _overlay_problems(
    param: str, data: bytes, first: ImageInfo | None, spec: ModelSpec
) -> list[Problem]:
    reason = spec.unsupported_reason(param)
    if reason:
        return [Problem(param, reason)]
    try:
        info = _overlay_info(data)
    except ImageInfoError as exc:
        return [Problem(param, f"the {param} is {exc}")]
    problems = []
    if info.format != "PNG" or not info.has_alpha:
        problems.append(Problem(param, f"the {param} must be a PNG with an alpha channel"))
    if param == "mask" and info.byte_size >= MAX_MASK_BYTES:
        problems.append(Problem(param, f"the mask is {info.byte_size:,} bytes; limit 4 MB"))
    if first is not None and (info.width, info.height) != (first.width, first.height):
        problems.append(
            Problem(
                param,
                f"the {param} is {info.width}x{info.height} but the first image is "
                f"{first.width}x{first.height}; they must match exactly",
            )
        )
    return problems
