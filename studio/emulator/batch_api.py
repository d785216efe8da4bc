"""The /v1/files and /v1/batches endpoints over the emulator's FileStore and BatchBook."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from studio.emulator import errors
from studio.emulator.batch_lines import ENDPOINTS
from studio.emulator.batches import BatchBook
from studio.emulator.errors import ApiError
from studio.emulator.files import PURPOSES
from studio.emulator.multipart import MultipartError, parse_form

_PATH = re.compile(
    r"^(?:/v1|/openai/v1|/openai)/(?P<kind>files|batches)"
    r"(?:/(?P<id>[^/]+))?(?:/(?P<action>content|cancel))?/?$"
)


@dataclass(frozen=True)
class Answer:
    """A JSON body, or raw bytes (file content)."""

    status: int
    body: Any = None
    raw: bytes | None = None


def matches(path: str) -> bool:
    return _PATH.match(path) is not None


def handle(book: BatchBook, method: str, path: str, content_type: str, body: bytes) -> Answer:
    """Answer one files or batches request; raises ApiError like the real API."""
    match = _PATH.match(path)
    if match is None:
        raise errors.not_found(method, path)
    kind, item, action = match["kind"], match["id"], match["action"]
    if kind == "files":
        return _files(book, method, path, item, action, content_type, body)
    return _batches(book, method, path, item, action, body)


def _files(
    book: BatchBook,
    method: str,
    path: str,
    item: str | None,
    action: str | None,
    content_type: str,
    body: bytes,
) -> Answer:
    if method == "POST" and item is None:
        return Answer(200, _upload(book, content_type, body))
    if method == "GET" and item is not None:
        meta = book.files.get(item)
        if meta is None:
            raise ApiError(404, f"No such File object: {item}", param="id")
        if action == "content":
            return Answer(200, raw=book.files.content(item) or b"")
        return Answer(200, meta.to_api())
    raise errors.not_found(method, path)


def _upload(book: BatchBook, content_type: str, body: bytes) -> dict[str, Any]:
    try:
        form = parse_form(content_type, body)
    except MultipartError as exc:
        raise ApiError(400, f"Invalid multipart/form-data body: {exc}.") from None
    purpose = (form.fields.get("purpose") or [""])[-1]
    if purpose not in PURPOSES:
        raise errors.bad_enum("purpose", purpose, PURPOSES)
    uploads = [f for f in form.files if f.field == "file"]
    if not uploads:
        raise errors.missing("file")
    upload = uploads[0]
    name = upload.filename or "upload.jsonl"
    if purpose == "batch" and not name.endswith(".jsonl"):
        raise errors.invalid_value("file", "Batch input files must be .jsonl files.")
    return book.files.add(upload.data, name, purpose, book.now()).to_api()


def _batches(
    book: BatchBook, method: str, path: str, item: str | None, action: str | None, body: bytes
) -> Answer:
    if method == "POST" and item is None:
        return Answer(200, _create(book, body))
    if method == "GET" and item is None:
        data = [batch.to_api() for batch in book.all()]
        last = data[-1]["id"] if data else None
        first = data[0]["id"] if data else None
        body_out = {"object": "list", "data": data, "first_id": first, "last_id": last}
        return Answer(200, {**body_out, "has_more": False})
    if item is None:
        raise errors.not_found(method, path)
    if method == "GET" and action is None:
        batch = book.get(item)
    elif method == "POST" and action == "cancel":
        batch = book.cancel(item)
    else:
        raise errors.not_found(method, path)
    if batch is None:
        raise ApiError(404, f"No batch found with id '{item}'.", param="id")
    return Answer(200, batch.to_api())


def _create(book: BatchBook, body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body.decode("utf-8") or "null")
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, "We could not parse the JSON body of your request.") from None
    if not isinstance(data, dict):
        raise ApiError(400, "We could not parse the JSON body of your request.")
    endpoint, file_id = data.get("endpoint"), data.get("input_file_id")
    if data.get("completion_window") != "24h":
        raise errors.bad_enum("completion_window", data.get("completion_window"), ("24h",))
    if endpoint not in ENDPOINTS:
        raise errors.bad_enum("endpoint", endpoint, ENDPOINTS)
    meta = book.files.get(file_id) if isinstance(file_id, str) else None
    if meta is None:
        raise ApiError(400, f"Invalid 'input_file_id': {file_id!r} does not exist.")
    if meta.purpose != "batch":
        raise errors.invalid_value("input_file_id", "The input file must have purpose 'batch'.")
    metadata = data.get("metadata")
    return book.create(meta.id, endpoint, metadata if isinstance(metadata, dict) else None).to_api()
