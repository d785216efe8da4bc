"""The prompt panel: per-model controls, presets, size checked as you type, references, recents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from studio.core.catalog import Catalog
from studio.core.clock import Clock
from studio.core.lifecycle import Lifecycle
from studio.core.providers import ProviderKind
from studio.core.requests import ImageParams, ImageRequest
from studio.core.settings import Defaults
from studio.core.store import Store
from studio.ui.state.request_state import MAX_REFERENCES, RequestState
from studio.ui.widgets.prompt_panel import PromptPanel
from tests.ui.test_generation import FakeCanvas, picture


@pytest.fixture
def state() -> RequestState:
    # A compatible server keeps its own model schedule: every model stays selectable whatever
    # the date, so these tests do not depend on OpenAI's shutdown dates.
    catalog = Catalog.load()
    return RequestState(catalog, lifecycle=Lifecycle(catalog, ProviderKind.COMPATIBLE))


@pytest.fixture
def panel(qtbot: QtBot, state: RequestState) -> PromptPanel:
    built = PromptPanel(state, lambda: ["a red fox in snow", "a lighthouse at dusk"])
    qtbot.addWidget(built)
    built.show()
    return built


def control(panel: PromptPanel, name: str) -> QWidget:
    found = panel.findChild(QWidget, name)
    assert found is not None, name
    return found


def test_every_acceptance_control_exists(panel: PromptPanel) -> None:
    for name in ("prompt", "model", "size", "quality", "n", "partial_images", "preset"):
        control(panel, name)
    for name in ("background", "output_format", "output_compression", "moderation"):
        control(panel, name)
    control(panel, "input_fidelity")


def test_model_change_disables_what_it_does_not_support(
    panel: PromptPanel, state: RequestState
) -> None:
    fidelity = control(panel, "input_fidelity")
    assert not fidelity.isEnabled()
    assert "gpt-image-2 always uses high input fidelity" in fidelity.toolTip()
    model = control(panel, "model")
    assert isinstance(model, QComboBox)
    model.setCurrentIndex(model.findData("gpt-image-1.5"))
    model.activated.emit(model.currentIndex())
    assert state.params.model == "gpt-image-1.5"
    assert fidelity.isEnabled()
    size = control(panel, "size")
    assert isinstance(size, QComboBox) and not size.isEditable()
    assert [size.itemText(i) for i in range(size.count())] == [
        "Match canvas", "auto", "1024x1024", "1536x1024", "1024x1536",
    ]  # fmt: skip


def test_models_openai_retired_are_listed_disabled_with_the_reason(qtbot: QtBot) -> None:
    catalog = Catalog.load()
    on_the_day = Lifecycle(catalog, ProviderKind.OPENAI, Clock.on(date(2026, 12, 1)))
    state = RequestState(catalog, lifecycle=on_the_day)
    panel = PromptPanel(state, lambda: [])
    qtbot.addWidget(panel)
    model = control(panel, "model")
    assert isinstance(model, QComboBox)
    items = model.model()
    assert isinstance(items, QStandardItemModel)
    assert model.count() == len(catalog.models)
    retired = items.item(model.findData("gpt-image-1.5"))
    assert not retired.isEnabled()
    assert retired.toolTip() == (
        "gpt-image-1.5 was shut down on 2026-12-01; "
        "use gpt-image-2.6-sunburst or gpt-image-2.6-flare instead"
    )
    assert items.item(model.findData("gpt-image-2")).isEnabled()
    assert model.currentData() == "gpt-image-2"


def test_a_saved_retired_model_opens_on_its_replacement_with_one_notice(qtbot: QtBot) -> None:
    catalog = Catalog.load()
    on_the_day = Lifecycle(catalog, ProviderKind.OPENAI, Clock.on(date(2026, 12, 1)))
    state = RequestState(catalog, Defaults(model="gpt-image-1.5"), lifecycle=on_the_day)
    notices: list[str] = []
    state.notice.connect(notices.append)
    assert state.params.model == "gpt-image-2.6-sunburst"
    panel = PromptPanel(state, lambda: [])
    qtbot.addWidget(panel)
    model = control(panel, "model")
    assert isinstance(model, QComboBox) and model.currentData() == "gpt-image-2.6-sunburst"
    qtbot.waitUntil(lambda: len(notices) == 1)
    assert notices == [
        "GPT Image 1.5 was retired on 2026-12-01; GPT Image 2.6 Sunburst is used instead."
    ]
    # A restored session or history entry naming it is moved on the same way.
    state.set_params(ImageParams(model="gpt-image-1-mini", quality="high", size="1536x1024"))
    assert (state.params.model, state.params.quality) == ("gpt-image-2.6-sunburst", "high")
    assert state.params.size == "1536x1024"


def test_compression_only_for_jpeg_or_webp(panel: PromptPanel, state: RequestState) -> None:
    compression = control(panel, "output_compression")
    assert not compression.isEnabled() and "png" in compression.toolTip()
    fmt = control(panel, "output_format")
    assert isinstance(fmt, QComboBox)
    fmt.setCurrentIndex(fmt.findText("webp"))
    fmt.activated.emit(fmt.currentIndex())
    assert state.params.output_format == "webp" and compression.isEnabled()
    assert isinstance(compression, QSpinBox)
    compression.setValue(70)
    assert state.params.output_compression == 70


def test_preset_sets_size_and_quality_editable_afterwards(
    panel: PromptPanel, state: RequestState
) -> None:
    preset = control(panel, "preset")
    assert isinstance(preset, QComboBox)
    preset.setCurrentIndex(preset.findData("blog_header"))
    preset.activated.emit(preset.currentIndex())
    assert (state.params.size, state.params.quality) == ("1824x1024", "medium")
    state.update_params(quality="high")
    assert state.params.size == "1824x1024"
    assert preset.currentData() is None, "the preset no longer describes the settings"


def test_size_is_checked_as_you_type(qtbot: QtBot, panel: PromptPanel, state: RequestState) -> None:
    size = control(panel, "size")
    assert isinstance(size, QComboBox) and size.isEditable()
    size.lineEdit().clear()
    QTest.keyClicks(size.lineEdit(), "1000x1000")
    assert state.params.size != "1000x1000"
    assert "multiples of 16" in panel.params.size_problem.text()
    assert panel.params.size_problem.isVisibleTo(panel)
    size.lineEdit().clear()
    QTest.keyClicks(size.lineEdit(), "1824x1024")
    assert state.params.size == "1824x1024"
    assert not panel.params.size_problem.isVisibleTo(panel)


def test_mode_follows_the_canvas(panel: PromptPanel, state: RequestState) -> None:
    assert panel.mode_label.text().startswith("Generate")
    canvas = FakeCanvas(picture())
    state.attach_canvas(canvas)
    assert panel.mode_label.text().startswith("Edit: the whole canvas picture")
    canvas.mask_box = (10, 10, 50, 50)
    state.canvas_changed()
    assert "painted mask" in panel.mode_label.text()
    assert state.build_request().mask is not None


def test_references_add_remove_up_to_sixteen_in_all(
    panel: PromptPanel, state: RequestState, tmp_path: Path
) -> None:
    path = tmp_path / "ref.png"
    picture().save(path)
    assert panel.add_reference_files([str(path)] * MAX_REFERENCES) is None
    assert panel.references.count() == MAX_REFERENCES
    assert not panel.reference_add.isEnabled()
    problem = panel.add_reference_files([str(path)])
    assert problem is not None and "16 images" in problem
    panel.references.setCurrentRow(0)
    panel.reference_remove.click()
    assert len(state.references) == MAX_REFERENCES - 1 and panel.reference_add.isEnabled()


def test_recent_prompts_are_one_click_away(panel: PromptPanel, state: RequestState) -> None:
    panel.recent_menu.aboutToShow.emit()
    actions = panel.recent_menu.actions()
    assert [a.data() for a in actions] == ["a red fox in snow", "a lighthouse at dusk"]
    actions[1].trigger()
    assert state.prompt == "a lighthouse at dusk"
    assert panel.prompt.toPlainText() == "a lighthouse at dusk"


def test_recent_prompts_come_from_the_store(qtbot: QtBot, state: RequestState) -> None:
    store = Store()
    request = ImageRequest("an owl at noon", ImageParams())
    job = store.begin_job(request, fingerprint="f", estimate_usd=0.0, mode="generate")
    store.finish_job(job, status="completed", usage=None, cost_usd=0.0, duration_s=1.0)
    built = PromptPanel(state, store.recent_prompts)
    qtbot.addWidget(built)
    built.recent_menu.aboutToShow.emit()
    assert "an owl at noon" in [a.data() for a in built.recent_menu.actions()]
    store.close()


def test_composite_switch_and_feather(panel: PromptPanel) -> None:
    assert panel.keep_unmasked.isChecked()
    assert panel.findChild(QWidget, "feather") is None  # the feather is in Tools ▸ Mask edge
    panel.feather_px = 6.0
    assert panel.composite_feather_px() == 6.0
    panel.keep_unmasked.setChecked(False)
    assert panel.composite_feather_px() is None
