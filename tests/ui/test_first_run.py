"""First run: paste a key (stored by Secrets, checked by GET /models) or start in demo mode."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QThreadPool

from studio.core.providers import Provider, ProviderKind
from studio.core.secrets import KeyringSecretStore, Secrets
from studio.core.settings import Settings, load_settings, settings_path
from studio.emulator.server import EmulatorServer
from studio.ui.dialogs import first_run
from studio.ui.dialogs.first_run import FirstRunDialog, needs_first_run, run_first_run

KEY = "sk-test-Zq8vN3xLp0rT5yWm2KcB7dHfQ9sJ4gUe"


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    made = QThreadPool()
    yield made
    made.waitForDone(10_000)


@pytest.fixture
def secrets() -> Secrets:
    return Secrets(keyring_store=None, use_env=False)


@pytest.fixture
def emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer(port=0) as server:
        yield server


def dialog_for(qtbot, secrets: Secrets, pool: QThreadPool, url: str) -> FirstRunDialog:
    provider = Provider(ProviderKind.COMPATIBLE, base_url=url)
    dialog = FirstRunDialog(secrets, provider, pool=pool)
    qtbot.addWidget(dialog)
    return dialog


def test_needed_only_without_a_key_and_before_the_first_choice(qtbot, secrets, pool) -> None:
    assert needs_first_run(Settings(), secrets, pool)
    assert not needs_first_run(Settings(first_run_done=True), secrets, pool)
    secrets.store("openai", KEY)
    assert not needs_first_run(Settings(), secrets, pool)


def test_environment_key_skips_the_dialog(qtbot, pool, monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    assert not needs_first_run(Settings(), Secrets(keyring_store=None), pool)


def test_pasted_key_is_stored_and_checked(qtbot, secrets, pool, emulator) -> None:
    dialog = dialog_for(qtbot, secrets, pool, emulator.base_url)
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Password
    dialog.key_edit.setText(KEY)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.save_button.click()
    assert dialog.choice() == first_run.CHOICE_KEY
    assert secrets.get(f"compatible:{emulator.base_url}") == KEY
    assert emulator.requests[-1].path.endswith("/models")


def test_demo_mode_needs_no_key(qtbot, secrets, pool) -> None:
    dialog = dialog_for(qtbot, secrets, pool, "https://api.openai.com/v1")
    with qtbot.waitSignal(dialog.accepted):
        dialog.demo_button.click()
    assert dialog.choice() == first_run.CHOICE_DEMO


def test_empty_key_asks_for_one(qtbot, secrets, pool) -> None:
    dialog = dialog_for(qtbot, secrets, pool, "https://api.openai.com/v1")
    dialog.save_key()
    assert "Paste your API key first" in dialog.status_label.text()
    assert dialog.choice() is None and dialog.save_button.isEnabled()


def test_failed_check_keeps_the_key_and_offers_to_continue(qtbot, secrets, pool) -> None:
    dialog = dialog_for(qtbot, secrets, pool, "http://api.example.com/v1")
    dialog.key_edit.setText(KEY)
    dialog.save_key()
    qtbot.waitUntil(lambda: dialog.continue_button.isVisibleTo(dialog), timeout=10_000)
    assert "https" in dialog.status_label.text() and KEY not in dialog.status_label.text()
    with qtbot.waitSignal(dialog.accepted):
        dialog.continue_button.click()
    assert dialog.choice() == first_run.CHOICE_KEY


def test_without_keyring_the_key_is_for_this_session_only(qtbot, pool, emulator) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        secrets = Secrets(keyring_store=KeyringSecretStore(), use_env=False)
        dialog = dialog_for(qtbot, secrets, pool, emulator.base_url)
        qtbot.waitUntil(lambda: dialog.keyring_notice.isVisibleTo(dialog))
        assert "No system keyring" in dialog.keyring_notice.text()
        assert dialog.session_only.isChecked() and not dialog.session_only.isEnabled()
        dialog.key_edit.setText(KEY)
        with qtbot.waitSignal(dialog.accepted, timeout=20_000):
            dialog.save_key()
        account = f"compatible:{emulator.base_url}"
        assert secrets.session.get(account) == KEY
    finally:
        keyring.set_keyring(previous)


def test_run_first_run_remembers_the_choice(qtbot, secrets, pool, monkeypatch) -> None:
    shown: list[FirstRunDialog] = []

    def fake_exec(dialog: FirstRunDialog) -> int:
        shown.append(dialog)
        dialog.start_demo()
        return 1

    monkeypatch.setattr(FirstRunDialog, "exec", fake_exec)
    assert run_first_run(Settings(), secrets, pool=pool) == "demo"
    assert load_settings().first_run_done
    assert run_first_run(load_settings(), secrets, pool=pool) is None
    assert len(shown) == 1


def test_later_does_not_mark_first_run_done(qtbot, secrets, pool, monkeypatch) -> None:
    monkeypatch.setattr(FirstRunDialog, "exec", FirstRunDialog.reject)
    assert run_first_run(Settings(), secrets, pool=pool) is None
    assert not settings_path().exists()
