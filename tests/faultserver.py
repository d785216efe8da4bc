"""A deliberately misbehaving Images API on 127.0.0.1: one scripted answer, and what arrived.

Raw sockets, not http.server, so a case can do what no well-behaved server does: close after
reading the request, drip one byte at a time, send HTML with status 200, or garbage as SSE.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import socket
import struct
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

STOP_WAIT_S = 5.0
ACCEPT_POLL_S = 0.02


@dataclass(frozen=True)
class Received:
    """One HTTP request the server read in full."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class Exchange:
    """One connection, its request already read: what a case answers with."""

    def __init__(self, sock: socket.socket, request: Received, stop: threading.Event) -> None:
        self.sock = sock
        self.request = request
        self.stop = stop

    def head(self, status: int, content_type: str, extra: dict[str, str] | None = None) -> None:
        """Status line and headers of a body delimited by closing the connection."""
        lines = [f"HTTP/1.1 {status} X", f"Content-Type: {content_type}", "Connection: close"]
        lines += [f"{name}: {value}" for name, value in (extra or {}).items()]
        self.send(("\r\n".join(lines) + "\r\n\r\n").encode())

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def whole(self, status: int, content_type: str, body: bytes, **headers: str) -> None:
        named = {name.replace("_", "-"): value for name, value in headers.items()}
        extra = {"Content-Length": str(len(body)), **named}
        self.head(status, content_type, extra)
        self.send(body)

    def events(self, *payloads: dict[str, Any]) -> None:
        """A 200 event stream holding ``payloads``; the connection then closes (a clean end)."""
        self.head(200, "text/event-stream")
        for payload in payloads:
            self.send(sse(payload))

    def chunked(self, *payloads: dict[str, Any] | bytes, finish: bool = False) -> None:
        """A chunked 200 event stream; without ``finish`` it is cut (no terminating chunk)."""
        head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
        self.send((head + "Transfer-Encoding: chunked\r\n\r\n").encode())
        for payload in payloads:
            data = payload if isinstance(payload, bytes) else sse(payload)
            self.send(b"%X\r\n%s\r\n" % (len(data), data))
        if finish:
            self.send(b"0\r\n\r\n")

    def hold(self) -> None:
        """Keep the connection open, silent, until the server stops."""
        self.stop.wait()

    def drip(self, data: bytes, every_s: float) -> None:
        """Send ``data`` one byte at a time until it runs out or the server stops."""
        for byte in data:
            if self.stop.wait(every_s):
                return
            self.send(bytes([byte]))


Case = Callable[[Exchange], None]


@dataclass
class FaultServer:
    """Answers every request with ``cases[i]`` (the last one repeats); logs what arrived."""

    cases: list[Case]
    tls_probe: bool = False  # close every connection at once, before reading (TLS handshake)
    connections: int = 0
    requests: list[Received] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(ACCEPT_POLL_S)  # close() does not wake a blocked accept()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    @property
    def port(self) -> int:
        return int(self._listener.getsockname()[1])

    @property
    def base_url(self) -> str:
        scheme = "https" if self.tls_probe else "http"
        return f"{scheme}://127.0.0.1:{self.port}/v1"

    def start(self) -> FaultServer:
        self._spawn(self._accept_loop)
        return self

    def stop(self) -> None:
        self._stop.set()
        self._listener.close()
        for thread in list(self._threads):
            thread.join(STOP_WAIT_S)

    def _spawn(self, target: Callable[..., None], *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.connections += 1
            self._spawn(self._serve, sock)

    def _serve(self, sock: socket.socket) -> None:
        with sock:
            if self.tls_probe:
                return
            sock.settimeout(STOP_WAIT_S)  # accepted sockets inherit the listener's timeout
            try:
                request = _read_request(sock)
            except (OSError, ValueError):
                return
            with self._lock:
                index = len(self.requests)
                self.requests.append(request)
            case = self.cases[min(index, len(self.cases) - 1)]
            # OSError: the client hung up first, which is what some cases are about.
            with contextlib.suppress(OSError):
                case(Exchange(sock, request, self._stop))


@contextmanager
def serving(*cases: Case, tls_probe: bool = False) -> Iterator[FaultServer]:
    server = FaultServer(list(cases), tls_probe=tls_probe).start()
    try:
        yield server
    finally:
        server.stop()


def _read_request(sock: socket.socket) -> Received:
    buffer = b""
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            raise ValueError("closed before the request head")
        buffer += chunk
    head, _, body = buffer.partition(b"\r\n\r\n")
    first, *lines = head.decode("latin-1").split("\r\n")
    method, path, _ = first.split(" ", 2)
    headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines)}
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            raise ValueError("closed inside the request body")
        body += chunk
    return Received(method, path, headers, body)


# --- what the cases send ------------------------------------------------------------------------


def sse(payload: dict[str, Any] | str, event: str | None = None) -> bytes:
    data = payload if isinstance(payload, str) else json.dumps(payload)
    name = event or (payload.get("type", "message") if isinstance(payload, dict) else "message")
    return f"event: {name}\ndata: {data}\n\n".encode()


def png(size: tuple[int, int] = (16, 16), colour: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def bomb_png(width: int = 30000, height: int = 30000) -> bytes:
    """A tiny, valid PNG that declares a huge picture: decoding it would take gigabytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 64, 9)  # only the start of the first row
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


USAGE = {
    "input_tokens": 12,
    "output_tokens": 272,
    "total_tokens": 284,
    "input_tokens_details": {"text_tokens": 12, "image_tokens": 0},
    "output_tokens_details": {"image_tokens": 272, "text_tokens": 0},
}


def partial(data: str | None = None, index: int = 0) -> dict[str, Any]:
    return {
        "type": "image_generation.partial_image",
        "b64_json": b64(png(colour=(90, 90, 90))) if data is None else data,
        "partial_image_index": index,
        "output_format": "png",
        "size": "1024x1024",
        "quality": "low",
        "background": "opaque",
        "created_at": 0,
    }


def completed(data: str | None = None, usage: Any = None, **drop: bool) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "type": "image_generation.completed",
        "b64_json": b64(png()) if data is None else data,
        "output_format": "png",
        "size": "1024x1024",
        "quality": "low",
        "background": "opaque",
        "created_at": 0,
        "usage": USAGE if usage is None else usage,
    }
    for name in drop:
        payload.pop(name)
    return payload


def images_response(count: int = 1, usage: Any = None) -> dict[str, Any]:
    return {
        "created": 0,
        "data": [{"b64_json": b64(png(colour=(10 * i, 99, 99)))} for i in range(count)],
        "output_format": "png",
        "size": "1024x1024",
        "quality": "low",
        "background": "opaque",
        "usage": USAGE if usage is None else usage,
    }


def rate_limited(retry_after: str) -> Case:
    body = {"error": {"message": "Rate limit reached. Please try again.", "type": "requests",
                      "param": None, "code": "rate_limit_exceeded"}}  # fmt: skip

    def case(ex: Exchange) -> None:
        ex.whole(429, "application/json", json.dumps(body).encode(), retry_after=retry_after)

    return case
