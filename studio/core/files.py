"""Writing files so that a crash or a full disk never leaves a truncated file that looks valid."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """A temp file in the same folder, flushed to disk, then renamed over ``path`` (mode 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):  # the rename is durable once the folder is synced
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def folder_problem(folder: Path) -> str | None:
    """Why images cannot be written into ``folder`` (created later if missing); None when fine.

    Checked before anything is sent, and without creating the folder, so a refused request
    leaves nothing behind.
    """
    if folder.exists():
        if not folder.is_dir():
            return f"{folder} is a file, not a folder; choose a folder for the images"
        return _not_writable(folder)
    parent = folder.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return f"cannot create the folder {folder}: {parent} is a file"
    return _not_writable(parent, creating=folder)


def _not_writable(folder: Path, creating: Path | None = None) -> str | None:
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".studio-probe-")
    except OSError as exc:
        what = f"create the folder {creating} in {folder}" if creating else f"write into {folder}"
        return f"cannot {what}: {exc.strerror or exc}"
    os.close(fd)
    os.unlink(probe)
    return None
