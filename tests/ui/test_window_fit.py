"""The window on a laptop screen: key controls visible without scrolling, docks that hold still."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from studio.app import build_main_window
from studio.core.requests import InputImage
from studio.ui.generation import GenerationController
from studio.ui.main_window import MainWindow
from studio.ui.state.jobs_state import JobPhase

LAPTOP = (1366, 768 - 40 - 30)  # a 1366x768 screen less a task bar and the title bar
KEY_CONTROLS = ("prompt", "model", "size", "quality", "n")


def _visible_in(control: QWidget, viewport: QWidget) -> bool:
    top_left = control.mapTo(viewport, QPoint(0, 0))
    return QRect(top_left, control.size()).intersected(viewport.rect()) == QRect(
        top_left, control.size()
    )


def _settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(50)


def test_key_controls_are_visible_at_1366x768(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.resize(*LAPTOP)
    _settle(qtbot)
    scroll = demo_window.findChild(QScrollArea, "prompt.scroll")
    assert scroll is not None
    viewport = scroll.viewport()
    controller = demo_window.findChild(GenerationController)
    assert controller is not None
    generate = next(
        b
        for b in controller.panel.findChildren(QWidget)
        if getattr(b, "defaultAction", None) and b.defaultAction() is controller.generate_action
    )
    for control in [*(demo_window.findChild(QWidget, n) for n in KEY_CONTROLS), generate]:
        assert control is not None and control.isVisible()
        assert _visible_in(control, viewport), control.objectName() or "generate"
    assert scroll.verticalScrollBar().value() == 0
    assert not controller.panel.more.isVisible(), "advanced parameters are folded away"
    assert demo_window.findChild(QWidget, "background").isHidden() is False
    assert not demo_window.findChild(QWidget, "background").isVisible()


def test_first_window_fits_the_available_screen(qtbot: QtBot) -> None:
    window = build_main_window(demo=True)
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width()
    assert window.frameGeometry().height() <= area.height() or window.height() <= area.height()


def test_docks_and_zoom_hold_still_while_a_job_runs(
    qtbot: QtBot, demo_window: MainWindow, picture_path: Path
) -> None:
    demo_window.resize(*LAPTOP)
    assert demo_window.open_image(picture_path)
    _settle(qtbot)
    docks = {key: demo_window.panel(key) for key in ("prompt", "preview", "tools", "gallery")}
    before = {key: dock.size() for key, dock in docks.items()}
    zoom = demo_window.canvas.zoom()
    controller = demo_window.findChild(GenerationController)
    controller.request_state.set_prompt("a long prompt " * 12)
    controller.request_state.update_params(size="1024x1024", quality="low", partial_images=2)
    with qtbot.waitSignal(controller.jobs.job_finished, timeout=20_000):
        controller.generate_action.trigger()
    assert controller.jobs.job(controller.followed or "").phase is JobPhase.COMPLETED
    _settle(qtbot)
    assert {key: dock.size() for key, dock in docks.items()} == before
    assert demo_window.canvas.zoom() == zoom


def test_the_hint_line_has_one_height_for_every_mode(
    qtbot: QtBot, demo_window: MainWindow, picture_path: Path
) -> None:
    panel = demo_window.findChild(GenerationController).panel
    _settle(qtbot)
    generate_y = panel.params.mapTo(panel, QPoint(0, 0)).y()
    hint = panel.mode_label.text()
    assert demo_window.open_image(picture_path)
    state = demo_window.findChild(GenerationController).request_state
    for index in range(3):
        state.add_reference(InputImage(picture_path.read_bytes(), f"ref{index}.png"))
    _settle(qtbot)
    assert panel.mode_label.text() != hint and "3 reference images" in panel.mode_label.text()
    assert panel.params.mapTo(panel, QPoint(0, 0)).y() == generate_y


def test_error_banners_wrap_in_full(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.resize(*LAPTOP)
    preview = demo_window.findChild(GenerationController).preview
    message = " ".join(["The server said something long that a designer must read in full."] * 5)
    preview.show_error("A title that is also rather long for a narrow panel", message)
    _settle(qtbot)
    text = preview.banner_text
    assert text.height() >= text.heightForWidth(text.width())
    title = preview.banner_title
    assert title.height() >= title.heightForWidth(title.width())
    banner = preview.banner.geometry()
    assert preview.rect().contains(banner)
