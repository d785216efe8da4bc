"""Landing a result in the picture: only the painted box is resized, blended and composited."""

from __future__ import annotations

from studio.core.imageinfo import encode
from studio.core.imageio import load_image_bytes
from studio.core.imaging import bands
from studio.core.imaging.colour import DEFAULT_BAND_PX, match_colour
from studio.core.imaging.masks import bbox, coverage_from_image, edge_weight, feather_reach
from studio.core.pil import Image

Box = tuple[int, int, int, int]


def land(
    base: Image.Image,
    result: Image.Image,
    coverage: Image.Image,
    feather_px: float,
    *,
    blend: bool = True,
    region: Box | None = None,
) -> Image.Image:
    """``base`` with ``result`` composited through ``coverage`` into ``region`` (whole picture
    by default; a focused edit's crop). ``result`` is scaled onto the region and
    ``coverage`` has the region's size. Only the painted box and a margin (the feather's
    reach, the blend band) are touched: every other pixel is ``base``'s, exactly."""
    region = region or (0, 0, base.width, base.height)
    width, height = region[2] - region[0], region[3] - region[1]
    if coverage.size != (width, height):
        raise ValueError(f"the mask is {coverage.size}, the region {width}x{height}")
    mode = "RGBA" if "A" in base.getbands() or "A" in result.getbands() else "RGB"
    out = base if base.mode == mode else base.convert(mode)
    painted = bbox(coverage)
    if painted is None:
        return out
    margin = max(DEFAULT_BAND_PX if blend else 0, feather_reach(feather_px)) + 1
    left, top = max(painted[0] - margin, 0), max(painted[1] - margin, 0)
    right, bottom = min(painted[2] + margin, width), min(painted[3] + margin, height)
    scale_x, scale_y = result.width / width, result.height / height
    source = (left * scale_x, top * scale_y, right * scale_x, bottom * scale_y)
    piece = result.convert(mode).resize(
        (right - left, bottom - top), Image.Resampling.LANCZOS, box=source
    )
    at = (region[0] + left, region[1] + top)
    original = bands.crop(out, (*at, at[0] + right - left, at[1] + bottom - top))
    weight = bands.crop(coverage, (left, top, right, bottom))
    if blend:
        piece = match_colour(piece, original, weight).convert(mode)
    bands.paste_composite(out, at, piece, original, edge_weight(weight, feather_px))
    return out


def land_bytes(
    base: bytes,
    result: bytes,
    mask: bytes,
    feather_px: float,
    fmt: str = "png",
    *,
    blend: bool = True,
    region: Box | None = None,
) -> bytes:
    """``land`` on encoded pictures: the base decoded once and changed in place."""
    coverage = coverage_from_image(load_image_bytes(mask))
    picture = load_image_bytes(base)
    merged = land(
        picture, load_image_bytes(result), coverage, feather_px, blend=blend, region=region
    )
    return encode(merged, fmt)
