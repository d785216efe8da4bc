"""Inspect image bytes without decoding more than needed: format, size after EXIF, alpha."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import UnidentifiedImageError

from studio.core import svgdoc
from studio.core.imageheader import declared_size
from studio.core.pil import MAX_INPUT_PIXELS, Image

MIME_BY_FORMAT = {
    "PNG": "image/png",
    "JPEG": "image/jpeg",
    "WEBP": "image/webp",
    "GIF": "image/gif",
    "SVG": "image/svg+xml",
}
EXT_BY_FORMAT = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "GIF": "gif", "SVG": "svg"}
MAX_GIF_FRAMES = 64  # the API sends at most 16; more is not a GIF Studio asked for
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
    frames: int = 1

    @property
    def mime(self) -> str:
        return MIME_BY_FORMAT.get(self.format, "application/octet-stream")


def inspect(data: bytes) -> ImageInfo:
    """Format and oriented size (EXIF rotation applied) of encoded image bytes.

    Reads headers only: it runs on the UI thread for every estimate and validation. An SVG
    document is checked as XML (never decoded by Pillow).
    """
    if svgdoc.looks_like_svg(data):
        try:
            svg = svgdoc.check(data)
        except svgdoc.SvgError as exc:
            raise ImageInfoError(str(exc)) from exc
        return ImageInfo("SVG", svg.width, svg.height, True, svg.byte_size)
    check_declared_size(data)
    try:
        with Image.open(io.BytesIO(data)) as img:
            width, height = img.size
            orientation = exif_orientation(img, data)
            if orientation in _SWAPPING_ORIENTATIONS:
                width, height = height, width
            alpha = img.mode in ("RGBA", "LA", "PA") or "transparency" in img.info
            frames = int(getattr(img, "n_frames", 1))
            return ImageInfo(img.format or "", width, height, alpha, len(data), frames)
    except UnidentifiedImageError as exc:
        raise ImageInfoError("not an image Studio can read (use PNG, JPEG or WebP)") from exc
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise ImageInfoError(f"not a readable image ({_reason(exc)})") from exc


def check_declared_size(data: bytes) -> None:
    """ImageInfoError when the header declares more pixels than Studio will decode."""
    size = declared_size(data)
    if size is None:
        return
    width, height = size
    if width <= 0 or height <= 0:
        raise ImageInfoError(f"damaged: its header declares {width}×{height} pixels")
    if width * height > MAX_INPUT_PIXELS:
        raise ImageInfoError(
            f"{width}×{height} pixels ({width * height / 1e6:,.0f} megapixels); Studio opens "
            f"up to {MAX_INPUT_PIXELS / 1e6:,.0f} megapixels: scale it down first"
        )


def check_decodes(data: bytes) -> None:
    """ImageInfoError when the pixel data is cut short or damaged, in bounded memory.

    PNG: every chunk's checksum through to the end marker, without inflating the pixels.
    JPEG: decoded at 1/8 scale, which still reads every coded byte. WebP: a full decode.
    SVG: a well-formed document (never rendered here).
    """
    if svgdoc.looks_like_svg(data):
        inspect(data)
        return
    check_declared_size(data)
    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.format == "PNG":
                img.verify()
                return
            if img.format == "JPEG":
                img.draft("RGB", (max(1, img.width // 8), max(1, img.height // 8)))
            img.load()
    except UnidentifiedImageError as exc:
        raise ImageInfoError("not an image Studio can read (use PNG, JPEG or WebP)") from exc
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise ImageInfoError(f"damaged or cut short ({_reason(exc)})") from exc


def _reason(exc: BaseException) -> str:
    # Pillow names the stream it read from ("<_io.BytesIO object at 0x…>"): never show that.
    text = str(exc)
    start = text.find("<_io.")
    if start >= 0:
        text = (text[:start] + "the data" + text[text.find(">", start) + 1 :]).strip()
    return text or type(exc).__name__


def check_output(data: bytes, output_format: str) -> ImageInfo:
    """An image the API returned, checked in full: it decodes (every GIF frame), and it is the
    format asked for. ImageInfoError otherwise. Runs off the UI thread."""
    info = inspect(data)
    expected = {"jpeg": "JPEG", "png": "PNG", "webp": "WEBP", "gif": "GIF", "svg": "SVG"}
    if expected.get(output_format, info.format) != info.format:
        raise ImageInfoError(f"{info.format or 'unknown'} data where {output_format} was asked")
    if info.format == "SVG":
        return info
    if info.frames > MAX_GIF_FRAMES:
        raise ImageInfoError(f"an animation of {info.frames} frames")
    try:
        with Image.open(io.BytesIO(data)) as img:
            for frame in range(info.frames):
                img.seek(frame)
                img.load()
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as exc:
        raise ImageInfoError(f"damaged or cut short ({_reason(exc)})") from exc
    return info


def encode(img: Image.Image, fmt: str = "png", quality: int | None = None) -> bytes:
    """Encode a Pillow image as png, jpeg or webp bytes.

    PNGs go through imageio.png_bytes (imaging.png for the modes the canvas holds): a
    composited 4096² result took 2-3 s of Pillow's encoder, which held the GIL through every
    64 KiB of it.
    """
    kind = {"png": "PNG", "jpeg": "JPEG", "jpg": "JPEG", "webp": "WEBP"}[fmt.lower()]
    if kind == "PNG":
        from studio.core.imageio import png_bytes  # imageio imports this module

        return png_bytes(img)
    buffer = io.BytesIO()
    if kind == "JPEG" and img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    options = {"quality": quality} if quality is not None else {}
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
