"""A shutdown date in the window: a saved default naming a retired model opens on its successor,
with one notice, and the model list keeps a current model."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from studio.app import build_main_window
from studio.core.settings import Defaults, Settings, load_settings, save_settings


def test_a_retired_default_model_opens_on_its_replacement_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUDIO_TODAY", "2026-12-01")
    save_settings(Settings(defaults=Defaults(model="gpt-image-1-mini", quality="low")))
    first = build_main_window()
    qtbot.addWidget(first)
    model = first.findChild(QComboBox, "model")
    assert model is not None and model.currentData() == "gpt-image-2.6-sunburst"
    assert first.last_notice == (
        "Your default model gpt-image-1-mini was retired on 2026-12-01; "
        "it is now gpt-image-2.6-sunburst."
    )
    assert first.statusBar().currentMessage() == first.last_notice
    assert load_settings().defaults == Defaults(model="gpt-image-2.6-sunburst", quality="low")
    first.close()

    again = build_main_window()
    qtbot.addWidget(again)
    assert again.last_notice == ""  # told once
    again.close()


def test_before_the_shutdown_the_saved_model_is_kept(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUDIO_TODAY", "2026-11-15")
    save_settings(Settings(defaults=Defaults(model="gpt-image-1-mini")))
    window = build_main_window()
    qtbot.addWidget(window)
    model = window.findChild(QComboBox, "model")
    assert model is not None and model.currentData() == "gpt-image-1-mini"
    assert window.last_notice == ""
    window.close()
