"""Engine overhead per request versus the bare openai SDK, both against a zero-latency emulator.

Usage: python benchmarks/engine_overhead.py [--runs N]

The same request goes three ways, interleaved run by run so machine load affects all alike:
the bare SDK (max_retries=0, images decoded), Engine.stream() (our thread, queue, policy and
events), and JobRunner.run() (engine plus validation, estimate, cache lookup and store writes).
Reports the median milliseconds per request, the engine/SDK ratio and the added milliseconds.
"""

from __future__ import annotations

import argparse
import base64
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openai

from studio.core.engine import Engine
from studio.core.events import Completed
from studio.core.providers import Provider, ProviderKind
from studio.core.requests import ImageParams, ImageRequest
from studio.core.runner import JobOptions
from studio.core.services import Services, build_services
from studio.emulator.server import EmulatorServer

KEY = "sk-bench-not-a-real-key-0000000000"
PROMPT = "a lighthouse at dusk, watercolour"
SIZE, QUALITY = "1024x640", "low"  # the smallest gpt-image-2 size: least emulator work


def sdk_call(client: openai.OpenAI, partials: int) -> Callable[[], None]:
    """The bare SDK, doing what any caller must: send, read every event, decode the images."""

    def call() -> None:
        common = {"model": "gpt-image-2", "prompt": PROMPT, "size": SIZE, "quality": QUALITY}
        if partials == 0:
            response = client.images.generate(**common)  # type: ignore[call-overload]
            for item in response.data or []:
                base64.b64decode(item.b64_json or "")
            return
        stream = client.images.generate(**common, stream=True, partial_images=partials)
        with stream:
            for event in stream:
                base64.b64decode(event.b64_json)

    return call


def engine_call(engine: Engine, request: ImageRequest) -> Callable[[], None]:
    def call() -> None:
        events = list(engine.stream(request))
        if not isinstance(events[-1], Completed):
            raise RuntimeError(f"engine failed: {events[-1]}")

    return call


def runner_call(services: Services, request: ImageRequest) -> Callable[[], None]:
    options = JobOptions(use_cache=False)

    def call() -> None:
        events = list(services.runner.run(request, options))
        if not isinstance(events[-1], Completed):
            raise RuntimeError(f"runner failed: {events[-1]}")

    return call


def measure(calls: dict[str, Callable[[], None]], runs: int) -> dict[str, list[float]]:
    """Milliseconds per call, the callables interleaved in each round after one warm-up."""
    for call in calls.values():
        call()
    times: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(runs):
        for name, call in calls.items():
            started = time.perf_counter()
            call()
            times[name].append((time.perf_counter() - started) * 1000)
    return times


def report(title: str, times: dict[str, list[float]]) -> None:
    sdk = statistics.median(times["bare SDK"])
    print(f"\n{title}")
    print(f"  {'path':<28} {'median ms':>10} {'p10 ms':>9} {'p90 ms':>9} {'x SDK':>7}")
    for name, samples in times.items():
        deciles = statistics.quantiles(samples, n=10)
        median = statistics.median(samples)
        print(
            f"  {name:<28} {median:>10.2f} {deciles[0]:>9.2f} {deciles[-1]:>9.2f} "
            f"{median / sdk:>7.3f}"
        )
    engine = statistics.median(times["Engine.stream"])
    print(
        f"  engine overhead: {engine - sdk:+.2f} ms per request, "
        f"ratio engine/SDK = {engine / sdk:.3f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="requests per path (default 30)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="studio-bench-") as scratch:
        os.environ["STUDIO_DATA_DIR"] = scratch
        os.environ["STUDIO_SECRET_BACKEND"] = "memory"
        with EmulatorServer(port=0, partial_delay=0.0) as server:
            provider = Provider(ProviderKind.EMULATOR, base_url=server.base_url)
            client = openai.OpenAI(base_url=server.base_url, api_key=KEY, max_retries=0)
            engine = Engine(provider, lambda: KEY)
            services = build_services(provider=provider, api_key=KEY)
            try:
                print(
                    f"Emulator at {server.base_url}, partial_delay=0; gpt-image-2 {SIZE} {QUALITY}"
                )
                print(f"median of {args.runs} interleaved runs per path")
                for partials, title in ((0, "non-streaming (one JSON response)"),
                                        (2, "streaming with 2 partial images")):  # fmt: skip
                    params = ImageParams(size=SIZE, quality=QUALITY, partial_images=partials)
                    request = ImageRequest(PROMPT, params, stream=partials > 0)
                    times = measure(
                        {
                            "bare SDK": sdk_call(client, partials),
                            "Engine.stream": engine_call(engine, request),
                            "JobRunner.run (+store)": runner_call(services, request),
                        },
                        args.runs,
                    )
                    report(title, times)
            finally:
                services.close()
                engine.close()
                client.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
