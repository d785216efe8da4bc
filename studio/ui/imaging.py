"""Conversions between encoded bytes, Pillow images and QImage (safe off the UI thread)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from studio.core.imageio import load_image_bytes
from studio.core.imaging.bands import row_bands
from studio.core.pil import Image
from studio.ui.buffers import mapped_qimage


def qimage_from_pil(image: Image.Image) -> QImage:
    """A QImage that owns a copy of the pixels: RGBA8888 with alpha, RGB888 without, Grayscale8."""
    if image.mode == "L":
        return _wrap(image.tobytes(), image.width, image.height, 1, QImage.Format.Format_Grayscale8)
    if image.mode == "RGB":
        return _wrap(image.tobytes(), image.width, image.height, 3, QImage.Format.Format_RGB888)
    rgba = image.convert("RGBA")
    return _wrap(rgba.tobytes(), rgba.width, rgba.height, 4, QImage.Format.Format_RGBA8888)


def _wrap(data: bytes, width: int, height: int, depth: int, fmt: QImage.Format) -> QImage:
    # QImage borrows the buffer; copy() detaches it before ``data`` is freed.
    return QImage(data, width, height, width * depth, fmt).copy()


def pil_from_qimage(image: QImage) -> Image.Image:
    """RGBA when the QImage has an alpha channel, RGB otherwise."""
    if image.hasAlphaChannel():
        converted = image.convertToFormat(QImage.Format.Format_RGBA8888)
        mode = "RGBA"
    else:
        converted = image.convertToFormat(QImage.Format.Format_RGB888)
        mode = "RGB"
    width, height = converted.width(), converted.height()
    stride = converted.bytesPerLine()
    raw = bytes(converted.constBits())
    return Image.frombytes(mode, (width, height), raw, "raw", mode, stride)


def qimage_from_bytes(data: bytes) -> QImage:
    """Decode with Pillow (EXIF orientation applied), then convert."""
    return qimage_from_pil(load_image_bytes(data))


def png_from_qimage(image: QImage) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(array.data())


def display_image(image: Image.Image) -> QImage:
    """The fastest format for QPainter to draw: premultiplied ARGB32."""
    return qimage_from_pil(image).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def banded_qimage(
    image: Image.Image, fmt: QImage.Format, raw: str, convert: str | None = None
) -> QImage:
    """``image`` in a new ``fmt`` QImage (mapped: freed off the UI thread), copied a band of
    rows at a time, each band converted to ``convert`` first when given and packed as ``raw``:
    a whole picture's tobytes() and copy held the GIL for tens of milliseconds on a pool
    thread, a frozen window."""
    import numpy as np  # here: not needed for the window's first frame

    width, height = image.size
    target = mapped_qimage(width, height, fmt)
    stride = target.bytesPerLine()
    # numpy copies with the GIL let go: a slice assignment into the fresh map held it while
    # the system handed over each page (20-50 ms a band while an 8192² picture was restored,
    # benchmarks/open_large.py --case restore).
    pixels = np.frombuffer(target.bits(), np.uint8, count=stride * height)  # type: ignore[call-overload]
    for top, bottom in row_bands(width, height):
        band = image.crop((0, top, width, bottom))
        data = (band.convert(convert) if convert else band).tobytes("raw", raw)
        pixels[top * stride : top * stride + len(data)] = np.frombuffer(data, np.uint8)
    return target


# Pillow's raw packing of RGBA as Qt's 32-bit (A)RGB pixels, which are native-endian words.
ARGB32_RAW = "BGRA" if sys.byteorder == "little" else "ARGB"


def opaque_qimage(image: Image.Image) -> QImage:
    """An RGB picture as RGB32 (banded_qimage). Through RGBA: Pillow packs "BGRX" and "XRGB"
    with X = 0, and Qt wants 0xff there in an RGB32 pixel (drawn onto a premultiplied surface,
    such a picture came out transparent)."""
    return banded_qimage(image, QImage.Format.Format_RGB32, ARGB32_RAW, convert="RGBA")
