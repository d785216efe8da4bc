"""Large pictures load on a pool thread: a reduced preview first, then the picture itself."""

from __future__ import annotations

import threading
from io import BytesIO
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from studio.ui.canvas import loader as canvas_loader
from studio.ui.canvas.loader import LARGE_PIXELS, PREVIEW_EDGE
from studio.ui.main_window import MainWindow
from studio.ui.widgets.history_panel import restore_mask

EDGE = 2304  # just above LARGE_PIXELS, small enough to stay quick
assert EDGE * EDGE > LARGE_PIXELS


@pytest.fixture
def large_path(tmp_path: Path) -> Path:
    path = tmp_path / "large.png"
    image = Image.linear_gradient("L").resize((EDGE, EDGE)).convert("RGB")
    image.paste((255, 0, 0), (0, 0, EDGE // 4, EDGE))
    image.save(path, compress_level=1)
    return path


def _record(
    monkeypatch: pytest.MonkeyPatch, name: str, module: ModuleType = canvas_loader
) -> list[bool]:
    """Wrap a loader step; each call records whether it ran on the UI thread."""
    on_ui_thread: list[bool] = []
    original = getattr(module, name)

    def wrapped(*args: object, **kwargs: object) -> object:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapped)
    return on_ui_thread


def _small_picture_and_warnings(
    window: MainWindow, picture_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """Open the small picture; the warnings the window shows from now on, collected."""
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: messages.append(args[2]))
    window.open_image(picture_path)
    return messages


def _follow(window: MainWindow) -> list[tuple[str, int]]:
    """What the canvas showed, in order: the preview's width, then the picture's."""
    seen: list[tuple[str, int]] = []
    document = window.canvas.document

    def on_loading() -> None:
        preview = document.loading_preview()
        if preview is not None:
            seen.append(("preview", preview[0].width()))

    def on_image() -> None:
        display = document.display()
        seen.append(("picture", display.width() if display is not None else 0))

    document.loading_changed.connect(on_loading)
    document.image_changed.connect(on_image)
    return seen


def test_a_large_picture_decodes_off_the_ui_thread_and_previews_first(
    window: MainWindow, large_path: Path, monkeypatch, qtbot
) -> None:
    decoded = _record(monkeypatch, "load_image_bytes")
    prepared = _record(monkeypatch, "banded_display")
    seen = _follow(window)
    with qtbot.waitSignal(window.canvas.image_changed, timeout=30_000):
        assert window.open_image(large_path)
        assert not window.canvas.has_image() and window.canvas.document.is_loading()
    assert decoded == [False] and prepared and not any(prepared)
    factor = -(-EDGE // PREVIEW_EDGE)  # reduced by a whole factor to at most PREVIEW_EDGE
    assert seen == [("preview", EDGE // factor), ("picture", EDGE)]
    assert window.canvas.picture_size() == (EDGE, EDGE)
    assert window.canvas.document.undo_stack.count() == 1
    assert window.canvas.source_image().getpixel((1, 1)) == (255, 0, 0)
    assert window.canvas.image_bytes() == large_path.read_bytes()  # sent as it is


def test_a_large_file_is_read_off_the_ui_thread(
    window: MainWindow, large_path: Path, monkeypatch, qtbot
) -> None:
    read = _record(monkeypatch, "read_image_file")
    with qtbot.waitSignal(window.canvas.image_changed, timeout=30_000):
        assert window.open_image(large_path)
    assert read == [False]
    assert window.canvas.image_bytes() == large_path.read_bytes()


def test_a_big_file_with_a_small_picture_is_read_off_the_ui_thread(
    window: MainWindow, tmp_path: Path, monkeypatch, qtbot
) -> None:
    monkeypatch.setattr(canvas_loader, "LARGE_FILE_BYTES", 1000)
    path = tmp_path / "noisy.png"
    Image.effect_noise((300, 200), 60).convert("RGB").save(path)  # well over 1000 bytes
    read = _record(monkeypatch, "read_image_file")
    with qtbot.waitSignal(window.canvas.image_changed, timeout=30_000):
        assert window.open_image(path)
    assert read == [False] and window.canvas.picture_size() == (300, 200)


def test_a_large_file_gone_before_it_is_read_says_so_and_keeps_the_canvas(
    window: MainWindow, picture_path: Path, large_path: Path, monkeypatch, qtbot
) -> None:
    messages = _small_picture_and_warnings(window, picture_path, monkeypatch)
    original = canvas_loader.read_image_file

    def vanished(path: Path) -> bytes:
        path.unlink()
        return original(path)

    monkeypatch.setattr(canvas_loader, "read_image_file", vanished)
    with qtbot.waitSignal(window.canvas.load_failed, timeout=30_000):
        window.open_image(large_path)
    assert messages and "large.png" in messages[0]
    assert window.canvas.picture_size() == (200, 150)


def test_a_small_picture_still_opens_at_once(window: MainWindow, picture_path: Path) -> None:
    assert window.open_image(picture_path)
    assert window.canvas.picture_size() == (200, 150)
    assert window.canvas.document.loading_preview() is None


def test_a_large_paste_is_converted_off_the_ui_thread(
    window: MainWindow, large_path: Path, monkeypatch, qtbot
) -> None:
    converted = _record(monkeypatch, "pil_from_qimage")
    with qtbot.waitSignal(window.canvas.image_changed, timeout=30_000):
        window.files.open_qimage(QImage(str(large_path)), "Pasted image")
    assert converted and not any(converted)
    assert window.canvas.picture_size() == (EDGE, EDGE)
    assert window.canvas.document.origin() == (None, None)


def test_a_mask_restored_with_a_large_picture_waits_for_it(
    window: MainWindow, large_path: Path, monkeypatch, qtbot
) -> None:
    from studio.ui.widgets import history_panel

    fitted = _record(monkeypatch, "import_mask_png", history_panel)
    mask = Image.new("RGBA", (EDGE, EDGE), (0, 0, 0, 255))
    mask.paste((0, 0, 0, 0), (0, 0, 100, 100))
    buffer = BytesIO()
    mask.save(buffer, format="PNG")
    window.canvas.set_image_bytes(large_path.read_bytes(), text="Restore Version")
    restore_mask(window.canvas, buffer.getvalue())  # before the picture has arrived
    qtbot.waitUntil(lambda: window.canvas.has_image() and window.canvas.has_mask(), timeout=30_000)
    assert window.canvas.document.coverage().getbbox() == (0, 0, 100, 100)
    assert fitted == [False]  # decoded and fitted on a pool thread
    window.canvas.undo_stack.undo()  # the mask is one undo step of its own
    assert not window.canvas.has_mask() and window.canvas.has_image()


def test_a_broken_large_picture_says_so_and_keeps_the_canvas(
    window: MainWindow, picture_path: Path, tmp_path: Path, monkeypatch, qtbot
) -> None:
    messages = _small_picture_and_warnings(window, picture_path, monkeypatch)
    buffer = BytesIO()
    Image.new("RGB", (EDGE, EDGE)).save(buffer, format="PNG")
    broken = tmp_path / "broken.png"
    broken.write_bytes(buffer.getvalue()[:200])  # a large picture's header, then nothing
    with qtbot.waitSignal(window.canvas.load_failed, timeout=30_000):
        window.open_image(broken)
    assert messages and "broken.png" in messages[0]
    assert window.canvas.picture_size() == (200, 150)
    assert window.canvas.document.loading_preview() is None


def test_a_newer_picture_wins_over_a_large_one_still_loading(
    window: MainWindow, large_path: Path, picture_path: Path, qtbot
) -> None:
    window.open_image(large_path)
    window.open_image(picture_path)
    window.canvas.document.wait_for_load()
    qtbot.wait(50)  # the large picture's results arrive, and are dropped
    assert window.canvas.picture_size() == (200, 150)
    assert window.canvas.document.loading_preview() is None


def test_the_mask_knows_when_erasing_empties_it(window: MainWindow, picture_path: Path) -> None:
    window.open_image(picture_path)
    document = window.canvas.document
    assert not document.has_mask()
    document.rectangle((10, 10), (40, 40))
    document.rectangle((100, 100), (120, 120))
    assert document.has_mask()
    document.rectangle((10, 10), (40, 40), erase=True)
    assert document.has_mask()  # the other rectangle is still there
    document.rectangle((100, 100), (120, 120), erase=True)
    assert not document.has_mask()
    document.undo_stack.undo()
    assert document.has_mask()
    document.invert()
    assert document.has_mask()
    document.clear()
    assert not document.has_mask()


def test_undo_and_redo_of_a_picture_reuse_its_display(
    window: MainWindow, large_path: Path, picture_path: Path, monkeypatch, qtbot
) -> None:
    from studio.ui.canvas import document as canvas_document

    with qtbot.waitSignal(window.canvas.image_changed, timeout=30_000):
        window.open_image(large_path)
    large_display = window.canvas.document.display()
    window.open_image(picture_path)
    small_display = window.canvas.document.display()
    converted: list[int] = []
    original = canvas_document.display_image
    monkeypatch.setattr(
        canvas_document,
        "display_image",
        lambda image: converted.append(image.width) or original(image),
    )
    stack = window.canvas.undo_stack
    stack.undo()
    assert window.canvas.document.display() is large_display
    assert window.canvas.picture_size() == (EDGE, EDGE) and not window.canvas.has_mask()
    stack.redo()
    assert window.canvas.document.display() is small_display
    stack.undo()
    stack.redo()
    assert converted == []  # every swap put back a display already made
    assert window.canvas.source_image().size == (200, 150)


def test_opening_over_a_mask_keeps_it_for_undo_without_copying_it(
    window: MainWindow, picture_path: Path, tmp_path: Path, monkeypatch
) -> None:
    from studio.core.mask import MaskModel

    window.open_image(picture_path)
    document = window.canvas.document
    document.rectangle((10, 10), (60, 40))
    painted = document.coverage()
    copies: list[int] = []
    original = MaskModel.image
    monkeypatch.setattr(MaskModel, "image", lambda self: copies.append(1) or original(self))
    other = tmp_path / "other.png"
    Image.new("RGB", (120, 90), (9, 9, 9)).save(other)
    window.canvas.open_image(other)  # the window would ask before dropping the mask
    assert copies == [] and not window.canvas.has_mask()
    monkeypatch.undo()
    document.undo_stack.undo()
    assert window.canvas.picture_size() == (200, 150)
    assert document.coverage().tobytes() == painted.tobytes()
    document.undo_stack.redo()
    document.undo_stack.undo()
    assert document.coverage().tobytes() == painted.tobytes()
