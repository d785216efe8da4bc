"""One job from request to stored result: validate, estimate, cache, send, store, cost.

Every image is written to the store before the event that carries it is yielded.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from PIL import Image

from studio.core import cache, pricing
from studio.core.cache import CacheHit, ResultCache
from studio.core.catalog import Catalog, ModelSpec
from studio.core.engine import Engine
from studio.core.events import (
    Completed,
    ErrorKind,
    Failed,
    ImageReady,
    JobEvent,
    JobStarted,
    PartialImage,
    Usage,
)
from studio.core.imageinfo import encode
from studio.core.imageio import load_image_bytes
from studio.core.lifecycle import Lifecycle
from studio.core.mask_io import composite
from studio.core.requests import ImageRequest
from studio.core.store import Store
from studio.core.validation import InvalidRequestError, check

BudgetGuard = Callable[[pricing.Estimate], str | None]


@dataclass(frozen=True)
class Prepared:
    """What is known before sending: the model, the estimate, and whether it is cached."""

    spec: ModelSpec
    estimate: pricing.Estimate
    fingerprint: str
    cache_hit: CacheHit | None
    sending_problem: str | None = None  # e.g. the model was shut down by this provider


@dataclass(frozen=True)
class JobOptions:
    """How to run a job: its label in reports, lineage, cache use and mask compositing."""

    mode: str | None = None
    parent_job_id: str | None = None
    parent_image: str | None = None
    use_cache: bool = True
    composite_feather_px: float | None = 4.0  # None: keep the API's output as it is
    # The picture a masked result is composited onto when it is not the first input (a
    # finalize sends the draft's composite but must keep every unmasked pixel of the original).
    composite_base: bytes | None = field(default=None, repr=False)
    # Resize an unmasked edit's output to the canvas's size (a finalize keeps the picture's size).
    fit_size: tuple[int, int] | None = None


class JobRunner:
    """Runs jobs for the CLI and the UI alike; thread-safe (the store is per-thread)."""

    def __init__(
        self, catalog: Catalog, store: Store, engine: Engine, lifecycle: Lifecycle | None = None
    ) -> None:
        self.catalog = catalog
        self.store = store
        self.engine = engine
        self.cache = ResultCache(store)
        self.lifecycle = lifecycle or Lifecycle(catalog, engine.provider.kind)

    def prepare(self, request: ImageRequest, use_cache: bool = True) -> Prepared:
        """Validate (InvalidRequestError), estimate, and look the request up in the cache.

        A retired model is estimated like any other (the estimate says so); whether it may be
        sent is ``sending_problem``, which run() asks only when something would be sent.
        """
        spec = check(request, self.catalog)
        key = cache.fingerprint(request, spec.id)
        hit = self.cache.lookup(request, key) if use_cache else None
        estimate = pricing.estimate(request, spec, self.catalog.size_rules)
        note = self.lifecycle.estimate_note(spec)
        if note:
            estimate = replace(estimate, notes=(note, *estimate.notes))
        return Prepared(spec, estimate, key, hit, self.lifecycle.sending_problem(spec))

    def run(
        self,
        request: ImageRequest,
        options: JobOptions | None = None,
        cancel: threading.Event | None = None,
        guard: BudgetGuard | None = None,
    ) -> Iterator[JobEvent]:
        """JobStarted, then the engine's events with stored paths, ending in Completed/Failed."""
        options = options or JobOptions()
        try:
            prepared = self.prepare(request, options.use_cache)
        except InvalidRequestError as exc:
            first = exc.problems[0]
            yield Failed(ErrorKind.INVALID_REQUEST, str(exc), param=first.param)
            return
        if prepared.cache_hit is not None:
            yield from self._serve_cached(request, prepared, options)
            return
        if prepared.sending_problem:
            yield Failed(ErrorKind.INVALID_REQUEST, prepared.sending_problem, param="model")
            return
        refusal = guard(prepared.estimate) if guard else None
        if refusal:
            yield Failed(ErrorKind.BUDGET, refusal)
            return
        yield from self._send(request, prepared, options, cancel or threading.Event())

    def _serve_cached(
        self, request: ImageRequest, prepared: Prepared, options: JobOptions
    ) -> Iterator[JobEvent]:
        hit = prepared.cache_hit
        assert hit is not None
        job_id = self.store.record_cache_hit(
            request,
            fingerprint=prepared.fingerprint,
            source_job_id=hit.job_id,
            mode=options.mode,
            parent_job_id=options.parent_job_id,
        )
        yield JobStarted(job_id, 0.0, cached=True)
        images = []
        for index, ref in enumerate(hit.outputs):
            data = self.store.image_path(ref).read_bytes()
            images.append(data)
            yield ImageReady(index, data, ref.format, path=str(self.store.image_path(ref)))
        yield Completed(
            tuple(images),
            Usage(),
            hit.outputs[0].format if hit.outputs else "png",
            request.params.size,
            request.params.quality,
            0.0,
            paths=tuple(str(self.store.image_path(r)) for r in hit.outputs),
            cost_usd=0.0,
            cached=True,
            job_id=job_id,
        )

    def _send(
        self,
        request: ImageRequest,
        prepared: Prepared,
        options: JobOptions,
        cancel: threading.Event,
    ) -> Iterator[JobEvent]:
        job_id = self.store.begin_job(
            request,
            fingerprint=prepared.fingerprint,
            estimate_usd=prepared.estimate.total_usd,
            mode=options.mode,
            provider=self.engine.provider.kind.value,
            parent_job_id=options.parent_job_id,
            parent_image=options.parent_image,
            composite_feather_px=options.composite_feather_px,
        )
        if options.composite_base is not None:
            self.store.add_image(job_id, "base", options.composite_base)
        yield JobStarted(job_id, prepared.estimate.total_usd, cached=False)
        started = time.monotonic()
        outputs: list[ImageReady] = []
        for event in self.engine.stream(request, cancel):
            if isinstance(event, PartialImage):
                ref = self.store.add_image(
                    job_id, "partial", event.data, event.image_index, event.partial_index
                )
                yield replace(event, path=str(self.store.image_path(ref)))
            elif isinstance(event, ImageReady):
                stored = self._store_output(job_id, request, event, options)
                outputs.append(stored)
                yield stored
            elif isinstance(event, Completed):
                yield self._complete(job_id, prepared, event, outputs, started)
            elif isinstance(event, Failed):
                yield self._fail(job_id, prepared, event, started)
            else:
                yield event

    def _store_output(
        self, job_id: str, request: ImageRequest, event: ImageReady, options: JobOptions
    ) -> ImageReady:
        data = event.data
        if request.mask is not None and options.composite_feather_px is not None:
            self.store.add_image(job_id, "raw", data, event.image_index)
            base = options.composite_base or request.images[0].data
            data = _composite(base, request.mask, data, event.output_format, options)
        elif options.fit_size is not None and request.mask is None:
            fitted = _fit(data, event.output_format, options.fit_size)
            if fitted is not data:
                self.store.add_image(job_id, "raw", data, event.image_index)
                data = fitted
        ref = self.store.add_image(job_id, "output", data, event.image_index)
        return replace(event, data=data, path=str(self.store.image_path(ref)))

    def _complete(
        self,
        job_id: str,
        prepared: Prepared,
        event: Completed,
        outputs: list[ImageReady],
        started: float,
    ) -> Completed:
        cost = (
            pricing.cost_from_usage(event.usage, prepared.spec).total_usd
            if event.usage is not None
            else prepared.estimate.total_usd
        )
        self.store.finish_job(
            job_id,
            status="completed",
            usage=event.usage,
            cost_usd=cost,
            duration_s=time.monotonic() - started,
        )
        return replace(
            event,
            images=tuple(o.data for o in outputs),
            paths=tuple(o.path or "" for o in outputs),
            cost_usd=cost,
            job_id=job_id,
        )

    def _fail(self, job_id: str, prepared: Prepared, event: Failed, started: float) -> Failed:
        cost = (
            pricing.cost_from_usage(event.usage, prepared.spec).total_usd
            if event.usage is not None
            else 0.0
        )
        status = "cancelled" if event.kind is ErrorKind.CANCELLED else "failed"
        if _model_gone(event):
            event = replace(event, message=self.lifecycle.gone_message(prepared.spec.id))
        self.store.finish_job(
            job_id,
            status=status,
            usage=event.usage,
            cost_usd=cost,
            error_kind=event.kind,
            error_message=event.message,
            duration_s=time.monotonic() - started,
        )
        return replace(event, job_id=job_id, cost_usd=cost)


def _model_gone(event: Failed) -> bool:
    """The server answered that the requested model does not exist (any more)."""
    if event.code == "model_not_found":
        return True
    about_model = event.param == "model" or event.kind is ErrorKind.NOT_FOUND
    return about_model and "does not exist" in event.message


def _composite(base: bytes, mask: bytes, data: bytes, fmt: str, options: JobOptions) -> bytes:
    """Put the API's result back onto ``base`` (the picture edited) through the user's mask."""
    assert options.composite_feather_px is not None
    original = load_image_bytes(base)
    merged = composite(
        original, load_image_bytes(data), load_image_bytes(mask), options.composite_feather_px
    )
    return encode(merged, _encodable(fmt))


def _fit(data: bytes, fmt: str, size: tuple[int, int]) -> bytes:
    """``data`` resized to ``size`` (the same bytes when it already has that size)."""
    result = load_image_bytes(data)
    if result.size == size:
        return data
    return encode(result.resize(size, Image.Resampling.LANCZOS), _encodable(fmt))


def _encodable(fmt: str) -> str:
    return fmt if fmt in ("png", "webp", "jpeg") else "png"
