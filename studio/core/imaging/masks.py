"""Mask edges: coverage from any mask image, grow, shrink, feather and the composite weight."""

from __future__ import annotations

import math

import numpy as np

from studio.core.imaging.bands import banded, channel, from_pixels, painted_box, pixels
from studio.core.pil import Image, ImageChops, ImageFilter

# Coverage: mode "L", 255 where the model may edit, 0 where it must keep.


class MaskSizeError(ValueError):
    """An imported mask does not have the image's size."""

    def __init__(self, mask_size: tuple[int, int], image_size: tuple[int, int]) -> None:
        self.mask_size = mask_size
        self.image_size = image_size
        super().__init__(
            f"The mask is {mask_size[0]}×{mask_size[1]} pixels but the image is "
            f"{image_size[0]}×{image_size[1]}."
        )


def coverage_from_image(image: Image.Image) -> Image.Image:
    """Coverage (255 = edit) from an alpha mask (transparent = edit) or a B/W image (white = edit).

    An image with an alpha channel that is not fully opaque is read by its alpha; anything
    else (including an opaque RGBA) is read by its luminance.
    """
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        alpha = channel(image, "A")
        lowest, _highest = alpha.getextrema()
        if isinstance(lowest, int | float) and lowest < 255:
            return banded(ImageChops.invert, alpha)
    return image.convert("L")


def feather(coverage: Image.Image, radius: float) -> Image.Image:
    """A soft edge that never reaches farther than ``radius`` pixels from the painted area.

    Two box blurs whose combined square support has half-width radius/√2, so its corners stay
    within the Euclidean radius: pixels farther than that keep their exact value.
    """
    reach = feather_reach(radius)
    if reach <= 0:
        return coverage.copy()
    first = reach // 2
    second = reach - first
    blurred = coverage.convert("L")
    for passes in (first, second):
        if passes > 0:
            blurred = blurred.filter(ImageFilter.BoxBlur(passes))
    return blurred


def feather_reach(radius: float) -> int:
    """How many pixels (per axis) a feather of ``radius`` reads around each pixel."""
    return math.floor(max(radius, 0.0) / math.sqrt(2))


def edge_weight(coverage: Image.Image, feather_px: float) -> Image.Image:
    """How much of the result a composite takes: feathered inside the painted area only."""
    coverage = coverage.convert("L")
    if feather_px <= 0:
        return coverage
    return banded(ImageChops.multiply, feather(coverage, feather_px), coverage)


def grow(coverage: Image.Image, radius: int) -> Image.Image:
    """Every pixel within ``radius`` pixels (Euclidean, centre to centre) of a painted one.

    A soft edge grows as a whole: each pixel takes the highest coverage within the radius.
    """
    if radius <= 0:
        return coverage.convert("L").copy()
    values = pixels(coverage, "L")  # a private copy: dilated in place
    if not _dilate_painted(values, radius):
        return coverage.convert("L").copy()
    return from_pixels(values, "L")


def shrink(coverage: Image.Image, radius: int) -> Image.Image:
    """Only the painted pixels farther than ``radius`` from an unpainted one (grow's opposite).

    The picture's border does not count as unpainted: a mask filling the picture stays full.
    """
    if radius <= 0:
        return coverage.convert("L").copy()
    inverse = 255 - pixels(coverage, "L")
    _dilate_painted(inverse, radius)  # the unpainted pixels grown: never made a picture between
    return from_pixels(255 - inverse, "L")


def _dilate_painted(values: np.ndarray, radius: int) -> bool:
    """Grow's dilation, in place, over the box a disc of ``radius`` reaches from the painted
    pixels of ``values``; False (``values`` untouched) when none is painted."""
    box = _reach_box(values, radius)
    if box is None:
        return False
    top, bottom, left, right = box
    values[top:bottom, left:right] = _dilate(values[top:bottom, left:right], radius)
    return True


def edge_band(coverage: Image.Image, feather_px: float) -> Image.Image:
    """The pixels a composite blends (neither the original's nor the result's alone): 255."""
    weight = pixels(edge_weight(coverage, feather_px))
    band = ((weight > 0) & (weight < 255)).astype(np.uint8) * 255
    return from_pixels(band, "L")


def bbox(coverage: Image.Image) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the painted pixels, right/bottom exclusive; None if empty."""
    return painted_box(coverage if coverage.mode == "L" else coverage.convert("L"))


def _reach_box(values: np.ndarray, radius: int) -> tuple[int, int, int, int] | None:
    """Rows and columns a dilation by ``radius`` can change: the painted box plus the radius."""
    rows = np.flatnonzero(values.any(axis=1))
    cols = np.flatnonzero(values.any(axis=0))
    if rows.size == 0:
        return None
    height, width = values.shape
    return (
        max(int(rows[0]) - radius, 0),
        min(int(rows[-1]) + radius + 1, height),
        max(int(cols[0]) - radius, 0),
        min(int(cols[-1]) + radius + 1, width),
    )


def _dilate(values: np.ndarray, radius: int) -> np.ndarray:
    """Grey dilation by a disc: each row offset dy is a 1-D max of half-width √(r²-dy²)."""
    height, width = values.shape
    padded = np.zeros((height + 2 * radius, width), dtype=values.dtype)
    out = np.zeros_like(values)
    by_reach: dict[int, np.ndarray] = {}
    for dy in range(-radius, radius + 1):
        reach = math.isqrt(radius * radius - dy * dy)
        if reach not in by_reach:
            by_reach[reach] = _max_along_rows(values, reach)
        padded[radius : radius + height] = by_reach[reach]
        # Row y takes the filtered row y+dy: the disc is symmetric, so the sign is immaterial.
        np.maximum(out, padded[radius + dy : radius + dy + height], out=out)
    return out


def _max_along_rows(values: np.ndarray, reach: int) -> np.ndarray:
    """Each pixel's maximum over columns x-reach..x+reach (doubling: log2(2·reach+1) passes)."""
    if reach == 0:
        return values.copy()
    span = 2 * reach + 1
    height, width = values.shape
    padded = np.zeros((height, width + 2 * reach), dtype=values.dtype)
    padded[:, reach : reach + width] = values
    running = padded.copy()  # running[x] = max(padded[x : x + covered])
    covered = 1
    while covered < span:
        step = min(covered, span - covered)
        shifted = np.zeros_like(running)
        shifted[:, : running.shape[1] - step] = running[:, step:]
        np.maximum(running, shifted, out=running)
        covered += step
    return running[:, :width]
