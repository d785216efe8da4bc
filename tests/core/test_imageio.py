"""Which opened files can be sent to the API as they are, and which must be re-encoded."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageFile

from studio.core.imageinfo import inspect
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


def _exif_after_pixels(data: bytes) -> bytes:
    """The PNG with its eXIf chunk moved behind the pixel data (legal, and Pillow's slow case)."""
    chunks, position = [], 8
    while position < len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        chunks.append(data[position : position + 12 + length])
        position += 12 + length
    exif = [c for c in chunks if c[4:8] == b"eXIf"]
    others = [c for c in chunks if c[4:8] != b"eXIf"]
    return data[:8] + b"".join(others[:-1]) + b"".join(exif) + others[-1]


def test_png_orientation_is_read_without_decoding_the_pixels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6
    data = _exif_after_pixels(_encoded(Image.new("RGB", (40, 30)), "PNG", exif=exif.tobytes()))
    assert Image.open(io.BytesIO(data)).info.get("exif") is None, "the chunk is behind IDAT"
    assert load_image_bytes(data).size == (30, 40)

    def no_decoding(self: object) -> None:
        raise AssertionError("inspect decoded the pixels")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    info = inspect(data)
    assert (info.width, info.height) == (30, 40)
    assert not sendable_as_is(data)
