"""Without a usable keyring: said plainly, a session-only key or the variable; never a file."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QThreadPool

from studio.core.paths import config_dir, data_dir
from studio.core.secrets import KeyringSecretStore, Secrets
from studio.core.settings import Settings, settings_path
from studio.ui.dialogs.settings import SettingsDialog

KEY = "sk-test-Zq8vN3xLp0rT5yWm2KcB7dHfQ9sJ4gUe"


@pytest.fixture
def no_keyring() -> Iterator[Secrets]:
    """The real keyring chain with keyring's 'fail' backend, as on a headless Linux box."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield Secrets(keyring_store=KeyringSecretStore(), use_env=False)
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    made = QThreadPool()
    yield made
    made.waitForDone(10_000)


def all_files() -> set[str]:
    return {str(p) for root in (config_dir(), data_dir()) for p in root.rglob("*") if p.is_file()}


def test_missing_keyring_is_said_plainly_and_the_key_stays_in_memory(
    qtbot, no_keyring: Secrets, pool: QThreadPool
) -> None:
    dialog = SettingsDialog(Settings(), no_keyring, pool=pool)
    qtbot.addWidget(dialog)
    page = dialog.provider_page
    qtbot.waitUntil(lambda: page.keyring_notice.isVisibleTo(dialog))
    text = page.keyring_notice.text()
    assert "No system keyring" in text and "this session only" in text
    assert "OPENAI_API_KEY" in text and "never written to a plain file" in text
    assert page.session_only.isChecked() and not page.session_only.isEnabled()
    page.key_field.edit.setText(KEY)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    assert no_keyring.get("openai") == KEY
    assert no_keyring.status("openai").source == "this session only (not saved)"
    assert all_files() == {str(settings_path())}
    assert KEY not in settings_path().read_text()


def test_azure_notice_names_the_azure_variable(
    qtbot, no_keyring: Secrets, pool: QThreadPool
) -> None:
    dialog = SettingsDialog(Settings(provider="azure"), no_keyring, pool=pool)
    qtbot.addWidget(dialog)
    page = dialog.provider_page
    qtbot.waitUntil(lambda: page.keyring_notice.isVisibleTo(dialog))
    assert "AZURE_OPENAI_API_KEY" in page.keyring_notice.text()
