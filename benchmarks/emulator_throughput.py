"""Measure the emulator: generation latency per size, concurrent throughput, stream pacing."""

from __future__ import annotations

import functools
import itertools
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import openai

from studio.emulator.server import EmulatorServer

SIZES = ("1024x1024", "1536x1024", "2048x2048", "3840x2160")
FORMATS = ("png", "jpeg", "webp")


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def latency(client: openai.OpenAI, repeats: int = 3) -> None:
    print("single generation latency (median of", repeats, "runs, seconds)")
    for size in SIZES:
        cells = []
        for output_format in FORMATS:
            call = functools.partial(
                client.images.generate,
                model="gpt-image-2",
                prompt="benchmark",
                size=size,
                output_format=output_format,
            )
            times = [_timed(call) for _ in range(repeats)]
            cells.append(f"{output_format} {statistics.median(times):.3f}")
        print(f"  {size:>10}: " + "  ".join(cells))


def throughput(client: openai.OpenAI, workers: int = 4, requests: int = 16) -> None:
    def one(_: int) -> None:
        client.images.generate(model="gpt-image-2", prompt="load", output_format="jpeg")

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, range(requests)))
    elapsed = time.perf_counter() - start
    print(f"{requests} jpeg 1024x1024 generations on {workers} threads: {requests / elapsed:.1f}/s")


def stream_pacing(server: EmulatorServer, client: openai.OpenAI, delay: float = 0.2) -> None:
    server.partial_delay = delay
    start = time.perf_counter()
    arrivals = [
        time.perf_counter() - start
        for _ in client.images.generate(
            model="gpt-image-2", prompt="stream", stream=True, partial_images=3
        )
    ]
    server.partial_delay = 0.0
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    print(f"stream with partial_delay={delay}: first event {arrivals[0]:.3f}s, gaps", end=" ")
    print(", ".join(f"{gap:.3f}" for gap in gaps))


def main() -> None:
    with (
        EmulatorServer() as server,
        openai.OpenAI(base_url=server.base_url, api_key="bench", max_retries=0) as client,
    ):
        latency(client)
        throughput(client)
        stream_pacing(server, client)


if __name__ == "__main__":
    main()
