"""One job from request to stored result: validate, estimate, cache, send, store, cost.

Every image is written to the store before the event that carries it is yielded.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from studio.core import cache, pricing
from studio.core.cache import CacheHit, Delivery, ResultCache, provider_identity
from studio.core.catalog import Catalog, ModelSpec
from studio.core.compositing import composite_bytes
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
from studio.core.imageinfo import ImageInfoError, check_decodes, encode
from studio.core.imageio import load_image_bytes
from studio.core.imaging.composite import paste_region
from studio.core.imaging.landing import land_bytes
from studio.core.lifecycle import Lifecycle
from studio.core.pil import Image
from studio.core.requests import RASTER_FORMATS, ImageRequest
from studio.core.store import Store
from studio.core.validation import InvalidRequestError, check

BudgetGuard = Callable[[pricing.Estimate], str | None]
# Why the engine could send nothing now (no key, insecure URL); None to go on.
Preflight = Callable[[Engine], Failed | None]
DEFAULT_FEATHER_PX = 4.0
LOCAL_STORAGE = "local_storage"  # Failed.code when the data folder refused a write
_STORE_ERRORS = (OSError, sqlite3.Error)


@dataclass(frozen=True)
class Notice:
    """Something the user should know that does not end the job (a damaged cache file, a full
    data folder); yielded before the job's last event."""

    message: str


RunEvent = JobEvent | Notice
SafetyIdentifier = Callable[[], str | None]


@dataclass(frozen=True)
class Prepared:
    """What is known before sending: the model, the estimate, and whether it is cached."""

    spec: ModelSpec
    estimate: pricing.Estimate
    fingerprint: str
    cache_hit: CacheHit | None
    sending_problem: str | None = None  # e.g. the model was shut down by this provider
    notes: tuple[str, ...] = ()  # damaged cache files set aside during the lookup


@dataclass(frozen=True)
class JobOptions:
    """How to run a job: its label in reports, lineage, cache use and mask compositing."""

    mode: str | None = None
    parent_job_id: str | None = None
    parent_image: str | None = None
    use_cache: bool = True
    composite_feather_px: float | None = DEFAULT_FEATHER_PX  # None: the API's output as is
    # The picture a masked result is composited onto when it is not the first input (a
    # finalize sends the draft's composite but must keep every unmasked pixel of the original).
    composite_base: bytes | None = field(default=None, repr=False)
    # Resize an unmasked edit's output to the canvas's size (a finalize keeps the picture's size).
    fit_size: tuple[int, int] | None = None
    # Match the regenerated region's colour to its surroundings (masked edits that composite).
    blend: bool = True
    # A focused edit sent this crop (left, top, right, bottom) of composite_base: the result
    # lands there, and the whole picture is stored.
    focus_box: tuple[int, int, int, int] | None = None
    # What the composite takes from the result when it is not the sent mask (an extension
    # sends an overlap band into the picture but keeps every pixel of the picture).
    composite_mask: bytes | None = field(default=None, repr=False)


class JobRunner:
    """Runs jobs for the CLI and the UI alike; thread-safe (the store is per-thread)."""

    def __init__(
        self,
        catalog: Catalog,
        store: Store,
        engine: Engine,
        lifecycle: Lifecycle | None = None,
        preflight: Preflight | None = None,
    ) -> None:
        self.catalog = catalog
        self.store = store
        self.engine = engine
        self.cache = ResultCache(store)
        self.lifecycle = lifecycle or Lifecycle(catalog, engine.provider.kind)
        self._preflight = preflight or (lambda _engine: None)
        # The settings' safety identifier, added to every request that does not carry one.
        self.safety_identifier: SafetyIdentifier = lambda: None

    def prepare(
        self, request: ImageRequest, use_cache: bool = True, options: JobOptions | None = None
    ) -> Prepared:
        """Validate (InvalidRequestError), estimate, and look the request up in the cache.

        A retired model is estimated like any other (the estimate says so); whether it may be
        sent is ``sending_problem``, which run() asks only when something would be sent.
        """
        spec = check(request, self.catalog)
        delivery = _delivery(self.engine, request, spec.id, options or JobOptions())
        key = cache.fingerprint(request, spec.id, delivery)
        found = self.cache.lookup(request, key) if use_cache else None
        estimate = pricing.estimate(request, spec, self.catalog.size_rules, self.catalog.svg)
        note = self.lifecycle.estimate_note(spec)
        if note:
            estimate = replace(estimate, notes=(note, *estimate.notes))
        hit, notes = (found.hit, found.notes) if found is not None else (None, ())
        return Prepared(spec, estimate, key, hit, self.lifecycle.sending_problem(spec), notes)

    def run(
        self,
        request: ImageRequest,
        options: JobOptions | None = None,
        cancel: threading.Event | None = None,
        guard: BudgetGuard | None = None,
    ) -> Iterator[RunEvent]:
        """JobStarted, then the engine's events with stored paths, ending in Completed/Failed."""
        options = options or JobOptions()
        identifier = self.safety_identifier()
        if identifier and not request.params.safety_identifier:
            request = replace(request, params=replace(request.params, safety_identifier=identifier))
        try:
            prepared = self.prepare(request, options.use_cache, options)
        except InvalidRequestError as exc:
            first = exc.problems[0]
            yield Failed(ErrorKind.INVALID_REQUEST, str(exc), param=first.param)
            return
        yield from (Notice(note) for note in prepared.notes)
        if prepared.cache_hit is not None:
            yield from self._serve_cached(request, prepared, options)
            return
        if prepared.sending_problem:
            yield Failed(ErrorKind.INVALID_REQUEST, prepared.sending_problem, param="model")
            return
        refused = _damaged_input(request) or self._preflight(self.engine)
        if refused is not None:  # before the job row: a request refused here leaves nothing
            yield refused
            return
        refusal = guard(prepared.estimate) if guard else None
        if refusal:
            yield Failed(ErrorKind.BUDGET, refusal)
            return
        yield from self._send(request, prepared, options, cancel or threading.Event())

    def _serve_cached(
        self, request: ImageRequest, prepared: Prepared, options: JobOptions
    ) -> Iterator[RunEvent]:
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
        paths = tuple(str(self.store.image_path(ref)) for ref in hit.outputs)
        for index, (ref, data) in enumerate(zip(hit.outputs, hit.images, strict=True)):
            yield ImageReady(index, data, ref.format, path=paths[index])
        yield Completed(
            hit.images,
            Usage(),
            hit.outputs[0].format if hit.outputs else "png",
            request.params.size,
            request.params.quality,
            0.0,
            paths=paths,
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
    ) -> Iterator[RunEvent]:
        try:
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
        except _STORE_ERRORS as exc:
            yield Failed(ErrorKind.UNKNOWN, _unsaved_job(self.store.root, exc), code=LOCAL_STORAGE)
            return
        yield JobStarted(job_id, prepared.estimate.total_usd, cached=False)
        job = _Job(job_id, time.monotonic())
        for event in self.engine.stream(request, cancel):
            if isinstance(event, PartialImage):
                yield self._store_partial(job, event)
            elif isinstance(event, ImageReady):
                stored = self._store_output(job, request, event, options)
                job.outputs.append(stored)
                yield stored
            elif isinstance(event, Completed | Failed):
                last = self._finish(job, prepared, event)
                yield from (Notice(note) for note in job.notes)
                yield last
            else:
                yield event

    def _store_partial(self, job: _Job, event: PartialImage) -> PartialImage:
        try:
            ref = self.store.add_image(
                job.id, "partial", event.data, event.image_index, event.partial_index
            )
        except _STORE_ERRORS as exc:
            job.unsaved(self.store.root, exc)
            return event
        return replace(event, path=str(self.store.image_path(ref)))

    def store_output(
        self, job_id: str, request: ImageRequest, event: ImageReady, options: JobOptions
    ) -> ImageReady:
        """Store one output as a direct job does (composited through the mask when asked).

        A store error is raised rather than noted: a batch result that was not stored is read
        again by the next collect.
        """
        job = _Job(job_id, time.monotonic())
        stored = self._store_output(job, request, event, options)
        if job.notes:
            raise OSError(job.notes[0])
        return stored

    def _store_output(
        self, job: _Job, request: ImageRequest, event: ImageReady, options: JobOptions
    ) -> ImageReady:
        data = event.data
        try:
            if event.output_format not in RASTER_FORMATS:
                pass  # a GIF's frames and an SVG's document are kept exactly as received
            elif request.mask is not None and options.composite_feather_px is not None:
                self.store.add_image(job.id, "raw", data, event.image_index)
                base = options.composite_base or request.images[0].data
                data = _composite(base, request.mask, data, event.output_format, options)
            elif options.focus_box is not None and options.composite_base is not None:
                self.store.add_image(job.id, "raw", data, event.image_index)
                data = _paste_focus(options.composite_base, data, event.output_format, options)
            elif options.fit_size is not None and request.mask is None:
                fitted = _fit(data, event.output_format, options.fit_size)
                if fitted is not data:
                    self.store.add_image(job.id, "raw", data, event.image_index)
                    data = fitted
            ref = self.store.add_image(job.id, "output", data, event.image_index)
        except _STORE_ERRORS as exc:
            job.unsaved(self.store.root, exc)
            return replace(event, data=data, path=None)
        return replace(event, data=data, path=str(self.store.image_path(ref)))

    def _finish(self, job: _Job, prepared: Prepared, event: Completed | Failed) -> RunEvent:
        finish = self._complete if isinstance(event, Completed) else self._fail
        try:
            return finish(job, prepared, event)  # type: ignore[arg-type]
        except _STORE_ERRORS as exc:
            job.unsaved(self.store.root, exc)
            return replace(event, job_id=job.id)

    def _complete(self, job: _Job, prepared: Prepared, event: Completed) -> Completed:
        cost = (
            pricing.cost_from_usage(event.usage, prepared.spec, self.catalog.svg).total_usd
            if event.usage is not None
            else prepared.estimate.total_usd
        )
        done = replace(
            event,
            images=tuple(o.data for o in job.outputs),
            paths=tuple(o.path or "" for o in job.outputs),
            cost_usd=cost,
            job_id=job.id,
        )
        self.store.finish_job(
            job.id,
            status="completed",
            usage=event.usage,
            cost_usd=cost,
            duration_s=time.monotonic() - job.started,
        )
        return done

    def _fail(self, job: _Job, prepared: Prepared, event: Failed) -> Failed:
        cost = (
            pricing.cost_from_usage(event.usage, prepared.spec, self.catalog.svg).total_usd
            if event.usage is not None
            else 0.0
        )
        status = "cancelled" if event.kind is ErrorKind.CANCELLED else "failed"
        if _model_gone(event):
            event = replace(event, message=self.lifecycle.gone_message(prepared.spec.id))
        self.store.finish_job(
            job.id,
            status=status,
            usage=event.usage,
            cost_usd=cost,
            error_kind=event.kind,
            error_message=event.message,
            duration_s=time.monotonic() - job.started,
        )
        return replace(event, job_id=job.id, cost_usd=cost)


@dataclass
class _Job:
    """A job being sent: its id, start, outputs so far and what could not be saved."""

    id: str
    started: float
    outputs: list[ImageReady] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def unsaved(self, root: Path, exc: BaseException) -> None:
        if not self.notes:  # one sentence per job: the cause is the same for every file
            self.notes.append(
                f"Could not save to the data folder {root} ({_reason(exc)}); the images "
                "received are still delivered but not kept in the history."
            )


def _unsaved_job(root: Path, exc: BaseException) -> str:
    return f"Could not record the job in the data folder {root} ({_reason(exc)}); nothing was sent."


def _reason(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc) or type(exc).__name__


def _delivery(engine: Engine, request: ImageRequest, model: str, options: JobOptions) -> Delivery:
    """Where the request goes and how its result is finished: part of the cache key (the
    compositing feather only matters when there is a mask to composite through)."""
    base = options.composite_base
    return Delivery(
        provider_identity(engine.provider, model),
        options.composite_feather_px if request.mask is not None else None,
        hashlib.sha256(base).hexdigest() if base is not None else None,
        options.fit_size,
        _landing(options),
    )


def _landing(options: JobOptions) -> str | None:
    """How a masked result lands, when not the default way (blended, the whole picture)."""
    parts = [] if options.blend else ["unblended"]
    if options.focus_box is not None:
        parts.append("focus " + " ".join(map(str, options.focus_box)))
    if options.composite_mask is not None:
        parts.append("mask " + hashlib.sha256(options.composite_mask).hexdigest())
    return ";".join(parts) or None


def _damaged_input(request: ImageRequest) -> Failed | None:
    """A Failed naming the first input that does not decode (cut short, zeroed): never sent."""
    named: list[tuple[str, Callable[[], None]]] = [
        (f"image {i} ({img.name})", img.check_decodes) for i, img in enumerate(request.images, 1)
    ]
    if request.mask is not None:
        named.append(("the mask", partial(check_decodes, request.mask)))
    for label, verify in named:
        try:
            verify()
        except ImageInfoError as exc:
            param = "mask" if label == "the mask" else "image"
            message = f"{param}: {label} is {exc}; nothing was sent"
            return Failed(ErrorKind.INVALID_REQUEST, message, param=param)
    return None


def _model_gone(event: Failed) -> bool:
    """The server answered that the requested model does not exist (any more)."""
    if event.code == "model_not_found":
        return True
    about_model = event.param == "model" or event.kind is ErrorKind.NOT_FOUND
    return about_model and "does not exist" in event.message


def _composite(base: bytes, mask: bytes, data: bytes, fmt: str, options: JobOptions) -> bytes:
    """Put the API's result back onto ``base`` (the picture edited) through the user's mask,
    so a large picture stays in bounded memory: in strips, or (blended, focused, extended)
    only the painted box, colour-matched to its surroundings when blending."""
    assert options.composite_feather_px is not None
    feather, encoding = options.composite_feather_px, _encodable(fmt)
    if not options.blend and options.focus_box is None and options.composite_mask is None:
        return composite_bytes(base, data, mask, feather, encoding)
    return land_bytes(
        base,
        data,
        options.composite_mask or mask,
        feather,
        encoding,
        blend=options.blend,
        region=options.focus_box,
    )


def _paste_focus(base: bytes, data: bytes, fmt: str, options: JobOptions) -> bytes:
    """A focused edit kept raw: the whole crop's result, back in its place in the picture."""
    assert options.focus_box is not None
    merged = paste_region(load_image_bytes(base), load_image_bytes(data), options.focus_box)
    return encode(merged, _encodable(fmt))


def _fit(data: bytes, fmt: str, size: tuple[int, int]) -> bytes:
    """``data`` resized to ``size`` (the same bytes when it already has that size)."""
    result = load_image_bytes(data)
    if result.size == size:
        return data
    return encode(result.resize(size, Image.Resampling.LANCZOS), _encodable(fmt))


def _encodable(fmt: str) -> str:
    return fmt if fmt in ("png", "webp", "jpeg") else "png"
