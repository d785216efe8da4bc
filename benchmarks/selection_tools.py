"""Each selection tool at 4096², next to a plain numpy pass over the same picture (the baseline).

Prints milliseconds (median of a few runs) and the ratio to the baseline; the pool-thread part
(the tool's computation) and the UI-thread part (landing the result on the mask as one undo
step) are timed separately, since only the second can stall the window.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from PIL import Image, ImageDraw
from PySide6.QtWidgets import QApplication

from studio.core.imaging import masks, selection, subject
from studio.core.mask import Box, MaskPatch, combine
from studio.ui.canvas.document import CanvasDocument
from studio.ui.canvas.selection_ops import Replace


def picture(size: int) -> np.ndarray:
    """A noisy gradient with a flat red disc and a textured square: something to select."""
    rng = np.random.default_rng(1)
    ramp = np.linspace(40, 200, size, dtype=np.float32)
    base = np.stack([ramp[None, :].repeat(size, 0), ramp[:, None].repeat(size, 1)], axis=2)
    base = np.concatenate([base, np.full((size, size, 1), 120, np.float32)], axis=2)
    base += rng.normal(0, 6, (size, size, 3)).astype(np.float32)
    image = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    third = size // 3
    draw.ellipse((third, third, 2 * third, 2 * third), fill=(220, 30, 30))
    return np.asarray(image)


def lasso_points(size: int, count: int = 600) -> list[tuple[float, float]]:
    """A wobbly freehand loop over most of the picture."""
    centre, radius = size / 2, size * 0.42
    return [
        (
            centre + radius * (1 + 0.05 * math.sin(9 * t)) * math.cos(t),
            centre + radius * (1 + 0.05 * math.sin(9 * t)) * math.sin(t),
        )
        for t in (2 * math.pi * i / count for i in range(count))
    ]


def timed(
    run: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None
) -> float:
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=4096)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    size, repeat = args.size, args.repeat
    pixels = picture(size)
    baseline = timed(lambda: np.count_nonzero(pixels > 127), repeat)
    print(f"{size}x{size} RGB; baseline (numpy: count of bytes > 127, one pass): {baseline:.1f} ms")
    print(f"{'operation':44} {'ms':>9} {'× baseline':>11}")

    def report(name: str, ms: float) -> None:
        print(f"{name:44} {ms:9.1f} {ms / baseline:11.1f}")

    for name, ms in pool_timings(pixels, repeat):
        report(name, ms)
    for name, ms in ui_timings(pixels, repeat):
        report(name, ms)


def pool_timings(pixels: np.ndarray, repeat: int) -> list[tuple[str, float]]:
    size = pixels.shape[0]
    third = size // 3
    centre = (size // 2, size // 2)
    disc = Image.new("L", (size, size), 0)
    ImageDraw.Draw(disc).ellipse((third, third, 2 * third, 2 * third), fill=255)
    box = Box(third - 100, third - 100, 2 * third + 100, 2 * third + 100)
    rows = [
        ("polygon lasso, 4 corners over the picture", lambda: selection.polygon(
            [(10.5, 10.5), (size - 20.5, 40.5), (size - 60.5, size - 10.5), (30.5, size - 80.5)],
            size, size)),
        ("freehand lasso, 600 points", lambda: selection.polygon(lasso_points(size), size, size)),
        ("magic wand, contiguous (disc)", lambda: selection.magic_wand(pixels, centre, 32)),
        ("magic wand, not contiguous", lambda: selection.magic_wand(pixels, centre, 32, False)),
        ("object selection (GrabCut), box round disc", lambda: selection.grabcut(pixels, box)),
        ("object refine: one outside click", lambda: selection.grabcut(
            pixels, box, [selection.Hint(third - 50, third - 50, inside=False)])),
        ("grow 16 px", lambda: masks.grow(disc, 16)),
        ("shrink 16 px", lambda: masks.shrink(disc, 16)),
        ("feather 16 px", lambda: masks.feather(disc, 16)),
        ("smooth 4 px", lambda: selection.smooth(disc, 4)),
    ]  # fmt: skip
    results = [(name, timed(run, repeat)) for name, run in rows]
    if subject.unavailable_reason() is None:
        model = subject.SubjectModel()
        image = Image.fromarray(pixels)
        started = time.perf_counter()
        model.select(image)
        results.append(("select subject, first (loads model)", _ms_since(started)))
        results.append(("select subject", timed(lambda: model.select(image), repeat)))
    else:
        print(f"select subject not timed: {subject.unavailable_reason()}")
    return results


def ui_timings(pixels: np.ndarray, repeat: int) -> list[tuple[str, float]]:
    """What the UI thread pays when a result lands: merge or replace, plus the undo record."""
    QApplication.instance() or QApplication([])
    size = pixels.shape[0]
    document = CanvasDocument()
    document.set_image(Image.fromarray(pixels))
    found = selection.magic_wand(pixels, (size // 2, size // 2), 32)
    assert found is not None
    whole = selection.polygon(lasso_points(size), size, size)
    assert whole is not None
    disc = Image.new("L", (size, size), 0)
    ImageDraw.Draw(disc).ellipse((size // 4, size // 4, 3 * size // 4, 3 * size // 4), fill=255)
    change = Replace.between(disc, masks.grow(disc, 16), 0, "")
    assert change.patch is not None
    patch = change.patch

    def with_disc() -> None:
        document.clear()
        document.replace_mask(disc)

    empty = Image.new("L", (size, size), 0)

    def merge(sel: selection.Selection) -> Callable[[], None]:
        """As SelectionOps lands it: the merged box was computed on the pool thread."""
        merged = combine(empty.crop(sel.box.as_tuple()), sel.image(), False)
        patch = MaskPatch(sel.box, merged)
        return lambda: document.paste_mask(patch, "")

    return [
        ("UI thread: land wand result", timed(merge(found), repeat, document.clear)),
        ("UI thread: land lasso result", timed(merge(whole), repeat, document.clear)),
        ("UI thread: land a grow 16 px of a big disc", timed(
            lambda: document.paste_mask(patch, ""), repeat, with_disc)),
        ("UI thread: mask snapshot for grow…", timed(document.coverage, repeat)),
    ]  # fmt: skip


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


if __name__ == "__main__":
    main()
