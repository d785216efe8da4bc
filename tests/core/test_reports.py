"""Reports: CSV shared with the CLI, the 1,000-images/day projection, and savings."""

from __future__ import annotations

import argparse
import csv
import io

import pytest

from studio.core import pricing, reports
from studio.core.catalog import Catalog
from studio.core.events import Usage
from studio.core.requests import ImageParams, ImageRequest
from studio.core.store import Store


def _job(
    store: Store,
    cost: float,
    *,
    quality: str = "low",
    n: int = 1,
    mode: str | None = None,
    parent: str | None = None,
    model: str = "gpt-image-2",
) -> str:
    params = ImageParams(model=model, quality=quality, size="1024x1024", n=n)
    request = ImageRequest("a red fox", params, stream=False)
    job = store.begin_job(
        request,
        fingerprint=f"{quality}{n}{cost}",
        estimate_usd=cost,
        mode=mode,
        parent_job_id=parent,
    )
    store.finish_job(job, status="completed", usage=Usage(10, 0, 100), cost_usd=cost)
    return job


@pytest.fixture
def store(tmp_path) -> Store:
    return Store(tmp_path)


def test_csv_lines_match_the_store(store: Store) -> None:
    _job(store, 0.0061234567)
    _job(store, 0.211, quality="high", n=2)
    buffer = io.StringIO()
    reports.write_csv(reports.spend(store, "quality"), "quality", buffer)
    lines = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert lines[0] == ["quality", *reports.CSV_COLUMNS]
    rows = store.spend_by("quality")
    assert lines[1:] == [
        [
            r.key,
            str(r.jobs),
            str(r.images),
            str(round(r.cost_usd, 6)),
            str(r.input_tokens),
            str(r.output_tokens),
            str(r.cache_hits),
        ]
        for r in rows
    ]
    assert lines[1][:4] == ["high", "1", "2", "0.211"]


def test_cli_csv_is_the_same_text(capsys) -> None:
    from studio.cli_commands import usage

    store = Store()  # the CLI's store, in the test's data dir
    _job(store, 0.05)
    _job(store, 0.2, quality="high")
    usage(argparse.Namespace(by="model", since=None, json=False, csv=True))
    buffer = io.StringIO()
    reports.write_csv(store.spend_by("model"), "model", buffer)
    assert capsys.readouterr().out == buffer.getvalue()


def test_projection_averages_recent_paid_jobs_by_mix(store: Store) -> None:
    _job(store, 0.006, n=1)
    _job(store, 0.012, n=2)
    _job(store, 0.211, quality="high")
    result = reports.projection(store)
    assert result.basis_images == 4 and result.basis_jobs == 3
    per_image = (0.006 + 0.012 + 0.211) / 4
    assert result.per_image_usd == pytest.approx(per_image)
    assert result.per_day_usd == pytest.approx(1000 * per_image)
    assert result.per_month_usd == pytest.approx(30_000 * per_image)
    shares = {(m.quality, m.images): m.share for m in result.mix}
    assert shares == {("high", 1): 0.25, ("low", 3): 0.75}


def test_projection_without_history_uses_the_estimate(store: Store, catalog: Catalog) -> None:
    assert reports.projection(store).per_day_usd is None
    request = ImageRequest("a", ImageParams(quality="medium", size="1024x1024", n=2))
    estimate = pricing.estimate(request, catalog.get("gpt-image-2"))
    result = reports.projection(store, fallback=estimate)
    assert result.per_day_usd == pytest.approx(500 * estimate.total_usd)


def test_cache_hits_save_their_source_cost(store: Store) -> None:
    source = _job(store, 0.211, quality="high")
    request = ImageRequest("a red fox", ImageParams(quality="high", size="1024x1024"))
    store.record_cache_hit(request, fingerprint="x", source_job_id=source)
    result = reports.savings(store, Catalog.load())
    assert result.cache_hits == 1 and result.cache_saved_usd == pytest.approx(0.211)


def test_drafts_then_final_versus_every_draft_at_final_quality(store: Store) -> None:
    catalog = Catalog.load()
    draft = _job(store, 4 * 0.006, n=4, mode="draft")
    _job(store, 0.211, quality="high", mode="finalize", parent=draft)
    _job(store, 0.5, quality="high", mode="generate")  # not part of any draft
    result = reports.savings(store, catalog)
    at_high = ImageRequest(
        "a red fox", ImageParams(quality="high", size="1024x1024", n=4), stream=False
    )
    alternative = pricing.estimate(at_high, catalog.get("gpt-image-2")).total_usd
    assert result.drafts_finalized == 1
    assert result.drafts_alternative_usd == pytest.approx(alternative)
    assert result.drafts_actual_usd == pytest.approx(0.024 + 0.211)
    assert result.drafts_saved_usd == pytest.approx(alternative - 0.235)
    assert result.drafts_saved_usd > 0.5


def test_drafts_then_final_savings_read_only_the_finals_and_their_drafts(
    store: Store, monkeypatch
) -> None:
    """Run after every job on the UI thread: reading the whole table took 76 ms at 3,000 jobs."""
    catalog = Catalog.load()
    for _ in range(3):
        _job(store, 0.5, quality="high", mode="generate")
    draft = _job(store, 4 * 0.006, n=4, mode="draft")
    sibling = _job(store, 2 * 0.006, n=2, mode="draft")  # another batch (its own fingerprint)
    _job(store, 0.211, quality="high", mode="finalize", parent=draft)

    def every_job(*_args: object) -> None:
        raise AssertionError("savings read every job")

    monkeypatch.setattr(store, "iter_jobs", every_job)
    assert reports.savings(store, catalog, since="2000-01-01").drafts_finalized == 1
    assert reports.savings(store, catalog, since="9999-01-01").drafts_finalized == 0
    finals, drafts = store.finals_and_drafts("finalize", "draft")
    assert [job.parent_job_id for job in finals] == [draft]
    assert draft in {job.id for job in drafts} and sibling not in {job.id for job in drafts}
