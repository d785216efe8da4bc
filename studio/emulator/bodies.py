"""Decoding request bodies (JSON or multipart) into parameters and uploads."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from studio.emulator.errors import ApiError
from studio.emulator.multipart import MultipartError, parse_form
from studio.emulator.params import Params
from studio.emulator.records import RecordedFile
from studio.emulator.uploads import Upload, uploads_from_files, uploads_from_json

BAD_JSON = (
    "We could not parse the JSON body of your request. (HINT: This likely means you aren't using"
    " your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was"
    " not valid JSON.)"
)


@dataclass(frozen=True)
class Incoming:
    """A decoded body; `error` is set when the body could not be decoded."""

    json: dict[str, Any] | None = None
    fields: dict[str, list[str]] = field(default_factory=dict)
    files: tuple[RecordedFile, ...] = ()
    error: ApiError | None = None

    def params(self) -> Params:
        if self.json is not None:
            return Params(self.json, form=False)
        return Params.from_form(self.fields)

    def uploads(self) -> dict[str, list[Upload]]:
        if self.json is not None:
            return uploads_from_json(self.json)
        return uploads_from_files(self.files)

    def text(self, name: str) -> str:
        value = self.json.get(name) if self.json is not None else self.fields.get(name, [""])[-1]
        return value if isinstance(value, str) else ""

    @property
    def streaming(self) -> bool:
        value = self.json.get("stream") if self.json is not None else self.text("stream")
        return value is True or (isinstance(value, str) and value.lower() == "true")


def _wrong_type(content_type: str, expected: str) -> ApiError:
    message = f"Invalid Content-Type header ({content_type or 'none'}), expected {expected}."
    return ApiError(400, message)


def decode_body(content_type: str, body: bytes, *, edit: bool) -> Incoming:
    """Decode `body`: JSON for generations, multipart or JSON for edits."""
    mime = content_type.split(";")[0].strip().lower()
    if mime == "multipart/form-data" and edit:
        try:
            form = parse_form(content_type, body)
        except MultipartError as exc:
            return Incoming(error=ApiError(400, f"Invalid multipart/form-data body: {exc}."))
        return Incoming(fields=form.fields, files=form.files)
    if mime != "application/json":
        expected = "multipart/form-data or application/json" if edit else "application/json"
        return Incoming(error=_wrong_type(content_type, expected))
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return Incoming(error=ApiError(400, BAD_JSON))
    if not isinstance(data, dict):
        return Incoming(error=ApiError(400, BAD_JSON))
    return Incoming(json=data)
