"""The generation loop against the emulator: streaming into the preview, masked edits, cancel."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from studio.core.events import Completed, Failed
from studio.core.providers import Provider, ProviderKind
from studio.core.requests import InputImage
from studio.core.services import Services, build_services
from studio.core.settings import Defaults
from studio.emulator.server import EmulatorServer, Fault
from studio.ui.generation import GenerationController
from studio.ui.state.jobs_state import JobPhase, JobsState
from studio.ui.state.request_state import RequestState
from studio.ui.widgets.job_list import JobList
from studio.ui.widgets.preview import PreviewView
from studio.ui.widgets.prompt_panel import PromptPanel

MASK_BOX = (64, 64, 192, 160)  # the painted (edited) region of the 256x256 test picture


class FakeCanvas(QObject):
    """The canvas as RequestState sees it: a picture and an optional painted mask.

    Its encodings are ready at once unless ``ready`` is False; then finish_encoding() plays
    the background encode landing.
    """

    image_changed = Signal()
    mask_changed = Signal()
    encoded = Signal()

    def __init__(self, image: Image.Image | None = None, mask_box: tuple | None = None) -> None:
        super().__init__()
        self.image = image
        self.mask_box = mask_box
        self.ready = True

    def has_image(self) -> bool:
        return self.image is not None

    def picture_size(self) -> tuple[int, int] | None:
        return self.image.size if self.image is not None else None

    def image_bytes(self) -> bytes:
        assert self.image is not None
        return _png(self.image)

    def image_input(self) -> InputImage | None:
        return InputImage(self.image_bytes(), "canvas.png") if self.ready else None

    def has_mask(self) -> bool:
        return self.mask_box is not None

    def mask_png(self) -> bytes:
        assert self.image is not None and self.mask_box is not None
        mask = Image.new("RGBA", self.image.size, (0, 0, 0, 255))
        ImageDraw.Draw(mask).rectangle(self.mask_box, fill=(0, 0, 0, 0))  # transparent = edit
        return _png(mask)

    def mask_png_cached(self) -> bytes | None:
        return self.mask_png() if self.ready and self.has_mask() else None

    def prepare_encodings(self, *, mask: bool = True) -> bool:
        return self.ready

    def finish_encoding(self) -> None:
        self.ready = True
        self.encoded.emit()


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def picture() -> Image.Image:
    image = Image.linear_gradient("L").resize((256, 256)).convert("RGB")
    ImageDraw.Draw(image).rectangle((0, 0, 40, 255), fill=(200, 30, 30))
    return image


@dataclass
class Rig:
    """A controller with its panel, preview and job list, wired to an emulator."""

    emulator: EmulatorServer
    services: Services
    jobs: JobsState
    state: RequestState
    panel: PromptPanel
    preview: PreviewView
    job_list: JobList
    controller: GenerationController
    canvas: FakeCanvas

    def generate(self, qtbot: QtBot, prompt: str = "a lighthouse at dusk") -> str:
        self.state.set_prompt(prompt)
        with qtbot.waitSignal(self.jobs.job_finished, timeout=15_000):
            ticket = self.controller.generate()
            assert ticket is not None
        return ticket


def build_rig(
    qtbot: QtBot,
    emulator: EmulatorServer,
    *,
    api_key: str | None = "sk-test",
    extras: Callable[[Services], dict] | None = None,
) -> Rig:
    provider = Provider(ProviderKind.EMULATOR, base_url=emulator.base_url)
    services = build_services(provider=provider, api_key=api_key)
    kwargs = extras(services) if extras else {}
    jobs = JobsState(services.runner)
    defaults = Defaults(size="1024x1024", quality="low", partial_images=2)
    state = RequestState(services.catalog, defaults)
    canvas = FakeCanvas()
    state.attach_canvas(canvas)
    panel = PromptPanel(state, services.store.recent_prompts)
    preview, job_list = PreviewView(), JobList(jobs)
    controller = GenerationController(jobs, state, panel, preview, job_list, **kwargs)
    for widget in (panel, preview, job_list):
        qtbot.addWidget(widget)
    return Rig(emulator, services, jobs, state, panel, preview, job_list, controller, canvas)


@pytest.fixture
def emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer(port=0) as server:
        yield server


@pytest.fixture
def rig(qtbot: QtBot, emulator: EmulatorServer) -> Iterator[Rig]:
    built = build_rig(qtbot, emulator)
    yield built
    assert built.jobs.shutdown(5000), "a job thread was left running"
    built.services.close()


def test_two_partials_update_the_preview_three_times_each_stored_first(
    qtbot: QtBot, rig: Rig
) -> None:
    shown: list[tuple[str, str, bool]] = []

    def record(kind: str) -> None:
        info = rig.jobs.job(rig.controller.followed or "")
        path = info.image_paths[-1] if kind == "final" else info.last_partial_path
        shown.append((kind, rig.preview.caption.text(), bool(path) and Path(path).is_file()))

    rig.preview.image_shown.connect(record)
    ticket = rig.generate(qtbot)
    assert [s[:2] for s in shown] == [
        ("partial", "partial 1 of 2"),
        ("partial", "partial 2 of 2"),
        ("final", "final"),
    ]
    assert all(stored for *_, stored in shown), "an image was displayed before it was stored"
    assert rig.jobs.job(ticket).phase is JobPhase.COMPLETED
    assert rig.preview.image().size().width() == 1024
    assert rig.preview.status.text().startswith("Done in")
    assert "done" in rig.job_list.state_text(ticket)
    assert rig.emulator.requests[-1].param("partial_images") == "2"


def test_masked_edit_sends_the_mask_and_keeps_unmasked_pixels(qtbot: QtBot, rig: Rig) -> None:
    original = picture()
    rig.canvas.image, rig.canvas.mask_box = original, MASK_BOX
    rig.state.canvas_changed()
    rig.state.update_params(size="auto")
    rig.emulator.inject(Fault(kind="mask_bleed"))
    assert rig.panel.keep_unmasked.isChecked()
    rig.panel.feather_px = 0.0
    ticket = rig.generate(qtbot, "replace the box with a cat")

    sent = rig.emulator.requests[-1]
    assert sent.path.endswith("/images/edits")
    masks = [f for f in sent.files if f.field == "mask"]
    assert len(masks) == 1 and masks[0].data == rig.canvas.mask_png()
    info = rig.jobs.job(ticket)
    assert info.phase is JobPhase.COMPLETED
    result = Image.open(info.image_paths[0]).convert("RGB")
    assert result.size == original.size
    inside = result.crop(MASK_BOX).tobytes() != original.crop(MASK_BOX).tobytes()
    assert inside, "the edited region should change"
    outside = _unmasked_pixels_equal(original, result, MASK_BOX)
    assert outside, "unmasked pixels must stay exactly as they were"
    raw = rig.services.store.job_images(info.job_id or "", "raw")
    assert len(raw) == 1, "the raw API output is kept too"


def _unmasked_pixels_equal(a: Image.Image, b: Image.Image, box: tuple) -> bool:
    hole = Image.new("RGB", (box[2] - box[0] + 1, box[3] - box[1] + 1))
    a, b = a.copy(), b.copy()
    a.paste(hole, box[:2])
    b.paste(hole, box[:2])
    return a.tobytes() == b.tobytes()


def test_composite_switched_off_keeps_the_raw_output(qtbot: QtBot, rig: Rig) -> None:
    rig.canvas.image, rig.canvas.mask_box = picture(), MASK_BOX
    rig.state.update_params(size="auto")
    rig.emulator.inject(Fault(kind="mask_bleed"))
    rig.panel.keep_unmasked.setChecked(False)
    ticket = rig.generate(qtbot, "replace the box with a cat")
    info = rig.jobs.job(ticket)
    assert info.options.composite_feather_px is None
    result = Image.open(info.image_paths[0]).convert("RGB")
    assert not _unmasked_pixels_equal(picture(), result, MASK_BOX)


def test_cancel_stops_a_slow_job(qtbot: QtBot, rig: Rig) -> None:
    rig.emulator.inject(Fault(kind="slow", delay=20.0))
    rig.state.set_prompt("slow")
    ticket = rig.controller.generate()
    assert ticket is not None
    qtbot.waitUntil(lambda: rig.jobs.job(ticket).phase is JobPhase.RUNNING, timeout=5000)
    assert rig.controller.cancel_action.isEnabled()
    with qtbot.waitSignal(rig.jobs.job_finished, timeout=3000) as finished:
        rig.controller.cancel_action.trigger()
    assert isinstance(finished.args[1], Failed)
    assert rig.jobs.job(ticket).phase is JobPhase.CANCELLED
    assert not rig.preview.error_shown()
    assert rig.preview.status.text().startswith("Cancelled")
    qtbot.waitUntil(lambda: not rig.controller.cancel_action.isEnabled(), timeout=2000)


def test_ctrl_enter_in_the_prompt_starts_a_job(qtbot: QtBot, rig: Rig) -> None:
    rig.panel.addAction(rig.controller.generate_action)
    rig.panel.show()
    rig.panel.activateWindow()
    assert QTest.qWaitForWindowActive(rig.panel, 5000)
    rig.panel.prompt.setFocus()
    QTest.keyClicks(rig.panel.prompt, "a red kite")
    with qtbot.waitSignal(rig.jobs.job_finished, timeout=15_000) as finished:
        QTest.keyClick(rig.panel.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(finished.args[1], Completed)
    assert rig.emulator.requests[-1].param("prompt") == "a red kite"
    assert rig.panel.prompt.toPlainText() == "a red kite"


def test_several_jobs_run_at_once_and_each_is_listed(qtbot: QtBot, rig: Rig) -> None:
    rig.emulator.partial_delay = 0.05
    rig.state.set_prompt("first")
    first = rig.controller.generate()
    rig.state.set_prompt("second")
    second = rig.controller.generate()
    assert first and second and first != second
    assert rig.controller.followed == second
    qtbot.waitUntil(lambda: not rig.jobs.active(), timeout=15_000)
    assert rig.job_list.tree.topLevelItemCount() == 2
    for ticket in (first, second):
        assert "done" in rig.job_list.state_text(ticket)
    rig.job_list.tree.setCurrentItem(rig.job_list.item(first))
    assert rig.controller.followed == first
    assert not rig.preview.image().isNull()
