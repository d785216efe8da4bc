"""Getting pictures and masks in and out: file dialogs, EXIF, paste, drop, export/import."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageChops
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from studio.ui.imaging import pil_from_qimage, qimage_from_pil
from studio.ui.main_window import MainWindow
from tests.ui.conftest import drag, edited_pixels, make_picture


def trigger(window: MainWindow, name: str) -> None:
    window.findChild(QAction, name).trigger()


def test_open_through_the_file_dialog_remembers_the_folder(
    window: MainWindow, picture_path: Path, monkeypatch
) -> None:
    seen = {}

    def fake_open(parent, caption, folder, filters):
        seen["folder"] = folder
        return str(picture_path), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    trigger(window, "action.open")
    assert window.canvas.has_image()
    assert window.canvas.source_image().size == (200, 150)
    assert window.windowTitle().startswith("picture.png")
    assert window.last_folder() == str(picture_path.parent)


def test_jpeg_with_exif_orientation_opens_upright(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "phone.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    make_picture((120, 80)).save(path, exif=exif)
    assert window.open_image(path)
    assert window.canvas.source_image().size == (80, 120)
    assert window.canvas.mask_image().size().toTuple() == (80, 120)


def test_transparent_webp_keeps_alpha(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "cut.webp"
    Image.new("RGBA", (64, 32), (0, 128, 0, 0)).save(path, lossless=True)
    assert window.open_image(path)
    assert window.canvas.source_image().mode == "RGBA"


def test_unreadable_file_shows_a_message(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: messages.append(args[2]))
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    assert not window.open_image(bad)
    assert "notes.png is not an image Studio can read" in messages[0]
    assert not window.canvas.has_image()


def test_paste_an_image_from_the_clipboard(window: MainWindow) -> None:
    QGuiApplication.clipboard().setImage(qimage_from_pil(make_picture((90, 60))))
    trigger(window, "action.paste")
    assert window.canvas.has_image()
    assert window.canvas.source_image().size == (90, 60)
    assert window.canvas.image_bytes().startswith(b"\x89PNG")


def test_drop_a_file_on_the_canvas(window: MainWindow, picture_path: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(picture_path))])
    widget = window.canvas.input_widget()
    args = (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data, *args)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data, *args)
    QApplication.sendEvent(widget, drop)
    assert window.canvas.has_image()


def test_export_then_import_round_trips_exactly(
    window: MainWindow, canvas, tmp_path: Path, monkeypatch
) -> None:
    drag(canvas.input_widget(), [canvas.map_from_image(40, 40), canvas.map_from_image(90, 70)])
    painted = edited_pixels(canvas.mask_image())
    target = tmp_path / "out" / "mask"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), "PNG (*.png)"))
    trigger(window, "action.export_mask")
    written = Image.open(target.with_suffix(".png"))
    assert written.mode == "RGBA" and written.size == (200, 150)
    alpha = written.getchannel("A")
    assert alpha.histogram()[0] == len(painted)
    assert alpha.histogram()[255] == 200 * 150 - len(painted)
    trigger(window, "action.clear_mask")
    assert not canvas.has_mask()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a: (str(target.with_suffix(".png")), "")
    )
    trigger(window, "action.import_mask")
    assert edited_pixels(canvas.mask_image()) == painted
    assert canvas.undo_stack.undoText() == "Import Mask"


def test_mask_png_matches_mask_image(canvas) -> None:
    drag(canvas.input_widget(), [canvas.map_from_image(10, 10)])
    from_png = Image.open(io.BytesIO(canvas.mask_png()))
    from_qimage = pil_from_qimage(canvas.mask_image())
    assert ImageChops.difference(from_png, from_qimage).getbbox() is None


def test_black_and_white_mask_imports_white_as_edit(window: MainWindow, canvas, tmp_path) -> None:
    path = tmp_path / "bw.png"
    bw = Image.new("L", (200, 150), 0)
    bw.paste(255, (10, 20, 30, 50))
    bw.save(path)
    assert window.import_mask(path)
    expected = {(x, y) for y in range(20, 50) for x in range(10, 30)}
    assert edited_pixels(canvas.mask_image()) == expected


def test_mask_of_another_size_is_refused_with_a_clear_message(
    window: MainWindow, canvas, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "small.png"
    Image.new("L", (50, 50), 255).save(path)
    asked = []

    def decline(parent, title, text, buttons):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", decline)
    assert not window.import_mask(path)
    assert "The mask is 50×50 pixels but the image is 200×150." in asked[0]
    assert "Mask not imported" in window.statusBar().currentMessage()
    assert not canvas.has_mask()


def test_mask_of_another_size_can_be_resized(window: MainWindow, canvas, tmp_path, monkeypatch):
    path = tmp_path / "small.png"
    Image.new("L", (50, 50), 255).save(path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert window.import_mask(path)
    assert len(edited_pixels(canvas.mask_image())) == 200 * 150


def test_new_blank_canvas_is_generate_mode(window: MainWindow, monkeypatch) -> None:
    from studio.ui.dialogs.new_canvas import NewCanvasDialog

    monkeypatch.setattr(NewCanvasDialog, "ask", classmethod(lambda cls, parent: (1536, 1024)))
    trigger(window, "action.new")
    canvas = window.canvas
    assert not canvas.has_image()
    assert canvas.source_image() is None and canvas.image_bytes() is None
    assert canvas.document.size().toTuple() == (1536, 1024)
    assert not window.findChild(QAction, "action.brush").isEnabled()
    drag(canvas.input_widget(), [QPoint(300, 300), QPoint(320, 320)])
    assert not canvas.has_mask()


def test_new_canvas_dialog_presets_and_custom_size(qtbot) -> None:
    from studio.ui.dialogs.new_canvas import NewCanvasDialog

    dialog = NewCanvasDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen_size() == (1024, 1024)
    dialog.findChild(object, "new_canvas_preset").setCurrentIndex(3)
    dialog.findChild(object, "new_canvas_width").setValue(640)
    assert dialog.chosen_size() == (640, 1024)
