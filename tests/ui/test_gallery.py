"""Gallery view and model: thumbnails off the UI thread, marks by keyboard, full view, compare."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.ui.dialogs.export import ExportDialog, export_image
from studio.ui.state.gallery_model import ITEM_ROLE, GalleryItem, GalleryModel, ItemStatus
from studio.ui.thumbnails import ThumbnailCache, make_thumbnail
from studio.ui.widgets.compare_view import CompareMode, CompareView
from studio.ui.widgets.gallery_view import GalleryView

COLORS = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0), (0, 255, 255), (255, 0, 255)]


def write_image(folder: Path, index: int, size: tuple[int, int] = (640, 480)) -> Path:
    path = folder / f"{index:064x}.png"
    Image.new("RGB", size, COLORS[index % len(COLORS)]).save(path)
    return path


@pytest.fixture
def thumbnails(tmp_path: Path) -> Iterator[ThumbnailCache]:
    cache = ThumbnailCache(disk_dir=tmp_path / "thumbs", max_count=4)
    yield cache
    assert cache.shutdown(5000), "a thumbnail task was left running"


@pytest.fixture
def model(thumbnails: ThumbnailCache, tmp_path: Path) -> GalleryModel:
    gallery = GalleryModel(thumbnails)
    gallery.add_items(
        [
            GalleryItem(
                key=f"job{i}:0",
                job_id=f"job{i}",
                prompt=f"result {i}",
                mode="draft",
                quality="low",
                size="1024x768",
                status=ItemStatus.DONE,
                image_path=str(write_image(tmp_path, i)),
                image_sha=f"{i:064x}",
                cost_usd=0.0123,
                duration_s=2.5,
            )
            for i in range(6)
        ]
    )
    return gallery


@pytest.fixture
def view(qtbot: QtBot, model: GalleryModel) -> GalleryView:
    gallery = GalleryView(model)
    qtbot.addWidget(gallery)
    gallery.resize(800, 500)
    gallery.show()
    qtbot.waitExposed(gallery)
    return gallery


def test_thumbnails_load_off_thread_and_stay_bounded(
    qtbot: QtBot, model: GalleryModel, thumbnails: ThumbnailCache, tmp_path: Path
) -> None:
    for row in range(6):
        model.data(model.index(row), Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: not thumbnails.is_pending(), timeout=10_000)
    assert len(thumbnails) == 4, "the LRU keeps at most max_count thumbnails"
    pixmap = model.data(model.index(5), Qt.ItemDataRole.DecorationRole)
    assert isinstance(pixmap, QPixmap) and max(pixmap.width(), pixmap.height()) == 160
    assert len(list((tmp_path / "thumbs").glob("*.png"))) == 6, "thumbnails cached on disk"
    assert thumbnails.resident_bytes() <= 4 * 160 * 120 * 4


def test_disk_thumbnail_is_reused(tmp_path: Path) -> None:
    source = write_image(tmp_path, 1)
    first = make_thumbnail(str(source), 64, tmp_path / "thumbs")
    source.unlink()
    again = make_thumbnail(str(source), 64, tmp_path / "thumbs")
    assert not again.isNull() and again.size() == first.size()
    assert make_thumbnail(str(tmp_path / "missing.png"), 64).isNull()


def test_tooltip_shows_parameters_cost_and_time(model: GalleryModel) -> None:
    tip = model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "quality low" in tip and "1024x768" in tip and "$0.0123" in tip and "2.5 s" in tip


def test_keyboard_marks_and_navigation(
    qtbot: QtBot, view: GalleryView, model: GalleryModel
) -> None:
    view.setFocus()
    view.select_row(0)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert model.item(1).starred
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_X)
    assert model.item(2).rejected
    assert [e.starred for e in model.entries()][:3] == [False, True, False]
    qtbot.keyClick(view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == 5 and "job2" not in {i.job_id for i in model.items()}


def test_double_click_opens_full_view(qtbot: QtBot, view: GalleryView, model: GalleryModel) -> None:
    rect = view.visualRect(model.index(3))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.full_view_opened) as opened:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = opened.args[0]
    assert dialog.objectName() == "full_view"
    assert dialog.view.image().pixelColor(5, 5) == QColor(*COLORS[3])
    dialog.close()


def test_compare_two_selected(qtbot: QtBot, view: GalleryView, model: GalleryModel) -> None:
    selection = view.selectionModel()
    selection.select(model.index(0), selection.SelectionFlag.Select)
    selection.select(model.index(2), selection.SelectionFlag.Select)
    with qtbot.waitSignal(view.full_view_opened) as opened:
        view.action_compare.trigger()
    dialog = opened.args[0]
    assert dialog.view.mode() is CompareMode.SIDE_BY_SIDE
    dialog.close()


def test_copy_puts_the_image_on_the_clipboard(view: GalleryView, model: GalleryModel) -> None:
    view.select_row(4)
    view.action_copy.trigger()
    assert QApplication.clipboard().image().pixelColor(1, 1) == QColor(*COLORS[4])


def test_before_after_slider_splits_the_two_images(qtbot: QtBot) -> None:
    before = QImage(100, 100, QImage.Format.Format_RGB32)
    before.fill(QColor(255, 0, 0))
    after = QImage(100, 100, QImage.Format.Format_RGB32)
    after.fill(QColor(0, 0, 255))
    compare = CompareView(before, after, CompareMode.SLIDER)
    qtbot.addWidget(compare)
    compare.resize(400, 300)  # the image is drawn at 300x300 from x = 50
    compare.show()
    qtbot.waitExposed(compare)
    qtbot.mousePress(compare, Qt.MouseButton.LeftButton, pos=QPoint(275, 150))
    assert compare.split() == pytest.approx(0.75, abs=0.01)
    shot = compare.grab().toImage()
    assert shot.pixelColor(100, 150) == QColor(255, 0, 0)
    assert shot.pixelColor(330, 150) == QColor(0, 0, 255)
    compare.set_mode(CompareMode.SIDE_BY_SIDE)
    shot = compare.grab().toImage()
    assert shot.pixelColor(100, 150) == QColor(255, 0, 0)
    assert shot.pixelColor(300, 150) == QColor(0, 0, 255)


@pytest.mark.parametrize(("fmt", "pil"), [("PNG", "PNG"), ("JPEG", "JPEG"), ("WebP", "WEBP")])
def test_export_formats(tmp_path: Path, fmt: str, pil: str) -> None:
    source = tmp_path / "source.png"
    Image.new("RGBA", (32, 16), (10, 200, 30, 128)).save(source)
    written = export_image(source, tmp_path / f"out.{fmt.lower()}", fmt, quality=70)
    with Image.open(written) as image:
        assert image.format == pil and image.size == (32, 16)


def test_export_dialog_writes_the_chosen_format(qtbot: QtBot, tmp_path: Path) -> None:
    source = write_image(tmp_path, 2, (40, 30))
    dialog = ExportDialog(str(source), str(tmp_path), "result")
    qtbot.addWidget(dialog)
    dialog.format.setCurrentText("JPEG")
    assert dialog.quality.isEnabled() and dialog.path.text().endswith("result.jpg")
    with qtbot.waitSignal(dialog.exported) as exported:
        dialog.buttons.accepted.emit()
    with Image.open(exported.args[0]) as image:
        assert image.format == "JPEG"


def test_item_role_returns_the_item(model: GalleryModel) -> None:
    assert model.data(model.index(0), ITEM_ROLE).job_id == "job0"


def test_gallery_in_the_app(qtbot: QtBot) -> None:
    from studio.app import build_main_window
    from studio.ui.drafts import DraftsController
    from studio.ui.widgets.history_panel import HistoryPanel

    window = build_main_window()
    qtbot.addWidget(window)
    assert window.panel("gallery") is not None and window.panel("history") is not None
    assert isinstance(window.findChild(GalleryView, "gallery"), GalleryView)
    assert isinstance(window.findChild(HistoryPanel, "history"), HistoryPanel)
    assert window.findChild(DraftsController) is not None
    window.close()


def test_a_results_thumbnail_is_on_disk_from_the_jobs_own_decode(
    qtbot: QtBot, demo_window, monkeypatch
) -> None:
    """The gallery reads a small file for a new result: the stored picture is not decoded a
    second time (on a 4096² result, a full decode on the background core as it landed)."""
    from studio.ui import thumbnails as thumbs
    from studio.ui.generation import GenerationController

    decoded_from_file: list[str] = []
    real = thumbs._thumbnail

    def counted(path: str, size: int, disk_dir: Path | None) -> QImage:
        cached = disk_dir / thumbs.disk_key(path, size) if disk_dir is not None else None
        if cached is None or not cached.is_file():
            decoded_from_file.append(path)
        return real(path, size, disk_dir)

    monkeypatch.setattr(thumbs, "_thumbnail", counted)
    controller = demo_window.findChild(GenerationController)
    assert controller.jobs.thumbnails is not None
    controller.request_state.set_prompt("a kite over dunes")
    with qtbot.waitSignal(controller.jobs.image_arrived, timeout=20_000) as arrived:
        controller.generate()
    path = arrived.args[1].path
    size = thumbs.DEFAULT_SIZE
    cached = controller.jobs.runner.store.root / "thumbnails" / thumbs.disk_key(path, size)
    assert cached.is_file(), "written before the result was shown"
    with Image.open(cached) as small, Image.open(path) as full:
        assert max(small.size) == size or max(full.size) <= size
    qtbot.waitUntil(lambda: controller.jobs.job(controller.followed).phase.done, timeout=20_000)
    qtbot.wait(200)
    assert path not in decoded_from_file
