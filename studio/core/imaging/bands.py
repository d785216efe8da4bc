"""Whole-image work a band of rows at a time, so no single call holds the GIL for long.

Pillow holds the GIL through getbbox, getchannel, merge and paste: on a 4096² mask one such
call on a pool thread stopped the UI thread for 8-25 ms. A band of about BAND_BYTES takes well
under a millisecond.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from studio.core.pil import Image, ImageChops

if TYPE_CHECKING:
    import numpy as np  # imported where used: not for the window's first frame

# Under the 1 MiB from which allocations are mapped afresh (studio.ui.heap): a band's crop and
# bytes reuse memory already touched, where 2 MB bands faulted in every page of each new one
# with the GIL held (copying an 8192² picture for display: 5-6 ms per band, 0.58 s in all,
# against 2 ms and 0.25 s). 42 rows of a 4096² photo, 16 of an 8192² RGBA.
BAND_BYTES = 512 << 10
Found = tuple[int, int, int, int] | None  # a box, or nothing there


def row_bands(
    width: int, height: int, pixel_bytes: int = 4, band_bytes: int = BAND_BYTES
) -> Iterator[tuple[int, int]]:
    """(top, bottom) of consecutive bands of rows of about ``band_bytes`` each."""
    rows = max(1, band_bytes // max(1, width * pixel_bytes))
    for top in range(0, height, rows):
        yield top, min(top + rows, height)


def painted_box(coverage: Image.Image) -> Found:
    """``coverage.getbbox()`` of a mode "L" image, computed a band at a time."""
    width, height = coverage.size
    return _union(
        (top, coverage.crop((0, top, width, bottom)).getbbox())
        for top, bottom in row_bands(width, height, 1)
    )


def pixels(image: Image.Image, mode: str | None = None) -> np.ndarray:
    """``np.asarray(image.convert(mode))``, read a band of rows at a time.

    The whole-image conversion copied every pixel with the GIL held, once in Pillow and once
    more into the array, its fresh pages faulted in meanwhile (15-20 ms for a 2305² RGB crop
    on a pool thread while a result landed). Here each band is small, and numpy fills the
    array, which it does with the GIL let go.
    """
    import numpy as np

    mode = mode or image.mode
    width, height = image.size
    out: np.ndarray | None = None
    for top, bottom in row_bands(width, height):
        band = np.asarray(image.crop((0, top, width, bottom)).convert(mode))
        if out is None:
            out = np.empty((height, *band.shape[1:]), band.dtype)
        out[top:bottom] = band
    assert out is not None
    return out


def crop(image: Image.Image, box: tuple[int, int, int, int]) -> Image.Image:
    """``image.crop(box)``, copied a band of rows at a time (the same GIL reason)."""
    left, top, right, bottom = box
    width, height = right - left, bottom - top
    if width * height * 4 <= BAND_BYTES:
        return image.crop(box)
    return _assembled(
        image.mode,
        (width, height),
        lambda upper, lower: image.crop((left, top + upper, right, top + lower)),
    )


def from_pixels(values: np.ndarray, mode: str) -> Image.Image:
    """``Image.fromarray(values, mode)``, a band of rows at a time (the same GIL reason)."""
    import numpy as np

    height, width = values.shape[:2]
    if width * height * 4 <= BAND_BYTES:
        return Image.fromarray(values, mode)
    return _assembled(
        mode,
        (width, height),
        lambda top, bottom: Image.fromarray(np.ascontiguousarray(values[top:bottom]), mode),
    )


def _assembled(
    mode: str, size: tuple[int, int], part: Callable[[int, int], Image.Image]
) -> Image.Image:
    """An image of ``size`` pasted together from ``part(top, bottom)`` for each band of rows."""
    out = Image.new(mode, size, None)  # every row is written
    for top, bottom in row_bands(*size):
        out.paste(part(top, bottom), (0, top))
    return out


def channel(image: Image.Image, band: str) -> Image.Image:
    """``image.getchannel(band)``, a band of rows at a time."""
    return banded(lambda part: part.getchannel(band), image)


def banded(
    operation: Callable[..., Image.Image], first: Image.Image, *others: Image.Image
) -> Image.Image:
    """``operation(first, *others)`` of same-sized images (ImageChops' kind), a band at a time."""
    width, height = first.size
    if width * height * 4 <= BAND_BYTES:
        return operation(first, *others)
    out: Image.Image | None = None
    for top, bottom in row_bands(width, height):
        box = (0, top, width, bottom)
        part = operation(first.crop(box), *(other.crop(box) for other in others))
        if out is None:
            out = Image.new(part.mode, first.size, None)  # every row is written
        out.paste(part, (0, top))
    assert out is not None
    return out


def paste_composite(
    out: Image.Image,
    at: tuple[int, int],
    over: Image.Image,
    under: Image.Image,
    weight: Image.Image,
) -> None:
    """``out.paste(Image.composite(over, under, weight), at)``, a band of rows at a time.

    Landing a result on a 4096² picture copied and pasted its whole box at once: 30 ms of
    a pool thread holding the GIL while the result was about to be shown.
    """
    width, height = over.size
    for top, bottom in row_bands(width, height):
        box = (0, top, width, bottom)
        band = Image.composite(over.crop(box), under.crop(box), weight.crop(box))
        out.paste(band, (at[0], at[1] + top))


def changed_box(before: Image.Image, after: Image.Image) -> Found:
    """``ImageChops.difference(before, after).getbbox()``, a band at a time."""
    width, height = before.size

    def band_box(top: int, bottom: int) -> tuple[int, Found]:
        box = (0, top, width, bottom)
        return top, ImageChops.difference(before.crop(box), after.crop(box)).getbbox()

    return _union(band_box(top, bottom) for top, bottom in row_bands(width, height))


def _union(parts: Iterable[tuple[int, Found]]) -> Found:
    """The box around bands' boxes, each given with its band's top row, in order."""
    found: Found = None
    for top, box in parts:
        if box is None:
            continue
        left, upper, right, lower = box[0], top + box[1], box[2], top + box[3]
        if found is not None:
            left, upper, right = min(left, found[0]), found[1], max(right, found[2])
        found = (left, upper, right, lower)
    return found
