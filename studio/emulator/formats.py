"""GIF and SVG output: their parameters and rules, checked as the real API words them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from studio.emulator import errors
from studio.emulator.errors import USER_ERROR, ApiError
from studio.emulator.params import Params

WHOLE_FORMATS = ("gif", "svg")
MIN_FRAMES, MAX_FRAMES, DEFAULT_FRAMES = 2, 16, 9
DEFAULT_DURATION_MS, MAX_DURATION_MS = 200, 655_350
# Frames share one sheet: the longest frame edge allowed per frame count (3P measurements).
MAX_EDGE_BY_FRAMES = ((9, 960), (12, 816), (16, 720))
GIF_AUTO_EDGE = 512
SVG_EFFORTS = ("none", "minimal", "low", "medium", "high", "xhigh", "max")
DEFAULT_SVG_AUTHOR = "gpt-5.6-sol"
_SIZE = re.compile(r"^(\d{1,5})x(\d{1,5})$")


@dataclass(frozen=True)
class OutputOptions:
    """What GIF and SVG output add to a request (zeros and None for other formats)."""

    frame_count: int = 0
    frame_duration_ms: int = 0
    svg_model: str | None = None
    svg_effort: str | None = None


def _svg_object(params: Params) -> dict[str, Any] | None:
    """`svg` from a JSON body, or from multipart fields `svg[model]`, `svg[reasoning][effort]`."""
    if params.given("svg"):
        value = params.values["svg"]
        if not isinstance(value, dict):
            raise errors.invalid_type("svg", "an object", value)
        return value
    model = params.values.get("svg[model]")
    effort = params.values.get("svg[reasoning][effort]")
    if model is None and effort is None:
        return None
    found: dict[str, Any] = {} if model is None else {"model": model}
    if effort is not None:
        found["reasoning"] = {"effort": effort}
    return found


def _not_with(fmt: str, param: str, what: str) -> ApiError:
    message = f"{what} is not supported with output_format '{fmt}'."
    return errors.invalid_value(param, message)


def check_whole_format(
    params: Params, fmt: str, *, n: int, stream: bool, partial_images: int, mask: bool
) -> None:
    """The rules GIF and SVG share (no stream, partials, compression) and their own."""
    if fmt not in WHOLE_FORMATS:
        return
    if stream:
        raise _not_with(fmt, "stream", "Streaming")
    if partial_images:
        raise _not_with(fmt, "partial_images", "partial_images")
    if params.given("output_compression"):
        raise _not_with(fmt, "output_compression", "output_compression")
    if fmt == "gif" and mask:
        raise _not_with(fmt, "mask", "A mask")
    if fmt == "svg" and n != 1:
        raise errors.invalid_value("n", "SVG output requires n=1.")


def output_options(params: Params, fmt: str, *, allowed: bool, model: str) -> OutputOptions:
    """Frame and author parameters, each only with its format (and a model that has it)."""
    svg = _svg_object(params)
    gif_given = params.given("frame_count") or params.given("frame_duration_ms")
    if fmt in WHOLE_FORMATS and not allowed:
        message = f"output_format '{fmt}' is not supported for model '{model}'."
        raise errors.invalid_value("output_format", message)
    if gif_given and fmt != "gif":
        name = "frame_count" if params.given("frame_count") else "frame_duration_ms"
        raise errors.invalid_value(name, f"'{name}' is only supported with output_format=gif.")
    if svg is not None and fmt != "svg":
        raise errors.invalid_value("svg", "'svg' is only supported with output_format=svg.")
    if fmt == "gif":
        frames = params.integer("frame_count", DEFAULT_FRAMES, MIN_FRAMES, MAX_FRAMES)
        duration = params.integer("frame_duration_ms", DEFAULT_DURATION_MS, 1, 10**9)
        rounded = min(MAX_DURATION_MS, max(10, round((duration or 0) / 10) * 10))
        return OutputOptions(frame_count=frames or DEFAULT_FRAMES, frame_duration_ms=rounded)
    if fmt == "svg":
        return _svg_options(svg or {})
    return OutputOptions()


def _svg_options(svg: dict[str, Any]) -> OutputOptions:
    model = svg.get("model", DEFAULT_SVG_AUTHOR)
    if not isinstance(model, str) or not model.strip():
        raise errors.invalid_value("svg.model", "Invalid 'svg.model': expected a model name.")
    reasoning = svg.get("reasoning") or {}
    effort = reasoning.get("effort") if isinstance(reasoning, dict) else None
    if effort is not None and effort not in SVG_EFFORTS:
        raise errors.bad_enum("svg.reasoning.effort", effort, SVG_EFFORTS)
    return OutputOptions(svg_model=model, svg_effort=effort)


def gif_size(text: str, frames: int) -> tuple[int, int]:
    """A GIF frame size: multiples of 16, 1:3 to 3:1, under the edge cap for `frames`."""
    cap = next(edge for upto, edge in MAX_EDGE_BY_FRAMES if frames <= upto)
    if text == "auto":
        edge = min(GIF_AUTO_EDGE, cap)
        return edge, edge
    match = _SIZE.match(text)

    def fail(reason: str) -> ApiError:
        message = f"Invalid size '{text}' for GIF output. {reason}"
        return ApiError(400, message, type=USER_ERROR, param="size", code="invalid_value")

    if match is None:
        raise fail("Use WIDTHxHEIGHT or auto.")
    width, height = int(match.group(1)), int(match.group(2))
    if width % 16 or height % 16 or max(width, height) > 3 * min(width, height):
        raise fail("Edges must be multiples of 16 with an aspect ratio between 1:3 and 3:1.")
    if max(width, height) > cap:
        raise fail(f"With {frames} frames the longest frame edge must be at most {cap} pixels.")
    return width, height
