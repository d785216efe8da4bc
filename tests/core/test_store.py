"""The store: content-addressed image files, job rows, spend queries, threads and reopening."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from studio.core import store as store_module
from studio.core.budget import periods
from studio.core.events import ErrorKind, Usage
from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.store import SpendRow, Store
from tests.core.conftest import mask_with_hole, photo, png_bytes

IMAGE = png_bytes(photo((64, 48)))
OTHER = png_bytes(photo((64, 48), seed=1))
MASK = png_bytes(mask_with_hole((64, 48), (0, 0, 10, 10)))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "store")
    try:
        yield opened
    finally:
        opened.close()


class Clock:
    """What the store's now_iso() returns; tests set ``now`` before each job."""

    now = "2026-01-01T00:00:00.000+00:00"


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fixed = Clock()
    monkeypatch.setattr(store_module, "now_iso", lambda *_: fixed.now)
    return fixed


def request(prompt: str = "a red fox", **params: object) -> ImageRequest:
    return ImageRequest(prompt, ImageParams(**params))  # type: ignore[arg-type]


def add_job(
    store: Store,
    prompt: str = "a red fox",
    *,
    cost: float | None = 0.25,
    status: str = "completed",
    usage: Usage | None = None,
    outputs: tuple[bytes, ...] = (IMAGE,),
    fingerprint: str = "fp",
    **params: object,
) -> str:
    job = store.begin_job(request(prompt, **params), fingerprint=fingerprint, estimate_usd=0.3)
    for index, data in enumerate(outputs):
        store.add_image(job, "output", data, index)
    store.finish_job(job, status=status, usage=usage, cost_usd=cost, duration_s=1.5)
    return job


def test_schema_wal_and_version(store: Store) -> None:
    assert store.path.is_file()
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == store_module.SCHEMA_VERSION
    assert {"images", "jobs", "job_images"} <= set(store.db.table_names())


def test_images_are_content_addressed(store: Store) -> None:
    sha = hashlib.sha256(IMAGE).hexdigest()
    ref = store.put_image(IMAGE)
    assert ref.sha256 == sha
    assert ref.path == f"images/{sha[:2]}/{sha}.png"
    assert (ref.width, ref.height, ref.format) == (64, 48, "png")
    assert store.image_path(ref).read_bytes() == IMAGE
    assert store.image_path(sha) == store.image_path(ref)
    assert store.image_bytes(sha) == IMAGE
    assert store.put_image(IMAGE) == ref
    assert store.db.table("images").count == 1
    assert not list(store.images_dir.rglob(".tmp-*"))


def test_a_missing_image_file_is_written_again(store: Store) -> None:
    ref = store.put_image(IMAGE)
    store.image_path(ref).unlink()
    assert store.put_image(IMAGE) == ref
    assert store.image_path(ref).read_bytes() == IMAGE


def test_non_image_bytes_are_kept_as_bin(store: Store) -> None:
    ref = store.put_image(b"\x00\x01 not an image")
    assert (ref.format, ref.width, ref.height) == ("bin", 0, 0)
    assert store.image_path(ref).suffix == ".bin"


def test_unknown_image_sha(store: Store) -> None:
    with pytest.raises(KeyError):
        store.image_path("0" * 64)


def test_begin_job_records_inputs_mask_and_params(store: Store) -> None:
    edit = ImageRequest(
        "add a moon",
        ImageParams(size="1536x1024", quality="high", n=2, partial_images=2, moderation="low"),
        (InputImage(IMAGE), InputImage(OTHER)),
        MASK,
    )
    job_id = store.begin_job(
        edit,
        fingerprint="abc",
        estimate_usd=0.42,
        provider="emulator",
        parent_job_id="parent",
        parent_image="f" * 64,
    )
    record = store.job(job_id)
    assert (record.mode, record.model, record.prompt) == ("edit", "gpt-image-2", "add a moon")
    assert (record.size, record.quality, record.n, record.status) == (
        "1536x1024",
        "high",
        2,
        "running",
    )
    assert (record.estimate_usd, record.cost_usd, record.usage) == (0.42, None, None)
    assert (record.fingerprint, record.parent_job_id, record.parent_image) == (
        "abc",
        "parent",
        "f" * 64,
    )
    assert record.params == {
        "model": "gpt-image-2",
        "size": "1536x1024",
        "quality": "high",
        "n": 2,
        "background": "auto",
        "output_format": "png",
        "moderation": "low",
        "partial_images": 2,
        "stream": True,
    }
    inputs = store.job_images(job_id, "input")
    assert [store.image_path(r).read_bytes() for r in inputs] == [IMAGE, OTHER]
    [mask] = store.job_images(job_id, "mask")
    assert store.image_path(mask).read_bytes() == MASK


def test_outputs_partials_and_finish(store: Store) -> None:
    job_id = store.begin_job(request(), fingerprint="fp", estimate_usd=0.3)
    store.add_image(job_id, "partial", OTHER, position=0, partial_index=1)
    store.add_image(job_id, "partial", IMAGE, position=0, partial_index=0)
    store.add_image(job_id, "output", IMAGE, position=0)
    usage = Usage(9, 0, 396, 0)
    store.finish_job(job_id, status="completed", usage=usage, cost_usd=0.011925, duration_s=2.0)
    partials = store.job_images(job_id, "partial")
    assert [store.image_path(r).read_bytes() for r in partials] == [IMAGE, OTHER]
    record = store.job(job_id)
    assert (record.status, record.usage, record.cost_usd, record.duration_s) == (
        "completed",
        usage,
        0.011925,
        2.0,
    )
    assert not record.cached


def test_a_failed_job_keeps_its_error(store: Store) -> None:
    job_id = store.begin_job(request(), fingerprint="fp", estimate_usd=0.3)
    store.finish_job(
        job_id,
        status="failed",
        cost_usd=0.0,
        error_kind=ErrorKind.MODERATION,
        error_message="refused",
    )
    record = store.job(job_id)
    assert (record.status, record.error_kind, record.error_message) == (
        "failed",
        "moderation",
        "refused",
    )
    assert record.usage is None
    with pytest.raises(KeyError):
        store.job("missing")


def test_find_completed_needs_a_paid_complete_job_with_its_files(store: Store) -> None:
    add_job(store, status="failed", fingerprint="fp")
    assert store.find_completed("fp", 1) is None
    paid = add_job(store, fingerprint="fp", outputs=(IMAGE, OTHER))
    assert store.find_completed("fp", 2) == paid
    assert store.find_completed("fp", 3) is None
    assert store.find_completed("other", 1) is None
    store.image_path(store.job_images(paid, "output")[1]).unlink()
    assert store.find_completed("fp", 2) is None


def test_cache_hit_row_points_at_the_source(store: Store) -> None:
    source = add_job(store, fingerprint="fp", cost=0.2)
    hit = store.record_cache_hit(request(), fingerprint="fp", source_job_id=source)
    record = store.job(hit)
    assert (record.cached, record.cost_usd, record.status, record.estimate_usd) == (
        True,
        0.0,
        "completed",
        0.0,
    )
    assert store.job_images(hit, "output") == store.job_images(source, "output")
    # A cache hit is never itself a cache source.
    assert store.find_completed("fp", 1) == source
    assert store.cache_savings() == (1, 0.2)


def test_jobs_newest_first_with_status_filter(store: Store, clock: Clock) -> None:
    ids = []
    for day, prompt in enumerate(["one", "two", "three", "four"], start=1):
        clock.now = f"2026-11-0{day}T10:00:00.000+00:00"
        status = "failed" if prompt == "two" else "completed"
        ids.append(add_job(store, prompt, status=status))
    first, second, third, fourth = ids
    assert [j.id for j in store.jobs()] == [fourth, third, second, first]
    assert [j.id for j in store.jobs(limit=2, offset=1)] == [third, second]
    assert [j.id for j in store.jobs(status="failed")] == [second]
    assert [j.id for j in store.iter_jobs(batch=3)] == [first, second, third, fourth]


def test_recent_prompts_are_distinct_and_newest_first(store: Store, clock: Clock) -> None:
    for day, prompt in enumerate(["fox", "owl", "fox", "cat"], start=1):
        clock.now = f"2026-11-0{day}T10:00:00.000+00:00"
        add_job(store, prompt)
    assert store.recent_prompts() == ["cat", "fox", "owl"]
    assert store.recent_prompts(limit=1) == ["cat"]


@pytest.fixture
def history(store: Store, clock: Clock) -> Store:
    """Five jobs over two days and two models, one failed, one cached."""
    usage = Usage(10, 0, 200, 0)
    clock.now = "2026-11-20T09:00:00.000+00:00"
    add_job(store, "a", cost=0.1, usage=usage, quality="low")
    clock.now = "2026-11-20T23:59:59.999+00:00"
    add_job(store, "b", cost=0.2, usage=usage, quality="high", n=2, model="gpt-image-2.5-flare")
    clock.now = "2026-11-21T08:00:00.000+00:00"
    add_job(store, "c", cost=0.0, status="failed", quality="high")
    clock.now = "2026-11-21T09:00:00.000+00:00"
    source = add_job(store, "d", cost=0.4, usage=usage, quality="low", fingerprint="dd")
    clock.now = "2026-11-21T10:00:00.000+00:00"
    store.record_cache_hit(request("d", quality="low"), fingerprint="dd", source_job_id=source)
    return store


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from _time_zone(monkeypatch, "UTC")


@pytest.fixture
def auckland(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from _time_zone(monkeypatch, "Pacific/Auckland")  # UTC+13 in November


def _time_zone(monkeypatch: pytest.MonkeyPatch, name: str) -> Iterator[None]:
    monkeypatch.setenv("TZ", name)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_spend_by_day_and_month_use_local_days_like_the_budgets(
    history: Store, auckland: None
) -> None:
    days = [(row.key, row.jobs) for row in history.spend_by("day")]
    assert days == [("2026-11-20", 1), ("2026-11-21", 4)], "23:59 UTC is lunchtime next day"
    bounds = periods(datetime(2026, 11, 21, 12, 0))  # local noon
    assert history.total_cost(bounds.day_start, bounds.day_end) == pytest.approx(0.6)
    assert sum(r.cost_usd for r in history.spend_by("day") if r.key == "2026-11-21") == (
        pytest.approx(0.6)
    )


def test_spend_by_day(history: Store, utc: None) -> None:
    first, second = history.spend_by("day")
    assert first == SpendRow("2026-11-20", 2, 3, pytest.approx(0.3), 20, 400, 0)
    assert second == SpendRow("2026-11-21", 3, 2, pytest.approx(0.4), 10, 200, 1)


def test_spend_by_model_quality_and_mode(history: Store, utc: None) -> None:
    by_model = {row.key: (row.jobs, row.cost_usd) for row in history.spend_by("model")}
    assert by_model == {
        "gpt-image-2": (4, pytest.approx(0.5)),
        "gpt-image-2.5-flare": (1, pytest.approx(0.2)),
    }
    by_quality = {row.key: (row.jobs, row.images) for row in history.spend_by("quality")}
    assert by_quality == {"high": (2, 2), "low": (3, 3)}
    assert [(r.key, r.jobs) for r in history.spend_by("mode")] == [("generate", 5)]
    assert [r.key for r in history.spend_by("month")] == ["2026-11"]
    with pytest.raises(ValueError, match="group must be one of"):
        history.spend_by("week")


def test_total_cost_over_a_period(history: Store, utc: None) -> None:
    assert history.total_cost() == pytest.approx(0.7)
    assert history.total_cost(since="2026-11-21") == pytest.approx(0.4)
    assert history.total_cost(until="2026-11-21") == pytest.approx(0.3)
    assert history.total_cost(since="2026-11-22") == 0.0
    assert history.spend_by("day", since="2026-11-21")[0].key == "2026-11-21"


def test_pending_cost_counts_running_jobs(store: Store) -> None:
    store.begin_job(request(), fingerprint="fp", estimate_usd=0.3)
    add_job(store)
    assert store.pending_cost() == pytest.approx(0.3)


def test_each_thread_has_its_own_connection(store: Store) -> None:
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for index in range(5):
                add_job(store, f"w{worker}-{index}", outputs=(png_bytes(photo((8, 8), worker)),))
        except BaseException as exc:
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert len(store.jobs(limit=100)) == 20
    assert store.db.table("images").count == 4


def test_reopening_keeps_everything(tmp_path: Path) -> None:
    first = Store(tmp_path / "s")
    job_id = add_job(first, "kept", cost=0.5)
    first.close()
    again = Store(tmp_path / "s")
    try:
        assert again.job(job_id).prompt == "kept"
        assert again.total_cost() == 0.5
        assert again.image_path(again.job_images(job_id, "output")[0]).read_bytes() == IMAGE
    finally:
        again.close()


def test_default_root_is_the_data_dir(tmp_path: Path) -> None:
    default = Store()
    try:
        assert default.root == tmp_path / "data"
        assert default.path == tmp_path / "data" / "studio.db"
    finally:
        default.close()
