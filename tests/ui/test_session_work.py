"""A restart puts back the work in progress: prompt, parameters, tool and brush size."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from studio.app import build_main_window
from studio.ui.canvas.state import Tool
from studio.ui.generation import GenerationController
from studio.ui.main_window import MainWindow


def _window(qtbot: QtBot) -> MainWindow:
    window = build_main_window(demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_restart_restores_prompt_parameters_tool_and_brush(qtbot: QtBot) -> None:
    first = _window(qtbot)
    request = first.findChild(GenerationController).request_state
    first.findChild(QWidget, "prompt").setPlainText("a lighthouse at dusk, oil on canvas")
    request.update_params(size="1536x1024", quality="high", n=3, output_format="webp")
    first.canvas.tool_state.set_tool(Tool.LASSO)
    first.canvas.tool_state.set_brush_size(77)
    first.close()

    second = _window(qtbot)
    again = second.findChild(GenerationController)
    assert again.panel.prompt.toPlainText() == "a lighthouse at dusk, oil on canvas"
    params = again.request_state.params
    assert (params.size, params.quality, params.n, params.output_format) == (
        "1536x1024",
        "high",
        3,
        "webp",
    )
    assert second.findChild(QWidget, "quality").currentText() == "high"
    assert second.findChild(QWidget, "n").value() == 3
    assert second.canvas.tool_state.tool is Tool.LASSO
    assert second.canvas.tool_state.brush_size == 77
    assert second.findChild(QWidget, "brush_size").value() == 77
    assert not again.request_state.size_follows_canvas  # a size was chosen: kept as chosen
    again.request_state.set_size_follows_canvas(True)
    second.close()

    third = _window(qtbot)
    assert third.findChild(GenerationController).request_state.size_follows_canvas
    third.close()


def test_prompt_is_saved_a_moment_after_typing_without_closing(qtbot: QtBot) -> None:
    from studio.core.session import load_session, session_path

    window = _window(qtbot)
    window.findChild(QWidget, "prompt").setPlainText("typed, then the power went out")
    qtbot.waitUntil(
        lambda: load_session(session_path()).prompt == "typed, then the power went out",
        timeout=5000,
    )
    window.close()


def test_the_session_and_its_canvas_are_written_off_the_ui_thread(
    qtbot: QtBot, monkeypatch
) -> None:
    import threading

    from PIL import Image

    from studio.core.session import load_session, session_path
    from studio.ui import session_keeper

    on_ui_thread: list[bool] = []
    original = session_keeper.save_session

    def recorded(*args: object) -> object:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(session_keeper, "save_session", recorded)
    window = _window(qtbot)
    keeper = window.findChild(session_keeper.SessionKeeper)
    with qtbot.waitSignal(window.canvas.encoded, timeout=10_000):
        window.canvas.set_image(Image.new("RGB", (64, 48), (10, 200, 30)))
    window.canvas.document.rectangle((4, 4), (20, 20))
    qtbot.waitUntil(lambda: window.canvas.mask_png_cached() is not None, timeout=10_000)
    keeper.save()
    assert keeper.wait()
    saved = load_session(session_path())
    picture = window.canvas.image_input()
    assert picture is not None and saved.canvas_sha == picture.sha256
    assert saved.mask_sha is not None
    assert on_ui_thread and not any(on_ui_thread)
    window.close()


def test_a_session_that_cannot_be_written_says_so(qtbot: QtBot, monkeypatch) -> None:
    from studio.ui import session_keeper

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    window = _window(qtbot)
    monkeypatch.setattr(session_keeper, "save_session", full)
    keeper = window.findChild(session_keeper.SessionKeeper)
    with qtbot.waitSignal(keeper.notice, timeout=10_000) as blocker:
        keeper.save()
    assert "No space left on device" in blocker.args[0]
    qtbot.waitUntil(lambda: "No space left" in (window.last_notice or ""), timeout=5000)
    monkeypatch.undo()
    window.close()


def test_a_save_waits_for_a_large_mask_change_and_closing_finishes_it(
    qtbot: QtBot, monkeypatch
) -> None:
    """A save asked for mid-change comes once the change is made (finishing it early froze
    the window); closing saves the mask as it will be."""
    from PIL import Image

    from studio.core.session import load_session, session_path
    from studio.ui import session_keeper
    from studio.ui.canvas import band_runner

    monkeypatch.setattr(band_runner, "BANDS_PER_TURN_S", 0.0)  # one band per turn
    window = _window(qtbot)
    keeper = window.findChild(session_keeper.SessionKeeper)
    document = window.canvas.document
    with qtbot.waitSignal(window.canvas.encoded, timeout=10_000):
        window.canvas.set_image(Image.new("RGB", (2000, 1200), (10, 200, 30)))
    document.rectangle((0, 0), (1999, 1199))
    assert document.changing_mask()
    keeper.save()
    assert document.changing_mask(), "the save did not finish the change"
    keeper.save_now()
    assert not document.changing_mask()
    assert keeper.wait()
    window.close()
    saved = load_session(session_path())
    assert saved.canvas_sha is not None
