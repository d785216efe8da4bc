"""Checks on what a server sent before it becomes an image on disk or a cost in the ledger."""

from __future__ import annotations

import binascii
import io
import math
from typing import Any

from studio.core.events import SvgUsage, Usage
from studio.core.imageinfo import ImageInfoError, check_output
from studio.core.pil import Image

# Twice the largest picture any model makes (3840x2160): anything declaring more is refused
# before a single pixel is decoded, so a decompression bomb costs a header read, not gigabytes.
MAX_RECEIVED_PIXELS = 4096 * 4096
# One job's usage never comes near this (10 images at the largest size and quality, 16 inputs);
# a count above it is a broken server, and pricing it could record thousands of dollars.
MAX_PLAUSIBLE_TOKENS = 5_000_000
_FORMATS = {"PNG", "JPEG", "WEBP"}


class BadData(ValueError):
    """What the server sent cannot be used; the message says why, in a user's words."""


def image_from_b64(b64: object, fmt: str | None = None) -> bytes:
    """The image bytes in a ``b64_json`` field, checked to decode into a plausible picture.

    ``fmt`` gif or svg: every frame of the GIF decodes; the SVG is a well-formed document.
    """
    if not isinstance(b64, str) or not b64.strip():
        raise BadData("it carried no image data")
    try:
        data = decode_b64(b64)
    except (binascii.Error, ValueError):
        raise BadData("its image data is not valid base64") from None
    if fmt in ("gif", "svg"):
        check_whole_format(data, fmt)
    else:
        check_image(data)
    return data


# Characters of base64 decoded per call: about a quarter of a millisecond. Decoding holds the
# GIL, and a whole 1024² PNG at once (3.3 MB of text, validated by a regular expression in
# base64.b64decode) held it 13-17 ms: a frame of the window lost while a result arrived.
B64_CHUNK = 1 << 18


def decode_b64(text: str) -> bytes:
    """Strict base64 (its alphabet, padding only at the very end), decoded a chunk at a time
    so that other threads get the GIL between chunks; line breaks and spaces are allowed."""
    try:
        return _decode_chunks(text)
    except (binascii.Error, ValueError):
        unwrapped = "".join(text.split())  # wrapped lines: rare, so done at once
        if unwrapped == text:
            raise
    return _decode_chunks(unwrapped)


def _decode_chunks(text: str) -> bytes:
    if len(text) % 4:
        raise binascii.Error("base64 text is not a multiple of four characters")
    padding = text.find("=")
    if padding != -1 and padding < len(text) - 2:
        raise binascii.Error("base64 padding before the end")
    return b"".join(
        binascii.a2b_base64(text[start : start + B64_CHUNK], strict_mode=True)
        for start in range(0, len(text), B64_CHUNK)
    )


def check_whole_format(data: bytes, fmt: str) -> None:
    """Raise BadData unless ``data`` is the animated GIF or SVG document asked for."""
    try:
        info = check_output(data, fmt)
    except ImageInfoError as exc:
        raise BadData(f"it is not a usable {fmt.upper()} ({exc})") from None
    if info.width * info.height > MAX_RECEIVED_PIXELS:
        raise BadData(
            f"it declares a {info.width}x{info.height} picture, far larger than any model makes"
        )


def check_image(data: bytes) -> None:
    """Raise BadData unless ``data`` is a whole PNG, JPEG or WebP of a plausible size."""
    try:
        # Pillow refuses a huge declared size itself (an error, or a warning that
        # filterwarnings=error turns into one); _check_declared applies our tighter limit.
        with Image.open(io.BytesIO(data)) as img:
            _check_declared(img)
            img.load()  # every byte: a truncated or corrupt file fails here, not on disk
    except BadData:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise BadData("it declares a picture far larger than any model makes") from None
    except (OSError, SyntaxError, ValueError, EOFError, MemoryError):
        raise BadData("its bytes are not a readable image") from None


def _check_declared(img: Image.Image) -> None:
    if img.format not in _FORMATS:
        raise BadData("its bytes are not a PNG, JPEG or WebP image")
    width, height = img.size
    if width <= 0 or height <= 0 or width * height > MAX_RECEIVED_PIXELS:
        raise BadData(f"it declares a {width}x{height} picture, far larger than any model makes")


def plausible_usage(raw: Any) -> Usage | None:
    """``usage`` from the API as Usage; None when absent. BadData when it cannot be right."""
    if raw is None:
        return None
    try:
        # warnings=False: a model holding strings where counts belong is exactly what we check.
        data = raw.model_dump(warnings=False) if hasattr(raw, "model_dump") else dict(raw)
        numbers = _token_fields(data)
    except (TypeError, ValueError, AttributeError):
        raise BadData("the server reported usage that is not a set of token counts") from None
    if any(value < 0 for value in numbers):
        raise BadData("the server reported a negative token count")
    if any(value > MAX_PLAUSIBLE_TOKENS for value in numbers):
        raise BadData("the server reported an implausibly large token count")
    usage = Usage.from_api(data)
    if min(usage.as_dict().values()) < 0:
        raise BadData("the server reported token counts that do not add up")
    return usage


def plausible_svg_usage(raw: Any) -> SvgUsage | None:
    """``svg_usage`` (the SVG author's tokens) as SvgUsage; None when absent; BadData when it
    cannot be right."""
    if raw is None:
        return None
    try:
        data = raw.model_dump(warnings=False) if hasattr(raw, "model_dump") else dict(raw)
        counts = [
            _whole(data.get(key) or 0)
            for key in ("input_tokens", "output_tokens", "reasoning_tokens", "total_tokens")
        ]
    except (TypeError, ValueError, AttributeError):
        raise BadData("the server reported SVG usage that is not a set of token counts") from None
    if any(value < 0 or value > MAX_PLAUSIBLE_TOKENS for value in counts):
        raise BadData("the server reported an implausible SVG token count")
    return SvgUsage.from_api(data)


def _token_fields(data: dict[str, Any]) -> list[int]:
    """Every token count in a usage object, each checked to be a whole number."""
    values: list[Any] = [data.get(key) for key in ("input_tokens", "output_tokens", "total_tokens")]
    for key in ("input_tokens_details", "output_tokens_details"):
        details = data.get(key) or {}
        if not isinstance(details, dict):
            raise TypeError(key)
        values.extend(details.values())
    return [_whole(value) for value in values if value is not None]


def _whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("not a number")
    if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
        raise ValueError("not a whole number")
    return int(value)
