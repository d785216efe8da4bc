"""The engine through the real openai SDK over HTTP to the emulator: events, faults, policy."""

from __future__ import annotations

import base64
import io
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PIL import Image

from studio.core import engine as engine_module
from studio.core.engine import Engine
from studio.core.events import (
    ErrorKind,
    Failed,
    PartialImage,
    Retrying,
    Usage,
)
from studio.core.providers import AZURE_API_VERSION, Provider, ProviderKind, transport_problem
from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.retry import RetryPolicy
from studio.emulator.server import EmulatorServer, Fault
from tests.core.conftest import KEY, kinds, mask_with_hole, photo, png_bytes

DEADLINE_S = 10.0
LOW = ImageParams(size="1024x1024", quality="low")


def run(engine: Engine, request: ImageRequest, cancel: threading.Event | None = None) -> list:
    return list(engine.stream(request, cancel))


def stream_request(partials: int = 0, n: int = 1, prompt: str = "a red fox") -> ImageRequest:
    return ImageRequest(
        prompt, ImageParams(size="1024x1024", quality="low", n=n, partial_images=partials)
    )


def fast_engine(provider: Provider, **policy: float) -> Engine:
    return Engine(provider, lambda: KEY, policy=RetryPolicy(**policy))  # type: ignore[arg-type]


def image_size(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as img:
        return img.size


# --- success paths ------------------------------------------------------------------------------


def test_generate_without_streaming(engine: Engine, emulator: EmulatorServer) -> None:
    events = run(engine, ImageRequest("a red fox", LOW, stream=False))
    assert kinds(events) == ["ImageReady", "Completed"]
    ready, done = events
    assert image_size(ready.data) == (1024, 1024)
    assert done.images == (ready.data,)
    assert done.usage == Usage(input_text_tokens=9, output_image_tokens=196)
    assert (done.output_format, done.size, done.quality) == ("png", "1024x1024", "low")
    [sent] = emulator.requests
    assert sent.path == "/v1/images/generations"
    assert sent.auth == "bearer"
    assert sent.json == {
        "prompt": "a red fox",
        "model": "gpt-image-2",
        "size": "1024x1024",
        "quality": "low",
        "n": 1,
        "background": "auto",
        "output_format": "png",
    }


def test_stream_with_two_partials(engine: Engine, emulator: EmulatorServer) -> None:
    events = run(engine, stream_request(partials=2))
    assert kinds(events) == ["PartialImage", "PartialImage", "ImageReady", "Completed"]
    first, second, ready, done = events
    assert [(p.image_index, p.partial_index) for p in (first, second)] == [(0, 0), (0, 1)]
    assert first.data != second.data != ready.data
    assert image_size(first.data) == (1024, 1024)
    # Each partial image is billed 100 output tokens on top of the image itself.
    assert done.usage == Usage(input_text_tokens=9, output_image_tokens=196 + 200)
    assert ready.usage == done.usage
    [sent] = emulator.requests
    assert (sent.param("stream"), sent.param("partial_images")) == ("true", "2")


def test_stream_of_several_images(engine: Engine) -> None:
    events = run(engine, stream_request(partials=1, n=2))
    assert kinds(events) == [
        "PartialImage",
        "ImageReady",
        "PartialImage",
        "ImageReady",
        "Completed",
    ]
    assert [e.image_index for e in events[:4]] == [0, 0, 1, 1]
    done = events[-1]
    assert len(done.images) == 2
    assert done.usage == Usage(input_text_tokens=18, output_image_tokens=2 * (196 + 100))


def test_edit_with_several_images_and_a_mask(engine: Engine, emulator: EmulatorServer) -> None:
    first = png_bytes(photo((512, 512)))
    second = png_bytes(photo((256, 256), seed=1))
    third = png_bytes(photo((320, 240), seed=2))
    mask = png_bytes(mask_with_hole((512, 512), (100, 100, 300, 300)))
    images = (InputImage(first, "a.png"), InputImage(second, "b.png"), InputImage(third, "c.png"))
    params = ImageParams(size="1024x1024", quality="low", moderation="low", partial_images=1)
    events = run(engine, ImageRequest("add a moon", params, images, mask))
    assert kinds(events) == ["PartialImage", "ImageReady", "Completed"]
    [sent] = emulator.requests
    assert sent.path == "/v1/images/edits"
    assert sent.content_type is not None and sent.content_type.startswith("multipart/form-data")
    sent_images = sent.files_named("image")
    assert [f.data for f in sent_images] == [first, second, third]
    assert [f.filename for f in sent_images] == ["a.png", "b.png", "c.png"]
    assert {f.content_type for f in sent_images} == {"image/png"}
    [sent_mask] = sent.files_named("mask")
    assert (sent_mask.data, sent_mask.content_type) == (mask, "image/png")
    assert sent.param("prompt") == "add a moon"
    assert sent.param("model") == "gpt-image-2"
    assert sent.param("moderation") is None  # the edit endpoint takes no moderation parameter
    assert sent.param("input_fidelity") is None  # gpt-image-2 must not get it
    assert events[-1].usage.input_image_tokens > 0


def test_edit_of_one_image_sends_a_single_file(engine: Engine, emulator: EmulatorServer) -> None:
    image = png_bytes(photo((512, 512)))
    request = ImageRequest("tint", LOW, (InputImage(image, "one.png"),), stream=False)
    assert kinds(run(engine, request)) == ["ImageReady", "Completed"]
    [sent] = emulator.requests
    assert [f.data for f in sent.files_named("image")] == [image]
    assert sent.files_named("mask") == ()


def test_jpeg_input_is_sent_as_jpeg(engine: Engine, emulator: EmulatorServer) -> None:
    buffer = io.BytesIO()
    photo((512, 512)).save(buffer, "JPEG")
    request = ImageRequest("tint", LOW, (InputImage(buffer.getvalue(), "p.jpg"),), stream=False)
    assert kinds(run(engine, request)) == ["ImageReady", "Completed"]
    assert emulator.requests[0].files_named("image")[0].content_type == "image/jpeg"


def test_azure_through_the_deployment_route(emulator: EmulatorServer) -> None:
    provider = Provider(
        ProviderKind.AZURE,
        azure_endpoint=emulator.url,
        deployments=(("gpt-image-2", "studio-images"),),
    )
    azure = Engine(provider, lambda: KEY)
    try:
        generated = run(azure, stream_request(partials=1))
        image = InputImage(png_bytes(photo((512, 512))))
        edited = run(azure, ImageRequest("tint", LOW, (image,), stream=False))
    finally:
        azure.close()
    assert kinds(generated) == ["PartialImage", "ImageReady", "Completed"]
    assert kinds(edited) == ["ImageReady", "Completed"]
    gen, edit = emulator.requests
    assert gen.path == "/openai/deployments/studio-images/images/generations"
    assert edit.path == "/openai/deployments/studio-images/images/edits"
    for sent in (gen, edit):
        assert sent.query == {"api-version": AZURE_API_VERSION}
        assert sent.auth == "api-key"
        assert sent.param("model") == "studio-images"


# --- faults ----------------------------------------------------------------------------------


def test_rate_limit_is_retried_visibly_honouring_retry_after(
    engine: Engine, emulator: EmulatorServer
) -> None:
    emulator.inject(Fault(kind="rate_limit", retry_after=0.4))
    cancel = RecordingEvent()
    events = list(engine.stream(stream_request(partials=1), cancel))
    assert kinds(events) == ["Retrying", "PartialImage", "ImageReady", "Completed"]
    retrying = events[0]
    assert retrying == Retrying(
        attempt=1, delay_s=pytest.approx(0.4), kind=ErrorKind.RATE_LIMIT, reason=retrying.reason
    )
    assert retrying.reason.startswith("Rate limited by the API.")
    assert cancel.waits == [pytest.approx(0.4)]  # the wait it asked for, not a timing
    assert [r.fault for r in emulator.requests] == ["rate_limit", None]


def test_rate_limit_gives_up_after_max_attempts(
    provider: Provider, emulator: EmulatorServer
) -> None:
    emulator.inject(Fault(kind="rate_limit", count=5, retry_after=0.01))
    engine = fast_engine(provider, max_attempts=3)
    try:
        events = run(engine, stream_request())
    finally:
        engine.close()
    assert kinds(events) == ["Retrying", "Retrying", "Failed"]
    assert [e.attempt for e in events[:2]] == [1, 2]
    assert events[-1].kind is ErrorKind.RATE_LIMIT
    assert events[-1].code == "rate_limit_exceeded"
    assert len(emulator.requests) == 3


def test_rate_limit_longer_than_the_policy_allows_is_not_retried(
    provider: Provider, emulator: EmulatorServer
) -> None:
    emulator.inject(Fault(kind="rate_limit", retry_after=120))
    engine = fast_engine(provider, max_delay_s=60)
    try:
        events = run(engine, stream_request())
    finally:
        engine.close()
    assert kinds(events) == ["Failed"]
    assert events[0].kind is ErrorKind.RATE_LIMIT
    assert len(emulator.requests) == 1


@pytest.mark.parametrize(
    ("fault", "kind", "code", "status"),
    [
        ("insufficient_quota", ErrorKind.QUOTA, "insufficient_quota", 429),
        ("moderation", ErrorKind.MODERATION, "moderation_blocked", 400),
        ("server_error", ErrorKind.SERVER, None, 500),
        ("auth", ErrorKind.AUTH, "invalid_api_key", 401),
    ],
)
def test_errors_that_are_never_retried(
    engine: Engine,
    emulator: EmulatorServer,
    fault: str,
    kind: ErrorKind,
    code: str | None,
    status: int,
) -> None:
    emulator.inject(Fault(kind=fault, count=3))
    events = run(engine, stream_request(partials=1))
    assert kinds(events) == ["Failed"]
    failed = events[0]
    assert (failed.kind, failed.code, failed.status) == (kind, code, status)
    # The SDK runs with max_retries=0 and our policy does not retry these: exactly one request.
    assert len(emulator.requests) == 1


def test_failure_messages_speak_to_the_user(engine: Engine, emulator: EmulatorServer) -> None:
    emulator.inject(Fault(kind="moderation"))
    emulator.inject(Fault(kind="insufficient_quota"))
    emulator.inject(Fault(kind="server_error"))
    moderation, quota, server = (run(engine, stream_request())[0] for _ in range(3))
    assert moderation.message.startswith(
        "The request was refused by the safety system at the input check. Your prompt is kept"
    )
    assert quota.message.startswith("Your account is out of credit or over its quota")
    assert "nothing is retried automatically" in server.message


def test_stream_cut_after_a_partial_fails_without_retry(
    engine: Engine, emulator: EmulatorServer
) -> None:
    emulator.inject(Fault(kind="stream_cut", after_partials=1))
    events = run(engine, stream_request(partials=2))
    assert kinds(events) == ["PartialImage", "Failed"]
    assert events[-1].kind is ErrorKind.STREAM_INCOMPLETE
    assert len(emulator.requests) == 1


def test_stream_cut_before_any_event_may_be_billed_and_is_not_retried(
    provider: Provider, emulator: EmulatorServer
) -> None:
    emulator.inject(Fault(kind="stream_cut", after_partials=0))
    engine = fast_engine(provider, base_delay_s=0.01)
    try:
        events = run(engine, stream_request(partials=1))
    finally:
        engine.close()
    assert kinds(events) == ["Failed"]
    assert events[0].maybe_billed
    assert "may have been billed" in events[0].message
    assert "partial image is kept" not in events[0].message
    assert len(emulator.requests) == 1


def test_stream_cut_before_the_final_image_of_the_last_output(
    engine: Engine, emulator: EmulatorServer
) -> None:
    emulator.inject(Fault(kind="stream_cut", after_partials=3))
    events = run(engine, stream_request(partials=2))
    assert kinds(events) == ["PartialImage", "PartialImage", "Failed"]
    assert events[-1].kind is ErrorKind.STREAM_INCOMPLETE


def test_error_event_in_the_stream_is_a_failure(engine: Engine, emulator: EmulatorServer) -> None:
    emulator.inject(Fault(kind="stream_error", after_partials=1))
    events = run(engine, stream_request(partials=2))
    assert kinds(events) == ["PartialImage", "Failed"]
    failed = events[-1]
    assert (failed.kind, failed.code) == (ErrorKind.MODERATION, "moderation_blocked")
    assert len(emulator.requests) == 1


def test_slow_response_still_completes(engine: Engine, emulator: EmulatorServer) -> None:
    emulator.inject(Fault(kind="slow", delay=0.3))
    events = run(engine, stream_request(partials=1))
    assert kinds(events) == ["PartialImage", "ImageReady", "Completed"]
    assert emulator.pauses == [0.3]


def test_mask_bleed_changes_pixels_outside_the_mask(
    engine: Engine, emulator: EmulatorServer
) -> None:
    original = photo((512, 512))
    mask = png_bytes(mask_with_hole((512, 512), (0, 0, 100, 100)))
    emulator.inject(Fault(kind="mask_bleed"))
    request = ImageRequest(
        "a moon",
        ImageParams(size="auto", quality="low"),
        (InputImage(png_bytes(original)),),
        mask,
        stream=False,
    )
    events = run(engine, request)
    assert kinds(events) == ["ImageReady", "Completed"]
    assert emulator.requests[0].fault == "mask_bleed"
    result = Image.open(io.BytesIO(events[0].data)).convert("RGB").resize((512, 512))
    outside = (300, 300, 500, 500)
    assert result.crop(outside).tobytes() != original.crop(outside).tobytes()


def test_every_fault_kind_is_covered() -> None:
    from studio.emulator.faults import FAULT_KINDS

    covered = {
        "rate_limit",
        "insufficient_quota",
        "server_error",
        "moderation",
        "auth",
        "stream_cut",
        "stream_error",
        "slow",
        "mask_bleed",
        "bad_base64",  # tests/core/test_fault_suite.py
        "bad_usage",  # tests/core/test_fault_suite.py
    }
    assert set(FAULT_KINDS) == covered


# --- connection failures, cancel ------------------------------------------------------------


def _closed_port() -> int:
    with EmulatorServer() as server:
        return server.port


def test_connection_refused_is_retried_then_fails() -> None:
    provider = Provider(ProviderKind.EMULATOR, base_url=f"http://127.0.0.1:{_closed_port()}/v1")
    engine = fast_engine(provider, base_delay_s=0.01, max_attempts=3)
    try:
        events = run(engine, stream_request())
    finally:
        engine.close()
    assert kinds(events) == ["Retrying", "Retrying", "Failed"]
    assert {e.kind for e in events[:2]} == {ErrorKind.CONNECTION}
    assert events[0].delay_s == pytest.approx(0.01)
    assert events[1].delay_s == pytest.approx(0.02)
    assert events[-1].kind is ErrorKind.CONNECTION
    assert events[-1].message.startswith("Could not reach the server")


class RecordingEvent(threading.Event):
    """A cancel event that records the waits the engine asks of it (its retry back-off)."""

    def __init__(self) -> None:
        super().__init__()
        self.waits: list[float | None] = []

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(timeout)
        return super().wait(timeout)


def _cancel_once_received(emulator: EmulatorServer, cancel: threading.Event) -> None:
    """Poll the request log (with a deadline), then cancel."""
    deadline = time.monotonic() + DEADLINE_S
    while not emulator.requests and time.monotonic() < deadline:
        threading.Event().wait(0.005)
    cancel.set()


def test_cancel_of_a_slow_job_returns_before_the_server_answers(
    engine: Engine, emulator: EmulatorServer
) -> None:
    emulator.inject(Fault(kind="slow", delay=30))
    cancel = threading.Event()
    watcher = threading.Thread(target=_cancel_once_received, args=(emulator, cancel))
    watcher.start()
    events = run(engine, stream_request(partials=1), cancel)
    still_working = emulator.in_flight
    watcher.join(DEADLINE_S)
    assert kinds(events) == ["Failed"]
    assert events[0].kind is ErrorKind.CANCELLED
    assert still_working == 1  # the engine did not wait for the 30 s answer


def test_cancel_mid_stream(engine: Engine, emulator: EmulatorServer) -> None:
    emulator.partial_delay = 5.0
    cancel = threading.Event()
    events = []
    for event in engine.stream(stream_request(partials=3), cancel):
        events.append(event)
        if isinstance(event, PartialImage):
            cancel.set()
    assert kinds(events) == ["PartialImage", "Failed"]
    assert events[-1].kind is ErrorKind.CANCELLED
    assert emulator.in_flight == 1  # returned while the server still held the next partial


def test_cancel_while_waiting_to_retry(engine: Engine, emulator: EmulatorServer) -> None:
    emulator.inject(Fault(kind="rate_limit", retry_after=30))
    cancel = RecordingEvent()
    events = []
    for event in engine.stream(stream_request(), cancel):
        events.append(event)
        if isinstance(event, Retrying):
            cancel.set()
    assert kinds(events) == ["Retrying", "Failed"]
    assert events[0].delay_s == pytest.approx(30)
    assert events[-1] == Failed(ErrorKind.CANCELLED, "Cancelled while waiting to retry.")
    assert cancel.waits == [pytest.approx(30)]  # the wait was cut short by the cancel
    assert len(emulator.requests) == 1


# --- before sending: transport rule and key ------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["http://api.example.com/v1", "http://10.0.0.5:8080/v1", "ftp://127.0.0.1/v1"]
)
def test_insecure_url_is_refused_and_nothing_is_sent(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []

    def no_client(*args: object, **kwargs: object) -> None:
        raise AssertionError("a client was built for an insecure URL")

    monkeypatch.setattr(engine_module, "_make_client", no_client)
    engine = Engine(
        Provider(ProviderKind.COMPATIBLE, base_url=url), lambda: asked.append(True) or KEY
    )
    events = run(engine, stream_request())
    assert kinds(events) == ["Failed"]
    assert events[0].kind is ErrorKind.INSECURE
    assert KEY not in events[0].message
    assert asked == []  # the key was not even read


def test_transport_rule() -> None:
    for ok in (
        "https://api.openai.com/v1",
        "http://127.0.0.1:8765/v1",
        "http://localhost:8765/v1",
        "http://[::1]:8765/v1",
        "https://my-res.openai.azure.com",
    ):
        assert transport_problem(ok) is None, ok
    assert transport_problem("http://example.com/v1") == (
        "refusing to send the API key over http:// to example.com; "
        "use https (plain http is allowed only to 127.0.0.1 or localhost)"
    )
    assert transport_problem("api.openai.com/v1") is not None


def test_no_key_fails_before_sending(emulator: EmulatorServer, provider: Provider) -> None:
    for missing in (None, ""):
        engine = Engine(provider, lambda missing=missing: missing)
        events = run(engine, stream_request())
        assert kinds(events) == ["Failed"]
        assert events[0].kind is ErrorKind.NO_KEY
        assert events[0].message.startswith("No API key.")
    assert emulator.requests == []


def test_repr_never_shows_the_key(engine: Engine) -> None:
    run(engine, ImageRequest("a red fox", LOW, stream=False))
    assert KEY not in repr(engine)
    assert repr(engine).startswith("Engine(emulator at http://127.0.0.1:")


# --- a stream that ends without a completed event -------------------------------------------------


def _tiny_png_b64() -> str:
    return base64.b64encode(png_bytes(Image.new("RGB", (8, 8), (1, 2, 3)))).decode()


class _PartialOnly(BaseHTTPRequestHandler):
    """Answers every POST with a clean SSE stream holding one partial image and no completion."""

    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        partial = {
            "type": "image_generation.partial_image",
            "b64_json": _tiny_png_b64(),
            "background": "opaque",
            "created_at": 0,
            "output_format": "png",
            "partial_image_index": 0,
            "quality": "low",
            "size": "1024x1024",
        }
        body = f"event: {partial['type']}\ndata: {json.dumps(partial)}\n\n".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def partial_only_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PartialOnly)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(DEADLINE_S)


def test_stream_ending_without_completed_is_a_failure(partial_only_url: str) -> None:
    engine = Engine(Provider(ProviderKind.COMPATIBLE, base_url=partial_only_url), lambda: KEY)
    try:
        events = run(engine, stream_request(partials=1))
    finally:
        engine.close()
    assert kinds(events) == ["PartialImage", "Failed"]
    assert events[-1].kind is ErrorKind.STREAM_INCOMPLETE
    assert events[-1].message.startswith("The stream ended before the final image arrived")


def test_every_client_shares_one_tls_context(monkeypatch) -> None:
    """Loading the system's certificates costs 30-70 ms of CPU: once per process, not once
    per engine or key test."""
    import ssl

    made: list[ssl.SSLContext] = []

    def create() -> ssl.SSLContext:
        made.append(ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
        return made[-1]

    monkeypatch.setattr(engine_module.httpx2, "create_ssl_context", create)
    monkeypatch.setattr(engine_module, "_TLS", [])
    provider = Provider(ProviderKind.OPENAI)
    clients = [engine_module._make_client(provider, "sk-one") for _ in range(2)]
    clients.append(
        engine_module._make_client(
            Provider(ProviderKind.AZURE, base_url="https://x.openai.azure.com"), "k"
        )
    )
    for client in clients:
        client.close()
    assert len(made) == 1
    assert {id(client._client._transport._pool._ssl_context) for client in clients} == {id(made[0])}
    assert engine_module.tls_context() is made[0]


def test_the_sdks_platform_headers_are_worked_out_ahead(monkeypatch) -> None:
    """The first request's ``uname -p`` runs at start-up, on a background thread, not when a
    job is sent: after the warm-up the SDK's first request spawns no process."""
    import platform
    import subprocess

    import openai
    from openai._base_client import platform_headers

    platform_headers.cache_clear()
    monkeypatch.setattr(platform, "_platform_cache", {})
    monkeypatch.setattr(platform, "_uname_cache", None)
    engine_module.warm_platform_headers()
    assert platform_headers.cache_info().currsize == 1

    started = []

    def refuse(*args, **_kwargs):
        started.append(args)  # the SDK swallows errors here: recorded, then refused
        raise OSError("no process may be started after the warm-up")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(subprocess, "check_output", refuse)
    client = openai.OpenAI(api_key="k", base_url="http://127.0.0.1:9/v1", max_retries=0)
    try:
        assert client.platform_headers()["X-Stainless-OS"]
    finally:
        client.close()
    assert started == []
