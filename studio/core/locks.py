"""Advisory file locks between Studio processes: schema creation and the owner of each job.

The operating system drops a process's locks when it dies, even on kill -9, so a lock that can
be taken tells for sure that its holder is gone (no pid reuse to get wrong).
"""

from __future__ import annotations

import os
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


_POLL_S = 0.02


@contextmanager
def exclusive(path: Path, timeout_s: float = 60.0) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created 0600) for the block; waits for other holders."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout_s
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise TimeoutError(f"another Studio process holds {path.name}; try again")
            time.sleep(_POLL_S)
        yield
    finally:
        os.close(fd)  # closing releases the lock


class Lease:
    """This process's claim on the jobs it runs: a locked file under ``folder`` named by a token."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.folder = folder
        while True:
            token = uuid.uuid4().hex
            path = folder / f"{token}.lock"
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            # Another process may have reaped the file between open and lock: check it is ours.
            if _try_lock(fd) and _same_file(fd, path):
                break
            os.close(fd)
        self.token = token
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is None:
            return
        (self.folder / f"{self.token}.lock").unlink(missing_ok=True)
        os.close(self._fd)
        self._fd = None


def holder_alive(folder: Path, token: str | None) -> bool:
    """True while the process that took lease ``token`` lives; reaps the file of a dead one."""
    if not token:
        return False
    path = folder / f"{token}.lock"
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        if not _try_lock(fd):
            return True
        path.unlink(missing_ok=True)
        return False
    finally:
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except FileNotFoundError:
        return False
