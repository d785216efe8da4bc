"""The request log: what the emulator received, without any credential."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class RecordedFile:
    """One uploaded multipart file."""

    field: str
    filename: str | None
    content_type: str | None
    data: bytes = dataclasses.field(repr=False)

    def summary(self) -> dict[str, Any]:
        """JSON-friendly description: size and sha256 instead of the bytes."""
        return {
            "field": self.field,
            "filename": self.filename,
            "content_type": self.content_type,
            "size": len(self.data),
            "sha256": hashlib.sha256(self.data).hexdigest(),
        }


def _as_text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value)


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received. `auth` is "bearer", "api-key" or None, never the key."""

    method: str
    path: str
    query: dict[str, str] = dataclasses.field(default_factory=dict)
    content_type: str | None = None
    auth: str | None = None
    json: dict[str, Any] | None = None
    fields: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    files: tuple[RecordedFile, ...] = ()
    fault: str | None = None

    def param(self, name: str) -> str | None:
        """The value of `name` from the JSON body or the last multipart field of that name."""
        if self.json is not None and name in self.json:
            return _as_text(self.json[name])
        values = self.fields.get(name)
        return values[-1] if values else None

    def files_named(self, name: str) -> tuple[RecordedFile, ...]:
        """Files sent as `name` or `name[]`."""
        return tuple(f for f in self.files if f.field in (name, f"{name}[]"))

    def summary(self) -> dict[str, Any]:
        """JSON-friendly description for `GET /_emulator/requests`."""
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "content_type": self.content_type,
            "auth": self.auth,
            "json": self.json,
            "fields": self.fields,
            "files": [f.summary() for f in self.files],
            "fault": self.fault,
        }
