"""Usage reports from the store: spend tables and CSV, a 1,000-images/day projection, savings.

Definitions (shown to the user, so they are exact):

* Projection: the average billed cost per image over the most recent paid, completed jobs
  (cache hits excluded: they cost nothing and would flatter the figure), weighted by the
  model/quality mix of those jobs; 1,000 images a day at that average, and a month of 30 days.
* Cache savings: every cache hit saved what its source job was billed.
* Drafts-then-final savings: for each batch of drafts (the draft jobs sent with one request,
  hence one fingerprint) of which one was finalized, the alternative is rendering every
  draft of the batch at the final's quality and size. That alternative is priced with the
  core estimator on the draft's prompt and parameters at the final quality and size (plus the
  image-input cost the draft was billed, which quality does not change). Saved = alternative −
  (every draft's billed cost + the batch's finals' billed cost), and never below zero.
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

from studio.core import pricing
from studio.core.catalog import Catalog, UnknownModelError
from studio.core.requests import ImageParams, ImageRequest
from studio.core.store import JobRecord, SpendRow, Store

GROUPS = ("day", "month", "model", "quality", "mode")
CSV_COLUMNS = ("jobs", "images", "cost_usd", "input_tokens", "output_tokens", "cache_hits")
IMAGES_PER_DAY = 1000
DAYS_PER_MONTH = 30
RECENT_JOBS = 200
DRAFT_MODE = "draft"
FINALIZE_MODE = "finalize"


@dataclass(frozen=True)
class MixRow:
    """One model/quality pair in the recent mix."""

    model: str
    quality: str
    images: int
    share: float
    per_image_usd: float


@dataclass(frozen=True)
class Projection:
    """What ``images_per_day`` would cost at the recent mix (None: no paid history yet)."""

    images_per_day: int
    per_image_usd: float | None
    per_day_usd: float | None
    per_month_usd: float | None
    basis_jobs: int
    basis_images: int
    mix: tuple[MixRow, ...]
    basis: str


@dataclass(frozen=True)
class Savings:
    """What the cache and drafts-then-final saved (see the module docstring)."""

    cache_hits: int = 0
    cache_saved_usd: float = 0.0
    drafts_finalized: int = 0
    drafts_alternative_usd: float = 0.0
    drafts_actual_usd: float = 0.0

    @property
    def drafts_saved_usd(self) -> float:
        """Never negative: drafts that cost more than they saved saved nothing."""
        return max(0.0, self.drafts_alternative_usd - self.drafts_actual_usd)

    @property
    def total_saved_usd(self) -> float:
        return self.cache_saved_usd + self.drafts_saved_usd


def spend(
    store: Store, by: str, since: str | None = None, until: str | None = None
) -> list[SpendRow]:
    """The one spend query behind the CLI and the usage dialog."""
    return store.spend_by(by, since, until)


def csv_header(by: str) -> list[str]:
    return [by, *CSV_COLUMNS]


def csv_row(row: SpendRow) -> list[object]:
    """A row as the CLI prints it and the dialog exports it (cost rounded to 6 places)."""
    return [
        row.key,
        row.jobs,
        row.images,
        round(row.cost_usd, 6),
        row.input_tokens,
        row.output_tokens,
        row.cache_hits,
    ]


def row_dict(row: SpendRow) -> dict[str, object]:
    data = dataclasses.asdict(row)
    data["cost_usd"] = round(row.cost_usd, 6)
    return data


def write_csv(rows: Iterable[SpendRow], by: str, handle: TextIO) -> None:
    """Header then one line per group; identical for ``studio usage --csv`` and the dialog."""
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(csv_header(by))
    for row in rows:
        writer.writerow(csv_row(row))


def projection(
    store: Store,
    recent: int = RECENT_JOBS,
    images_per_day: int = IMAGES_PER_DAY,
    fallback: pricing.Estimate | None = None,
) -> Projection:
    """Cost of ``images_per_day`` at the mix of the last ``recent`` paid jobs."""
    jobs = [j for j in store.jobs(limit=recent, status="completed") if _paid(j)]
    images = sum(j.n for j in jobs)
    if not images:
        return _fallback_projection(images_per_day, fallback)
    total = sum(j.cost_usd or 0.0 for j in jobs)
    groups: dict[tuple[str, str], list[JobRecord]] = {}
    for job in jobs:
        groups.setdefault((job.model, job.quality), []).append(job)
    mix = tuple(_mix_row(key, members, images) for key, members in sorted(groups.items()))
    per_image = total / images
    basis = f"average of the last {len(jobs)} paid jobs ({images} images)"
    return _projection(images_per_day, per_image, len(jobs), images, mix, basis)


def savings(store: Store, catalog: Catalog, since: str | None = None) -> Savings:
    """Cache and drafts-then-final savings for jobs created since ``since`` (all if None)."""
    hits, cache_saved = store.cache_savings(since)
    final_jobs, draft_jobs = store.finals_and_drafts(FINALIZE_MODE, DRAFT_MODE, since)
    batches: dict[str, list[JobRecord]] = {}  # drafts sent together share one fingerprint
    for job in draft_jobs:
        batches.setdefault(job.fingerprint, []).append(job)
    batch_of = {draft.id: key for key, drafts in batches.items() for draft in drafts}
    finals: dict[str, list[JobRecord]] = {}
    for job in final_jobs:
        key = batch_of.get(job.parent_job_id or "")
        if key is not None and _is_final(job):
            finals.setdefault(key, []).append(job)
    alternative = actual = 0.0
    finalized = 0
    for key, children in finals.items():
        drafts = batches[key]
        final = children[-1]
        costs = [_at_final(d, final, catalog) for d in drafts if d.status == "completed"]
        if not costs or any(c is None for c in costs):
            continue
        finalized += len(children)
        alternative += sum(c or 0.0 for c in costs)
        actual += sum(d.cost_usd or 0.0 for d in drafts) + sum(c.cost_usd or 0.0 for c in children)
    return Savings(hits, cache_saved, finalized, alternative, actual)


def _at_final(draft: JobRecord, final: JobRecord, catalog: Catalog) -> float | None:
    """The draft job rendered at the final's quality and size: the estimator for text and
    output, plus the image input the draft was billed (quality and size do not change it)."""
    try:
        params = ImageParams.from_fields({**draft.params, "quality": final.quality})
        params = dataclasses.replace(params, size=final.size or params.size)
        spec = catalog.get(params.model)
    except (TypeError, UnknownModelError):
        return None
    request = ImageRequest(draft.prompt, params, stream=bool(draft.params.get("stream", True)))
    image_in = draft.usage.input_image_tokens if draft.usage else 0
    return pricing.estimate(request, spec).total_usd + image_in * spec.prices.image_in / 1e6


def _mix_row(key: tuple[str, str], members: list[JobRecord], total_images: int) -> MixRow:
    count = sum(j.n for j in members)
    cost = sum(j.cost_usd or 0.0 for j in members)
    return MixRow(key[0], key[1], count, count / total_images, cost / count)


def _is_final(job: JobRecord) -> bool:
    return job.mode == FINALIZE_MODE and job.status == "completed"


def _paid(job: JobRecord) -> bool:
    return not job.cached and job.cost_usd is not None and job.n > 0


def _fallback_projection(images_per_day: int, estimate: pricing.Estimate | None) -> Projection:
    if estimate is None or estimate.n <= 0:
        return Projection(images_per_day, None, None, None, 0, 0, (), "no paid jobs yet")
    per_image = estimate.total_usd / estimate.n
    mix = (MixRow(estimate.model, estimate.quality, 0, 1.0, per_image),)
    return _projection(images_per_day, per_image, 0, 0, mix, "the current settings' estimate")


def _projection(
    images_per_day: int,
    per_image: float,
    jobs: int,
    images: int,
    mix: tuple[MixRow, ...],
    basis: str,
) -> Projection:
    per_day = per_image * images_per_day
    return Projection(
        images_per_day, per_image, per_day, per_day * DAYS_PER_MONTH, jobs, images, mix, basis
    )
