"""install_cost: the dock, the Usage Report action, the generation gate and the Settings link."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from studio.core.providers import Provider, ProviderKind
from studio.core.runner import JobOptions
from studio.core.services import Services, build_services
from studio.core.settings import Budgets
from studio.emulator.server import EmulatorServer
from studio.ui.cost import install_cost
from studio.ui.dialogs.usage_dialog import UsageDialog
from studio.ui.settings_actions import install_settings
from studio.ui.state.jobs_state import JobsState
from studio.ui.state.request_state import RequestState


class PanelWindow(QMainWindow):
    """The part of MainWindow that install_cost uses: add_panel and menu."""

    def __init__(self) -> None:
        super().__init__()
        self.setCentralWidget(QWidget())
        self.menus = {"view": self.menuBar().addMenu("View"), "edit": QMenu(), "help": QMenu()}

    def add_panel(self, key: str, title: str, widget: QWidget, area=None) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock.{key}")
        dock.setWidget(widget)
        self.addDockWidget(area or Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def menu(self, name: str) -> QMenu:
        return self.menus[name]


@pytest.fixture
def services() -> Iterator[Services]:
    with EmulatorServer(port=0) as server:
        provider = Provider(ProviderKind.EMULATOR, base_url=server.base_url)
        built = build_services(provider=provider, api_key="sk-test")
        yield built
        built.close()


@pytest.fixture
def window(qtbot: QtBot) -> PanelWindow:
    made = PanelWindow()
    qtbot.addWidget(made)
    return made


@pytest.fixture
def jobs(services: Services) -> Iterator[JobsState]:
    state = JobsState(services.runner)
    yield state
    assert state.shutdown(5000)


def test_dock_action_gate_and_guard_are_installed(
    qtbot: QtBot, window: PanelWindow, services: Services, jobs: JobsState
) -> None:
    generation = SimpleNamespace(gate=None, job_options=lambda _request: JobOptions())
    request_state = RequestState(services.catalog)
    cost = install_cost(window, services, jobs, request_state, generation=generation)
    dock = window.findChild(QDockWidget, "dock.cost")
    assert dock is not None and dock.findChild(QWidget, "cost") is cost.sidebar
    assert generation.gate is cost.gate and jobs.guard is cost.guard
    assert cost.state.options_for is cost.gate.options_for is generation.job_options
    action = window.findChild(QAction, "action.usage")
    assert action in window.menu("view").actions()
    action.trigger()
    dialog = window.findChild(UsageDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    cost.state.stop()


def test_set_budget_opens_settings_on_budgets_and_saved_caps_show(
    qtbot: QtBot, window: PanelWindow, services: Services, jobs: JobsState
) -> None:
    settings = install_settings(window, services)
    cost = install_cost(window, services, jobs, RequestState(services.catalog), settings=settings)
    qtbot.mouseClick(
        cost.sidebar.findChild(QPushButton, "cost.set_budget"), Qt.MouseButton.LeftButton
    )
    dialog = settings.dialog
    assert dialog is not None and dialog.tabs.currentWidget() is dialog.budgets_page
    assert not cost.sidebar.editor.isVisible()
    new = dataclasses.replace(services.settings, budgets=Budgets(daily_usd=3.0))
    dialog.saved.emit(new)
    assert cost.guard.budgets.daily_usd == 3.0
    assert "of $3.00 today" in cost.sidebar.daily_bar.format()
    dialog.reject()
    cost.state.stop()
