"""The wired window: automation names, shortcuts, menus, docks, layout persistence, demo mode."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QLabel, QSpinBox, QTextEdit

from studio import app as studio_app
from studio.core import paths
from studio.ui.canvas.state import Tool
from studio.ui.canvas.view import CanvasView
from studio.ui.main_window import MainWindow
from studio.wiring import build_connection

SHORTCUTS = {
    "action.open": "Ctrl+O",
    "action.brush": "B",
    "action.eraser": "E",
    "action.rect": "M",
    "action.lasso": "L",
    "action.polygon_lasso": "Shift+L",
    "action.magic_wand": "W",
    "action.object_select": "Shift+W",
    "action.select_all": "Ctrl+A",
    "action.select_none": "Ctrl+D",
    "action.invert_mask": "Ctrl+I",
    "action.clear_mask": "Del",
    "action.undo": "Ctrl+Z",
    "action.redo": "Ctrl+Shift+Z",
    "action.export_mask": "Ctrl+Shift+E",
    "action.import_mask": "Ctrl+Shift+I",
    "action.fit": "Ctrl+0",
    "action.actual_size": "Ctrl+1",
    "action.brush_smaller": "[",
    "action.brush_larger": "]",
}


def test_automation_names_and_shortcuts(window: MainWindow) -> None:
    assert window.objectName() == "MainWindow"
    assert isinstance(window.canvas, CanvasView) and window.canvas.objectName() == "canvas"
    assert window.canvas.input_widget() is window.canvas
    assert isinstance(window.findChild(QSpinBox, "brush_size"), QSpinBox)
    for name, keys in SHORTCUTS.items():
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert action.shortcut().toString() == keys, name


def test_menus_hold_the_usual_items(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Image", "&Mask", "&Help"]
    edit = [a.objectName() for a in window.menu("edit").actions()]
    assert edit[:2] == ["action.undo", "action.redo"]
    file_names = [a.objectName() for a in window.menu("file").actions()]
    assert {"action.open", "action.new", "action.export_mask", "action.import_mask"} <= set(
        file_names
    )
    image = {a.objectName() for a in window.menu("image").actions()}
    assert {"action.brush", "action.lasso", "action.invert_mask", "action.clear_mask"} <= image
    assert "action.fit" in {a.objectName() for a in window.menu("view").actions()}
    mask = {a.objectName() for a in window.menu("mask").actions()}
    assert {
        "action.select_all",
        "action.select_none",
        "action.select_subject",
        "action.grow_mask",
        "action.shrink_mask",
        "action.feather_mask",
        "action.smooth_mask",
        "action.invert_mask",
    } <= mask
    assert window.toolbar.isVisible()


def test_undo_action_text_names_the_operation(window: MainWindow, canvas) -> None:
    window.findChild(QAction, "action.fill_mask").trigger()
    assert window.findChild(QAction, "action.undo").text() == "&Undo Fill Mask"


def test_single_key_shortcuts_pick_tools_and_size(window: MainWindow, canvas, qtbot) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    canvas.setFocus()
    state_tool = []
    window.findChild(QAction, "action.rect").toggled.connect(state_tool.append)
    QTest.keyClick(canvas, Qt.Key.Key_M)
    assert window.findChild(QAction, "action.rect").isChecked()
    QTest.keyClick(canvas, Qt.Key.Key_L)
    assert window.findChild(QAction, "action.lasso").isChecked()
    QTest.keyClick(canvas, Qt.Key.Key_E)
    QTest.keyClick(canvas, Qt.Key.Key_B)
    assert window.findChild(QAction, "action.brush").isChecked()
    size = window.findChild(QSpinBox, "brush_size")
    QTest.keyClick(canvas, Qt.Key.Key_BracketRight)
    assert size.value() == 12
    QTest.keyClick(canvas, Qt.Key.Key_BracketLeft)
    QTest.keyClick(canvas, Qt.Key.Key_BracketLeft)
    assert size.value() == 8
    QTest.keySequence(canvas, QKeySequence("Ctrl+I"))
    assert not canvas.has_mask() or canvas.undo_stack.undoText() == "Invert Mask"


def test_typing_in_a_text_panel_does_not_switch_tools(window: MainWindow, qtbot) -> None:
    editor = QTextEdit()
    window.add_panel("prompt", "Prompt", editor)
    window.activateWindow()
    qtbot.waitActive(window)
    editor.setFocus()
    QTest.keyClicks(editor, "mel")
    assert editor.toPlainText() == "mel"
    assert window.findChild(QAction, "action.brush").isChecked()


def test_add_panel_creates_a_named_dock_listed_in_view(window: MainWindow) -> None:
    dock = window.add_panel("gallery", "Gallery", QLabel("results"))
    assert isinstance(dock, QDockWidget) and dock.objectName() == "dock.gallery"
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    right = window.add_panel("cost", "Cost", QLabel("$"), Qt.DockWidgetArea.LeftDockWidgetArea)
    assert window.dockWidgetArea(right) == Qt.DockWidgetArea.LeftDockWidgetArea
    view_actions = [
        a for m in window.menu("view").actions() if m.menu() for a in m.menu().actions()
    ]
    assert dock.toggleViewAction() in view_actions
    assert window.panel("tools") is not None


def test_layout_and_last_folder_survive_a_restart(qtbot, picture_path) -> None:
    first = studio_app.build_main_window()
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.open_image(picture_path)
    first.panel("tools").hide()
    first.resize(900, 700)
    first.close()
    settings = QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)
    assert settings.value("paths/last_folder") == str(picture_path.parent)
    second = studio_app.build_main_window()
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert not second.panel("tools").isVisible()
    assert second.last_folder() == str(picture_path.parent)
    second.reset_layout()
    assert second.panel("tools").isVisible()


def test_connection_from_environment(monkeypatch, qtbot) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret")
    built = studio_app.build_main_window()
    qtbot.addWidget(built)
    label = built.findChild(QLabel, "connection_label")
    assert label.text() == "API: http://127.0.0.1:9/v1"
    assert not built.is_demo() and "Demo" not in built.windowTitle()
    assert "sk-test-secret" not in repr(build_connection(demo=False))


def test_demo_mode_runs_the_emulator_and_shows_a_badge(qtbot) -> None:
    import urllib.request

    built = studio_app.build_main_window(demo=True)
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    assert built.is_demo() and built.windowTitle().endswith("— Demo")
    assert built.findChild(QLabel, "demo_badge").isVisible()
    text = built.findChild(QLabel, "connection_label").text()
    base_url = text.removeprefix("Emulator at ")
    assert base_url.startswith("http://127.0.0.1:")
    built.close()
    try:
        urllib.request.urlopen(base_url + "/models", timeout=2)
    except OSError:
        pass
    else:
        raise AssertionError("the emulator still answers after the window closed")


def test_run_gui_smoke_exits_zero() -> None:
    # A subprocess: after exec() returns, Qt considers the application closing down.
    code = "from studio.app import run_gui; raise SystemExit(run_gui(smoke=True))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr


def test_tool_actions_need_a_picture_and_drive_the_tool_state(window: MainWindow, picture_path):
    lasso = window.findChild(QAction, "action.lasso")
    assert not lasso.isEnabled()
    window.open_image(picture_path)
    lasso.trigger()
    assert window.canvas.tool_state.tool is Tool.LASSO
