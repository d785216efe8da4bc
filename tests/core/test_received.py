"""What a server sent: base64 decoded strictly, a chunk at a time (received.decode_b64)."""

from __future__ import annotations

import base64
import binascii
import io

import pytest
from PIL import Image

from studio.core import received
from studio.core.received import BadData, decode_b64, image_from_b64


@pytest.mark.parametrize("size", [0, 1, 2, 3, 4, 5, 100, received.B64_CHUNK * 3 // 4 + 1])
def test_decodes_what_base64_encodes_at_any_length(size: int, monkeypatch) -> None:
    monkeypatch.setattr(received, "B64_CHUNK", 64)  # many chunks even for short data
    data = bytes(range(256)) * (size // 256) + bytes(range(size % 256))
    assert decode_b64(base64.b64encode(data).decode()) == data


def test_decodes_a_chunk_at_a_time(monkeypatch) -> None:
    """Decoding holds the GIL: no call may take the whole of a large image's text."""
    lengths: list[int] = []
    real = binascii.a2b_base64

    def counting(text: str, **kwargs: bool) -> bytes:
        lengths.append(len(text))
        return real(text, **kwargs)

    monkeypatch.setattr(received.binascii, "a2b_base64", counting)
    data = bytes(3 * received.B64_CHUNK)  # four chunks of text
    assert decode_b64(base64.b64encode(data).decode()) == data
    assert len(lengths) == 4
    assert max(lengths) == received.B64_CHUNK


def test_accepts_wrapped_lines() -> None:
    data = bytes(range(256)) * 10
    assert decode_b64(base64.encodebytes(data).decode()) == data  # 76 characters a line
    assert decode_b64(" " + base64.b64encode(data).decode() + "\r\n") == data


@pytest.mark.parametrize(
    "text",
    [
        "QUJD!",  # not in the alphabet
        "QUJDRA",  # padding missing
        "QQ==QUJD",  # padding in the middle
        "=QUJD",
        "QUJDRA===",
        "QUJD\u00e9QUJD",  # not ASCII
    ],
)
def test_refuses_what_is_not_strict_base64(text: str) -> None:
    with pytest.raises((binascii.Error, ValueError)):
        decode_b64(text)


def test_padding_before_a_chunks_end_is_refused(monkeypatch) -> None:
    """Each chunk alone would decode: padding that ends a middle chunk is caught all the same."""
    monkeypatch.setattr(received, "B64_CHUNK", 4)
    with pytest.raises(binascii.Error):
        decode_b64("QQ==QUJD")


def test_an_image_is_decoded_and_checked() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, "PNG")
    text = base64.b64encode(buffer.getvalue()).decode()
    assert image_from_b64(text) == buffer.getvalue()
    with pytest.raises(BadData, match="not valid base64"):
        image_from_b64(text[:-1])
    with pytest.raises(BadData, match="no image data"):
        image_from_b64("  ")
