"""The Settings dialog: persistence, keys only through Secrets, the https rule, Test connection."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool

from studio.core import entra
from studio.core.secrets import MemorySecretStore, Secrets
from studio.core.settings import Settings, load_settings, settings_path
from studio.emulator.server import EmulatorServer
from studio.ui.dialogs.settings import SettingsDialog

KEY = "sk-test-Zq8vN3xLp0rT5yWm2KcB7dHfQ9sJ4gUe"
MODELS = ("gpt-image-2", "gpt-image-1.5")


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    made = QThreadPool()
    yield made
    made.waitForDone(10_000)


@pytest.fixture
def secrets() -> Secrets:
    return Secrets(keyring_store=None, session=MemorySecretStore(), use_env=False)


@pytest.fixture
def emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer(port=0) as server:
        yield server


def make_dialog(qtbot, secrets: Secrets, pool: QThreadPool, settings: Settings | None = None):
    dialog = SettingsDialog(settings or Settings(), secrets, pool=pool, model_ids=MODELS)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(
        lambda: dialog.provider_page.key_field.status_label.text() != "Looking for a saved key…"
    )
    return dialog


def test_every_page_is_saved_atomically_to_settings_json(qtbot, secrets, pool) -> None:
    dialog = make_dialog(qtbot, secrets, pool)
    page = dialog.provider_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("compatible"))
    page.base_url.setText("http://localhost:8765/v1")
    dialog.general_page.timeout.setValue(120)
    dialog.general_page.output_dir.setText("/tmp/studio-out")
    dialog.general_page.theme.setCurrentIndex(dialog.general_page.theme.findData("dark"))
    dialog.defaults_page.quality.setCurrentIndex(dialog.defaults_page.quality.findData("high"))
    dialog.defaults_page.model.setCurrentIndex(dialog.defaults_page.model.findData("gpt-image-1.5"))
    dialog.budgets_page.daily_on.setChecked(True)
    dialog.budgets_page.daily.setValue(5.0)
    dialog.budgets_page.on_exceed.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.saved) as saved:
        assert dialog.save()
    loaded = load_settings()
    assert loaded == saved.args[0]
    assert loaded.provider == "compatible"
    assert loaded.compatible.base_url == "http://localhost:8765/v1"
    assert loaded.request_timeout_s == 120.0 and loaded.output_dir == "/tmp/studio-out"
    assert loaded.theme == "dark"
    assert (loaded.defaults.model, loaded.defaults.quality) == ("gpt-image-1.5", "high")
    assert loaded.budgets.daily_usd == 5.0 and loaded.budgets.monthly_usd is None
    assert loaded.budgets.on_exceed == "refuse"
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]


def test_existing_settings_are_shown_and_kept(qtbot, secrets, pool) -> None:
    dialog = make_dialog(qtbot, secrets, pool)
    dialog.budgets_page.monthly_on.setChecked(True)
    dialog.budgets_page.monthly.setValue(42.5)
    dialog.provider_page.organization.setText("org-abc")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    again = make_dialog(qtbot, secrets, pool, load_settings())
    assert again.budgets_page.monthly.value() == 42.5
    assert again.provider_page.organization.text() == "org-abc"
    assert again.edited_settings() == load_settings()


def test_a_typed_key_goes_to_secrets_never_to_the_file(qtbot, secrets, pool) -> None:
    dialog = make_dialog(qtbot, secrets, pool)
    field = dialog.provider_page.key_field
    assert field.edit.echoMode() == field.edit.EchoMode.Password
    field.edit.setText(f"  {KEY} ")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    assert secrets.get("openai") == KEY
    assert KEY not in settings_path().read_text()
    assert KEY not in repr(dialog.provider_page.pending_key())


def test_forget_removes_the_key(qtbot, secrets, pool) -> None:
    secrets.store("openai", KEY)
    dialog = make_dialog(qtbot, secrets, pool)
    field = dialog.provider_page.key_field
    qtbot.waitUntil(lambda: "A key is set" in field.status_label.text())
    field.forget_button.click()
    qtbot.waitUntil(lambda: field.status_label.text() == "No key yet.")
    assert secrets.get("openai") is None


@pytest.mark.parametrize("url", ["http://api.example.com/v1", "ftp://example.com"])
def test_a_key_is_never_sent_over_plain_http(qtbot, secrets, pool, url) -> None:
    dialog = make_dialog(qtbot, secrets, pool)
    page = dialog.provider_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("compatible"))
    page.base_url.setText(url)
    assert page.url_problem.isVisibleTo(dialog)
    assert not page.test_button.isEnabled()
    assert not dialog.save()
    assert "https" in dialog.error_label.text()
    assert not settings_path().exists()


@pytest.mark.parametrize(
    "url", ["https://api.example.com/v1", "http://127.0.0.1:8000/v1", "http://localhost/v1"]
)
def test_https_and_loopback_are_allowed(qtbot, secrets, pool, url) -> None:
    dialog = make_dialog(qtbot, secrets, pool)
    page = dialog.provider_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("compatible"))
    page.base_url.setText(url)
    assert page.problem() is None and page.test_button.isEnabled()


def test_insecure_azure_endpoint_is_refused(qtbot, secrets, pool) -> None:
    dialog = make_dialog(qtbot, secrets, pool)
    page = dialog.provider_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("azure"))
    page.azure_endpoint.setText("http://studio.openai.azure.com")
    assert page.problem() is not None and not dialog.save()


def test_test_connection_lists_models_on_the_emulator(qtbot, secrets, pool, emulator) -> None:
    dialog = make_dialog(qtbot, secrets, pool)
    page = dialog.provider_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("compatible"))
    page.base_url.setText(emulator.base_url)
    page.key_field.edit.setText(KEY)
    with qtbot.waitSignal(page._check_signals.finished, timeout=20_000):
        page.test_button.click()
    assert page.test_result.text().startswith("✔")
    assert secrets.get(page.provider().secret_account) is None  # testing does not save


def test_test_connection_without_a_key_says_so(qtbot, secrets, pool, emulator) -> None:
    dialog = make_dialog(qtbot, secrets, pool)
    page = dialog.provider_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("compatible"))
    page.base_url.setText(emulator.base_url)
    with qtbot.waitSignal(page._check_signals.finished, timeout=20_000):
        page.test_button.click()
    assert page.test_result.text().startswith("✘") and "No API key" in page.test_result.text()


def test_azure_deployments_and_test_connection(qtbot, secrets, pool, emulator) -> None:
    dialog = make_dialog(qtbot, secrets, pool)
    page = dialog.provider_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("azure"))
    page.azure_endpoint.setText(emulator.base_url.removesuffix("/v1"))
    page.deployments["gpt-image-2"].setText("img2-prod")
    page.key_field.edit.setText(KEY)
    with qtbot.waitSignal(page._check_signals.finished, timeout=20_000):
        page.test_button.click()
    assert page.test_result.text().startswith("✔"), page.test_result.text()
    saved = dialog.edited_settings()
    assert saved.azure.deployments == {"gpt-image-2": "img2-prod"}
    assert saved.provider_config().deployment_for("gpt-image-2") == "img2-prod"


def test_entra_without_azure_identity_explains_the_install(
    qtbot, secrets, pool, monkeypatch
) -> None:
    monkeypatch.setattr(entra.importlib.util, "find_spec", lambda name: None)
    dialog = make_dialog(qtbot, secrets, pool)
    page = dialog.provider_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("azure"))
    page.auth_combo.setCurrentIndex(page.auth_combo.findData("entra"))
    assert page.entra_notice.isVisibleTo(dialog)
    assert "pip install azure-identity" in page.entra_notice.text()
    assert not page.key_box.isVisibleTo(dialog)
    page.key_field.edit.setText(KEY)
    assert page.pending_key() is None
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert json.loads(settings_path().read_text())["azure"]["auth"] == "entra"


def test_safety_identifier_setting_is_off_then_a_stable_hash(qtbot, secrets, pool) -> None:
    dialog = make_dialog(qtbot, secrets, pool)
    box = dialog.general_page.safety_id
    assert not box.isChecked()
    box.setChecked(True)
    with qtbot.waitSignal(dialog.saved) as saved:
        assert dialog.save()
    first = saved.args[0]
    assert first.send_safety_identifier and first.install_id
    identifier = first.safety_identifier()
    assert identifier and first.install_id not in identifier
    again = make_dialog(qtbot, secrets, pool, first)
    assert again.general_page.safety_id.isChecked()
    with qtbot.waitSignal(again.saved) as resaved:
        assert again.save()
    assert resaved.args[0].safety_identifier() == identifier  # stable across saves
