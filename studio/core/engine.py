"""The one place that calls the Images API: stream(request, cancel) yields Studio's own events."""

from __future__ import annotations

import contextlib
import json
import platform
import queue
import ssl
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import replace
from typing import Any

import httpx2
import openai

from studio.core.collector import Collector
from studio.core.entra import entra_problem, token_provider
from studio.core.errors import classify, redact
from studio.core.events import EngineEvent, ErrorKind, Failed, Retrying
from studio.core.imageinfo import ImageInfoError, inspect
from studio.core.providers import Provider, ProviderKind, transport_problem
from studio.core.received import BadData
from studio.core.requests import ImageRequest
from studio.core.retry import RetryPolicy

KeySource = Callable[[], str | None]
_END = object()
_POLL_S = 0.05
_READ_TIMEOUT_MARGIN_S = 5.0


class Engine:
    """Sends requests through the official SDK (max_retries=0) and applies our retry policy."""

    def __init__(
        self, provider: Provider, api_key: KeySource, *, policy: RetryPolicy | None = None
    ) -> None:
        self.provider = provider
        self.policy = policy or RetryPolicy()
        self._api_key = api_key
        self._client: openai.OpenAI | None = None
        self._client_key: str | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Engine({self.provider.kind.value} at {self.provider.url()})"

    def stream(
        self, request: ImageRequest, cancel: threading.Event | None = None
    ) -> Iterator[EngineEvent]:
        """Run ``request``: Retrying, PartialImage and ImageReady events, then Completed/Failed."""
        cancel = cancel or threading.Event()
        problem = self._preflight()
        if problem is not None:
            yield problem
            return
        started = time.monotonic()
        attempt = 1
        while True:
            try:
                error = yield from self._attempt(request, cancel, started)
            except Exception as exc:  # a bug must still end the job with a message
                text = " ".join(f"{type(exc).__name__}: {exc}".split())
                yield Failed(ErrorKind.UNKNOWN, redact(text, self._client_key))
                return
            if error is None:
                return
            delay = self.policy.delay_for(error, attempt)
            failed = classify(error, secret=self._client_key)
            if delay is None:
                yield failed
                return
            yield Retrying(attempt, delay, failed.kind, failed.message)
            if cancel.wait(delay):
                yield Failed(ErrorKind.CANCELLED, "Cancelled while waiting to retry.")
                return
            attempt += 1

    @property
    def batches(self) -> BatchCalls:
        """The Batch API through this engine's client and provider."""
        return BatchCalls(self)

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def _preflight(self) -> Failed | None:
        problem = transport_problem(self.provider.url())
        if problem:
            return Failed(ErrorKind.INSECURE, problem)
        if self.provider.azure_entra and (entra := entra_problem()):
            return Failed(ErrorKind.NO_KEY, entra)
        try:
            self._get_client()
        except _NoKeyError as exc:
            return Failed(ErrorKind.NO_KEY, str(exc))
        return None

    def _get_client(self) -> openai.OpenAI:
        key = self._api_key() or ("" if self.provider.azure_entra else None)
        if key is None:
            raise _NoKeyError(
                "No API key. Enter one in Settings, set OPENAI_API_KEY, or use demo mode."
            )
        with self._lock:
            if self._client is None or key != self._client_key:
                if self._client is not None:
                    self._client.close()
                self._client = _make_client(self.provider, key)
                self._client_key = key
            return self._client

    def _attempt(
        self, request: ImageRequest, cancel: threading.Event, started: float
    ) -> Generator[EngineEvent, None, BaseException | None]:
        """One try. Returns the exception when nothing arrived (the policy decides on a retry).

        ``request_timeout_s`` is a deadline for the whole answer, not per read: a server that
        drips a byte at a time is stopped when it passes.
        """
        feed = _Feed()
        client = self._get_client()
        worker = threading.Thread(
            target=_run_call, args=(client, self.provider, request, feed), daemon=True
        )
        deadline = time.monotonic() + self.provider.timeout_s
        worker.start()
        collector = Collector(request, started)
        while True:
            if cancel.is_set():
                feed.abort()
                yield Failed(ErrorKind.CANCELLED, "Cancelled.", usage=collector.usage)
                return None
            if time.monotonic() >= deadline:
                feed.abort()
                yield collector.timed_out(self.provider.timeout_s)
                return None
            try:
                item = feed.items.get(timeout=_POLL_S)
            except queue.Empty:
                continue
            if item is _END:
                yield collector.finish()
                return None
            if isinstance(item, BaseException):
                if not collector.received_any and feed.response is None:
                    return item
                yield collector.failure(item, self._client_key)
                return None
            try:
                yield from collector.add(item)
            except BadData as exc:
                feed.abort()
                yield collector.failure(exc, self._client_key)
                return None


class _NoKeyError(Exception):
    pass


class CallFailed(Exception):
    """A Batch API or Files API call failed; ``failed`` says why, in the user's words."""

    def __init__(self, failed: Failed) -> None:
        super().__init__(failed.message)
        self.failed = failed


class BatchCalls:
    """The Batch and Files API calls (no streaming, max_retries=0 like every call): uploads,
    batches and output files, as plain dicts. The poller retries on its own schedule."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def upload(self, data: bytes, name: str) -> dict[str, Any]:
        """A JSONL input file, uploaded with purpose "batch"."""
        return self._call(
            lambda c: c.files.create(file=(name, data, "application/jsonl"), purpose="batch")
        )

    def create(self, file_id: str, endpoint: str, metadata: dict[str, str]) -> dict[str, Any]:
        return self._call(
            lambda c: c.batches.create(
                input_file_id=file_id,
                endpoint=endpoint,  # type: ignore[arg-type]  # checked by core.batch.lines
                completion_window="24h",
                metadata=metadata,
            )
        )

    def retrieve(self, batch_id: str) -> dict[str, Any]:
        return self._call(lambda c: c.batches.retrieve(batch_id))

    def list(self, limit: int = 100) -> list[dict[str, Any]]:
        page = self._call(lambda c: {"data": list(c.batches.list(limit=limit).data)})
        return [item.model_dump() for item in page["data"]]

    def cancel(self, batch_id: str) -> dict[str, Any]:
        return self._call(lambda c: c.batches.cancel(batch_id))

    def content(self, file_id: str) -> bytes:
        """A file's bytes (a batch's output or error JSONL)."""
        data = self._call(lambda c: {"bytes": c.files.content(file_id).content})
        return bytes(data["bytes"])

    def _call(self, call: Callable[[openai.OpenAI], Any]) -> dict[str, Any]:
        engine = self._engine
        problem = engine._preflight()
        if problem is not None:
            raise CallFailed(problem)
        try:
            result = call(engine._get_client())
        except Exception as exc:
            raise CallFailed(classify(exc, secret=engine._client_key)) from exc
        body: dict[str, Any] = result if isinstance(result, dict) else result.model_dump()
        return body


class _Feed:
    """Items from the SDK call's thread to the generator; abort closes the HTTP response."""

    def __init__(self) -> None:
        self.items: queue.Queue[object] = queue.Queue()
        self.aborted = threading.Event()
        self.response: Any = None

    def abort(self) -> None:
        self.aborted.set()
        response = self.response
        if response is not None:
            # Closing from another thread is best effort: the reader may already be done.
            with contextlib.suppress(Exception):
                response.close()


def _make_client(provider: Provider, key: str) -> openai.OpenAI:
    common: dict[str, Any] = {
        "api_key": key,
        "max_retries": 0,
        # Per read; our own deadline (Engine._attempt) stops the whole request first.
        "timeout": provider.timeout_s + _READ_TIMEOUT_MARGIN_S,
        # Never follow a redirect: it would carry the key (and the request) to another origin.
        "http_client": openai.DefaultHttpxClient(follow_redirects=False, verify=tls_context()),
    }
    if provider.kind is ProviderKind.AZURE and provider.azure_entra:
        common.pop("api_key")
        common["azure_ad_token_provider"] = token_provider()
    if provider.kind is ProviderKind.AZURE:
        return openai.AzureOpenAI(
            azure_endpoint=provider.url(), api_version=provider.api_version, **common
        )
    return openai.OpenAI(
        base_url=provider.url(),
        organization=provider.organization or None,
        project=provider.project or None,
        **common,
    )


_TLS_LOCK = threading.Lock()
_TLS: list[ssl.SSLContext] = []


def tls_context() -> ssl.SSLContext:
    """The TLS context every client shares, made once: loading the system's certificates took
    30-70 ms of CPU for each new client (each engine's first job, each key test)."""
    with _TLS_LOCK:
        if not _TLS:
            _TLS.append(httpx2.create_ssl_context())  # as each client made its own
        return _TLS[0]


def warm_platform_headers() -> None:
    """Work out the headers that name this platform, which the SDK sends with every request
    and works out on the first (once per process, cached).

    Doing so runs ``uname -p`` (``platform.platform()`` asks for the processor): on the first
    job that was a child process started from the job's HTTP thread, a gap of 20-40 ms in the
    window right as the job was sent. Called on a background thread at start-up.
    """
    platform.platform()  # the standard library caches the answer, the subprocess with it
    try:
        from openai._base_client import platform_headers
    except ImportError:  # a private name: a later SDK may move it
        return
    with contextlib.suppress(Exception):
        platform_headers(openai.__version__, platform=None)


def warm_up() -> None:
    """Import and build what the SDK otherwise loads on the first request, without a key.

    The first job imported about 140 modules (the HTTP stack, the images resource) on its
    worker thread, and the garbage collection that followed held the GIL for 65-85 ms, a
    visible stall of the window (benchmarks/ui_stall.py). Call before the app freezes its
    start-up heap (studio.ui.heap).
    """
    client = openai.OpenAI(api_key="warm-up", base_url="http://127.0.0.1:9/v1", max_retries=0)
    try:
        _ = client.images
    finally:
        client.close()


def probe(provider: Provider, key: str | None, timeout_s: float = 15.0) -> Failed | None:
    """One cheap authenticated call (GET /models, no retries); None when the provider answers."""
    problem = transport_problem(provider.url())
    if problem:
        return Failed(ErrorKind.INSECURE, problem)
    if provider.azure_entra and (entra := entra_problem()):
        return Failed(ErrorKind.NO_KEY, entra)
    if not key and not provider.azure_entra:
        return Failed(ErrorKind.NO_KEY, "No API key to test: paste one first.")
    try:
        with _make_client(replace(provider, timeout_s=timeout_s), key or "") as client:
            client.models.list()
    except Exception as exc:
        return classify(exc, secret=key)
    return None


def _run_call(
    client: openai.OpenAI, provider: Provider, request: ImageRequest, feed: _Feed
) -> None:
    try:
        result = _send(client, provider, request)
        if isinstance(result, openai.Stream):
            feed.response = result
            with result:
                _read_stream(result, feed)
        else:
            feed.items.put(result)
        feed.items.put(_END)
    except BaseException as exc:
        if not feed.aborted.is_set():
            feed.items.put(exc)


def _read_stream(stream: openai.Stream[Any], feed: _Feed) -> None:
    """Put each event on the feed; a JSON answer to a streaming request is one whole response."""
    body = _whole_body(stream.response)
    if body is not None:
        feed.items.put(body)
        return
    try:
        for event in stream:
            if feed.aborted.is_set():
                return
            feed.items.put(event)
    except json.JSONDecodeError:
        raise BadData("The server sent stream data that is not JSON") from None


def _whole_body(response: Any) -> Any:
    """The parsed body when the server did not answer with an event stream, else None."""
    content_type = response.headers.get("content-type", "").lower()
    if "json" in content_type:
        try:
            return json.loads(response.read())
        except ValueError:
            raise BadData("The server's answer is not valid JSON") from None
    if "html" in content_type:
        raise BadData("The server answered with a web page instead of images")
    return None


def _send(client: openai.OpenAI, provider: Provider, request: ImageRequest) -> Any:
    fields = request.params.api_fields(edit=request.is_edit)
    fields["model"] = provider.deployment_for(fields["model"])
    if request.streams:  # GIF and SVG are never streamed
        fields["stream"] = True
        fields["partial_images"] = request.params.partial_images
    if not request.is_edit:
        return client.images.generate(prompt=request.prompt, **fields)
    fields.pop("moderation", None)  # the edit endpoint takes no moderation parameter
    files = [(img.name, img.data, _mime(img.data)) for img in request.images]
    if request.mask is not None:
        fields["mask"] = ("mask.png", request.mask, "image/png")
    if request.markup is not None:
        fields["markup"] = ("markup.png", request.markup, "image/png")
    return client.images.edit(
        prompt=request.prompt,
        image=files if len(files) > 1 else files[0],
        **fields,
    )


def _mime(data: bytes) -> str:
    try:
        return inspect(data).mime
    except ImageInfoError:
        return "application/octet-stream"


__all__ = ["BatchCalls", "CallFailed", "Engine", "KeySource", "probe", "redact"]
