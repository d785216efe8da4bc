"""The HTTP request handler: auth, request log, faults, then the Images API endpoints."""

from __future__ import annotations

import json
import sys
import time
import traceback
import uuid
from http.server import BaseHTTPRequestHandler
from typing import Any, Protocol, cast
from urllib.parse import SplitResult, parse_qsl, urlsplit

from studio.emulator import batch_api, control, errors, models, results, sse
from studio.emulator.bodies import Incoming, decode_body
from studio.emulator.drawing import seed_for
from studio.emulator.errors import ApiError
from studio.emulator.faults import (
    CORRUPT_KINDS,
    ERROR_KINDS,
    STREAM_ERROR,
    STREAM_KINDS,
    Fault,
    corrupt,
    fault_error,
    prompt_fault,
)
from studio.emulator.records import RecordedRequest
from studio.emulator.routes import Route, route
from studio.emulator.state import EmulatorState
from studio.emulator.validation import ImageRequest, validate

MAX_BODY = 1024 * 1024 * 1024


class _StatefulServer(Protocol):
    state: EmulatorState


class EmulatorHandler(BaseHTTPRequestHandler):
    """One connection; HTTP/1.1 keep-alive, chunked SSE for streams."""

    protocol_version = "HTTP/1.1"
    server_version = "ImageStudioEmulator/1.0"
    timeout = 120  # idle keep-alive connections are dropped after this many seconds
    request_id = ""
    _responded = False

    @property
    def state(self) -> EmulatorState:
        return cast(_StatefulServer, self.server).state

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def log_message(self, format: str, *args: Any) -> None:
        if self.state.verbose:
            sys.stderr.write(f"emulator: {format % args}\n")

    def _dispatch(self) -> None:
        self.request_id = f"req_{uuid.uuid4().hex}"
        self._responded = False
        url = urlsplit(self.path)
        self.state.begin_request()
        try:
            body = self._read_body()
            found = route(url.path)
            if found is not None and found.kind == "control":
                self.send_json(*control.handle(self.state, self.command, url.path, body))
            else:
                self._api(found, url, body)
        except ApiError as err:
            self.send_json(err.status, err.body(), err.headers)
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        except Exception:
            traceback.print_exc()
            self.close_connection = True
            if not self._responded:
                failure = ApiError(
                    500, "The emulator failed: see its console.", type="server_error"
                )
                self.send_json(500, failure.body())
        finally:
            self.state.end_request()

    def _read_body(self) -> bytes:
        try:
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                return self._read_chunked()
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self.close_connection = True
            raise ApiError(400, "Malformed request body framing.") from None
        if not 0 <= length <= MAX_BODY:
            self.close_connection = True
            raise ApiError(413, "Request body too large.")
        return self.rfile.read(length)

    def _read_chunked(self) -> bytes:
        parts: list[bytes] = []
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline().strip():
                    pass
                return b"".join(parts)
            parts.append(self.rfile.read(size))
            self.rfile.readline()

    def _auth(self) -> str | None:
        scheme, _, token = self.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return "bearer"
        return "api-key" if self.headers.get("api-key", "").strip() else None

    def _api(self, found: Route | None, url: SplitResult, body: bytes) -> None:
        is_images = found is not None and found.kind == "images"
        content_type = self.headers.get("Content-Type", "")
        edit = found is not None and found.edit
        incoming = decode_body(content_type, body, edit=edit) if is_images else Incoming()
        auth = self._auth()
        fault = self._choose_fault(url.path, incoming, edit=edit) if found and auth else None
        self._record(url, content_type, incoming, auth, fault)
        if auth is None:
            raise errors.missing_key()
        delay = fault.delay if fault is not None and fault.kind == "slow" else 0.0
        self.state.pause(self.state.first_byte_delay + delay)
        if self.state.stopping.is_set():
            self.close_connection = True
            return
        if found is None and batch_api.matches(url.path):
            self._batch_api(url.path, content_type, body)
            return
        if found is None or (found.kind == "images") != (self.command == "POST"):
            raise errors.not_found(self.command, url.path)
        if incoming.error is not None:
            raise incoming.error
        if fault is not None and fault.kind in ERROR_KINDS:
            model = found.deployment or incoming.text("model") or models.DEFAULT_MODEL
            raise fault_error(fault, model, self.request_id)
        if found.kind == "models":
            self._models(found)
        else:
            self._images(found, incoming, fault)

    def _choose_fault(self, path: str, incoming: Incoming, *, edit: bool) -> Fault | None:
        prompt = incoming.text("prompt")
        triggered = prompt_fault(prompt)
        stream = incoming.streaming
        if (
            triggered is not None
            and triggered.applies_to(path, stream=stream, edit=edit)
            and self.state.prompt_fault_due(prompt)
        ):
            return triggered
        return self.state.faults.take(path, stream=stream, edit=edit)

    def _record(
        self,
        url: SplitResult,
        content_type: str,
        incoming: Incoming,
        auth: str | None,
        fault: Fault | None,
    ) -> None:
        recorded = RecordedRequest(
            method=self.command,
            path=url.path,
            query=dict(parse_qsl(url.query)),
            content_type=content_type or None,
            auth=auth,
            json=incoming.json,
            fields=incoming.fields,
            files=incoming.files,
            fault=None if fault is None else fault.kind,
        )
        self.state.record(recorded)

    def _models(self, found: Route) -> None:
        today = self.state.today()
        if found.model is None:
            self.send_json(200, models.list_models(today))
        else:
            self.send_json(200, models.retrieve_model(found.model, today))

    def _images(self, found: Route, incoming: Incoming, fault: Fault | None) -> None:
        uploads = incoming.uploads() if found.edit else None
        today = self.state.today()
        req = validate(
            incoming.params(),
            uploads,
            today=today,
            deployment=found.deployment,
            lenient=found.azure,
        )
        counter = self.state.next_counter()
        seeds = [seed_for(req.prompt, counter, index) for index in range(req.n)]
        bleed = fault is not None and fault.kind == "mask_bleed"
        if req.stream:
            kinds = (*STREAM_KINDS, *CORRUPT_KINDS)
            stream_fault = fault if fault is not None and fault.kind in kinds else None
            self._stream(req, seeds, stream_fault, bleed=bleed)
        else:
            body = results.json_response(req, seeds, bleed=bleed)
            if fault is not None and fault.kind in CORRUPT_KINDS:
                body = corrupt(fault, body)
            self.send_json(200, body)

    def _batch_api(self, path: str, content_type: str, body: bytes) -> None:
        answer = batch_api.handle(self.state.batches, self.command, path, content_type, body)
        if answer.raw is None:
            self.send_json(answer.status, answer.body)
            return
        self._responded = True
        self.send_response(answer.status)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(answer.raw)))
        self._common_headers()
        self.end_headers()
        self.wfile.write(answer.raw)

    def _common_headers(self) -> None:
        self.send_header("x-request-id", self.request_id)
        self.send_header("openai-version", "2020-10-01")
        self.send_header("openai-processing-ms", "1")

    def send_json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        """Send a complete JSON response."""
        data = json.dumps(body).encode("utf-8")
        self._responded = True
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self._common_headers()
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _stream(
        self, req: ImageRequest, seeds: list[int], fault: Fault | None, *, bleed: bool
    ) -> None:
        self._responded = True
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self._common_headers()
        self.end_headers()
        writer = sse.ChunkedWriter(self.wfile)
        if self._send_events(writer, req, seeds, fault, bleed=bleed):
            writer.finish()
        else:
            # stream_cut: no completed event and no terminating chunk, then the socket closes.
            self.close_connection = True

    def _send_events(
        self,
        writer: sse.ChunkedWriter,
        req: ImageRequest,
        seeds: list[int],
        fault: Fault | None,
        *,
        bleed: bool,
    ) -> bool:
        """Send the events; False when the stream was cut short."""
        sent = partials = completed = 0
        last_sent = time.monotonic()
        for event in results.stream_events(req, seeds, bleed=bleed):
            if sent:
                # partial_delay is the gap between events; rendering time counts towards it.
                self.state.pause(self.state.partial_delay, since=last_sent)
            if self.state.stopping.is_set():
                return False
            last = not event.partial and completed == len(seeds) - 1
            payload = event.payload
            if fault is not None and (partials >= fault.after_partials or last):
                if fault.kind not in CORRUPT_KINDS:
                    return self._fire(writer, fault, sent)
                payload = corrupt(fault, payload)
                if payload != event.payload:
                    fault = None  # one spoiled event; the rest of the stream is sound
            writer.write(sse.frame(event.name, payload))
            last_sent = time.monotonic()
            sent, partials, completed = (
                sent + 1,
                partials + event.partial,
                completed + (not event.partial),
            )
        return True

    @staticmethod
    def _fire(writer: sse.ChunkedWriter, fault: Fault, sent: int) -> bool:
        if fault.kind == "stream_error":
            payload = {"type": "error", "error": STREAM_ERROR, "sequence_number": sent}
            writer.write(sse.frame("error", payload))
            return True
        return False
