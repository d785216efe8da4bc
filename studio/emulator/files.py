"""The emulator's /v1/files store: uploads (purpose batch), batch output files, their bytes."""

from __future__ import annotations

import json
import os
import tempfile
import threading
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

PURPOSES = ("batch", "batch_output", "vision", "user_data", "assistants", "fine-tune")


@dataclass(frozen=True)
class StoredFile:
    """One file's metadata, shaped like the API's File object."""

    id: str
    filename: str
    purpose: str
    bytes: int
    created_at: int

    def to_api(self) -> dict[str, Any]:
        body = asdict(self)
        body.update(object="file", status="processed", expires_at=None, status_details=None)
        return body


class FileStore:
    """Files in memory, and on disk under ``root`` when given (demo mode outlives the app)."""

    def __init__(self, root: Path | None = None) -> None:
        self._lock = threading.Lock()
        self._meta: dict[str, StoredFile] = {}
        self._data: dict[str, bytes] = {}
        self._root = root
        if root is not None:
            root.mkdir(parents=True, exist_ok=True)
            self._load(root)

    def add(self, data: bytes, filename: str, purpose: str, created_at: int) -> StoredFile:
        meta = StoredFile(f"file-{uuid.uuid4().hex[:24]}", filename, purpose, len(data), created_at)
        with self._lock:
            self._meta[meta.id] = meta
            self._data[meta.id] = data
        if self._root is not None:
            write_atomic(self._root / f"{meta.id}.bin", data)
            write_atomic(self._root / f"{meta.id}.json", json.dumps(asdict(meta)).encode())
        return meta

    def get(self, file_id: str) -> StoredFile | None:
        with self._lock:
            return self._meta.get(file_id)

    def content(self, file_id: str) -> bytes | None:
        with self._lock:
            return self._data.get(file_id)

    def _load(self, root: Path) -> None:
        for meta_path in root.glob("file-*.json"):
            try:
                meta = StoredFile(**json.loads(meta_path.read_text()))
                data = (root / f"{meta.id}.bin").read_bytes()
            except (OSError, ValueError, TypeError):
                continue  # a half-written file from a killed demo run: skip it
            self._meta[meta.id], self._data[meta.id] = meta, data


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a kill leaves the old file or the new one."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
