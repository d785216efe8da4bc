"""Words and keys a designer meets: the F1 sheet, the model descriptions, Export, Space-pan."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QAction, QEnterEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from studio.ui.main_window import MainWindow
from studio.ui.shortcuts_sheet import ShortcutsDialog, shortcut_rows
from tests.ui.conftest import drag


def test_the_shortcuts_sheet_lists_every_key(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.findChild(QAction, "action.shortcuts").trigger()
    dialog = demo_window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    rows = shortcut_rows(demo_window)
    assert {"Files", "Generation", "Gallery (when it has the focus)", "Canvas and mask"} <= set(
        rows
    )
    for action in demo_window.findChildren(QAction):
        for key in action.shortcuts():
            assert key.toString() in text, (action.objectName(), key.toString())
    for words in ("Generate", "Drafts", "Cancel", "Accept Result", "Star", "Finalize",
                  "Open Image", "Export Image", "Pan"):  # fmt: skip
        assert words in text, words
    assert dialog.height() <= demo_window.screen().availableGeometry().height()


def test_the_model_list_says_what_sunburst_and_flare_are_for(demo_window: MainWindow) -> None:
    combo = demo_window.findChild(QComboBox, "model")
    tips = {
        combo.itemData(i): combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
        for i in range(combo.count())
    }
    for model_id in ("gpt-image-2.5-sunburst", "gpt-image-2.5-flare"):
        if model_id in tips:
            assert tips[model_id] and "Sunburst" in tips[model_id] and "Flare" in tips[model_id]
    assert tips["gpt-image-2"]
    assert combo.toolTip() == tips[combo.currentData()]


def test_export_starts_beside_the_picture_with_its_name(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "shoot"
    folder.mkdir()
    photo = folder / "harbour.jpg"
    Image.new("RGB", (64, 48), (10, 120, 200)).save(photo)
    assert demo_window.open_image(photo)
    export = demo_window.findChild(QAction, "action.export")
    assert export in demo_window.menu("file").actions()
    export.trigger()
    dialog = demo_window.files.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert Path(dialog.path.text()) == folder / "harbour-edit.png"
    dialog.buttons.accepted.emit()
    with Image.open(folder / "harbour-edit.png") as written:
        assert written.size == (64, 48)


def test_space_pans_whenever_the_pointer_is_over_the_canvas(
    qtbot: QtBot, demo_window: MainWindow, picture_path: Path
) -> None:
    canvas = demo_window.canvas
    assert demo_window.open_image(picture_path)
    canvas.actual_size()
    button = QPushButton("elsewhere", demo_window)
    button.show()
    button.setFocus()
    clicked: list[bool] = []
    button.clicked.connect(clicked.append)
    inside = QPointF(canvas.width() / 2, canvas.height() / 2)
    QApplication.sendEvent(canvas, QEnterEvent(inside, inside, canvas.mapToGlobal(inside)))
    QTest.keyPress(button, Qt.Key.Key_Space)
    start = canvas.map_from_image(50, 50)
    before = canvas.map_from_image(0, 0)
    drag(canvas.input_widget(), [start, start + type(start)(30, 20)])
    QTest.keyRelease(button, Qt.Key.Key_Space)
    assert canvas.map_from_image(0, 0) - before == type(start)(30, 20), "panned"
    assert not canvas.has_mask(), "nothing painted while Space was held"
    assert not clicked, "the focused button did not take the Space"
    QApplication.sendEvent(canvas, QEvent(QEvent.Type.Leave))
    prompt = demo_window.findChild(QWidget, "prompt")
    prompt.setFocus()
    QTest.keyClick(prompt, Qt.Key.Key_Space)
    assert prompt.toPlainText() == " ", "off the canvas, Space types"
