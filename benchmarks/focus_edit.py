"""A focused edit vs a full-frame edit of a small mask on a large photo, through the emulator.

For a 6000x4000 photo with a 400x300 mask: the size sent, tokens (estimated and billed) and
dollars of each, the edited region's resolution (output pixels per source pixel along an edge,
and per area), and the ratios. Also the milliseconds to composite each result back.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import threading
import time

os.environ.setdefault("STUDIO_DATA_DIR", tempfile.mkdtemp(prefix="studio-bench-"))
os.environ.setdefault("STUDIO_CONFIG_DIR", tempfile.mkdtemp(prefix="studio-bench-cfg-"))
os.environ["STUDIO_SECRET_BACKEND"] = "memory"

import numpy as np
from PIL import Image

from studio.core.events import Completed, Failed, JobEvent
from studio.core.imageio import png_bytes
from studio.core.imaging.focus import region_scale
from studio.core.mask_io import export_png
from studio.core.providers import DEMO_KEY, Provider
from studio.core.regions import focused_edit, plan_focused
from studio.core.requests import ImageParams, ImageRequest, InputImage, parse_size
from studio.core.runner import JobOptions
from studio.core.services import build_services
from studio.core.sizing import matching_size
from studio.emulator.server import EmulatorServer


def photo(width: int, height: int) -> Image.Image:
    """Smooth gradients plus sensor-like noise: compresses like a photograph."""
    rng = np.random.default_rng(7)
    x = np.linspace(0, 255, width)[None, :]
    y = np.linspace(0, 255, height)[:, None]
    base = np.stack([0.6 * x + 0.4 * y, 0.3 * x + 0.7 * y, 255 - 0.5 * (x + y)], -1)
    noisy = base + rng.normal(0, 6, (height, width, 3))
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8), "RGB")


def run(services, request: ImageRequest, options: JobOptions) -> tuple[Completed, float]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    final: JobEvent | None = None
    for event in services.runner.run(request, options, threading.Event()):
        final = event
    if isinstance(final, Failed):
        raise SystemExit(f"the job failed: {final.message}")
    assert isinstance(final, Completed)
    return final, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--width", type=int, default=6000)
    parser.add_argument("--height", type=int, default=4000)
    parser.add_argument("--mask", default="400x300", help="the masked rectangle, WxH")
    parser.add_argument("--context", type=int, default=128)
    parser.add_argument("--quality", default="high")
    args = parser.parse_args()
    mask_w, mask_h = parse_size(args.mask) or (400, 300)
    picture = photo(args.width, args.height)
    coverage = Image.new("L", picture.size, 0)
    left, top = (args.width - mask_w) // 2, (args.height - mask_h) // 2
    coverage.paste(255, (left, top, left + mask_w, top + mask_h))
    with EmulatorServer(port=0, partial_delay=0.0) as server:
        services = build_services(provider=Provider.emulator(server.base_url), api_key=DEMO_KEY)
        spec = services.catalog.get("gpt-image-2")
        size = matching_size(services.catalog, spec, *picture.size)
        params = ImageParams(quality=args.quality, size=size)
        image = InputImage(png_bytes(picture, compress_level=1), "photo.png")
        full = ImageRequest("a red kite in the sky", params, (image,), export_png(coverage))
        options = JobOptions(use_cache=False)
        plan = plan_focused(full, services.catalog, args.context)
        assert plan is not None
        focused = focused_edit(full, options, plan)
        rows = []
        for label, request, opts, scale in (
            ("full frame", full, options, region_scale(picture.size, parse_size(size) or (1, 1))),
            ("focused", focused.request, focused.options, plan.scale),
        ):
            estimate = services.runner.prepare(request, use_cache=False).estimate
            done, seconds = run(services, request, opts)
            rows.append((label, request.params.size, estimate, done, scale, seconds))
        services.close()
    crop = f"{plan.crop_size[0]}x{plan.crop_size[1]}"
    print(f"{args.width}x{args.height} photo, {mask_w}x{mask_h} mask, quality {args.quality}, "
          f"context {args.context}px; focus crop {crop}")  # fmt: skip
    print(f"{'':<11}{'sent':>11}{'est in':>8}{'est out':>8}{'billed in':>10}{'billed out':>11}"
          f"{'USD':>9}{'px/src px':>10}{'per area':>9}{'job s':>7}")  # fmt: skip
    for label, sent, est, done, scale, seconds in rows:
        billed_in = done.usage.input_tokens if done.usage else 0
        billed_out = done.usage.output_tokens if done.usage else 0
        print(f"{label:<11}{sent:>11}{est.input_tokens:>8}{est.output_tokens:>8}"
              f"{billed_in:>10}{billed_out:>11}{done.cost_usd or 0:>9.4f}"
              f"{scale:>10.3f}{scale * scale:>9.3f}{seconds:>7.2f}")  # fmt: skip
    (_, _, full_est, full_done, full_scale, _), (_, _, f_est, f_done, f_scale, _) = rows
    print(f"focused / full frame: {f_done.cost_usd / full_done.cost_usd:.3f} of the dollars, "
          f"{f_est.output_tokens / full_est.output_tokens:.3f} of the output tokens, "
          f"{f_scale / full_scale:.2f}x the edge resolution "
          f"({(f_scale / full_scale) ** 2:.2f}x the pixels) in the edited region")  # fmt: skip


if __name__ == "__main__":
    main()
