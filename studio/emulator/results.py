"""Rendering a validated request: images, usage, the JSON response and the stream events."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PIL import Image

from studio.emulator import drawing, guidance, outputs, tokens
from studio.emulator.tokens import Usage
from studio.emulator.validation import ImageRequest


@dataclass(frozen=True)
class StreamEvent:
    """One SSE event: its name, its JSON payload and whether it is a partial image."""

    name: str
    payload: dict[str, Any]
    partial: bool


def input_usage(req: ImageRequest) -> Usage:
    """Input tokens billed for ONE output image."""
    text = tokens.text_input_tokens(req.spec, req.prompt, len(req.input_images))
    image = sum(
        tokens.input_image_tokens(req.spec, img.width, img.height, req.input_fidelity)
        for img in req.input_images
    )
    return Usage(text_in=text, image_in=image)


def image_usage(req: ImageRequest, partials_sent: int) -> Usage:
    """Usage of one output image, including 100 tokens per partial image actually sent."""
    output = tokens.output_image_tokens(req.spec, req.quality, *req.size)
    extra = tokens.PARTIAL_IMAGE_TOKENS * partials_sent
    return input_usage(req) + Usage(image_out=output + extra)


def render(req: ImageRequest, seed: int, *, bleed: bool = False) -> Image.Image:
    """The final image for `seed`."""
    if req.inputs is None:
        return drawing.render_scene(req.prompt, seed, req.size, transparent=req.transparent)
    base = drawing.prepare_base(req.inputs.images[0], req.size, alpha=req.transparent)
    if req.inputs.markup is not None:
        return guidance.render_markup_edit(base, req.inputs.markup, req.prompt, seed)
    return drawing.render_edit(base, req.inputs.mask, req.prompt, seed, bleed=bleed)


def encoded(req: ImageRequest, image: Image.Image, seed: int) -> bytes:
    """The output file: png/jpeg/webp, an animated GIF, or an SVG document."""
    if req.output_format == "gif":
        return outputs.gif_bytes(image, req.options)
    if req.output_format == "svg":
        return outputs.svg_bytes(req.prompt, outputs.svg_seed(req.prompt, seed), req.size)
    return drawing.encode(image, req.output_format, req.compression)


def _b64(req: ImageRequest, image: Image.Image, seed: int = 0) -> str:
    return base64.b64encode(encoded(req, image, seed)).decode("ascii")


def _common(req: ImageRequest) -> dict[str, Any]:
    return {
        "background": "transparent" if req.transparent else "opaque",
        "output_format": req.output_format,
        "quality": req.quality,
        "size": req.size_text,
    }


def json_response(req: ImageRequest, seeds: list[int], *, bleed: bool = False) -> dict[str, Any]:
    """The non-streaming response body."""
    files = [encoded(req, render(req, seed, bleed=bleed), seed) for seed in seeds]
    data = [{"b64_json": base64.b64encode(file).decode("ascii")} for file in files]
    usage = sum((image_usage(req, 0) for _ in seeds), Usage())
    common = _common(req)
    body: dict[str, Any] = {
        "created": int(time.time()),
        "background": common["background"],
        "data": data,
        "output_format": common["output_format"],
        "quality": common["quality"],
        "size": common["size"],
        "usage": usage.to_dict(),
    }
    if req.safety_identifier:
        body["safety_identifier"] = req.safety_identifier
    if req.output_format == "svg":
        body["svg_usage"] = outputs.svg_usage(req.prompt, files[0], req.options)
    return body


def _event(req: ImageRequest, kind: str, image: Image.Image, **extra: Any) -> StreamEvent:
    """An event payload with the real API's key order: type first, usage last."""
    prefix = "image_edit" if req.edit else "image_generation"
    common = _common(req)
    payload: dict[str, Any] = {
        "type": f"{prefix}.{kind}",
        "b64_json": _b64(req, image),
        "background": common["background"],
        "created_at": int(time.time()),
        "output_format": common["output_format"],
    }
    payload.update(extra)
    payload.update(quality=common["quality"], size=common["size"])
    if "usage" in payload:
        payload["usage"] = payload.pop("usage")
    return StreamEvent(payload["type"], payload, kind == "partial_image")


def stream_events(
    req: ImageRequest, seeds: list[int], *, bleed: bool = False
) -> Iterator[StreamEvent]:
    """For each image in turn: its partial images, then its completed event with its usage."""
    for seed in seeds:
        final = render(req, seed, bleed=bleed)
        for index in range(req.partial_images):
            partial = drawing.pixelate(final, index)
            yield _event(req, "partial_image", partial, partial_image_index=index)
        usage = image_usage(req, req.partial_images).to_dict(output_details=False)
        yield _event(req, "completed", final, usage=usage)
