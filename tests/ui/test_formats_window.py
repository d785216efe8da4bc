"""GIF, SVG, complexity and xhigh/max in the window: the controls, their rules, playing a GIF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from studio.core.catalog import Catalog
from studio.core.lifecycle import Lifecycle
from studio.core.providers import ProviderKind
from studio.ui.dialogs.export import ExportDialog, export_image, formats_for
from studio.ui.generation import GenerationController
from studio.ui.main_window import MainWindow
from studio.ui.media import load_image, render_svg
from studio.ui.state.jobs_state import JobPhase
from studio.ui.state.request_state import RequestState
from studio.ui.thumbnails import make_thumbnail
from studio.ui.widgets.gallery_view import GalleryView
from studio.ui.widgets.preview import PreviewView
from studio.ui.widgets.prompt_panel import PromptPanel

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80">'
    b'<rect width="120" height="80" fill="#ff0000"/></svg>'
)


@pytest.fixture
def state() -> RequestState:
    catalog = Catalog.load()
    return RequestState(catalog, lifecycle=Lifecycle(catalog, ProviderKind.COMPATIBLE))


@pytest.fixture
def panel(qtbot: QtBot, state: RequestState) -> PromptPanel:
    built = PromptPanel(state, lambda: [])
    qtbot.addWidget(built)
    built.show()
    built.more_toggle.setChecked(True)  # format, GIF and SVG rows live under More options
    return built


def child(panel: QWidget, name: str, kind: type) -> QWidget:
    found = panel.findChild(kind, name)
    assert isinstance(found, kind), name
    return found


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findData(text)  # a value (its label is translated), else a label
    index = index if index >= 0 else combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def item_state(combo: QComboBox, text: str) -> tuple[bool, str]:
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    item = model.item(combo.findData(text))  # the value; its label is translated
    return item.isEnabled(), item.toolTip()


def test_what_the_model_lacks_is_disabled_with_the_reason(
    panel: PromptPanel, state: RequestState
) -> None:
    quality = child(panel, "quality", QComboBox)
    fmt = child(panel, "output_format", QComboBox)
    assert isinstance(quality, QComboBox) and isinstance(fmt, QComboBox)
    assert state.params.model == "gpt-image-2"
    assert item_state(quality, "max") == (
        False,
        "gpt-image-2 supports quality low, medium, high, auto",
    )
    assert item_state(fmt, "gif") == (False, "GIF output needs GPT Image 2.6 and preview access")
    complexity = child(panel, "complexity", QComboBox)
    assert isinstance(complexity, QComboBox) and complexity.isEnabled()
    choose(complexity, "high")
    assert state.params.complexity == "high"
    choose(child(panel, "model", QComboBox), "GPT Image 2.5 Flare")  # type: ignore[arg-type]
    assert item_state(quality, "xhigh")[0] and not item_state(fmt, "svg")[0]
    choose(quality, "xhigh")
    assert state.params.quality == "xhigh"


def test_gif_rows_and_rules(panel: PromptPanel, state: RequestState) -> None:
    state.update_params(model="gpt-image-2.6-flare", partial_images=2)
    frames = child(panel, "frame_count", QSpinBox)
    partials = child(panel, "partial_images", QSpinBox)
    assert isinstance(frames, QSpinBox) and isinstance(partials, QSpinBox)
    assert not frames.isVisible()
    choose(child(panel, "output_format", QComboBox), "gif")  # type: ignore[arg-type]
    assert frames.isVisible() and child(panel, "frame_duration_ms", QSpinBox).isVisible()
    assert not child(panel, "svg_model", QComboBox).isVisible()
    assert (state.params.frame_count, state.params.frame_duration_ms) == (9, 200)
    assert state.params.partial_images == 0 and not partials.isEnabled()
    assert partials.toolTip() == "GIF output arrives whole: no partial images"
    frames.setValue(12)
    duration = child(panel, "frame_duration_ms", QSpinBox)
    assert isinstance(duration, QSpinBox)
    duration.setValue(120)
    assert (state.params.frame_count, state.params.frame_duration_ms) == (12, 120)
    choose(child(panel, "output_format", QComboBox), "png")  # type: ignore[arg-type]
    assert state.params.frame_count is None and partials.isEnabled()
    assert not frames.isVisible()


def test_svg_rows_and_rules(panel: PromptPanel, state: RequestState) -> None:
    state.update_params(model="gpt-image-2.6-sunburst", n=3)
    choose(child(panel, "output_format", QComboBox), "svg")  # type: ignore[arg-type]
    n = child(panel, "n", QSpinBox)
    assert state.params.n == 1 and not n.isEnabled()
    assert n.toolTip() == "SVG output makes one image per request"
    author = child(panel, "svg_model", QComboBox)
    effort = child(panel, "svg_effort", QComboBox)
    assert isinstance(author, QComboBox) and isinstance(effort, QComboBox)
    assert author.isVisible() and not effort.isEnabled()
    assert effort.toolTip() == "Choose an SVG author model to set its effort"
    choose(author, "gpt-5.6-sol")
    assert state.params.svg_model == "gpt-5.6-sol" and effort.isEnabled()
    choose(effort, "low")
    assert state.params.svg_effort == "low"
    line = author.lineEdit()
    assert line is not None
    line.setText("gpt-5.7-custom")
    line.editingFinished.emit()
    assert state.params.svg_model == "gpt-5.7-custom"


def write_gif(path: Path, frames: int = 4, duration: int = 40) -> Path:
    images = [Image.new("RGB", (64, 48), (i * 60, 0, 255 - i * 60)) for i in range(frames)]
    images[0].save(path, "GIF", save_all=True, append_images=images[1:], duration=duration, loop=0)
    return path


def test_preview_plays_a_gif(qtbot: QtBot, tmp_path: Path) -> None:
    preview = PreviewView()
    qtbot.addWidget(preview)
    preview.show()
    gif = write_gif(tmp_path / "a.gif")
    preview.show_final(QImage(str(gif)), "final", str(gif))
    movie = preview.area.movie
    assert movie is not None and movie.frameCount() == 4
    qtbot.waitUntil(lambda: movie.currentFrameNumber() >= 2, timeout=5000)
    assert preview.image().pixelColor(10, 10).red() > 0  # a later frame is on screen
    preview.show_final(QImage(str(write_gif(tmp_path / "still.gif", frames=1))), "final")
    assert preview.area.movie is None


def test_svg_is_rendered_for_preview_thumbnail_and_export(tmp_path: Path) -> None:
    path = tmp_path / ("a" * 64 + ".svg")
    path.write_bytes(SVG)
    image = render_svg(SVG)
    assert (image.width(), image.height()) == (120, 80)
    assert image.pixelColor(60, 40).name() == "#ff0000"
    assert load_image(str(path)).size() == image.size()
    thumb = make_thumbnail(str(path), 60, tmp_path / "thumbs")
    assert (thumb.width(), thumb.height()) == (60, 40)
    assert formats_for(str(path)) == ["SVG"]
    written = export_image(path, tmp_path / "out.svg", "SVG")
    assert written.read_bytes() == SVG


def test_export_keeps_the_animation(qtbot: QtBot, tmp_path: Path) -> None:
    gif = write_gif(tmp_path / "b.gif", frames=5)
    dialog = ExportDialog(str(gif), str(tmp_path), "result")
    qtbot.addWidget(dialog)
    assert dialog.format.currentText() == "GIF" and dialog.path.text().endswith("result.gif")
    assert not dialog.quality.isEnabled()
    dialog.buttons.accepted.emit()
    assert (tmp_path / "result.gif").read_bytes() == gif.read_bytes()


def test_a_gif_generated_in_the_window_plays_in_preview_and_gallery(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    controller = demo_window.findChild(GenerationController)
    assert controller is not None
    controller.request_state.set_prompt("a lighthouse beam turning")
    controller.request_state.update_params(
        model="gpt-image-2.6-flare", size="512x512", quality="low", output_format="gif",
        frame_count=6, frame_duration_ms=60, partial_images=0,
    )  # fmt: skip
    with qtbot.waitSignal(controller.jobs.job_finished, timeout=20_000):
        controller.generate_action.trigger()
    info = controller.jobs.job(controller.followed or "")
    assert info.phase is JobPhase.COMPLETED
    [path] = info.image_paths
    assert path.endswith(".gif")
    movie = controller.preview.area.movie
    assert movie is not None and movie.frameCount() == 6
    gallery = demo_window.findChild(GalleryView)
    assert isinstance(gallery, GalleryView)
    qtbot.waitUntil(lambda: gallery.players.movie(path) is not None, timeout=10_000)
    playing = gallery.players.movie(path)
    assert playing is not None and playing.frameCount() == 6
    qtbot.waitUntil(lambda: playing.currentFrameNumber() >= 2, timeout=5000)
