"""Fault suite: the engine, the job runner and the CLI against misbehaving servers.

Every case must end in a clear one-line message (or a success), lose no image that arrived,
send no request again once a server may have accepted one, and leave no job running.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from studio.cli import main
from studio.core import engine as engine_module
from studio.core.events import Completed, ErrorKind, Failed, ImageReady, PartialImage, Retrying
from studio.core.providers import Provider, ProviderKind
from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.retry import RetryPolicy
from studio.core.services import Services, build_services
from studio.core.settings import CompatibleProfile, Settings, save_settings
from studio.core.store import Store
from studio.emulator.server import EmulatorServer, Fault
from tests.core.conftest import KEY
from tests.faultserver import (
    Case,
    Exchange,
    FaultServer,
    b64,
    bomb_png,
    completed,
    images_response,
    partial,
    png,
    rate_limited,
    serving,
    sse,
)

SHORT_DEADLINE_S = 0.6  # the cases about time use this; a working server answers at once
DEADLINE_S = 10.0
MAYBE_BILLED = "may have been billed, so it was not retried automatically"
FAST_POLICY = functools.partial(RetryPolicy, base_delay_s=0.01)


@dataclass(frozen=True)
class Expect:
    """How a case must end."""

    kind: ErrorKind | None  # None: success
    requests: int  # requests the server read in full: never more than one once accepted
    images: int = 0  # final images delivered (and written by the CLI)
    partials: int = 0
    phrase: str = ""  # in the message (failure) or in a note (success)
    maybe_billed: bool = True
    deadline_s: float = DEADLINE_S
    partial_images: int = 1
    n: int = 1


def _ok(ex: Exchange) -> None:
    ex.events(partial(), completed())


def _closes_after_reading(ex: Exchange) -> None:
    pass  # the request was read in full; the connection closes without a word


def _headers_then_close(ex: Exchange) -> None:
    ex.head(200, "text/event-stream")


def _silent(ex: Exchange) -> None:
    ex.hold()


def _drips(ex: Exchange) -> None:
    ex.head(200, "text/event-stream")
    ex.drip(b": keep-alive\n" * 1000, every_s=0.05)


def _cut_after_partial(ex: Exchange) -> None:
    ex.chunked(partial())


def _cut_after_first_of_two(ex: Exchange) -> None:
    ex.chunked(partial(), completed(), partial())


def _second_of_two_bad(ex: Exchange) -> None:
    ex.events(completed(), completed(data="@@not base64@@"))


def _events(*payloads: dict[str, object]) -> Case:
    return lambda ex: ex.events(*payloads)


def _raw(status: int, content_type: str, body: bytes, **headers: str) -> Case:
    return lambda ex: ex.whole(status, content_type, body, **headers)


def _sse_not_json(ex: Exchange) -> None:
    ex.head(200, "text/event-stream")
    ex.send(sse(partial()) + sse("{this is not json", event="image_generation.completed"))


HTML = b"<!DOCTYPE html><html><body><h1>Welcome to the hotel Wi-Fi</h1></body></html>"
NEGATIVE = {"input_tokens": -5, "output_tokens": -875_000_000, "total_tokens": -875_000_005}
HUGE = {"input_tokens": 10, "output_tokens": 10**12, "total_tokens": 10**12 + 10}
WORDS = {"input_tokens": "many", "output_tokens": "lots", "total_tokens": "all"}

# name: (the server's answers, in order, and how the job must end)
SERVER_CASES: dict[str, tuple[tuple[Case, ...], Expect]] = {
    # 429: retried, honouring Retry-After (never a negative wait), then served.
    "429 negative retry-after": (
        (rate_limited("-5"), _ok),
        Expect(None, requests=2, images=1, partials=1, maybe_billed=False),
    ),
    "429 unreadable retry-after": (
        (rate_limited("soon"), _ok),
        Expect(None, requests=2, images=1, partials=1, maybe_billed=False),
    ),
    # The server had the whole request: may have been billed, so exactly one request.
    "closed after reading the request": (
        (_closes_after_reading, _ok),
        Expect(ErrorKind.CONNECTION, requests=1, phrase="closed the connection"),
    ),
    "200 closed before the first event": (
        (_headers_then_close, _ok),
        Expect(ErrorKind.STREAM_INCOMPLETE, requests=1, phrase="before any image arrived"),
    ),
    "read timeout": (
        (_silent, _ok),
        Expect(ErrorKind.TIMEOUT, requests=1, phrase="time limit", deadline_s=SHORT_DEADLINE_S),
    ),
    "one byte at a time": (
        (_drips, _ok),
        Expect(ErrorKind.TIMEOUT, requests=1, phrase="time limit", deadline_s=SHORT_DEADLINE_S),
    ),
    "cut after a partial": (
        (_cut_after_partial, _ok),
        Expect(ErrorKind.STREAM_INCOMPLETE, requests=1, partials=1, phrase="partial image is kept"),
    ),
    "cut after image 1 of 2": (
        (_cut_after_first_of_two, _ok),
        Expect(ErrorKind.STREAM_INCOMPLETE, requests=1, images=1, partials=2, n=2, phrase="1 of 2"),
    ),
    # Bad data: a clear message, every good image kept.
    "invalid base64 in a partial": (
        (_events(partial(data="%%%"), completed()),),
        Expect(None, requests=1, images=1, phrase="partial image was skipped"),
    ),
    "invalid base64 in the final": (
        (_events(partial(), completed(data="%%%not base64")),),
        Expect(ErrorKind.BAD_RESPONSE, requests=1, partials=1, phrase="not valid base64"),
    ),
    "completed without image data": (
        (_events(partial(), completed(b64_json=True)),),
        Expect(ErrorKind.BAD_RESPONSE, requests=1, partials=1, phrase="no image data"),
    ),
    "bytes that are not an image": (
        (_events(completed(data=b64(b"GIF? no: plain text"))),),
        Expect(ErrorKind.BAD_RESPONSE, requests=1, phrase="not a readable image"),
    ),
    "truncated PNG": (
        (_events(completed(data=b64(png((64, 64))[:-30]))),),
        Expect(ErrorKind.BAD_RESPONSE, requests=1, phrase="not a readable image"),
    ),
    "decompression bomb": (
        (_events(completed(data=b64(bomb_png()))),),
        Expect(ErrorKind.BAD_RESPONSE, requests=1, phrase="far larger than any model"),
    ),
    "image 2 of 2 unusable": (
        (_second_of_two_bad,),
        Expect(ErrorKind.BAD_RESPONSE, requests=1, images=1, n=2, phrase="Image 2 could not"),
    ),
    "negative usage": (
        (_events(completed(usage=NEGATIVE)),),
        Expect(None, requests=1, images=1, phrase="negative token count"),
    ),
    "implausible usage": (
        (_events(completed(usage=HUGE)),),
        Expect(None, requests=1, images=1, phrase="implausibly large"),
    ),
    "usage that is not numbers": (
        (_events(completed(usage=WORDS)),),
        Expect(None, requests=1, images=1, phrase="not a set of token counts"),
    ),
    "SSE data that is not JSON": (
        (_sse_not_json,),
        Expect(ErrorKind.BAD_RESPONSE, requests=1, partials=1, phrase="not JSON"),
    ),
    "HTML page with status 200": (
        (_raw(200, "text/html; charset=utf-8", HTML),),
        Expect(ErrorKind.BAD_RESPONSE, requests=1, phrase="web page"),
    ),
    "JSON body that is not JSON": (
        (_raw(200, "application/json", b"{'images': [oops"),),
        Expect(ErrorKind.BAD_RESPONSE, requests=1, phrase="not valid JSON"),
    ),
    "JSON images answer to a streaming request": (
        (_raw(200, "application/json", json.dumps(images_response(2)).encode()),),
        Expect(None, requests=1, images=2, n=2),
    ),
    "redirect to another origin": (
        (_raw(307, "text/plain", b"", location="http://127.0.0.2:9/v1/images/generations"),),
        Expect(ErrorKind.CONNECTION, requests=1, phrase="127.0.0.2", maybe_billed=False),
    ),
    "redirect to plain http off loopback": (
        (_raw(302, "text/plain", b"", location="http://images.example.com/v1/x"),),
        Expect(ErrorKind.CONNECTION, requests=1, phrase="Redirects are not", maybe_billed=False),
    ),
}

# Emulator faults: (fault, partial images, n, how the job must end)
EMULATOR_CASES: dict[str, tuple[Fault, int, int, Expect]] = {
    "emulator: invalid base64 in a partial": (
        Fault(kind="bad_base64", after_partials=0),
        1,
        1,
        Expect(None, requests=1, images=1, phrase="partial image was skipped"),
    ),
    "emulator: invalid base64 in the final": (
        Fault(kind="bad_base64", after_partials=1),
        1,
        1,
        Expect(ErrorKind.BAD_RESPONSE, requests=1, partials=1, phrase="not valid base64"),
    ),
    "emulator: negative usage": (
        Fault(kind="bad_usage"),
        0,
        1,
        Expect(None, requests=1, images=1, phrase="negative token count"),
    ),
    "emulator: stream cut before the first event": (
        Fault(kind="stream_cut", after_partials=0),
        1,
        1,
        Expect(ErrorKind.STREAM_INCOMPLETE, requests=1, phrase=MAYBE_BILLED),
    ),
    "emulator: stream cut after image 1 of 2": (
        Fault(kind="stream_cut", after_partials=2),
        1,
        2,
        Expect(ErrorKind.STREAM_INCOMPLETE, requests=1, images=1, partials=2, phrase="1 of 2"),
    ),
    "emulator: rate limited, then served": (
        Fault(kind="rate_limit", retry_after=0.01),
        1,
        1,
        Expect(None, requests=2, images=1, partials=1, maybe_billed=False),
    ),
}


def _request(expect: Expect) -> ImageRequest:
    params = ImageParams(
        size="1024x1024", quality="low", n=expect.n, partial_images=expect.partial_images
    )
    return ImageRequest("a lighthouse at dusk", params)


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backoff waits of 10 ms: the suite checks how often we retry, not how long we wait."""
    monkeypatch.setattr(engine_module, "RetryPolicy", FAST_POLICY)


def _services(base_url: str, deadline_s: float) -> Services:
    provider = Provider(ProviderKind.COMPATIBLE, base_url=base_url, timeout_s=deadline_s)
    return build_services(provider=provider, api_key=KEY)


def _run_job(services: Services, expect: Expect) -> list[object]:
    return list(services.runner.run(_request(expect)))


def _check_job(services: Services, events: list[object], expect: Expect) -> None:
    """The end, the images, the store: the same promises for every case."""
    final = events[-1]
    assert isinstance(final, Completed | Failed)
    ready = [e for e in events if isinstance(e, ImageReady)]
    partials = [e for e in events if isinstance(e, PartialImage)]
    assert len(ready) == expect.images, events
    assert len(partials) == expect.partials, events
    for event in [*ready, *partials]:
        assert event.path is not None and Path(event.path).read_bytes() == event.data
    assert services.store.jobs(status="running") == []
    job = services.store.job(final.job_id or "")
    assert job.cost_usd is not None and job.cost_usd >= 0
    if expect.kind is None:
        assert isinstance(final, Completed), final
        assert len(final.paths) == expect.images
        assert expect.phrase in " ".join(final.notes)
        assert job.status == "completed"
        return
    assert isinstance(final, Failed), final
    _check_message(final.message, expect)
    assert (final.kind, final.maybe_billed) == (expect.kind, expect.maybe_billed)
    assert job.status == "failed"


def _check_message(message: str, expect: Expect) -> None:
    assert "\n" not in message and "Traceback" not in message and " object at 0x" not in message
    assert expect.phrase in message
    assert ("partial image is kept" in message) == (expect.partials > 0 and expect.images == 0)
    assert (MAYBE_BILLED in message) == expect.maybe_billed


@pytest.mark.usefixtures("fast_retries")
@pytest.mark.parametrize("name", SERVER_CASES)
def test_engine_against_a_misbehaving_server(name: str) -> None:
    cases, expect = SERVER_CASES[name]
    with serving(*cases) as server:
        services = _services(server.base_url, expect.deadline_s)
        try:
            events = _run_job(services, expect)
            _check_job(services, events, expect)
        finally:
            services.close()
        assert len(server.requests) == expect.requests


@pytest.mark.parametrize("name", EMULATOR_CASES)
def test_engine_against_emulator_faults(name: str, emulator: EmulatorServer) -> None:
    fault, partials, n, expect = EMULATOR_CASES[name]
    expect = Expect(**{**expect.__dict__, "partial_images": partials, "n": n})
    emulator.inject(fault)
    services = _services(emulator.base_url, expect.deadline_s)
    services.engine.policy = FAST_POLICY()
    try:
        _check_job(services, _run_job(services, expect), expect)
    finally:
        services.close()
    assert len(emulator.requests) == expect.requests


# --- requests that never reached a server: retried, and said so ---------------------------------


def _closed_port() -> int:
    server = FaultServer([_ok])
    port = server.port
    server.stop()
    return port


@pytest.mark.usefixtures("fast_retries")
@pytest.mark.parametrize("where", ["connection refused", "unknown host", "TLS handshake"])
def test_never_sent_is_retried_and_costs_nothing(where: str) -> None:
    with serving(_ok, tls_probe=True) as tls:
        url = {
            "connection refused": f"http://127.0.0.1:{_closed_port()}/v1",
            "unknown host": "https://studio-fault-suite.invalid/v1",
            "TLS handshake": tls.base_url,
        }[where]
        services = _services(url, DEADLINE_S)
        try:
            events = _run_job(services, Expect(None, requests=0))
            assert [type(e).__name__ for e in events[1:]] == ["Retrying", "Retrying", "Failed"]
            retries = [e for e in events if isinstance(e, Retrying)]
            assert {e.kind for e in retries} == {ErrorKind.CONNECTION}
            final = events[-1]
            assert isinstance(final, Failed) and not final.maybe_billed
            assert "Nothing was sent, so nothing was billed." in final.message
            assert services.store.jobs(status="running") == []
        finally:
            services.close()
        assert (tls.connections, tls.requests) == ((3, []) if where == "TLS handshake" else (0, []))


def test_a_non_streaming_html_answer_is_a_clear_failure() -> None:
    with serving(_raw(200, "text/html", HTML)) as server:
        services = _services(server.base_url, DEADLINE_S)
        try:
            request = ImageRequest("x", ImageParams(size="1024x1024", quality="low"), stream=False)
            final = list(services.runner.run(request))[-1]
        finally:
            services.close()
    assert isinstance(final, Failed) and final.kind is ErrorKind.BAD_RESPONSE
    assert "web page" in final.message and len(server.requests) == 1


def test_edits_never_send_moderation(emulator: EmulatorServer) -> None:
    services = _services(emulator.base_url, DEADLINE_S)
    params = ImageParams(size="1024x1024", quality="low", moderation="low")
    image = png((64, 64))
    try:
        final = list(services.runner.run(ImageRequest("x", params, (InputImage(image, "a.png"),))))
    finally:
        services.close()
    assert isinstance(final[-1], Completed), final[-1]
    assert emulator.requests[0].param("moderation") is None


# --- the CLI: one line per failure, every image that arrived written and listed ------------------


def _cli(
    capsys: pytest.CaptureFixture[str], base_url: str, expect: Expect, out: Path
) -> tuple[int, str, str]:
    save_settings(
        Settings(
            provider="compatible",
            compatible=CompatibleProfile(base_url=base_url),
            request_timeout_s=expect.deadline_s,
        )
    )
    code = main(
        ["generate", "--prompt", "a lighthouse", "--size", "1024x1024", "--quality", "low",
         "--n", str(expect.n), "--partial-images", str(expect.partial_images),
         "--out", str(out), "--json", "--no-cache"]
    )  # fmt: skip
    stdout, stderr = capsys.readouterr()
    return code, stdout, stderr


def _check_cli(code: int, stdout: str, stderr: str, out: Path, expect: Expect) -> None:
    assert "Traceback" not in stderr and " object at 0x" not in stderr
    lines = stderr.splitlines()
    assert all(line.startswith("studio: ") for line in lines), stderr
    written = sorted(str(p.resolve()) for p in out.iterdir()) if out.exists() else []
    assert len(written) == expect.images
    listed = sorted(json.loads(stdout)["files"]) if stdout else []
    assert listed == written
    failures = [line for line in lines if not line.startswith(("studio: note:", "studio: Rate"))]
    if expect.kind is None:
        assert code == 0 and failures == [], stderr
        assert expect.phrase in stderr
    else:
        assert code == 5 and len(failures) == 1, stderr
        _check_message(failures[0], expect)
    store = Store()
    try:  # nothing left running, whatever happened
        assert store.jobs(status="running") == []
    finally:
        store.close()


@pytest.mark.usefixtures("fast_retries")
@pytest.mark.parametrize("name", SERVER_CASES)
def test_cli_against_a_misbehaving_server(
    name: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cases, expect = SERVER_CASES[name]
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    with serving(*cases) as server:
        result = _cli(capsys, server.base_url, expect, tmp_path / "out")
        assert len(server.requests) == expect.requests
    _check_cli(*result, tmp_path / "out", expect)


@pytest.mark.usefixtures("fast_retries")
@pytest.mark.parametrize("name", EMULATOR_CASES)
def test_cli_against_emulator_faults(
    name: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    emulator: EmulatorServer,
) -> None:
    fault, partials, n, expect = EMULATOR_CASES[name]
    expect = Expect(**{**expect.__dict__, "partial_images": partials, "n": n})
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    emulator.inject(fault)
    result = _cli(capsys, emulator.base_url, expect, tmp_path / "out")
    assert len(emulator.requests) == expect.requests
    _check_cli(*result, tmp_path / "out", expect)
