"""Compositing a masked edit back onto a large original in strips, in bounded memory.

The original is decoded once and the merged strips are pasted into it in place; the model's
(small) result is scaled strip by strip (a resize with a ``box`` reads the same source rows as
one whole resize, so strips join without a seam). Unmasked pixels are the original's, exactly.
"""

from __future__ import annotations

import io

from studio.core.imageinfo import encode, exif_orientation
from studio.core.imaging import bands
from studio.core.mask_io import MaskSizeError, feather
from studio.core.pil import Image, ImageChops, ImageOps

STRIP_PIXELS = 4_000_000  # about 12-16 MB per strip buffer, whatever the width


def composite_bytes(
    original: bytes, result: bytes, mask: bytes, feather_px: float, fmt: str = "png"
) -> bytes:
    """Result pixels where the mask is transparent, original pixels (bit for bit) elsewhere."""
    weight = _weight(mask, feather_px)  # first: the RGBA mask is gone before the original loads
    base = _decode(original)
    if weight.size != base.size:
        raise MaskSizeError(weight.size, base.size)
    top = _decode(result)
    mode = "RGBA" if "A" in base.getbands() or "A" in top.getbands() else "RGB"
    if base.mode != mode:
        base = base.convert(mode)
    if top.mode != mode:
        top = top.convert(mode)
    _merge_in_strips(base, top, weight)
    del weight, top
    return encode(base, fmt if fmt in ("png", "webp", "jpeg") else "png")


def _merge_in_strips(base: Image.Image, top: Image.Image, weight: Image.Image) -> None:
    width, height = base.size
    if top.width != width:  # the horizontal pass once: as wide as the original, few rows
        top = top.resize((width, top.height), Image.Resampling.LANCZOS)
    rows = max(1, STRIP_PIXELS // max(width, 1))
    for y in range(0, height, rows):
        box = (0, y, width, min(y + rows, height))
        strip_weight = weight.crop(box)
        if strip_weight.getbbox() is None:
            continue  # nothing painted here: the original stays as it is
        strip_top = _scaled_rows(top, height, box[1], box[3])
        base.paste(Image.composite(strip_top, base.crop(box), strip_weight), box[:2])


def _scaled_rows(top: Image.Image, height: int, first: int, end: int) -> Image.Image:
    """Rows [first, end) of ``top`` scaled to ``height`` rows (within 1 level of one resize)."""
    if top.height == height:
        return top.crop((0, first, top.width, end))
    scale = top.height / height
    source = (0.0, first * scale, float(top.width), end * scale)
    return top.resize((top.width, end - first), Image.Resampling.LANCZOS, box=source)


def _weight(mask: bytes, feather_px: float) -> Image.Image:
    """Coverage (255 = take the result) from the API's RGBA mask, feathered."""
    with Image.open(io.BytesIO(mask)) as opened:
        opened.load()
        if "A" in opened.getbands() or "transparency" in opened.info:
            alpha = opened if opened.mode in ("RGBA", "LA") else opened.convert("RGBA")
            coverage = bands.banded(ImageChops.invert, bands.channel(alpha, "A"))
        else:
            coverage = opened.convert("L")
    if feather_px <= 0:
        return coverage
    # The seam is feathered inside the painted area only: every kept pixel stays the original's.
    return bands.banded(ImageChops.multiply, feather(coverage, feather_px), coverage)


def _decode(data: bytes) -> Image.Image:
    """Decoded with its EXIF rotation applied; copied only when rotated or converted."""
    with Image.open(io.BytesIO(data)) as opened:
        orientation = exif_orientation(opened, data)
        opened.load()
        image: Image.Image = opened
        if orientation != 1:
            image = ImageOps.exif_transpose(opened)
        if image.mode not in ("RGB", "RGBA"):
            has_alpha = image.mode in ("LA", "PA") or "transparency" in image.info
            image = image.convert("RGBA" if has_alpha else "RGB")
        return image
