"""Compositing a result back: through the mask onto the picture, and a crop into the whole."""

from __future__ import annotations

from studio.core.imaging.masks import MaskSizeError, coverage_from_image, edge_weight
from studio.core.pil import Image


def composite(
    original: Image.Image, result: Image.Image, mask: Image.Image, feather_px: float = 0.0
) -> Image.Image:
    """Result pixels where the mask says edit, original pixels elsewhere, with a feathered seam.

    ``mask`` is either coverage ("L", white = edit) or an RGBA/LA alpha mask (transparent =
    edit). The result is resized to the original's size when the API returned another size.
    The seam is feathered inside the painted area only, so every pixel the mask keeps is
    copied bit-for-bit from the original.
    """
    coverage = coverage_from_image(mask)
    if coverage.size != original.size:
        raise MaskSizeError(coverage.size, original.size)
    mode = "RGBA" if "A" in original.getbands() or "A" in result.getbands() else "RGB"
    base = original.convert(mode)
    top = fit_to(result.convert(mode), base.size)
    return Image.composite(top, base, edge_weight(coverage, feather_px))


def fit_to(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """``image`` at ``size`` (the same object when it already has it)."""
    if image.size == size:
        return image
    return image.resize(size, Image.Resampling.LANCZOS)


def paste_region(
    whole: Image.Image, region: Image.Image, box: tuple[int, int, int, int]
) -> Image.Image:
    """A copy of ``whole`` with ``region`` (resized to the box when needed) placed at ``box``."""
    left, top, right, bottom = box
    out = whole.copy()
    if region.mode != out.mode:
        region = region.convert(out.mode)
    out.paste(fit_to(region, (right - left, bottom - top)), (left, top))
    return out
