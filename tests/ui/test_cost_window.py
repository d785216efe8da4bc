"""The wired window: the cost dock follows the prompt, and a capped budget stops Generate."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from studio.app import build_main_window
from studio.core.settings import Budgets, Settings, save_settings
from studio.emulator.server import EmulatorServer
from studio.ui.main_window import MainWindow


@pytest.fixture
def servers(monkeypatch) -> list[EmulatorServer]:
    """Every emulator the window starts (demo mode), to assert on what reached it."""
    started: list[EmulatorServer] = []
    original = EmulatorServer.start

    def start(self: EmulatorServer) -> EmulatorServer:
        started.append(self)
        return original(self)

    monkeypatch.setattr(EmulatorServer, "start", start)
    return started


@pytest.fixture
def demo_window(qtbot: QtBot, servers: list[EmulatorServer]) -> Iterator[MainWindow]:
    save_settings(Settings(budgets=Budgets(daily_usd=0.001, on_exceed="refuse")))
    window = build_main_window(demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_refused_generate_sends_nothing_and_the_dock_shows_why(
    qtbot: QtBot, demo_window: MainWindow, servers: list[EmulatorServer], monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    assert demo_window.panel("cost") is not None
    assert demo_window.findChild(QAction, "action.usage") is not None
    demo_window.findChild(QPlainTextEdit, "prompt").setPlainText("a lighthouse at dusk")
    estimate = demo_window.findChild(QLabel, "cost.estimate")
    qtbot.waitUntil(lambda: "$" in estimate.text(), timeout=3000)
    warning = demo_window.findChild(QLabel, "cost.budget_warning")
    qtbot.waitUntil(lambda: "daily cap of $0.0010" in warning.text(), timeout=3000)
    demo_window.findChild(QAction, "action.generate").trigger()
    assert shown and "daily cap" in shown[0]
    assert servers and all(server.requests == [] for server in servers)


def test_refused_drafts_send_nothing(
    qtbot: QtBot, demo_window: MainWindow, servers: list[EmulatorServer], monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    demo_window.findChild(QPlainTextEdit, "prompt").setPlainText("a lighthouse at dusk")
    drafts = demo_window.findChild(QAction, "action.drafts")
    drafts.trigger()
    assert shown and "daily cap" in shown[0]
    assert servers and all(server.requests == [] for server in servers)
