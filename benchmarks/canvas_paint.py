"""Time per brush segment on 1024² and 4096² pictures, and mask export on 4096², offscreen."""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from studio.core.mask import MaskModel
from studio.ui.canvas.document import CanvasDocument
from studio.ui.canvas.state import CanvasToolState
from studio.ui.canvas.view import CanvasView

SEGMENTS = 400
STEP = 6.0  # pixels between mouse events, as in a brisk stroke
BRUSH = 40


def stroke_points(size: int) -> list[tuple[float, float]]:
    """A continuous zig-zag around the picture's centre, the same shape at every size."""
    centre = size / 2
    points = []
    for i in range(SEGMENTS + 1):
        sweep = (i * STEP) % 1200
        x = sweep if (i * STEP) // 1200 % 2 == 0 else 1200 - sweep
        points.append((centre - 600 + x, centre - 100 + (i % 40) * 2.5))
    return points


def time_model(size: int) -> float:
    mask = MaskModel(size, size)
    points = stroke_points(size)
    mask.begin_edit()
    began = time.perf_counter()
    for start, end in itertools.pairwise(points):
        mask.stroke_segment(start, end, BRUSH / 2, 0.8)
    elapsed = time.perf_counter() - began
    mask.end_edit()
    return elapsed / SEGMENTS * 1000


def time_canvas(app: QApplication, size: int) -> tuple[float, float]:
    """Median and 90th percentile ms per segment: mask op, overlay bytes, and its repaint."""
    state = CanvasToolState()
    state.set_brush_size(BRUSH)
    state.set_hardness(0.8)
    document = CanvasDocument()
    canvas = CanvasView(document, state)
    canvas.resize(1400, 1000)
    canvas.show()
    document.set_image(Image.new("RGB", (size, size), (120, 130, 140)))
    canvas.set_zoom(1.0, QPointF(canvas.rect().center()))
    app.processEvents()
    document.begin_stroke()
    samples = []
    points = stroke_points(size)
    for start, end in itertools.pairwise(points):
        began = time.perf_counter()
        document.stroke_segment(start, end, BRUSH / 2, state.hardness, False)
        app.processEvents()  # delivers the dirty-rect paint event
        samples.append((time.perf_counter() - began) * 1000)
    document.end_stroke("Brush Stroke")
    canvas.close()
    return statistics.median(samples), statistics.quantiles(samples, n=10)[-1]


def time_export(size: int) -> tuple[float, float, int]:
    document = CanvasDocument()
    document.set_image(Image.new("RGB", (size, size)))
    document.rectangle((100, 100), (size // 2, size // 3))
    for start, end in itertools.pairwise(stroke_points(size)):
        document.begin_stroke()
        document.stroke_segment(start, end, BRUSH / 2, 0.5, False)
        document.end_stroke("Brush Stroke")
    began = time.perf_counter()
    png = document.mask_png()
    png_ms = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    document.mask_image()
    qimage_ms = (time.perf_counter() - began) * 1000
    return png_ms, qimage_ms, len(png)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"Brush {BRUSH} px, hardness 80 %, {SEGMENTS} segments of ~{STEP:.0f} px, zoom 100 %")
    for size in (1024, 4096):
        model_ms = time_model(size)
        median_ms, p90_ms = time_canvas(app, size)
        print(
            f"{size}x{size}: {median_ms:.3f} ms/segment median, {p90_ms:.3f} ms 90th percentile "
            f"(mask op alone: {model_ms:.3f} ms mean)"
        )
    png_ms, qimage_ms, nbytes = time_export(4096)
    print(
        f"Mask export 4096x4096: PNG {png_ms:.1f} ms ({nbytes / 1024:.0f} KiB), "
        f"mask_image() QImage {qimage_ms:.1f} ms"
    )


if __name__ == "__main__":
    main()
