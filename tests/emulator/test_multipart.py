"""The multipart parser on hand-written bodies."""

from __future__ import annotations

import pytest

from studio.emulator.multipart import MultipartError, header_params, parse_form


def test_fields_and_files() -> None:
    body = (
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="prompt"\r\n\r\n'
        b"two\r\nlines\r\n"
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="image[]"; filename="a b.png"\r\n'
        b"Content-Type: image/png\r\n\r\n"
        b"\x89PNG\r\n--not-the-boundary\r\n"
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="n"\r\n\r\n'
        b"2\r\n"
        b"--XyZ--\r\n"
    )
    form = parse_form("multipart/form-data; boundary=XyZ", body)
    assert form.fields == {"prompt": ["two\r\nlines"], "n": ["2"]}
    (file,) = form.files
    assert (file.field, file.filename, file.content_type) == ("image[]", "a b.png", "image/png")
    assert file.data == b"\x89PNG\r\n--not-the-boundary"


def test_quoted_boundary_and_escapes() -> None:
    assert header_params('form-data; name="a\\"b"; filename=x.png') == {
        "name": 'a"b',
        "filename": "x.png",
    }
    body = b'--a:b\r\nContent-Disposition: form-data; name="k"\r\n\r\nv\r\n--a:b--\r\n'
    assert parse_form('multipart/form-data; boundary="a:b"', body).fields == {"k": ["v"]}


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("multipart/form-data", b"--x\r\n\r\n"),
        ("multipart/form-data; boundary=x", b"garbage"),
        ("multipart/form-data; boundary=x", b"--x\r\nno separator--x--"),
    ],
)
def test_malformed_bodies(content_type: str, body: bytes) -> None:
    with pytest.raises(MultipartError):
        parse_form(content_type, body)
