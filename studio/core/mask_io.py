"""Mask interchange: the API's RGBA PNG, B/W imports, feathering and compositing results back."""

from __future__ import annotations

import io
import math

from PIL import Image, ImageChops, ImageFilter

from studio.core.mask import MaskModel

# Mask PNGs are long runs of equal pixels: fast run-length deflate is both quick and small
# (4096² in about 70 KiB).
_PNG_COMPRESS_LEVEL = 1
_Z_RLE = 3


class MaskSizeError(ValueError):
    """An imported mask does not have the image's size."""

    def __init__(self, mask_size: tuple[int, int], image_size: tuple[int, int]) -> None:
        self.mask_size = mask_size
        self.image_size = image_size
        super().__init__(
            f"The mask is {mask_size[0]}×{mask_size[1]} pixels but the image is "
            f"{image_size[0]}×{image_size[1]}."
        )


def to_rgba(coverage: Image.Image) -> Image.Image:
    """The API's mask: RGB black, alpha 0 where the model may edit, 255 where it must keep."""
    coverage = coverage.convert("L")
    black = Image.new("L", coverage.size, 0)
    return Image.merge("RGBA", (black, black, black, ImageChops.invert(coverage)))


def export_png(mask: MaskModel | Image.Image) -> bytes:
    """The RGBA mask as PNG bytes, exactly the image's size."""
    coverage = mask.image() if isinstance(mask, MaskModel) else mask
    buffer = io.BytesIO()
    to_rgba(coverage).save(
        buffer, format="PNG", compress_level=_PNG_COMPRESS_LEVEL, compress_type=_Z_RLE
    )
    return buffer.getvalue()


def coverage_from_image(image: Image.Image) -> Image.Image:
    """Coverage (255 = edit) from an alpha mask (transparent = edit) or a B/W image (white = edit).

    An image with an alpha channel that is not fully opaque is read by its alpha; anything
    else (including an opaque RGBA) is read by its luminance.
    """
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        alpha = image.getchannel("A")
        lowest, _highest = alpha.getextrema()
        if isinstance(lowest, int | float) and lowest < 255:
            return ImageChops.invert(alpha)
    return image.convert("L")


def import_mask(image: Image.Image, size: tuple[int, int], *, resize: bool = False) -> Image.Image:
    """Coverage at ``size``; a different size raises MaskSizeError unless ``resize`` is set."""
    coverage = coverage_from_image(image)
    if coverage.size != size:
        if not resize:
            raise MaskSizeError(coverage.size, size)
        coverage = coverage.resize(size, Image.Resampling.BILINEAR)
    return coverage


def feather(coverage: Image.Image, radius: float) -> Image.Image:
    """A soft edge that never reaches farther than ``radius`` pixels from the painted area.

    Two box blurs whose combined square support has half-width radius/√2, so its corners stay
    within the Euclidean radius: pixels farther than that keep their exact value.
    """
    reach = math.floor(max(radius, 0.0) / math.sqrt(2))
    if reach <= 0:
        return coverage.copy()
    first = reach // 2
    second = reach - first
    blurred = coverage.convert("L")
    for passes in (first, second):
        if passes > 0:
            blurred = blurred.filter(ImageFilter.BoxBlur(passes))
    return blurred


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
    top = result.convert(mode)
    if top.size != base.size:
        top = top.resize(base.size, Image.Resampling.LANCZOS)
    weight = (
        ImageChops.multiply(feather(coverage, feather_px), coverage) if feather_px > 0 else coverage
    )
    return Image.composite(top, base, weight)
