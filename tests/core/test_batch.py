"""The Batch API end to end through the real SDK to the emulator: submit, poll, collect."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PIL import Image

from studio.core import pricing
from studio.core.batch.backoff import BackOff
from studio.core.batch.lines import BatchError
from studio.core.batch.plan import expand
from studio.core.batch.service import BatchRefused, BatchService
from studio.core.budget import SpendGuard, periods, spent
from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.runner import JobOptions
from studio.core.services import Services
from studio.emulator.server import EmulatorServer
from tests.core.conftest import png_bytes as _png

PARAMS = ImageParams(size="1024x1024", quality="low")
STATES = ["validating", "in_progress", "finalizing", "completed"]


@pytest.fixture
def batches(services: Services) -> BatchService:
    return BatchService(services.runner, BackOff(first_s=0.0, max_s=0.0))


def png_bytes(size: tuple[int, int], colour: str) -> bytes:
    return _png(Image.new("RGB", size, colour))


def _prompts(*texts: str) -> list[ImageRequest]:
    return [ImageRequest(text, PARAMS) for text in texts]


def _contents(emulator: EmulatorServer) -> int:
    return sum(1 for r in emulator.requests if r.method == "GET" and r.path.endswith("/content"))


def test_submit_polls_through_every_state_and_collects_once(
    services: Services, batches: BatchService, emulator: EmulatorServer
) -> None:
    record = batches.submit(expand(ImageRequest("a red fox", PARAMS), variations=3), label="fox")
    assert record.api_id and record.status == "validating" and record.total == 3
    seen = [record.status]
    for _ in range(3):
        emulator.step_batches(record.api_id)
        seen.append(batches.refresh(record.ref).status)
    assert seen == STATES
    results = list(batches.collect(record.ref))
    assert [r.custom_id for r in results] == ["req-00001", "req-00002", "req-00003"]
    assert all(len(r.paths) == 1 and r.error is None for r in results)
    final = services.store.batch(record.ref)
    assert final.collected and final.completed == 3 and final.output_path
    assert list(batches.collect(record.ref)) == []  # the second collect reads nothing
    assert _contents(emulator) == 1  # the output file was fetched once
    for item, paths in batches.results(record.ref):
        job = services.store.job(item.job_id)
        assert job.status == "completed" and job.usage is not None and paths


def test_batch_cost_is_direct_cost_times_discount(
    services: Services, batches: BatchService, emulator: EmulatorServer
) -> None:
    request = ImageRequest("a lighthouse at dusk", replace(PARAMS, partial_images=0), stream=False)
    direct = list(services.runner.run(request, JobOptions(use_cache=False)))[-1]
    quote = batches.quote([request, request])
    spec = services.catalog.get("gpt-image-2")
    assert spec.prices.batch_discount == 0.5
    one = services.runner.prepare(request, use_cache=False).estimate.total_usd
    assert quote.direct_usd == pytest.approx(2 * one)
    assert quote.batch_usd == pytest.approx(2 * one * 0.5)
    record = batches.submit([request, request])
    assert record.estimate_usd == pytest.approx(quote.batch_usd)
    emulator.step_batches(record.api_id)
    emulator.step_batches(record.api_id)
    emulator.step_batches(record.api_id)
    batches.refresh(record.ref)
    results = list(batches.collect(record.ref))
    assert direct.cost_usd is not None
    for result in results:
        assert result.cost_usd == pytest.approx(direct.cost_usd * 0.5)
        assert services.store.job(result.job_id).cost_usd == pytest.approx(direct.cost_usd * 0.5)
    assert services.store.batch(record.ref).cost_usd == pytest.approx(direct.cost_usd)
    assert pricing.batch_cost(direct.cost_usd, spec) == pytest.approx(direct.cost_usd / 2)


def test_submitted_batch_counts_as_committed_spend(
    services: Services, batches: BatchService, emulator: EmulatorServer
) -> None:
    bounds = periods(services.store.clock.now())
    before = spent(services.store, bounds).today_usd
    record = batches.submit(_prompts("a", "b"))
    committed = spent(services.store, bounds).today_usd - before
    assert committed == pytest.approx(record.estimate_usd)
    guard = SpendGuard(services.store, lambda: replace(services.settings.budgets, daily_usd=1e-9))
    with pytest.raises(BatchRefused):
        batches.submit(_prompts("c"), guard=lambda usd: guard(_estimate(services, usd)))
    assert len(services.store.batches()) == 1  # the refused batch was never recorded


def _estimate(services: Services, usd: float) -> pricing.Estimate:
    base = services.runner.prepare(ImageRequest("x", PARAMS)).estimate
    return replace(base, cost=pricing.Cost(usd, 0.0, 0.0))


def test_failed_lines_are_kept_beside_their_request(
    services: Services, batches: BatchService, emulator: EmulatorServer
) -> None:
    requests = _prompts("a cat", "a dog [[fault:moderation]]", "a bird [[fault:server_error]]")
    record = batches.submit(requests)
    for _ in range(3):
        emulator.step_batches(record.api_id)
    batches.refresh(record.ref)
    results = {r.custom_id: r for r in batches.collect(record.ref)}
    assert results["req-00001"].paths and results["req-00001"].error is None
    assert "safety system" in (results["req-00002"].error or "")
    assert results["req-00003"].error
    items = {item.custom_id: item for item in services.store.batch_items(record.id)}
    assert [items[c].status for c in sorted(items)] == ["done", "failed", "failed"]
    assert services.store.job(items["req-00002"].job_id).cost_usd == 0.0
    final = services.store.batch(record.ref)
    assert (final.completed, final.failed) == (1, 2)
    assert _contents(emulator) == 2  # output and error file, once each


def test_killed_during_collect_resumes_without_fetching_twice(
    services: Services,
    batches: BatchService,
    emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = batches.submit(_prompts("one", "two", "three"))
    for _ in range(3):
        emulator.step_batches(record.api_id)
    batches.refresh(record.ref)
    runner = services.runner
    original = runner.store_output
    calls = {"n": 0}

    def dying(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt("killed mid-ingest")
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(runner, "store_output", dying)
    with pytest.raises(KeyboardInterrupt):
        list(batches.collect(record.ref))
    monkeypatch.setattr(runner, "store_output", original)
    statuses = [item.status for item in services.store.batch_items(record.id)]
    assert statuses == ["done", "pending", "pending"]
    resumed = list(batches.collect(record.ref))
    assert [r.custom_id for r in resumed] == ["req-00002", "req-00003"]
    assert _contents(emulator) == 1
    assert all(i.status == "done" for i in services.store.batch_items(record.id))
    outputs = [
        services.store.job_images(i.job_id, "output") for i in services.store.batch_items(record.id)
    ]
    assert [len(o) for o in outputs] == [1, 1, 1]


def test_killed_mid_download_leaves_nothing_marked(
    services: Services,
    batches: BatchService,
    emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = batches.submit(_prompts("one"))
    for _ in range(3):
        emulator.step_batches(record.api_id)
    batches.refresh(record.ref)
    import studio.core.batch.service as service_module

    def dying_write(path: object, data: bytes) -> None:
        raise KeyboardInterrupt("killed while writing")

    monkeypatch.setattr(service_module, "write_atomic", dying_write)
    with pytest.raises(KeyboardInterrupt):
        list(batches.collect(record.ref))
    monkeypatch.undo()
    assert services.store.batch(record.ref).output_path is None
    assert [r.custom_id for r in batches.collect(record.ref)] == ["req-00001"]


def test_cancelled_batch_keeps_what_ran(
    services: Services, batches: BatchService, emulator: EmulatorServer
) -> None:
    record = batches.submit(_prompts("a", "b", "c"))
    emulator.step_batches(record.api_id)
    emulator.process_batch(str(record.api_id), 1)
    assert batches.refresh(record.ref).completed == 1
    assert batches.cancel(record.ref).status == "cancelling"
    emulator.step_batches(record.api_id)
    assert batches.refresh(record.ref).status == "cancelled"
    results = {r.custom_id: r for r in batches.collect(record.ref)}
    assert results["req-00001"].paths
    assert "cancelled" in (results["req-00002"].error or "")
    jobs = [services.store.job(r.job_id) for r in results.values()]
    assert [j.status for j in jobs] == ["completed", "cancelled", "cancelled"]
    assert services.store.pending_cost() == 0.0  # nothing left committed


def test_expired_batch_marks_unrun_requests(
    services: Services, batches: BatchService, emulator: EmulatorServer
) -> None:
    record = batches.submit(_prompts("a", "b"))
    emulator.step_batches(record.api_id)
    emulator.advance_batch_clock(25 * 3600)
    assert batches.refresh(record.ref).status == "expired"
    results = list(batches.collect(record.ref))
    assert all("expired" in (r.error or "") for r in results) and len(results) == 2
    assert services.store.batch(record.ref).cost_usd == 0.0


def test_batch_the_api_refuses_fails_with_its_reason(
    services: Services, batches: BatchService, emulator: EmulatorServer
) -> None:
    record = batches.submit(_prompts("a"))
    emulator.fail_batch(str(record.api_id), "The input file is broken.")
    failed = batches.refresh(record.ref)
    assert failed.status == "failed" and "broken" in (failed.message or "")
    assert [r.error for r in batches.collect(record.ref)] == [
        "The API refused the batch: The input file is broken."
    ]


def test_edits_travel_as_data_urls_and_composite_like_direct(
    services: Services, batches: BatchService, emulator: EmulatorServer
) -> None:
    pictures = [
        InputImage(png_bytes((1024, 1024), colour), f"{colour}.png") for colour in ("red", "blue")
    ]
    base = ImageRequest("add a hat", PARAMS, pictures[:1])
    requests = expand(base, pictures=pictures, sizes=["1024x1024", "1536x1024"])
    assert len(requests) == 4
    record = batches.submit(requests, options=JobOptions(composite_feather_px=4.0))
    assert record.endpoint == "/v1/images/edits"
    for _ in range(3):
        emulator.step_batches(record.api_id)
    batches.refresh(record.ref)
    results = list(batches.collect(record.ref))
    assert all(r.paths for r in results), [r.error for r in results]
    job = services.store.job(results[0].job_id)
    assert job.parent_image == pictures[0].sha256


def test_mixed_generations_and_edits_are_refused(batches: BatchService) -> None:
    edit = ImageRequest("x", PARAMS, (InputImage(png_bytes((64, 64), "red")),))
    with pytest.raises(BatchError):
        batches.submit([ImageRequest("x", PARAMS), edit])


def test_poll_is_due_by_backoff_and_survives_a_restart(
    services: Services, emulator: EmulatorServer
) -> None:
    slow = BatchService(services.runner, BackOff(first_s=3600.0, max_s=3600.0))
    record = slow.submit(_prompts("a"))
    assert slow.due() == []  # just polled (by submit): next in an hour
    emulator.step_batches(record.api_id)
    later = services.store.clock.utc_now().replace(year=services.store.clock.utc_now().year + 1)
    assert [r.id for r in slow.poll(later)] == [record.id]
    fresh = BatchService(services.runner)  # another app run reads the same store
    assert fresh.store.batch(record.ref).status == "in_progress"


def test_a_restart_does_not_mark_batch_jobs_interrupted(
    services: Services, batches: BatchService, emulator: EmulatorServer
) -> None:
    from studio.core.store import Store

    record = batches.submit(_prompts("a"))
    services.store.close()  # this process's lease ends, as when Studio is closed
    later = Store(services.store.root)
    try:
        assert later.reconcile() == []
        (item,) = later.batch_items(record.id)
        assert later.job(item.job_id).status == "running"
    finally:
        later.close()
