"""The job runner: store-before-show, job rows, failures, and compositing masked edits."""

from __future__ import annotations

import dataclasses
import io
import threading
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from studio.core import pricing
from studio.core.clock import Clock
from studio.core.events import (
    Completed,
    ErrorKind,
    Failed,
    ImageReady,
    JobStarted,
    PartialImage,
    Usage,
)
from studio.core.imageio import load_image_bytes
from studio.core.lifecycle import Lifecycle
from studio.core.providers import ProviderKind
from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.runner import JobOptions, JobRunner
from studio.core.services import Services
from studio.emulator.server import EmulatorServer, Fault
from tests.core.conftest import (
    jpeg_with_orientation,
    kinds,
    mask_with_hole,
    photo,
    png_bytes,
)

HOLE = (100, 100, 300, 300)
MARGIN = 8  # wider than the 4 px feather


def run(services: Services, request: ImageRequest, **options: object) -> list:
    return list(services.runner.run(request, JobOptions(**options)))  # type: ignore[arg-type]


def stream(partials: int = 2, n: int = 1) -> ImageRequest:
    return ImageRequest(
        "a red fox", ImageParams(size="1024x640", quality="low", n=n, partial_images=partials)
    )


def decode(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as img:
        img.load()
        return img.convert("RGB")


def outside(image: Image.Image, hole: tuple[int, int, int, int], margin: int) -> bytes:
    """Pixels outside the hole grown by ``margin``: the grown hole is blacked out."""
    left, top, right, bottom = hole
    copy = image.convert("RGB")
    copy.paste((0, 0, 0), (left - margin, top - margin, right + margin, bottom + margin))
    return copy.tobytes()


def inside(image: Image.Image, hole: tuple[int, int, int, int]) -> bytes:
    return image.convert("RGB").crop(hole).tobytes()


def test_every_image_is_on_disk_and_recorded_before_its_event(services: Services) -> None:
    store = services.store
    job_id = None
    seen = []
    for event in services.runner.run(stream(partials=2, n=2)):
        seen.append(event)
        if isinstance(event, JobStarted):
            job_id = event.job_id
            assert store.job(job_id).status == "running"
        elif isinstance(event, PartialImage | ImageReady):
            assert event.path is not None
            assert Path(event.path).read_bytes() == event.data
            role = "partial" if isinstance(event, PartialImage) else "output"
            stored = [store.image_path(r) for r in store.job_images(job_id, role)]
            assert Path(event.path) in stored
    assert kinds(seen) == ["JobStarted"] + ["PartialImage", "PartialImage", "ImageReady"] * 2 + [
        "Completed"
    ]
    assert len(store.job_images(job_id, "partial")) == 4
    assert len(store.job_images(job_id, "output")) == 2


def test_completed_job_has_cost_from_usage(services: Services) -> None:
    events = run(services, stream(partials=1))
    started, done = events[0], events[-1]
    assert isinstance(done, Completed)
    assert done.job_id == started.job_id
    assert done.usage == Usage(input_text_tokens=9, output_image_tokens=107 + 100)
    spec = services.catalog.get("gpt-image-2")
    assert done.cost_usd == pytest.approx(pricing.cost_from_usage(done.usage, spec).total_usd)
    assert started.estimate_usd == pytest.approx(done.cost_usd)
    assert [Path(p).read_bytes() for p in done.paths] == list(done.images)
    record = services.store.job(done.job_id)
    assert (record.status, record.usage, record.cost_usd) == (
        "completed",
        done.usage,
        done.cost_usd,
    )
    assert record.duration_s is not None and record.duration_s >= 0


def test_a_failed_job_is_recorded_and_keeps_its_partial(
    services: Services, emulator: EmulatorServer
) -> None:
    emulator.inject(Fault(kind="stream_cut", after_partials=1))
    events = run(services, stream(partials=2))
    assert kinds(events) == ["JobStarted", "PartialImage", "Failed"]
    failed = events[-1]
    assert (failed.kind, failed.job_id, failed.cost_usd) == (
        ErrorKind.STREAM_INCOMPLETE,
        events[0].job_id,
        0.0,
    )
    record = services.store.job(failed.job_id)
    assert (record.status, record.error_kind) == ("failed", "stream_incomplete")
    assert record.error_message == failed.message
    [partial] = services.store.job_images(failed.job_id, "partial")
    assert services.store.image_path(partial).read_bytes() == events[1].data


def test_a_cancelled_job_is_recorded_as_cancelled(
    services: Services, emulator: EmulatorServer
) -> None:
    emulator.partial_delay = 5.0
    cancel = threading.Event()
    events = []
    for event in services.runner.run(stream(partials=3), JobOptions(), cancel):
        events.append(event)
        if isinstance(event, PartialImage):
            cancel.set()
    assert kinds(events) == ["JobStarted", "PartialImage", "Failed"]
    assert events[-1].kind is ErrorKind.CANCELLED
    assert services.store.job(events[-1].job_id).status == "cancelled"


def test_an_invalid_request_sends_nothing(services: Services, emulator: EmulatorServer) -> None:
    events = run(services, ImageRequest("a fox", ImageParams(n=11)))
    assert events == [
        Failed(ErrorKind.INVALID_REQUEST, "n: must be between 1 and 10 (got 11)", param="n")
    ]
    assert emulator.requests == []
    assert services.store.jobs() == []


def test_a_shut_down_model_is_refused_naming_the_replacement(
    services: Services, emulator: EmulatorServer
) -> None:
    on_the_day = Lifecycle(services.catalog, ProviderKind.OPENAI, Clock.on(date(2026, 12, 1)))
    runner = JobRunner(services.catalog, services.store, services.engine, on_the_day)
    request = ImageRequest("a fox", ImageParams(model="gpt-image-1.5", size="1024x1024"))
    prepared = runner.prepare(request)  # estimating it is fine, and says so
    assert prepared.estimate.notes[0] == "retired on 2026-12-01 — estimate only"
    [failed] = list(runner.run(request))
    assert failed.kind is ErrorKind.INVALID_REQUEST
    assert failed.param == "model"
    assert failed.message == (
        "gpt-image-1.5 was shut down on 2026-12-01; "
        "use gpt-image-2.6-sunburst or gpt-image-2.6-flare instead"
    )
    assert emulator.requests == []
    assert services.store.jobs() == []


def test_the_day_before_a_shutdown_the_model_is_sent(
    services: Services, emulator: EmulatorServer
) -> None:
    the_day_before = Lifecycle(services.catalog, ProviderKind.OPENAI, Clock.on(date(2026, 11, 30)))
    runner = JobRunner(services.catalog, services.store, services.engine, the_day_before)
    request = ImageRequest("a fox", ImageParams(model="gpt-image-1.5", size="1024x1024"))
    assert not any("retired" in note for note in runner.prepare(request).estimate.notes)
    assert isinstance(list(runner.run(request))[-1], Completed)  # the emulator is on 2026-11-21


@pytest.mark.parametrize("kind", [ProviderKind.AZURE, ProviderKind.COMPATIBLE])
def test_other_providers_keep_their_own_schedule(
    services: Services, emulator: EmulatorServer, kind: ProviderKind
) -> None:
    # Not refused locally: the server is asked. This one (the emulator, on 2027-01-01) has
    # retired the model too, and its answer becomes one line naming the replacement.
    emulator.today = date(2027, 1, 1)
    later = Lifecycle(services.catalog, kind, Clock.on(date(2027, 1, 1)))
    runner = JobRunner(services.catalog, services.store, services.engine, later)
    request = ImageRequest("a fox", ImageParams(model="gpt-image-1-mini", size="1024x1024"))
    events = list(runner.run(request))
    assert len(emulator.requests) == 1
    failed = events[-1]
    assert isinstance(failed, Failed)
    assert failed.message == (
        "The server says gpt-image-1-mini is no longer available (OpenAI retired it on "
        "2026-12-01); use gpt-image-2.6-sunburst or gpt-image-2.6-flare instead"
    )
    assert services.store.job(failed.job_id or "").status == "failed"


def test_a_budget_guard_can_refuse(services: Services, emulator: EmulatorServer) -> None:
    seen: list[float] = []

    def guard(estimate: pricing.Estimate) -> str | None:
        seen.append(estimate.total_usd)
        return "over today's budget"

    events = list(services.runner.run(stream(), guard=guard))
    assert events == [Failed(ErrorKind.BUDGET, "over today's budget")]
    assert seen and seen[0] > 0
    assert emulator.requests == []


# --- masked edits --------------------------------------------------------------------------------


def masked_edit(original: bytes, mask_size: tuple[int, int], **params: object) -> ImageRequest:
    mask = png_bytes(mask_with_hole(mask_size, HOLE))
    return ImageRequest(
        "a moon in the sky",
        ImageParams(quality="low", **params),  # type: ignore[arg-type]
        (InputImage(original, "original"),),
        mask,
        stream=False,
    )


@pytest.mark.parametrize("fault", [None, "mask_bleed"])
def test_masked_edit_is_composited_and_raw_output_kept(
    services: Services, emulator: EmulatorServer, fault: str | None
) -> None:
    original = photo((512, 512))
    if fault:
        emulator.inject(Fault(kind=fault))
    events = run(services, masked_edit(png_bytes(original), (512, 512), size="1024x1024"))
    assert kinds(events) == ["JobStarted", "ImageReady", "Completed"]
    ready, done = events[1], events[2]
    assert emulator.requests[0].fault == fault
    result = decode(ready.data)
    assert result.size == (512, 512)
    assert outside(result, HOLE, MARGIN) == outside(original, HOLE, MARGIN)
    assert inside(result, HOLE) != inside(original, HOLE)
    assert done.images == (ready.data,)
    assert Path(ready.path).read_bytes() == ready.data

    [raw] = services.store.job_images(done.job_id, "raw")
    raw_image = decode(services.store.image_path(raw).read_bytes())
    assert raw_image.size == (1024, 1024)  # what the API returned, untouched
    if fault == "mask_bleed":
        # The API changed pixels it was told to keep; compositing put them back.
        api_outside = outside(raw_image.resize((512, 512)), HOLE, MARGIN)
        assert api_outside != outside(original, HOLE, MARGIN)


def test_masked_edit_of_an_exif_rotated_photo(services: Services) -> None:
    data = jpeg_with_orientation((640, 480), 6)
    upright = load_image_bytes(data).convert("RGB")
    assert upright.size == (480, 640)
    events = run(services, masked_edit(data, (480, 640), size="1024x1536"))
    result = decode(events[1].data)
    assert result.size == (480, 640)
    assert outside(result, HOLE, MARGIN) == outside(upright, HOLE, MARGIN)


def test_compositing_can_be_switched_off(services: Services) -> None:
    original = png_bytes(photo((512, 512)))
    events = run(
        services, masked_edit(original, (512, 512), size="1024x1024"), composite_feather_px=None
    )
    done = events[-1]
    assert decode(done.images[0]).size == (1024, 1024)
    assert services.store.job_images(done.job_id, "raw") == []


def test_edit_without_mask_is_not_composited(services: Services) -> None:
    request = dataclasses.replace(masked_edit(png_bytes(photo()), (512, 512)), mask=None)
    done = run(services, request)[-1]
    assert services.store.job_images(done.job_id, "raw") == []
    assert [r.sha256 for r in services.store.job_images(done.job_id, "input")] == [
        request.images[0].sha256
    ]
