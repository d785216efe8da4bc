"""UI event-loop stalls from pressing Generate on a large masked edit, in the real window.

The worst case for the canvas: a pasted picture (no file bytes to reuse, so it must be
encoded as PNG) with a freshly painted mask, and Generate pressed as soon as they are drawn
(the encodes they start still under way: no hand is quicker). Prints the longest
gap and the p99 of a 1 ms timer from Generate until the result is staged on the canvas and
drawn, next to the gaps of the same window at rest for as long, afterwards, and their ratio;
when the job was submitted, ended and staged; with --repeat, the median over the runs; with
--reference, how long the encodes take when done directly.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from typing import NamedTuple

import numpy as np
import window_env  # noqa: F401  (the environment, before studio is imported)
from PIL import Image
from PySide6.QtCore import QEventLoop, QTimer
from stall_probe import StallProbe, add_argument
from ui_stall import TickRecorder, external_emulator, spin, summary

from studio.app import build_main_window
from studio.core.engine import Engine
from studio.core.mask_io import export_png
from studio.core.providers import DEMO_KEY, Provider
from studio.ui import heap
from studio.ui.canvas.encoder import encode_picture
from studio.ui.canvas.staging import StagingController
from studio.ui.generation import GenerationController
from studio.ui.main_window import MainWindow

FRAME_MS = 16.0
SETTLE_S = 1.5
SHOWN_MS = 300
DRAWN_S = 0.05  # the paste's and the mask's own first frame: open_large.py measures those


class Run(NamedTuple):
    done: bool  # completed and staged
    worst: float  # the largest gap, ms
    calm: float  # the largest gap of the window at rest as long
    own: float  # the largest gap less the UI thread's waits for a CPU in it
    own_calm: float


def _own(gaps: list[float], waits: list[float]) -> list[float]:
    """Each gap less the time the UI thread sat runnable without a CPU in it."""
    return [gap - wait for gap, wait in zip(gaps, waits, strict=True)]


def photo(edge: int) -> Image.Image:
    """Smooth gradients plus sensor-like noise: compresses like a photograph, not a test card."""
    rng = np.random.default_rng(7)
    ramp = np.linspace(0, 255, edge)
    base = ramp[None, :] * 0.5 + ramp[:, None] * 0.5
    pixels = np.stack([base, base[::-1], base.T], axis=-1) + rng.normal(0, 8, (edge, edge, 3))
    return Image.fromarray(pixels.clip(0, 255).astype("uint8"))


def _demo_key() -> str:
    return DEMO_KEY


def until_staged(
    window: MainWindow, controller: GenerationController
) -> tuple[list[float], list[float], dict]:
    """Press Generate; gaps until the result is staged on the canvas and drawn, how long the
    UI thread waited for a CPU in each, and when the job was submitted, ended and its result
    staged (seconds after the press)."""
    staging = window.findChild(StagingController)
    assert staging is not None
    marks: dict[str, float] = {}
    loop = QEventLoop()

    def on_added(_ticket: str) -> None:
        marks.setdefault("submitted", time.perf_counter())

    def on_partial(*_args: object) -> None:
        marks.setdefault("partial arrived", time.perf_counter())

    def on_finished(_ticket: str, _event: object) -> None:
        marks["ended"] = time.perf_counter()
        if staging.current() is None:
            QTimer.singleShot(SHOWN_MS, loop.quit)  # a failed job stages nothing

    def on_staged() -> None:
        if staging.current() is not None and "staged" not in marks:
            marks["staged"] = time.perf_counter()
            QTimer.singleShot(SHOWN_MS, loop.quit)  # include the repaint and what follows

    controller.jobs.job_added.connect(on_added)
    controller.jobs.partial_arrived.connect(on_partial)
    controller.jobs.job_finished.connect(on_finished)
    staging.changed.connect(on_staged)
    recorder = TickRecorder(cpu_waits=True)
    recorder.start()
    began = time.perf_counter()
    controller.generate_action.trigger()
    marks["returned"] = time.perf_counter()
    loop.exec()
    gaps = recorder.stop()
    for signal, slot in (
        (controller.jobs.job_added, on_added),
        (controller.jobs.partial_arrived, on_partial),
        (controller.jobs.job_finished, on_finished),
        (staging.changed, on_staged),
    ):
        signal.disconnect(slot)
    return gaps, recorder.waits_ms or [], {name: at - began for name, at in marks.items()}


def measure(edge: int, base_url: str, run: int) -> Run:
    """One run; whether it completed and was staged, its largest gap and its idle one."""
    window = build_main_window(demo=True)
    controller = window.findChild(GenerationController)
    assert controller is not None
    controller.jobs.runner.engine = Engine(Provider.emulator(base_url), _demo_key)
    heap.settle()
    window.resize(1400, 900)
    window.show()
    picture = photo(edge)
    state = controller.request_state
    state.set_prompt(f"replace the centre with a lighthouse, run {run}")  # never cached
    state.update_params(size="1024x1024", quality="low", partial_images=1)
    spin(SETTLE_S)  # the window's own start-up work done
    pasted = time.perf_counter()
    window.canvas.set_image(picture)  # as a paste: nothing to reuse, the PNG must be encoded
    quarter = edge // 4
    window.canvas.document.rectangle((quarter, quarter), (3 * quarter, 3 * quarter))
    window.canvas.document.finish_mask_work()  # made a band a turn otherwise: paint_stall's part
    paste_ms = (time.perf_counter() - pasted) * 1000
    spin(DRAWN_S)
    gaps, waits, marks = until_staged(window, controller)
    info = controller.jobs.job(controller.followed or "")
    # The window at rest for as long as Generate was measured, once what follows a job (the
    # thumbnail, the session's save) is done: a largest gap depends on how long one looks,
    # and this machine's own gaps come and go.
    spin(SETTLE_S)
    recorder = TickRecorder(cpu_waits=True)
    recorder.start()
    spin(sum(gaps) / 1000)
    idle = recorder.stop()
    own, own_idle = _own(gaps, waits), _own(idle, recorder.waits_ms or [])

    print(f"{edge}x{edge} pasted picture, painted mask, Generate pressed once drawn (run {run}):")
    print(f"  paste and mask (UI thread, before the clock starts): {paste_ms:.0f} ms")
    print(f"  {info.phase.value}; Generate returned in {marks['returned'] * 1000:.1f} ms")
    if info.error is not None:
        print(f"  the job failed: {info.error}")
    for name in ("submitted", "partial arrived", "ended", "staged"):
        if name in marks:
            print(f"  job {name} after {marks[name]:.2f} s")
    print("  " + summary("generate", gaps) + "  (from Generate until the result is shown)")
    print("  " + summary("idle", idle) + "  (the window at rest, as long)")
    late = _over_a_frame(gaps)
    if late:
        print("  over a frame: " + ", ".join(f"{ms:.0f} ms at {at:.2f} s" for at, ms in late))
    worst, calm = max(gaps), max(idle)
    verdict = "within" if worst <= FRAME_MS else "over"
    over = sum(gap > FRAME_MS for gap in gaps), sum(gap > FRAME_MS for gap in idle)
    print(
        f"  largest gap {worst:.1f} ms = {worst / calm:.1f}x idle ({verdict} a frame); "
        f"gaps over a frame: {over[0]}, at rest {over[1]}"
    )
    print(
        f"  less the UI thread's waits for a CPU (the host's, other programs' and the niced "
        f"pool threads' slices): largest {max(own):.1f} ms, at rest {max(own_idle):.1f} ms; "
        f"over a frame: {sum(gap > FRAME_MS for gap in own)}"
    )
    controller.jobs.shutdown()
    window.canvas.document.wait_for_encodings()
    window.close()
    done = info.phase.value == "completed" and "staged" in marks
    return Run(done, worst, calm, max(own), max(own_idle))


def _over_a_frame(gaps: list[float]) -> list[tuple[float, float]]:
    """Each gap over a frame and when it ended, in seconds after Generate was pressed (to set
    beside the job's marks)."""
    found, clock = [], 0.0
    for gap in gaps:
        clock += gap
        if gap > FRAME_MS:
            found.append((clock / 1000, gap))
    return found


def overall(edge: int, runs: list[Run]) -> None:
    """With several runs: on 2 shared cores one run's largest gap is partly the machine's."""
    if len(runs) < 2:
        return
    for label, worst, calm in (
        ("largest gap", [run.worst for run in runs], [run.calm for run in runs]),
        ("less CPU waits", [run.own for run in runs], [run.own_calm for run in runs]),
    ):
        worst, calm = sorted(worst), sorted(calm)
        within = sum(value <= FRAME_MS for value in worst)
        print(
            f"{edge}x{edge}, {len(runs)} runs, {label}: median {statistics.median(worst):.1f} ms "
            f"(runs {worst[0]:.1f}-{worst[-1]:.1f}), {within} of {len(runs)} within a frame; "
            f"at rest as long: median {statistics.median(calm):.1f} ms "
            f"(runs {calm[0]:.1f}-{calm[-1]:.1f})"
        )


def reference(edge: int) -> None:
    """What the UI thread used to wait for: the encodes done directly."""
    picture = photo(edge)
    direct = time.perf_counter()
    encode_picture(picture)
    picture_s = time.perf_counter() - direct
    coverage = Image.new("L", picture.size, 0)
    coverage.paste(255, (edge // 4, edge // 4, 3 * edge // 4, 3 * edge // 4))
    direct = time.perf_counter()
    export_png(coverage)
    mask_s = time.perf_counter() - direct
    print(f"  for reference, encoding directly: picture {picture_s:.2f} s, mask {mask_s:.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edge", type=int, action="append", help="picture edge (repeatable)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per edge (default 1)")
    parser.add_argument("--reference", action="store_true", help="also time the encodes alone")
    add_argument(parser)
    args = parser.parse_args()
    StallProbe.install(args.why)
    from studio.ui.application import ensure_application

    ensure_application()
    process, url = external_emulator()
    ok = True
    try:
        for edge in args.edge or [2048, 4096]:
            runs = [measure(edge, url, run) for run in range(1, args.repeat + 1)]
            ok = all(run.done for run in runs) and ok
            overall(edge, runs)
            if args.reference:
                reference(edge)
    finally:
        process.terminate()
        process.wait(5)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
