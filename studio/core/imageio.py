"""Loading pictures for the canvas: PNG, JPEG and WebP, EXIF orientation applied, PNG out."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

from PIL import UnidentifiedImageError

from studio.core.imageinfo import exif_orientation
from studio.core.pil import Image, ImageOps

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
            # In place: a copy of an 8192² picture costs 0.2 s and another 256 MB for a while.
            ImageOps.exif_transpose(opened, in_place=True)
            image = opened._new(opened.im)  # a plain Image over the same pixels
    except UnidentifiedImageError as error:
        raise ImageLoadError(
            f"{name} is not an image Studio can read (PNG, JPEG or WebP)."
        ) from error
    except (OSError, Image.DecompressionBombError) as error:
        raise ImageLoadError(f"{name} is not a readable image ({error}).") from error
    return normalise_mode(image)


def load_image_path(path: str | Path) -> Image.Image:
    return load_image_bytes(read_image_file(path), name=Path(path).name)


def read_image_file(path: str | Path) -> bytes:
    path = Path(path)
    try:
        return path.read_bytes()
    except OSError as error:
        raise _unreadable(path, error) from error


def read_image_head(path: str | Path, limit: int) -> tuple[bytes, int]:
    """The first ``limit`` bytes of a file (where its header is) and the file's size."""
    path = Path(path)
    try:
        with path.open("rb") as file:
            return file.read(limit), os.fstat(file.fileno()).st_size
    except OSError as error:
        raise _unreadable(path, error) from error


def _unreadable(path: Path, error: OSError) -> ImageLoadError:
    return ImageLoadError(f"Cannot read {path.name}: {error.strerror or error}.")


# Modes whose 8-bit pixels load_image_bytes keeps as they are (apart from palette expansion).
_SENDABLE_MODES = ("RGB", "RGBA", "L", "LA", "P")


def sendable_as_is(data: bytes) -> bool:
    """True when ``data`` can go to the API unchanged for the picture load_image_bytes shows.

    That saves re-encoding an opened photo (seconds at 4096²) and uploads the smaller original.
    Not when an EXIF rotation was applied (the API would see the unrotated pixels) or the
    pixels were converted (16-bit, CMYK).
    """
    try:
        with Image.open(io.BytesIO(data)) as opened:
            return (
                opened.format in SUPPORTED_FORMATS
                and opened.mode in _SENDABLE_MODES
                and exif_orientation(opened, data) == 1
            )
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return False


def normalise_mode(image: Image.Image) -> Image.Image:
    """RGBA when the picture has any transparency, otherwise RGB."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    mode = "RGBA" if has_alpha else "RGB"
    converted = image if image.mode == mode and not image.readonly else image.convert(mode)
    converted.info.pop("exif", None)
    return converted


def png_bytes(
    image: Image.Image, *, compress_level: int = 6, abandoned: Callable[[], bool] | None = None
) -> bytes:
    """``image`` as PNG. L, LA, RGB and RGBA (every picture the canvas holds) go through
    imaging.png, which lets the GIL go while it works (and raises png.Abandoned once
    ``abandoned`` says so); other modes through Pillow."""
    # Imported here: numpy is not needed for the window's first frame.
    from studio.core.imaging import png

    if image.mode in png.COLOUR_TYPES:
        return png.encode(image, level=compress_level, abandoned=abandoned)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=compress_level)
    return buffer.getvalue()
