"""UI event-loop stalls from pressing Generate on a large masked edit, in the real window.

The worst case for the canvas: a pasted picture (no file bytes to reuse, so it must be
encoded as PNG) with a freshly painted mask, and Generate pressed at once. Prints the longest
gap of a 1 ms timer from the paste until the job ends, the time until the job was submitted,
and how long the same encodes take when done directly (what the UI thread used to wait for).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("STUDIO_DATA_DIR", tempfile.mkdtemp(prefix="studio-bench-"))
os.environ.setdefault("STUDIO_CONFIG_DIR", tempfile.mkdtemp(prefix="studio-bench-cfg-"))
os.environ["STUDIO_SECRET_BACKEND"] = "memory"

import numpy as np
from PIL import Image
from PySide6.QtCore import QEventLoop
from stall_probe import StallProbe, add_argument
from ui_stall import TickRecorder, external_emulator, spin, summary

from studio.app import build_main_window
from studio.core.engine import Engine
from studio.core.mask_io import export_png
from studio.core.providers import DEMO_KEY, Provider
from studio.ui import heap
from studio.ui.canvas.encoder import encode_picture
from studio.ui.generation import GenerationController


def photo(edge: int) -> Image.Image:
    """Smooth gradients plus sensor-like noise: compresses like a photograph, not a test card."""
    rng = np.random.default_rng(7)
    ramp = np.linspace(0, 255, edge)
    base = ramp[None, :] * 0.5 + ramp[:, None] * 0.5
    pixels = np.stack([base, base[::-1], base.T], axis=-1) + rng.normal(0, 8, (edge, edge, 3))
    return Image.fromarray(pixels.clip(0, 255).astype("uint8"))


def _demo_key() -> str:
    return DEMO_KEY


def measure(edge: int, base_url: str) -> bool:
    window = build_main_window(demo=True)
    controller = window.findChild(GenerationController)
    assert controller is not None
    controller.jobs.runner.engine = Engine(Provider.emulator(base_url), _demo_key)
    heap.settle()
    window.resize(1400, 900)
    window.show()
    picture = photo(edge)
    state = controller.request_state
    state.set_prompt("replace the centre with a lighthouse")
    state.update_params(size="1024x1024", quality="low", partial_images=1)
    spin(0.3)

    recorder = TickRecorder()
    pasted = time.perf_counter()
    window.canvas.set_image(picture)  # as a paste: nothing to reuse, the PNG must be encoded
    quarter = edge // 4
    window.canvas.document.rectangle((quarter, quarter), (3 * quarter, 3 * quarter))
    paste_ms = (time.perf_counter() - pasted) * 1000
    recorder.start()
    started = time.perf_counter()
    loop = QEventLoop()
    submitted: list[float] = []
    controller.jobs.job_added.connect(lambda _t: submitted.append(time.perf_counter()))
    controller.jobs.job_finished.connect(loop.quit)
    controller.generate_action.trigger()
    pressed = time.perf_counter()
    loop.exec()
    gaps = recorder.stop()
    info = controller.jobs.job(controller.followed or "")
    total = time.perf_counter() - started

    print(f"{edge}x{edge} pasted picture, painted mask, Generate pressed at once:")
    print(f"  paste and mask (UI thread, before the clock starts): {paste_ms:.0f} ms")
    print(f"  {info.phase.value}; Generate returned in {(pressed - started) * 1000:.1f} ms")
    if submitted:
        print(f"  job submitted after {submitted[0] - started:.2f} s (encodes on a pool thread)")
    print(f"  job ended after {total:.2f} s")
    print("  " + summary("UI gaps", gaps) + "  (from Generate to the end of the job)")
    direct = time.perf_counter()
    encode_picture(picture)
    picture_s = time.perf_counter() - direct
    coverage = window.canvas.document.coverage()
    assert coverage is not None
    direct = time.perf_counter()
    export_png(coverage)
    mask_s = time.perf_counter() - direct
    print(f"  for reference, encoding directly: picture {picture_s:.2f} s, mask {mask_s:.2f} s")
    controller.jobs.shutdown()
    window.canvas.document.wait_for_encodings()
    window.close()
    return info.phase.value == "completed"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edge", type=int, action="append", help="picture edge (repeatable)")
    add_argument(parser)
    args = parser.parse_args()
    StallProbe.install(args.why)
    from studio.ui.application import ensure_application

    ensure_application()
    process, url = external_emulator()
    ok = True
    try:
        for edge in args.edge or [2048, 4096]:
            ok = measure(edge, url) and ok
    finally:
        process.terminate()
        process.wait(5)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
