"""imaging.bands.pixels and from_pixels: the whole-image conversions, made a band at a time."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from studio.core.imaging import bands


def _image(mode: str, size: tuple[int, int]) -> Image.Image:
    rng = np.random.default_rng(3)
    width, height = size
    channels = {"L": 1, "RGB": 3, "RGBA": 4}[mode]
    values = rng.integers(0, 256, (height, width, channels), dtype=np.uint8)
    return Image.fromarray(values[:, :, 0] if channels == 1 else values, mode)


@pytest.mark.parametrize("size", [(5, 3), (1500, 901)])  # one band, and many bands
@pytest.mark.parametrize(
    ("mode", "to"), [("RGB", None), ("RGBA", "RGB"), ("RGB", "L"), ("L", None)]
)
def test_pixels_are_the_converted_image_as_an_array(
    size: tuple[int, int], mode: str, to: str | None
) -> None:
    image = _image(mode, size)
    expected = np.asarray(image.convert(to or mode))
    found = bands.pixels(image, to)
    assert found.shape == expected.shape and found.dtype == expected.dtype
    assert np.array_equal(found, expected)
    found[0, 0] = 0  # a private, writable copy
    assert np.array_equal(np.asarray(image.convert(to or mode)), expected)


@pytest.mark.parametrize("size", [(5, 3), (1500, 901)])
@pytest.mark.parametrize("mode", ["L", "RGB", "RGBA"])
def test_from_pixels_is_fromarray(size: tuple[int, int], mode: str) -> None:
    values = np.asarray(_image(mode, size))
    made = bands.from_pixels(values, mode)
    assert made.mode == mode and made.size == size
    assert made.tobytes() == Image.fromarray(values, mode).tobytes()


@pytest.mark.parametrize("box", [(0, 0, 5, 3), (3, 7, 1400, 900), (0, 0, 1500, 901)])
def test_crop_is_pillows_crop(box: tuple[int, int, int, int]) -> None:
    image = _image("RGB", (1500, 901))
    made = bands.crop(image, box)
    assert made.size == (box[2] - box[0], box[3] - box[1])
    assert made.tobytes() == image.crop(box).tobytes()
