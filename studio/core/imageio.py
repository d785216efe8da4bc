"""Loading pictures for the canvas: PNG, JPEG and WebP, EXIF orientation applied, PNG out."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

SUPPORTED_FORMATS = ("PNG", "JPEG", "WEBP")
SUPPORTED_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")


class ImageLoadError(ValueError):
    """The file is not an image Studio can open; the message says why, for the user."""


def load_image_bytes(data: bytes, *, name: str = "image") -> Image.Image:
    """Decode, apply the EXIF orientation and normalise to RGB or RGBA."""
    try:
        with Image.open(io.BytesIO(data)) as opened:
            if opened.format not in SUPPORTED_FORMATS:
                raise ImageLoadError(
                    f"{name}: {opened.format or 'unknown'} images are not supported "
                    "(use PNG, JPEG or WebP)."
                )
            opened.load()
            image = ImageOps.exif_transpose(opened)
    except (UnidentifiedImageError, OSError) as error:
        raise ImageLoadError(f"{name} is not a readable image ({error}).") from error
    return normalise_mode(image)


def load_image_path(path: str | Path) -> Image.Image:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImageLoadError(f"Cannot read {path.name}: {error.strerror or error}.") from error
    return load_image_bytes(data, name=path.name)


def normalise_mode(image: Image.Image) -> Image.Image:
    """RGBA when the picture has any transparency, otherwise RGB."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    converted = image.convert("RGBA" if has_alpha else "RGB")
    converted.info.pop("exif", None)
    return converted


def png_bytes(image: Image.Image, *, compress_level: int = 6) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=compress_level)
    return buffer.getvalue()
