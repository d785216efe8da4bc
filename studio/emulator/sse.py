"""Server-sent events framing over HTTP/1.1 chunked transfer encoding."""

from __future__ import annotations

import json
from typing import Any, Protocol


class _Writable(Protocol):
    def write(self, data: bytes, /) -> int: ...
    def flush(self) -> None: ...


def frame(event: str, payload: dict[str, Any]) -> bytes:
    """`event: NAME` + `data: JSON` + blank line, as the Images API sends them."""
    data = json.dumps(payload, separators=(",", ":"))
    return f"event: {event}\ndata: {data}\n\n".encode()


class ChunkedWriter:
    """Writes HTTP chunks and flushes each one so the client sees every event at once."""

    def __init__(self, stream: _Writable) -> None:
        self._stream = stream

    def write(self, data: bytes) -> None:
        if data:
            self._stream.write(b"%X\r\n%s\r\n" % (len(data), data))
            self._stream.flush()

    def finish(self) -> None:
        """The terminating zero-length chunk: the body is complete."""
        self._stream.write(b"0\r\n\r\n")
        self._stream.flush()
