"""The canvas's request bytes are encoded off the UI thread, and jobs wait for them, live."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import studio.core.mask_io as mask_io
import studio.ui.canvas.document as canvas_document
from studio.app import build_main_window
from studio.core.mask_io import export_png
from studio.ui.canvas.view import CanvasView
from studio.ui.cost import CostController
from studio.ui.generation import GenerationController
from studio.ui.main_window import MainWindow
from studio.ui.session_keeper import SessionKeeper
from studio.ui.state.jobs_state import JobPhase
from tests.ui.conftest import drag, make_picture


def _paint(canvas: CanvasView, start: tuple[int, int], end: tuple[int, int]) -> None:
    canvas.actual_size()
    drag(canvas.input_widget(), [canvas.map_from_image(*start), canvas.map_from_image(*end)])


def _decoded(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as opened:
        return opened.convert("RGB")


@pytest.mark.parametrize(("fmt", "name"), [("PNG", "canvas.png"), ("JPEG", "canvas.jpg")])
def test_an_opened_file_is_sent_as_its_own_bytes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    fmt: str, name: str,
) -> None:  # fmt: skip
    path = tmp_path / f"picture.{fmt.lower()}"
    make_picture().save(path, fmt)
    on_ui_thread = _record_threads(monkeypatch)
    with qtbot.waitSignal(window.canvas.encoded, timeout=10_000):  # hashed on a pool thread
        assert window.open_image(path)
    assert on_ui_thread == [], "nothing to encode"
    picture = window.canvas.image_input()
    assert picture is not None and picture.data == path.read_bytes()
    assert picture.name == name


def test_a_rotated_jpeg_is_encoded_in_the_background_as_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    make_picture((120, 80)).save(path, "JPEG", exif=exif.tobytes())
    canvas = window.canvas
    with qtbot.waitSignal(canvas.encoded, timeout=10_000):
        assert window.open_image(path)
    picture = canvas.image_input()
    assert picture is not None and picture.data.startswith(b"\x89PNG")
    shown = canvas.source_image()
    assert shown is not None and shown.size == (80, 120)
    assert _decoded(picture.data).tobytes() == shown.convert("RGB").tobytes()


def test_a_pasted_picture_and_a_painted_mask_encode_off_the_ui_thread(
    qtbot: QtBot, window: MainWindow
) -> None:
    canvas = window.canvas
    with qtbot.waitSignal(canvas.encoded, timeout=10_000):
        canvas.set_image(make_picture((300, 200)))
        assert canvas.image_input() is None, "a pasted picture has no bytes until encoded"
    assert canvas.image_input() is not None
    window.findChild(QWidget, "brush_size").setValue(12)
    with qtbot.waitSignal(canvas.encoded, timeout=10_000):
        _paint(canvas, (30, 30), (120, 90))
        assert canvas.mask_png_cached() is None
    cached = canvas.mask_png_cached()
    coverage = canvas.document.coverage()
    assert cached is not None and coverage is not None
    assert cached == export_png(coverage)


def test_the_encoding_of_a_replaced_picture_stops(
    qtbot: QtBot, canvas: CanvasView, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.core.imaging import png

    replaced = threading.Event()
    outcomes: list[str] = []
    encode = canvas_document.encode_picture

    def held_back(image: Image.Image, abandoned: Callable[[], bool] | None = None) -> bytes:
        if not outcomes:  # the first picture's: begins once the second is on the canvas
            replaced.wait(10)
        try:
            data = encode(image, abandoned)
        except png.Abandoned:
            outcomes.append("abandoned")
            raise
        outcomes.append(f"{image.width}x{image.height}")
        return data

    monkeypatch.setattr(canvas_document, "encode_picture", held_back)
    canvas.set_image(make_picture((900, 700)))  # several bands
    canvas.set_image(make_picture((320, 200)))
    replaced.set()
    qtbot.waitUntil(lambda: canvas.image_input() is not None, timeout=10_000)
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=10_000)
    assert sorted(outcomes) == ["320x200", "abandoned"]
    picture = canvas.image_input()
    assert picture is not None and _decoded(picture.data).size == (320, 200)


def test_a_png_stops_between_bands_once_abandoned() -> None:
    from studio.core.imaging import png

    image = make_picture((900, 700))
    asked: list[int] = []

    def abandoned() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(png.Abandoned):
        png.encode(image, abandoned=abandoned)
    assert len(asked) == 3  # asked before each band, stopped at the third
    assert png.encode(image, abandoned=lambda: False) == png.encode(image)


def test_an_encoding_of_an_older_mask_is_dropped(qtbot: QtBot, canvas: CanvasView) -> None:
    document = canvas.document
    _paint(canvas, (20, 20), (60, 40))
    assert document.prepare_encodings() is False  # starts the first mask's encode now
    _paint(canvas, (100, 100), (150, 120))  # a newer mask before that one lands
    qtbot.waitUntil(lambda: document.mask_png_cached() is not None, timeout=10_000)
    assert document.wait_for_encodings()
    coverage = document.coverage()
    assert coverage is not None and document.mask_png_cached() == export_png(coverage)


def _record_threads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Wrap the canvas encoders; each call records whether it ran on the UI thread."""
    on_ui_thread: list[bool] = []

    def wrap(encode: Callable[..., bytes]) -> Callable[..., bytes]:
        def recorded(image: Image.Image, *rest: object) -> bytes:
            on_ui_thread.append(threading.current_thread() is threading.main_thread())
            return encode(image, *rest)

        return recorded

    monkeypatch.setattr(canvas_document, "encode_picture", wrap(canvas_document.encode_picture))
    # The document imports mask_io when it first exports a mask (it pulls in numpy).
    monkeypatch.setattr(mask_io, "export_png", wrap(mask_io.export_png))
    return on_ui_thread


def test_generate_on_a_fresh_paste_and_mask_never_encodes_on_the_ui_thread(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_ui_thread = _record_threads(monkeypatch)
    controller = demo_window.findChild(GenerationController)
    cost = demo_window.findChild(CostController)
    assert controller is not None and cost is not None
    canvas = demo_window.canvas
    canvas.set_image(make_picture((512, 384)))
    demo_window.findChild(QWidget, "brush_size").setValue(20)
    _paint(canvas, (40, 40), (200, 160))
    controller.request_state.set_prompt("a lighthouse")
    controller.request_state.update_params(size="auto", partial_images=1)
    cost.state.recompute()  # the live estimate never encodes either
    with qtbot.waitSignal(controller.jobs.job_finished, timeout=20_000):
        assert controller.generate() is None or canvas.mask_png_cached() is not None
    info = controller.jobs.job(controller.followed or "")
    assert info.phase is JobPhase.COMPLETED
    assert info.request.images[0] == canvas.image_input()
    assert info.request.mask == canvas.mask_png_cached()
    assert on_ui_thread and not any(on_ui_thread), "an encode ran on the UI thread"


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Picture encodes wait for this event: a slow encode (a huge photo), made deterministic."""
    release = threading.Event()
    real = canvas_document.encode_picture

    def slow(image: Image.Image, *rest: object) -> bytes:
        release.wait(10)
        return real(image, *rest)

    monkeypatch.setattr(canvas_document, "encode_picture", slow)
    yield release
    release.set()


def test_estimate_reads_the_picture_then_shows_a_number(
    qtbot: QtBot, demo_window: MainWindow, held: threading.Event
) -> None:
    cost = demo_window.findChild(CostController)
    controller = demo_window.findChild(GenerationController)
    assert cost is not None and controller is not None
    canvas = demo_window.canvas
    controller.request_state.set_prompt("a harbour at dawn")
    canvas.set_image(make_picture((640, 480)))
    live = cost.state.recompute()
    assert live.waiting == "Reading the picture…" and live.estimate is None
    assert cost.sidebar.estimate.text() == "Reading the picture…"
    held.set()
    qtbot.waitUntil(lambda: cost.state.live.estimate is not None, timeout=10_000)
    assert cost.state.live.problem is None and cost.state.live.waiting is None


def _generate_on_a_held_paste(window: MainWindow) -> tuple[GenerationController, CanvasView]:
    """Paste a picture (its encode held) and press Generate: the job must wait."""
    controller = window.findChild(GenerationController)
    assert controller is not None
    window.canvas.set_image(make_picture((320, 240)))
    controller.request_state.set_prompt("a red kite")
    controller.request_state.update_params(size="auto")
    assert controller.generate() is None
    assert controller.jobs.jobs() == []
    return controller, window.canvas


def test_a_job_waits_for_the_picture_and_cancel_sends_nothing(
    qtbot: QtBot, demo_window: MainWindow, held: threading.Event
) -> None:
    controller, canvas = _generate_on_a_held_paste(demo_window)
    state = controller.request_state
    assert state.preparing and controller.cancel_action.isEnabled()
    assert "Preparing" in controller.preview.status.text()
    qtbot.wait(100)  # the window stays live while it waits
    controller.cancel_action.trigger()
    assert not state.preparing and not controller.cancel_action.isEnabled()
    with qtbot.waitSignal(canvas.encoded, timeout=10_000):
        held.set()
    qtbot.wait(50)
    assert controller.jobs.jobs() == [], "a cancelled wait must not start a job"


def test_a_waiting_job_starts_when_the_picture_lands(
    qtbot: QtBot, demo_window: MainWindow, held: threading.Event
) -> None:
    controller, canvas = _generate_on_a_held_paste(demo_window)
    with qtbot.waitSignal(controller.jobs.job_finished, timeout=20_000):
        held.set()
    info = controller.jobs.job(controller.followed or "")
    assert info.phase is JobPhase.COMPLETED and info.request.images[0] == canvas.image_input()


def test_a_session_saved_before_the_encode_lands_is_completed_after(
    qtbot: QtBot, window: MainWindow
) -> None:
    keeper = window.findChild(SessionKeeper)
    assert keeper is not None
    canvas = window.canvas
    with qtbot.waitSignal(canvas.encoded, timeout=10_000):
        canvas.set_image(make_picture((160, 120)))
        keeper.save()  # e.g. a job finished meanwhile: nothing is encoded here
    window.findChild(QWidget, "brush_size").setValue(10)
    with qtbot.waitSignal(canvas.encoded, timeout=10_000):
        _paint(canvas, (10, 10), (50, 30))
        keeper.save()
    picture, mask = canvas.image_input(), canvas.mask_png_cached()
    assert picture is not None and mask is not None
    window.close()

    second = build_main_window()
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: second.canvas.image_input() is not None, timeout=10_000)
    restored = second.canvas.image_input()
    assert restored is not None and restored.data == picture.data
    assert second.canvas.mask_png() == mask
    second.canvas.document.wait_for_encodings()


def test_a_failed_background_encode_does_not_leave_the_job_waiting(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = demo_window.findChild(GenerationController)
    assert controller is not None
    canvas, state = demo_window.canvas, controller.request_state

    def broken(image: Image.Image, *rest: object) -> bytes:
        raise MemoryError("no room for the PNG")

    monkeypatch.setattr(canvas_document, "encode_picture", broken)
    with qtbot.waitSignal(canvas.encoded, timeout=10_000):
        canvas.set_image(make_picture((320, 240)))
    assert canvas.image_input() is None
    assert canvas.prepare_encodings(), "settled: a job would not wait forever"
    with pytest.raises(MemoryError, match="no room"):
        state.build_request()  # encodes here and says why, instead of hanging
    state.set_prompt("a red kite")
    assert controller.generate() is None
    assert controller.preview.banner_title.text() == "Could not prepare the picture"
    assert "no room for the PNG" in controller.preview.banner_text.text()
    assert controller.jobs.jobs() == [] and state.prompt == "a red kite"
    monkeypatch.undo()
    assert state.build_request().images[0].data.startswith(b"\x89PNG")


def test_a_masked_edit_of_an_opened_jpeg_sends_the_file_and_keeps_its_pixels(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "photo.jpg"
    make_picture((256, 192)).save(path, "JPEG", quality=92)
    controller = demo_window.findChild(GenerationController)
    assert controller is not None
    assert demo_window.open_image(path)
    canvas = demo_window.canvas
    demo_window.findChild(QWidget, "brush_size").setValue(20)
    _paint(canvas, (100, 80), (160, 120))
    controller.request_state.set_prompt("a kite in the sky")
    controller.request_state.update_params(size="auto", partial_images=0)
    demo_window.findChild(QWidget, "feather").setValue(0)  # Tools ▸ Mask edge
    with qtbot.waitSignal(controller.jobs.job_finished, timeout=20_000):
        controller.generate()
    info = controller.jobs.job(controller.followed or "")
    assert info.phase is JobPhase.COMPLETED
    assert info.request.images[0].data == path.read_bytes()
    coverage = canvas.document.coverage()
    shown = canvas.source_image()
    assert coverage is not None and shown is not None
    result = Image.open(info.image_paths[0]).convert("RGB")
    keep = Image.eval(coverage, lambda v: 255 if v == 0 else 0)  # never painted
    blank = Image.new("RGB", shown.size)
    assert (
        Image.composite(result, blank, keep).tobytes()
        == Image.composite(shown.convert("RGB"), blank, keep).tobytes()
    ), "unmasked pixels are the opened photo's, exactly"
