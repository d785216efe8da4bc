"""install_settings on the real window: Edit ▸ Settings… (Ctrl+,), Help ▸ About, live settings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from studio.core.catalog import Catalog
from studio.core.secrets import Secrets
from studio.core.settings import Budgets, Settings, load_settings
from studio.ui.dialogs.about import AboutDialog
from studio.ui.settings_actions import RESTART_NOTE, install_settings
from studio.ui.theme import LIGHT, apply_theme


@dataclass
class Host:
    settings: Settings
    secrets: Secrets
    catalog: Catalog


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    made = QThreadPool()
    yield made
    made.waitForDone(10_000)


@pytest.fixture
def host() -> Host:
    return Host(Settings(), Secrets(keyring_store=None, use_env=False), Catalog.load())


def test_actions_are_in_the_menus(qtbot, window, host, pool) -> None:
    controller = install_settings(window, host, pool=pool)
    assert controller.settings_action in window.menu("edit").actions()
    assert controller.settings_action.shortcut().toString() == "Ctrl+,"
    about = [a for a in window.menu("help").actions() if "About" in a.text()]
    assert about == [controller.about_action]


def test_about_opens_the_about_dialog(qtbot, window, host, pool) -> None:
    install_settings(window, host, pool=pool)
    window.findChild(QAction, "action.about").trigger()
    dialogs = window.findChildren(AboutDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()


def test_saving_updates_the_host_and_the_theme(qtbot, window, host, pool) -> None:
    controller = install_settings(window, host, pool=pool)
    dialog = controller.open_settings()
    assert dialog.isVisible() and dialog.defaults_page.model.count() >= 2
    dialog.general_page.theme.setCurrentIndex(dialog.general_page.theme.findData("light"))
    dialog.budgets_page.daily_on.setChecked(True)
    dialog.budgets_page.daily.setValue(3.0)
    page = dialog.provider_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("compatible"))
    page.base_url.setText("https://images.example.com/v1")
    try:
        with qtbot.waitSignal(controller.settings_changed):
            dialog.save()
        assert host.settings.budgets == Budgets(daily_usd=3.0)
        assert load_settings() == host.settings
        window_colour = QApplication.instance().palette().color(next(iter(LIGHT)))
        assert window_colour.name() == LIGHT[next(iter(LIGHT))]
        assert window.statusBar().currentMessage() == RESTART_NOTE
    finally:
        apply_theme(QApplication.instance(), "dark")
