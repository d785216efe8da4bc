"""GIF and SVG outputs of the emulator: animated frames, a small SVG document, svg_usage."""

from __future__ import annotations

import hashlib
import io
import math
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw

from studio.emulator import tokens
from studio.emulator.formats import OutputOptions

# Reasoning tokens the synthetic SVG author "spends" per effort (default: medium).
REASONING_BY_EFFORT = {
    "none": 0,
    "minimal": 256,
    "low": 1024,
    "medium": 2048,
    "high": 4096,
    "xhigh": 8192,
    "max": 16384,
}
REFERENCE_IMAGE_TOKENS = 1024  # the author reads the image model's reference image


def gif_bytes(still: Image.Image, options: OutputOptions) -> bytes:
    """An animation of ``options.frame_count`` frames: a dot orbits over ``still``."""
    frames = []
    width, height = still.size
    radius = max(6, min(width, height) // 12)
    orbit = min(width, height) // 3
    for index in range(options.frame_count):
        frame = still.convert("RGB")
        draw = ImageDraw.Draw(frame)
        angle = 2 * math.pi * index / options.frame_count
        cx = width // 2 + round(orbit * math.cos(angle))
        cy = height // 2 + round(orbit * math.sin(angle))
        box = (cx - radius, cy - radius, cx + radius, cy + radius)
        draw.ellipse(box, fill=(255, 255, 255), outline=(0, 0, 0), width=3)
        draw.text((cx - radius // 3, cy - radius // 2), str(index + 1), fill=(0, 0, 0))
        frames.append(frame)
    buffer = io.BytesIO()
    frames[0].save(
        buffer,
        "GIF",
        save_all=True,
        append_images=frames[1:],
        duration=options.frame_duration_ms,
        loop=0,
        disposal=1,
    )
    return buffer.getvalue()


def _colour(seed: int, shift: int) -> str:
    return "#" + f"{(seed >> shift) & 0xFFFFFF:06x}"


def svg_bytes(prompt: str, seed: int, size: tuple[int, int]) -> bytes:
    """A small, valid SVG: a seeded gradient, a disc, the prompt and "EMULATOR SVG"."""
    width, height = size
    radius = min(width, height) * (15 + seed % 15) // 100
    cx, cy = width * (25 + (seed >> 8) % 50) // 100, height * (25 + (seed >> 16) % 50) // 100
    font = max(12, min(width, height) // 24)
    label = escape(prompt if len(prompt) <= 60 else prompt[:57] + "...")
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">\n'
        f"<title>{label}</title>\n"
        f'<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">'
        f'<stop offset="0" stop-color="{_colour(seed, 0)}"/>'
        f'<stop offset="1" stop-color="{_colour(seed, 24)}"/></linearGradient></defs>\n'
        f'<rect width="{width}" height="{height}" fill="url(#bg)"/>\n'
        f'<circle cx="{cx}" cy="{cy}" r="{radius}" fill="{_colour(seed, 40)}" '
        f'stroke="#000" stroke-width="3"/>\n'
        f'<text x="{font}" y="{font * 2}" font-family="sans-serif" font-size="{font * 2}" '
        f'fill="#fff" stroke="#000">EMULATOR SVG</text>\n'
        f'<text x="{font}" y="{height - font}" font-family="sans-serif" font-size="{font}" '
        f'fill="#fff">{label}</text>\n'
        f"</svg>\n"
    ).encode()


def svg_usage(prompt: str, document: bytes, options: OutputOptions) -> dict[str, Any]:
    """The author's tokens: prompt and reference image in; the document and reasoning out."""
    input_tokens = tokens.prompt_tokens(prompt) + REFERENCE_IMAGE_TOKENS
    output_tokens = math.ceil(len(document) / 4)
    reasoning = REASONING_BY_EFFORT[options.svg_effort or "medium"]
    return {
        "input_tokens": input_tokens,
        "model": options.svg_model or "",
        "output_tokens": output_tokens,
        "reasoning_tokens": reasoning,
        "total_tokens": input_tokens + output_tokens + reasoning,
    }


def svg_seed(prompt: str, seed: int) -> int:
    """A 64-bit seed for the document's colours."""
    return int.from_bytes(hashlib.sha256(f"{prompt}:{seed}".encode()).digest()[:8], "big")
