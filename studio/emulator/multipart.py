"""A small multipart/form-data parser (RFC 7578) for the edits endpoint."""

from __future__ import annotations

import re
from dataclasses import dataclass

from studio.emulator.records import RecordedFile

_PARAM = re.compile(r';\s*([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))')


class MultipartError(ValueError):
    """The body is not valid multipart/form-data."""


@dataclass(frozen=True)
class FormData:
    """Text fields (every value, in order) and uploaded files."""

    fields: dict[str, list[str]]
    files: tuple[RecordedFile, ...]


def header_params(value: str) -> dict[str, str]:
    """Parameters of a header such as `form-data; name="image[]"; filename="a.png"`."""
    params: dict[str, str] = {}
    for match in _PARAM.finditer(value):
        quoted, bare = match.group(2), match.group(3)
        params[match.group(1).lower()] = (
            re.sub(r"\\(.)", r"\1", quoted) if quoted is not None else bare
        )
    return params


def _split_part(part: bytes) -> tuple[dict[str, str], bytes]:
    head, sep, body = part.partition(b"\r\n\r\n")
    if not sep:
        raise MultipartError("a part has no header/body separator")
    headers: dict[str, str] = {}
    for line in head.decode("utf-8", "replace").split("\r\n"):
        name, colon, value = line.partition(":")
        if colon:
            headers[name.strip().lower()] = value.strip()
    return headers, body


def parse_form(content_type: str, body: bytes) -> FormData:
    """Parse `body`; `content_type` must carry the boundary."""
    boundary = header_params(content_type).get("boundary")
    if not boundary:
        raise MultipartError("multipart/form-data without a boundary")
    delimiter = b"--" + boundary.encode("latin-1")
    chunks = body.split(b"\r\n" + delimiter)
    first = chunks[0]
    if not first.startswith(delimiter):
        raise MultipartError("the body does not start with the boundary")
    chunks[0] = first[len(delimiter) :]
    fields: dict[str, list[str]] = {}
    files: list[RecordedFile] = []
    for chunk in chunks:
        if chunk.startswith(b"--"):
            break
        headers, data = _split_part(chunk.removeprefix(b"\r\n"))
        disposition = header_params(headers.get("content-disposition", ""))
        name = disposition.get("name")
        if name is None:
            raise MultipartError("a part has no name")
        if "filename" in disposition or "content-type" in headers:
            files.append(
                RecordedFile(name, disposition.get("filename"), headers.get("content-type"), data)
            )
        else:
            fields.setdefault(name, []).append(data.decode("utf-8", "replace"))
    return FormData(fields, tuple(files))
