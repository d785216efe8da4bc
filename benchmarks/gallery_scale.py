"""Gallery at scale: 500 results — time to first paint, scroll frame time and resident memory."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("STUDIO_DATA_DIR", tempfile.mkdtemp(prefix="studio-bench-"))

from PIL import Image, ImageDraw
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from studio.core.requests import ImageParams, ImageRequest
from studio.core.session import GalleryEntry
from studio.core.store import Store
from studio.ui.state.gallery_model import GalleryModel, item_from_record
from studio.ui.thumbnails import ThumbnailCache
from studio.ui.widgets.gallery_view import GalleryView

COUNT = int(os.environ.get("GALLERY_BENCH_COUNT", "500"))
SIDE = 1024


def rss_mb() -> float:
    """Resident set size from /proc (psutil is not installed)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def make_results(store: Store, count: int) -> list[GalleryEntry]:
    entries = []
    for i in range(count):
        image = Image.new("RGB", (SIDE, SIDE), ((i * 37) % 256, (i * 91) % 256, (i * 53) % 256))
        ImageDraw.Draw(image).ellipse(
            (100 + i % 300, 100, 700, 700 + i % 300), fill=(240, 240, 240)
        )
        request = ImageRequest(f"result {i}", ImageParams(quality="low", size="1024x1024"))
        job_id = store.begin_job(request, fingerprint=str(i), estimate_usd=0.011, mode="draft")
        store.add_image(job_id, "output", _png(image))
        store.finish_job(job_id, status="completed", cost_usd=0.011, duration_s=3.0)
        entries.append(GalleryEntry(job_id))
    return entries


def _png(image: Image.Image) -> bytes:
    import io

    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def wait(app: QApplication, done, timeout: float = 60.0) -> float:
    start = time.perf_counter()
    while not done() and time.perf_counter() - start < timeout:
        app.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - start


def visible_loaded(view: GalleryView, model: GalleryModel, cache: ThumbnailCache) -> bool:
    viewport = view.viewport().rect()
    rows = [
        r for r in range(model.rowCount()) if view.visualRect(model.index(r)).intersects(viewport)
    ]
    return not cache.is_pending() and all(model.item(r).image_path in cache._pixmaps for r in rows)


def open_gallery(app: QApplication, store: Store, entries: list[GalleryEntry], label: str) -> None:
    cache = ThumbnailCache(disk_dir=store.root / "thumbnails")
    model = GalleryModel(cache)
    items = []
    for entry in entries:
        record, ref = store.job(entry.job_id), store.job_images(entry.job_id, "output")[0]
        items.append(item_from_record(record, entry, store.image_path(ref), ref.sha256))
    view = GalleryView(model)
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    view.resize(1200, 800)
    start = time.perf_counter()
    model.add_items(items)
    view.show()
    first_paint = start + wait(app, lambda: counter.paints > 0) - start
    thumbs = wait(app, lambda: visible_loaded(view, model, cache)) + first_paint
    print(f"[{label}] time to first paint: {first_paint * 1000:.1f} ms; "
          f"first screen of thumbnails: {thumbs * 1000:.0f} ms")  # fmt: skip
    scroll(app, view, label)
    print(f"[{label}] thumbnails resident: {len(cache)} "
          f"({cache.resident_bytes() / 1e6:.1f} MB); RSS {rss_mb():.0f} MB")  # fmt: skip
    cache.shutdown()
    view.close()


def scroll(app: QApplication, view: GalleryView, label: str) -> None:
    bar = view.verticalScrollBar()
    frames = []
    for direction in (1, -1, 1, -1):
        while True:
            before = bar.value()
            bar.setValue(before + direction * bar.pageStep())
            app.processEvents()  # deliver finished thumbnails as a real event loop would
            start = time.perf_counter()
            view.viewport().repaint()
            frames.append((time.perf_counter() - start) * 1000)
            if bar.value() == before:
                break
    frames.sort()
    p95 = frames[int(len(frames) * 0.95) - 1]
    median = statistics.median(frames)
    print(f"[{label}] scroll by page, {len(frames)} repaints: median {median:.2f} ms, "
          f"p95 {p95:.2f} ms, max {frames[-1]:.2f} ms")  # fmt: skip


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    store = Store()
    print(f"{COUNT} results of {SIDE}x{SIDE} in {store.root}; RSS at start {rss_mb():.0f} MB")
    start = time.perf_counter()
    entries = make_results(store, COUNT)
    print(f"stored in {time.perf_counter() - start:.1f} s; RSS {rss_mb():.0f} MB")
    open_gallery(app, store, entries, "cold: no thumbnails on disk")
    open_gallery(app, store, entries, "warm: disk thumbnail cache")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
