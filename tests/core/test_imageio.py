"""Which opened files can be sent to the API as they are, and which must be re-encoded."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from studio.core.imageio import load_image_bytes, sendable_as_is


def _encoded(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("mode", "fmt"),
    [("RGB", "PNG"), ("RGBA", "PNG"), ("L", "PNG"), ("P", "PNG"), ("RGB", "JPEG"), ("RGB", "WEBP")],
)
def test_plain_8_bit_files_are_sent_as_they_are(mode: str, fmt: str) -> None:
    data = _encoded(Image.new(mode, (40, 30)), fmt)
    assert sendable_as_is(data)
    assert load_image_bytes(data).size == (40, 30)


def test_an_exif_rotated_photo_is_re_encoded() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6
    data = _encoded(Image.new("RGB", (40, 30)), "JPEG", exif=exif.tobytes())
    assert not sendable_as_is(data)
    assert load_image_bytes(data).size == (30, 40), "the canvas shows it rotated"


def test_an_exif_orientation_of_one_is_plain() -> None:
    exif = Image.Exif()
    exif[0x0112] = 1
    assert sendable_as_is(_encoded(Image.new("RGB", (40, 30)), "JPEG", exif=exif.tobytes()))


@pytest.mark.parametrize(
    "data",
    [
        _encoded(Image.new("I;16", (40, 30)), "PNG"),  # 16-bit: the canvas holds 8-bit pixels
        _encoded(Image.new("CMYK", (40, 30)), "JPEG"),  # converted to RGB for the canvas
        _encoded(Image.new("RGB", (40, 30)), "BMP"),  # not an input format
        b"not an image",
    ],
)
def test_converted_or_unreadable_bytes_are_not(data: bytes) -> None:
    assert not sendable_as_is(data)
