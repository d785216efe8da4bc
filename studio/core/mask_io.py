"""Mask interchange: the API's RGBA PNG, B/W imports, feathering and compositing results back."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import numpy as np

from studio.core.imageio import load_image_bytes
from studio.core.imaging import png
from studio.core.imaging.composite import composite
from studio.core.imaging.masks import MaskSizeError, coverage_from_image, feather
from studio.core.mask import Box, MaskModel
from studio.core.pil import Image

# Moved to studio.core.imaging; still importable from here for existing callers.
__all__ = [
    "MaskSizeError",
    "composite",
    "coverage_from_image",
    "export_png",
    "feather",
    "import_mask",
    "import_mask_png",
    "to_rgba",
]

# Mask PNGs are long runs of equal pixels: fast run-length deflate is both quick and small
# (4096² in about 70 KiB).
_PNG_COMPRESS_LEVEL = 1
# Rows read from the coverage at a time: Pillow holds the GIL while it copies, and the export
# runs on a pool thread beside the UI thread (a whole 4096² copy, merge and invert held it for
# 100-200 ms: painting stalled when the encode started).
BAND_ROWS = 128


def to_rgba(mask: MaskModel | Image.Image) -> Image.Image:
    """The API's mask: RGB black, alpha 0 where the model may edit, 255 where it must keep.

    Reads the coverage a band of rows at a time (a live MaskModel too: whoever calls this on
    another thread drops the result if the mask changed meanwhile) and builds the RGBA pixels
    in numpy, so no call holds the GIL for more than a band.
    """
    width, height = mask.size
    rgba = np.zeros((height, width, 4), np.uint8)  # RGB stays black
    for top in range(0, height, BAND_ROWS):
        bottom = min(top + BAND_ROWS, height)
        band = _coverage_band(mask, top, bottom)
        np.subtract(255, np.asarray(band), out=rgba[top:bottom, :, 3])
    return Image.frombuffer("RGBA", (width, height), rgba, "raw", "RGBA", 0, 1)


def _coverage_band(
    mask: MaskModel | Image.Image, top: int, bottom: int, left: int = 0, right: int | None = None
) -> Image.Image:
    right = mask.size[0] if right is None else right
    if isinstance(mask, MaskModel):
        return mask.crop(Box(left, top, right, bottom))
    return mask.crop((left, top, right, bottom)).convert("L")


def export_png(
    mask: MaskModel | Image.Image, box: tuple[int, int, int, int] | None = None
) -> bytes:
    """to_rgba() as PNG bytes, exactly the image's size (or its ``box``'s: left, top, right,
    bottom), made a band of rows at a time (never the whole RGBA in memory, nor the box
    cropped whole; numpy and zlib let the GIL go on each band)."""
    left, top, right, bottom = box or (0, 0, *mask.size)
    if not (0 <= left < right <= mask.size[0] and 0 <= top < bottom <= mask.size[1]):
        raise ValueError(f"the box {box} is not inside the {mask.size[0]}x{mask.size[1]} mask")
    width, height = right - left, bottom - top
    rgba = np.zeros((min(BAND_ROWS, height), width, 4), np.uint8)  # RGB stays black

    def bands() -> Iterator[np.ndarray]:
        for upper in range(top, bottom, BAND_ROWS):
            lower = min(upper + BAND_ROWS, bottom)
            band = rgba[: lower - upper]
            coverage = _coverage_band(mask, upper, lower, left, right)
            np.subtract(255, np.asarray(coverage), out=band[:, :, 3])
            yield band  # the encoder is done with it before the next band is written

    return png.encode_bands(
        (width, height), "RGBA", bands(), level=_PNG_COMPRESS_LEVEL, strategy=zlib.Z_RLE
    )


def import_mask(image: Image.Image, size: tuple[int, int], *, resize: bool = False) -> Image.Image:
    """Coverage at ``size``; a different size raises MaskSizeError unless ``resize`` is set."""
    return _fitted(coverage_from_image(image), size, resize)


def _fitted(coverage: Image.Image, size: tuple[int, int], resize: bool) -> Image.Image:
    if coverage.size != size:
        if not resize:
            raise MaskSizeError(coverage.size, size)
        coverage = coverage.resize(size, Image.Resampling.BILINEAR)
    return coverage


def import_mask_png(
    data: bytes, size: tuple[int, int], *, resize: bool = False, name: str = "mask"
) -> Image.Image:
    """``import_mask`` of an encoded mask. One this app wrote (``export_png``) is read a band
    of rows at a time, only its alpha kept: decoding an 8192² RGBA whole and freeing it held
    the GIL for 20-30 ms on the pool thread restoring it. Any other goes through Pillow.
    Raises ImageLoadError (a ValueError) for what is not a readable image."""
    try:
        coverage = _coverage_from_png(data)
    except ValueError:  # png.NotOurs, or damaged: Pillow then says what is wrong
        coverage = None
    if coverage is None:
        return import_mask(load_image_bytes(data, name=name), size, resize=resize)
    return _fitted(coverage, size, resize)


def _coverage_from_png(data: bytes) -> Image.Image | None:
    """coverage_from_image of a PNG png.read_bands takes with an alpha channel, else None."""
    mode, size, bands = png.read_bands(data)
    if mode not in ("LA", "RGBA"):
        return None
    edit = Image.new("L", size, None)  # every row is written
    luminance: Image.Image | None = Image.new("L", size, None)
    lowest = 255
    for top, rows in bands:
        alpha = rows[..., -1]
        lowest = min(lowest, int(alpha.min()))
        edit.paste(Image.fromarray(np.subtract(255, alpha, dtype=np.uint8), "L"), (0, top))
        if lowest < 255:
            luminance = None  # read by its alpha: the luminance is not needed
        elif luminance is not None:  # opaque so far: perhaps read by its luminance
            luminance.paste(Image.fromarray(rows, mode).convert("L"), (0, top))
    return edit if lowest < 255 else luminance
