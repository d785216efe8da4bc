"""Largest UI event-loop gap while opening, pasting and restoring big pictures, vs idle.

In the real window (offscreen): a 1 ms timer records every gap from the moment the picture is
asked for until it is on the canvas. Prints the gap next to the idle baseline of the same run,
when the reduced preview and the picture appeared, and what the same decode and set-up cost
when done directly (what the UI thread used to wait for).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import window_env  # noqa: F401  (the environment, before studio is imported)
from PIL import Image, ImageChops
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QImage
from stall_probe import StallProbe, add_argument
from ui_stall import TickRecorder, spin

from studio.app import build_main_window
from studio.core.mask_io import export_png
from studio.ui import heap
from studio.ui.canvas.loader import decode_bytes, prepare
from studio.ui.drafts import DraftsController
from studio.ui.main_window import MainWindow
from studio.ui.widgets.history_panel import restore_mask

FRAME_MS = 16.0
SETTLE_MS = 400  # after the picture: the mask encode starts 250 ms after a mask change
CASES = ("open", "paste", "restore")
REPEATS = 3


def photo(edge: int) -> Image.Image:
    """Gradients under noise: compresses like a photograph (no big float arrays at 8192²)."""
    ramp = Image.linear_gradient("L").resize((edge, edge))
    noise = Image.effect_noise((edge, edge), 24)
    bands = (
        ramp,
        ramp.transpose(Image.Transpose.ROTATE_90),
        ramp.transpose(Image.Transpose.FLIP_TOP_BOTTOM),
    )
    return Image.merge("RGB", [ImageChops.add(b, noise, 1.0, -128) for b in bands])


def mask_png(edge: int) -> bytes:
    """A stored mask, written as the app writes the masks it keeps (export_png): transparent
    (edit) over the middle quarter, opaque elsewhere."""
    coverage = Image.new("L", (edge, edge), 0)
    coverage.paste(255, (edge // 4, edge // 4, 3 * edge // 4, 3 * edge // 4))
    return export_png(coverage)


def write_photo(edge: int, folder: Path) -> Path:
    path = folder / f"photo-{edge}.jpg"
    photo(edge).save(path, quality=90)
    return path


def until_loaded(window: MainWindow, start: object) -> tuple[list[float], float, float | None]:
    """Run ``start``; gaps until the picture is in place, seconds to preview and picture."""
    document = window.canvas.document
    marks: dict[str, float] = {}
    loop = QEventLoop()

    def on_loading() -> None:
        if document.loading_preview() is not None:
            marks.setdefault("preview", time.perf_counter())

    def on_image() -> None:
        marks["picture"] = time.perf_counter()
        QTimer.singleShot(SETTLE_MS, loop.quit)  # the repaint, mask encode and region timer

    document.loading_changed.connect(on_loading)
    document.image_changed.connect(on_image)
    recorder = TickRecorder()
    recorder.start()
    began = time.perf_counter()
    start()  # type: ignore[operator]
    if "picture" not in marks:
        loop.exec()
    gaps = recorder.stop()
    document.loading_changed.disconnect(on_loading)
    document.image_changed.disconnect(on_image)
    preview = marks["preview"] - began if "preview" in marks else None
    return gaps, marks["picture"] - began, preview


def measure(edge: int, folder: Path, only: list[str]) -> bool:
    path = write_photo(edge, folder)
    data = path.read_bytes()
    window = build_main_window()
    heap.settle()  # as the app does once its window is up: no full GC of start-up's objects
    window.resize(1400, 900)
    window.show()
    spin(0.5)
    recorder = TickRecorder()
    recorder.start()
    spin(1.0)
    idle = max(recorder.stop())
    controller = window.findChild(DraftsController)
    assert controller is not None
    clipboard = QImage(str(path))  # what a paste hands over: already decoded by its source
    mask = mask_png(edge)

    def restore() -> None:  # as History's Restore Version does: the picture, then its mask
        controller.apply_canvas(path, "job", "sha", "Restore Version")
        restore_mask(window.canvas, mask)

    cases = {
        "open": lambda: window.open_image(path),
        "paste": lambda: window.files.open_qimage(clipboard, "Pasted image"),
        "restore": restore,
    }
    print(f"{edge}x{edge} JPEG photo ({len(data) / 1e6:.1f} MB), idle max gap {idle:.1f} ms")
    print(f"  median of {REPEATS} runs each [lowest-highest]:")
    ok = True
    for name, start in cases.items():
        if name not in only:
            continue
        runs = []
        for _ in range(REPEATS):
            spin(0.3)
            gaps, picture_s, preview_s = until_loaded(window, start)
            runs.append((max(gaps), picture_s, preview_s or float("nan")))
            ok = ok and window.canvas.picture_size() == (edge, edge)
        worst = statistics.median(r[0] for r in runs)
        spread = f"[{min(r[0] for r in runs):.0f}-{max(r[0] for r in runs):.0f}]"
        preview_s = statistics.median(r[2] for r in runs)
        picture_s = statistics.median(r[1] for r in runs)
        print(
            f"  {name:<8} max gap {worst:6.1f} ms {spread:<10} ({worst / idle:4.1f}x idle)  "
            f"preview after {preview_s:.2f} s, picture after {picture_s:.2f} s  "
            f"[{'within' if worst <= FRAME_MS else 'over'} a frame]"
        )
    began = time.perf_counter()
    prepare(decode_bytes(data, path.name))
    print(f"  for reference, decode and set-up done directly: {time.perf_counter() - began:.2f} s")
    window.canvas.document.wait_for_encodings()
    window.close()
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edge", type=int, action="append", help="picture edge (repeatable)")
    parser.add_argument("--case", choices=CASES, action="append", help="only this case")
    add_argument(parser)
    args = parser.parse_args()
    StallProbe.install(args.why)
    from studio.ui.application import ensure_application

    ensure_application()
    ok = True
    with tempfile.TemporaryDirectory(prefix="studio-open-") as folder:
        for edge in args.edge or [4096, 8192]:
            ok = measure(edge, Path(folder), args.case or list(CASES)) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
