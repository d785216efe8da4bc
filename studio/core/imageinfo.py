"""Inspect image bytes without decoding more than needed: format, size after EXIF, alpha."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

MIME_BY_FORMAT = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}
EXT_BY_FORMAT = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}
_EXIF_ORIENTATION = 0x0112
_SWAPPING_ORIENTATIONS = {5, 6, 7, 8}


class ImageInfoError(ValueError):
    """The bytes are not an image Pillow can read."""


@dataclass(frozen=True)
class ImageInfo:
    """What validation and estimation need to know about an input image."""

    format: str
    width: int
    height: int
    has_alpha: bool
    byte_size: int

    @property
    def mime(self) -> str:
        return MIME_BY_FORMAT.get(self.format, "application/octet-stream")


def inspect(data: bytes) -> ImageInfo:
    """Format and oriented size (EXIF rotation applied) of encoded image bytes.

    Reads headers only: it runs on the UI thread for every estimate and validation.
    """
    try:
        with Image.open(io.BytesIO(data)) as img:
            width, height = img.size
            orientation = exif_orientation(img, data)
            if orientation in _SWAPPING_ORIENTATIONS:
                width, height = height, width
            alpha = img.mode in ("RGBA", "LA", "PA") or "transparency" in img.info
            return ImageInfo(img.format or "", width, height, alpha, len(data))
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageInfoError(f"not a readable image ({exc})") from exc


def encode(img: Image.Image, fmt: str = "png", quality: int | None = None) -> bytes:
    """Encode a Pillow image as png, jpeg or webp bytes."""
    buffer = io.BytesIO()
    kind = {"png": "PNG", "jpeg": "JPEG", "jpg": "JPEG", "webp": "WEBP"}[fmt.lower()]
    if kind == "JPEG" and img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    options = {"quality": quality} if quality is not None and kind != "PNG" else {}
    img.save(buffer, kind, **options)
    return buffer.getvalue()


def exif_orientation(img: Image.Image, data: bytes) -> int:
    """The EXIF orientation tag (1 when absent) of the opened ``img`` whose bytes are ``data``.

    Pillow's PNG getexif() decodes every pixel when the eXIf chunk is not ahead of the image
    data (over a second for a 4096² PNG, on the UI thread); the chunks are walked instead.
    """
    if img.format != "PNG":
        return int(img.getexif().get(_EXIF_ORIENTATION, 1))
    raw = img.info.get("exif") or _png_exif_chunk(data)
    if not raw:
        return 1
    exif = Image.Exif()
    exif.load(raw)
    return int(exif.get(_EXIF_ORIENTATION, 1))


def _png_exif_chunk(data: bytes) -> bytes | None:
    position = 8  # after the signature
    while position + 8 <= len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        if kind == b"eXIf":
            return data[position + 8 : position + 8 + length]
        if kind == b"IEND":
            return None
        position += 12 + length  # length, type, data, CRC
    return None
