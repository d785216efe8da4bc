"""Synthetic, obviously fake images drawn with Pillow: scenes, edits, partials, encoding."""

from __future__ import annotations

import hashlib
import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

Color = tuple[int, int, int]
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont
PIL_FORMATS = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}
BLEED_COLOR: Color = (255, 0, 160)
BLEED_ALPHA = 0.18


def seed_for(*parts: object) -> int:
    """A stable seed from anything printable (prompt, request counter, image index)."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def _palette(seed: int) -> tuple[Color, Color, Color]:
    raw = seed.to_bytes(8, "big") + (seed * 0x9E3779B97F4A7C15 % 2**64).to_bytes(8, "big")
    return (
        (raw[0], raw[1], raw[2]),
        (255 - raw[0], raw[3], 255 - raw[2]),
        (raw[4] | 0x80, raw[5] | 0x40, raw[6]),
    )


@lru_cache(maxsize=16)
def _font(size: int) -> Font:
    return ImageFont.load_default(size=size)


def _gradient(size: tuple[int, int], seed: int) -> Image.Image:
    first, second, _ = _palette(seed)
    vertical = Image.linear_gradient("L")
    mix = (seed % 1000) / 1000
    ramp = Image.blend(vertical, vertical.transpose(Image.Transpose.ROTATE_90), mix)
    mask = ramp.resize(size, Image.Resampling.BILINEAR)
    return Image.composite(Image.new("RGB", size, first), Image.new("RGB", size, second), mask)


def _draw_grid(draw: ImageDraw.ImageDraw, size: tuple[int, int]) -> None:
    width, height = size
    step = max(16, max(size) // 16)
    for x in range(0, width, step):
        draw.line([(x, 0), (x, height)], fill=(255, 255, 255), width=1)
    for y in range(0, height, step):
        draw.line([(0, y), (width, y)], fill=(255, 255, 255), width=1)


def _draw_labels(image: Image.Image, prompt: str, label: str) -> None:
    width, height = image.size
    font_size = max(12, min(width, height) // 24)
    draw = ImageDraw.Draw(image)
    text = prompt if len(prompt) <= 60 else prompt[:57] + "..."
    margin = font_size // 2
    for position, line, font in (
        ((margin, height - margin - font_size), text, _font(font_size)),
        ((margin, margin), label, _font(font_size * 2)),
    ):
        draw.text(
            position, line, fill=(255, 255, 255), font=font, stroke_width=2, stroke_fill=(0, 0, 0)
        )


def _subject_box(size: tuple[int, int], seed: int) -> tuple[int, int, int, int]:
    width, height = size
    cx = width * (25 + seed % 50) // 100
    cy = height * (25 + (seed >> 8) % 50) // 100
    radius = min(width, height) * (15 + (seed >> 16) % 15) // 100
    return (cx - radius, cy - radius, cx + radius, cy + radius)


def render_scene(
    prompt: str, seed: int, size: tuple[int, int], *, transparent: bool = False
) -> Image.Image:
    """A generated image: seeded gradient, grid, a disc, the prompt and "EMULATOR"."""
    scene = _gradient(size, seed)
    draw = ImageDraw.Draw(scene)
    _draw_grid(draw, size)
    draw.ellipse(_subject_box(size, seed), fill=_palette(seed)[2], outline=(0, 0, 0), width=3)
    if not transparent:
        _draw_labels(scene, prompt, "EMULATOR")
        return scene
    cutout = Image.new("L", size, 0)
    ImageDraw.Draw(cutout).ellipse(_subject_box(size, seed), fill=255)
    result = Image.new("RGBA", size, (0, 0, 0, 0))
    result.paste(scene, (0, 0), cutout)
    _draw_labels(result, prompt, "EMULATOR")
    return result


def _repaint(base: Image.Image, prompt: str, seed: int) -> Image.Image:
    tint = Image.new(base.mode, base.size, (*_palette(seed)[2], 255)[: len(base.mode)])
    painted = Image.blend(base, tint, 0.4)
    draw = ImageDraw.Draw(painted)
    width, height = base.size
    step = max(24, max(base.size) // 12)
    for offset in range(-height, width, step):
        draw.line([(offset, 0), (offset + height, height)], fill=(255, 255, 255), width=3)
    _draw_labels(painted, prompt, "EMULATOR EDIT")
    return painted


def _bleed(image: Image.Image) -> Image.Image:
    shift = Image.new(image.mode, image.size, (*BLEED_COLOR, 255)[: len(image.mode)])
    if image.mode == "RGBA":
        shift.putalpha(image.getchannel("A"))
    return Image.blend(image, shift, BLEED_ALPHA)


def render_edit(
    base: Image.Image,
    mask: Image.Image | None,
    prompt: str,
    seed: int,
    *,
    bleed: bool = False,
) -> Image.Image:
    """Edit `base` (already at the output size and mode): only where `mask` alpha is 0."""
    if mask is None:
        edited = _repaint(base, prompt, seed)
    else:
        region = mask.getchannel("A").point(lambda alpha: 255 if alpha == 0 else 0)
        if region.size != base.size:
            region = region.resize(base.size, Image.Resampling.NEAREST)
        fill = render_scene(prompt, seed, base.size).convert(base.mode)
        edited = Image.composite(fill, base, region)
    return _bleed(edited) if bleed else edited


def prepare_base(image: Image.Image, size: tuple[int, int], *, alpha: bool) -> Image.Image:
    """The first input image in RGB/RGBA at the output size (untouched when it already fits)."""
    has_alpha = alpha or image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    converted = image.convert("RGBA" if has_alpha else "RGB")
    if converted.size != size:
        converted = converted.resize(size, Image.Resampling.BICUBIC)
    return converted


def pixelate(image: Image.Image, index: int) -> Image.Image:
    """Partial image `index`: coarse blocks that get finer with each partial."""
    factor = max(2, 32 >> index)
    width, height = image.size
    small = image.resize((max(1, width // factor), max(1, height // factor)), Image.Resampling.BOX)
    return small.resize(image.size, Image.Resampling.NEAREST)


def encode(image: Image.Image, output_format: str, compression: int) -> bytes:
    """Encode as png, jpeg or webp; `compression` is the 0-100 quality of jpeg and webp."""
    buffer = io.BytesIO()
    if output_format == "png":
        image.save(buffer, "PNG", compress_level=1)
    elif output_format == "jpeg":
        image.convert("RGB").save(buffer, "JPEG", quality=compression)
    else:
        image.save(buffer, "WEBP", quality=compression, method=0)
    return buffer.getvalue()
