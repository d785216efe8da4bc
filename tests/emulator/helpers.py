"""Helpers for the emulator tests: image bytes, raw HTTP and response decoding."""

from __future__ import annotations

import base64
import functools
import http.client
import io
import json
from typing import Any

from PIL import Image

SECRET = "sk-emulator-test-SECRET-0123456789"


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


@functools.cache
def photo_png(size: tuple[int, int] = (1024, 1024)) -> bytes:
    """`photo(size)` as PNG bytes, encoded once per test session."""
    return png_bytes(photo(size))


@functools.cache
def _photo(size: tuple[int, int]) -> Image.Image:
    """A deterministic RGB picture that varies everywhere (cheap to encode, unlike noise)."""
    vertical = Image.linear_gradient("L")
    channels = (vertical, vertical.rotate(90), Image.radial_gradient("L"))
    return Image.merge("RGB", [c.resize(size, Image.Resampling.BICUBIC) for c in channels])


def photo(size: tuple[int, int] = (1024, 1024)) -> Image.Image:
    """A fresh copy of the test picture (callers may modify it)."""
    return _photo(size).copy()


def mask_with_hole(
    size: tuple[int, int], hole: tuple[int, int, int, int], mode: str = "RGBA"
) -> Image.Image:
    """Opaque everywhere except `hole`, where alpha is 0 (the area to edit)."""
    mask = Image.new(mode, size, (0, 0, 0, 255)[: len(mode)])
    if mode == "RGBA":
        mask.paste((0, 0, 0, 0), hole)
    return mask


def decode_image(b64: str | None) -> Image.Image:
    assert b64 is not None
    image = Image.open(io.BytesIO(base64.b64decode(b64)))
    image.load()
    return image


def raw_request(
    url_port: int,
    method: str,
    path: str,
    body: Any = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    """One HTTP request with http.client (no SDK); returns status, headers and the body."""
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    connection = http.client.HTTPConnection("127.0.0.1", url_port, timeout=10)
    try:
        connection.request(method, path, body=data, headers=all_headers)
        response = connection.getresponse()
        payload = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, payload
    finally:
        connection.close()


def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {SECRET}"}
