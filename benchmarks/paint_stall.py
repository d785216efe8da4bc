"""Largest UI event-loop gap while painting with the mouse on a 4096² (and 8192²) picture, vs idle.

In the real window (offscreen, build_main_window): brush, eraser, rectangle and lasso strokes
arrive as mouse events at 125 Hz through the event loop, and every case includes the pause
after it in which the mask encode (250 ms later), the focus box/edge timer and the cost timer
run. Then undo and redo of the big stroke and the rectangle. Each case prints its largest gap
and p99 next to the idle gap of the same run and the ratio.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
from collections.abc import Callable, Iterator

import window_env  # noqa: F401  (the environment, before studio is imported)
from open_large import photo
from PySide6.QtCore import QEvent, QEventLoop, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from stall_probe import StallProbe, add_argument
from ui_stall import TickRecorder, percentile, spin

from studio.app import build_main_window
from studio.ui import heap
from studio.ui.canvas.state import Tool
from studio.ui.canvas.view import CanvasView
from studio.ui.main_window import MainWindow
from studio.ui.regions import RegionController
from studio.ui.state.cost_state import CostState

FRAME_MS = 16.0
EVENT_MS = 8  # a mouse reports at 125 Hz
PAUSE_MS = 900  # after each case: the mask encode starts 250 ms after the last change
IDLE_MS = 2000  # the idle baseline, about as long as a case
BRUSH_FRACTION = 0.03  # brush diameter as a share of the picture's edge

Step = Callable[[], None]


def mouse(canvas: CanvasView, kind: QEvent.Type, x: float, y: float, held: bool) -> Step:
    """A step that sends one mouse event at image point (x, y) to the canvas's input widget."""

    def send() -> None:
        widget = canvas.input_widget()
        local = QPointF(canvas.map_from_image(x, y))
        button = (
            Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
        )
        buttons = Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton
        event = QMouseEvent(
            kind, local, widget.mapToGlobal(local), button, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(widget, event)

    return send


def drag(canvas: CanvasView, points: list[tuple[float, float]]) -> Iterator[Step]:
    press, move, release = (
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.MouseButtonRelease,
    )
    yield mouse(canvas, press, *points[0], True)
    for point in points[1:]:
        yield mouse(canvas, move, *point, True)
    yield mouse(canvas, release, *points[-1], False)


def zigzag(edge: int, events: int = 240) -> list[tuple[float, float]]:
    """A brisk stroke back and forth over the middle half of the picture."""
    points = []
    for i in range(events):
        t = i / (events - 1)
        x = edge * (0.25 + 0.5 * abs(math.sin(t * math.pi * 3)))
        y = edge * (0.3 + 0.4 * t)
        points.append((x, y))
    return points


def outline(edge: int, events: int = 200) -> list[tuple[float, float]]:
    """A freehand loop around most of the picture."""
    centre, radius = edge / 2, edge * 0.4
    return [
        (
            centre + radius * math.cos(2 * math.pi * i / events) * (1 + 0.05 * math.sin(9 * i)),
            centre + radius * math.sin(2 * math.pi * i / events),
        )
        for i in range(events + 1)
    ]


def run_steps(steps: Iterator[Step]) -> list[float]:
    """Feed ``steps`` one per EVENT_MS from the event loop, then pause; the gaps meanwhile."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(EVENT_MS)

    def next_step() -> None:
        step = next(steps, None)
        if step is None:
            timer.stop()
            QTimer.singleShot(PAUSE_MS, loop.quit)
            return
        step()

    timer.timeout.connect(next_step)
    recorder = TickRecorder()
    recorder.start()
    timer.start()
    loop.exec()
    return recorder.stop()


def spaced(actions: list[Step], gap_ms: int = 300) -> Iterator[Step]:
    """Undo/redo presses with room between them (each at least a keystroke apart)."""
    idle_ticks = max(1, gap_ms // EVENT_MS)
    for act in actions:
        yield act
        for _ in range(idle_ticks):
            yield lambda: None


def cases(
    window: MainWindow, edge: int
) -> Iterator[tuple[str, Tool, Callable[[], Iterator[Step]]]]:
    canvas = window.canvas
    stack = canvas.undo_stack
    low, high = edge * 0.1, edge * 0.9
    erase_line = [(edge * (0.2 + 0.6 * i / 79), edge * 0.5) for i in range(80)]
    rect = [(low + (high - low) * i / 40, low + (high - low) * i / 40) for i in range(41)]
    yield "brush stroke", Tool.BRUSH, lambda: drag(canvas, zigzag(edge))
    yield "eraser stroke", Tool.ERASER, lambda: drag(canvas, erase_line)
    yield "rectangle", Tool.RECT, lambda: drag(canvas, rect)
    yield "lasso", Tool.LASSO, lambda: drag(canvas, outline(edge))
    yield "undo x4", Tool.BRUSH, lambda: spaced([stack.undo] * 4)
    yield "redo x4", Tool.BRUSH, lambda: spaced([stack.redo] * 4)


def settle(window: MainWindow) -> None:
    """Until a lasso at 8192² has landed (it may take longer than the pause): otherwise it
    lands during the undo case, as a new step, and the undos go on to the picture itself."""
    document = window.canvas.document
    while document.selection.busy() or document.changing_mask():
        spin(0.05)
    document.wait_for_encodings()


def without_regions(window: MainWindow) -> None:
    """No edge preview and no focused-edit comparison: what painting itself costs."""
    regions = window.findChild(RegionController)
    cost = window.findChild(CostState)
    assert regions is not None and cost is not None
    regions.state.set_show_edge(False)
    cost.compare = None


def measure(edge: int, *, regions: bool, repeats: int) -> bool:
    """Each round: idle for as long as a brush stroke takes, then every case in turn."""
    window = build_main_window()
    heap.settle()  # as run_gui does once the window is wired
    if not regions:
        without_regions(window)
    window.resize(1400, 900)
    window.show()
    window.canvas.set_image(photo(edge))
    window.canvas.document.wait_for_load()
    state = window.canvas.tool_state
    state.set_brush_size(max(8, round(edge * BRUSH_FRACTION)))
    spin(0.3)
    window.canvas.document.wait_for_encodings()  # the picture's PNG: then the session saves
    spin(1.0)
    idle: list[list[float]] = []
    runs: dict[str, list[list[float]]] = {}
    for _ in range(repeats):
        idle.append(run_steps(spaced([lambda: None], IDLE_MS)))
        for name, tool, make in cases(window, edge):
            state.set_tool(tool)
            spin(0.2)
            runs.setdefault(name, []).append(run_steps(make()))
            settle(window)
    extra = "" if regions else " (edge preview and focus comparison off)"
    print(f"{edge}² picture{extra}, fit to view, brush {state.brush_size} px, {repeats} rounds")
    print("  largest gap: median of the rounds [lowest-highest]; p99: median of the rounds")
    base = report("idle", idle, None)
    worst = max(report(name, gaps, base) for name, gaps in runs.items())
    print(f"  worst case {worst:.1f} ms vs idle {base:.1f} ms ({worst / base:.1f}x), goal 16 ms")
    painted = window.canvas.has_mask()
    window.canvas.document.wait_for_encodings()
    window.close()
    return painted


def report(name: str, rounds: list[list[float]], idle: float | None) -> float:
    """Prints one line; returns the median of the rounds' largest gaps."""
    largest = sorted(max(gaps) for gaps in rounds)
    median = statistics.median(largest)
    p99 = statistics.median(percentile(gaps, 0.99) for gaps in rounds)
    spread = f"[{largest[0]:.0f}-{largest[-1]:.0f}]"
    ratio = f"({median / idle:4.1f}x idle)" if idle else "(baseline)  "
    verdict = "within" if median <= FRAME_MS else "OVER"
    print(
        f"  {name:<14} largest gap {median:6.1f} ms {spread:<10} p99 {p99:5.1f} ms  "
        f"{ratio}  [{verdict} a frame]"
    )
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edge", type=int, action="append", help="picture edge (repeatable)")
    parser.add_argument(
        "--without-regions",
        action="store_true",
        help="turn the mask edge preview and the focused-edit cost comparison off",
    )
    parser.add_argument("--repeat", type=int, default=3, help="rounds of every case (default 3)")
    add_argument(parser)
    args = parser.parse_args()
    StallProbe.install(args.why)
    from studio.ui.application import ensure_application

    ensure_application()
    ok = True
    for edge in args.edge or [4096, 8192]:
        ok = measure(edge, regions=not args.without_regions, repeats=args.repeat) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
