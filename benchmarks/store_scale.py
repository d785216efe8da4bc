"""Store insert and query times with 100k recorded generations.

Usage: python benchmarks/store_scale.py [--jobs N] [--repeat R]

Each job is recorded the way the job runner records it, through the Store API: begin_job,
add_image (one output), finish_job with usage and cost. Jobs are spread over a year, five
models, three qualities and 20,000 distinct prompts; output images come from a pool of 200
small PNGs (content addressing makes repeats cheap, as for cache hits). Then the queries the
UI and the CLI run are timed: the median of R runs each.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image

from studio.core import reports
from studio.core import store as store_module
from studio.core.catalog import Catalog
from studio.core.events import Usage
from studio.core.requests import ImageParams, ImageRequest
from studio.core.store import Store

MODELS = ("gpt-image-2", "gpt-image-2.5-sunburst", "gpt-image-2.5-flare", "gpt-image-2.6-flare")
QUALITIES = ("low", "medium", "high")
SIZES = ("1024x1024", "1536x1024", "1024x1536", "2048x1152")
START = datetime(2025, 11, 21, tzinfo=UTC)


class Clock:
    """Stands in for the store's now_iso(): time moves forward one job at a time."""

    def __init__(self, total: int) -> None:
        self.step = timedelta(days=365) / max(total, 1)
        self.now = START

    def tick(self) -> None:
        self.now += self.step

    def iso(self) -> str:
        return self.now.isoformat(timespec="milliseconds")


def image_pool(count: int) -> list[bytes]:
    pool = []
    for index in range(count):
        buffer = io.BytesIO()
        Image.new("RGB", (16, 16), (index % 256, index // 256, 128)).save(buffer, "PNG")
        pool.append(buffer.getvalue())
    return pool


def insert(store: Store, clock: Clock, total: int) -> tuple[float, list[str]]:
    """Record ``total`` jobs; returns the seconds taken and every job's fingerprint."""
    rng = random.Random(42)
    pool = image_pool(200)
    fingerprints = []
    started = time.perf_counter()
    for index in range(total):
        clock.tick()
        params = ImageParams(
            model=rng.choice(MODELS),
            size=rng.choice(SIZES),
            quality=rng.choice(QUALITIES),
            n=1,
            partial_images=rng.choice((0, 2)),
        )
        request = ImageRequest(f"prompt number {rng.randrange(20_000)}", params)
        fingerprint = f"{index:064x}"
        job = store.begin_job(request, fingerprint=fingerprint, estimate_usd=0.05)
        store.add_image(job, "output", pool[index % len(pool)], 0)
        usage = Usage(20, 0, rng.randrange(100, 7000), 0)
        store.finish_job(job, status="completed", usage=usage, cost_usd=usage.output_tokens * 30e-6)
        fingerprints.append(fingerprint)
        if (index + 1) % 20_000 == 0:
            rate = (index + 1) / (time.perf_counter() - started)
            print(f"  ... {index + 1:,} jobs ({rate:,.0f} jobs/s)", flush=True)
    return time.perf_counter() - started, fingerprints


def timed(call: Callable[[], object], repeat: int) -> float:
    """Median milliseconds of ``repeat`` calls."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def queries(store: Store, fingerprints: list[str]) -> dict[str, Callable[[], object]]:
    catalog = Catalog.load()
    middle = fingerprints[len(fingerprints) // 2]
    last_month = (START + timedelta(days=335)).isoformat()
    return {
        "spend_by('day')  (365 groups)": lambda: store.spend_by("day"),
        "spend_by('model')": lambda: store.spend_by("model"),
        "spend_by('quality')": lambda: store.spend_by("quality"),
        "spend_by('day', since=last month)": lambda: store.spend_by("day", since=last_month),
        "total_cost(since=last month)": lambda: store.total_cost(since=last_month),
        "recent_prompts(20)": lambda: store.recent_prompts(20),
        "find_completed (hit)": lambda: store.find_completed(middle, 1),
        "find_completed (miss)": lambda: store.find_completed("f" * 64, 1),
        "jobs(limit=100) newest page": lambda: store.jobs(limit=100),
        "jobs(limit=100, offset=50k)": lambda: store.jobs(limit=100, offset=50_000),
        "job(id)": lambda: store.job(store.jobs(limit=1)[0].id),
        "pending_cost()": store.pending_cost,
        "cache_savings()": store.cache_savings,
        "savings(since=last month)": lambda: reports.savings(store, catalog, since=last_month),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=100_000, help="jobs to record (100,000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (median)")
    args = parser.parse_args()
    clock = Clock(args.jobs)
    store_module.now_iso = lambda _clock=None: clock.iso()  # type: ignore[assignment]  # a year
    with tempfile.TemporaryDirectory(prefix="studio-store-bench-") as scratch:
        store = Store(Path(scratch))
        try:
            print(f"Recording {args.jobs:,} generations through the Store API in {scratch}")
            seconds, fingerprints = insert(store, clock, args.jobs)
            size_mb = sum(p.stat().st_size for p in Path(scratch).glob("studio.db*")) / 1e6
            print(
                f"insert: {seconds:.1f} s total, {seconds / args.jobs * 1000:.3f} ms per job "
                f"({args.jobs / seconds:,.0f} jobs/s); database {size_mb:.1f} MB"
            )
            assert store.find_completed(fingerprints[-1], 1) is not None
            print(f"\nqueries on {args.jobs:,} jobs (median of {args.repeat} runs)")
            print(f"  {'query':<36} {'ms':>9}")
            for name, call in queries(store, fingerprints).items():
                print(f"  {name:<36} {timed(call, args.repeat):>9.2f}")
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
