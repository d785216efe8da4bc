"""Settings round-trips, the Azure Entra ID switch, and the Test-connection probe."""

from __future__ import annotations

import json

import pytest

from studio.core import entra
from studio.core.engine import Engine, probe
from studio.core.events import ErrorKind, Failed
from studio.core.providers import Provider, ProviderKind
from studio.core.requests import ImageParams, ImageRequest
from studio.core.settings import (
    AzureProfile,
    Budgets,
    CompatibleProfile,
    Defaults,
    OpenAIProfile,
    Settings,
    load_settings,
    save_settings,
    settings_path,
)
from studio.emulator.server import EmulatorServer

KEY = "sk-test-Zq8vN3xLp0rT5yWm2KcB7dHfQ9sJ4gUe"


def full_settings() -> Settings:
    return Settings(
        provider="azure",
        openai=OpenAIProfile(organization="org-1", project="proj-1"),
        azure=AzureProfile(
            endpoint="https://studio.openai.azure.com",
            api_version="2025-04-01-preview",
            auth="entra",
            deployments={"gpt-image-2": "img2-prod"},
        ),
        compatible=CompatibleProfile(base_url="http://127.0.0.1:9000/v1"),
        defaults=Defaults(model="gpt-image-1.5", size="1536x1024", quality="high", n=2),
        budgets=Budgets(daily_usd=5.0, monthly_usd=50.0, on_exceed="refuse"),
        request_timeout_s=120.0,
        output_dir="/tmp/out",
        theme="dark",
        first_run_done=True,
    )


def test_every_field_survives_a_save_and_load() -> None:
    saved = full_settings()
    path = save_settings(saved)
    assert path == settings_path()
    assert load_settings() == saved
    assert json.loads(path.read_text())["schema_version"] == saved.schema_version


def test_no_key_ever_lands_in_settings_json() -> None:
    path = save_settings(full_settings())
    text = path.read_text().lower()
    assert "sk-" not in text and "api_key" not in text


def test_entra_auth_reaches_the_provider() -> None:
    provider = full_settings().provider_config()
    assert provider.kind is ProviderKind.AZURE and provider.azure_entra
    assert provider.deployment_for("gpt-image-2") == "img2-prod"
    assert not Settings(provider="azure").provider_config().azure_entra


def test_entra_without_azure_identity_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entra.importlib.util, "find_spec", lambda name: None)
    provider = Provider(
        ProviderKind.AZURE, azure_endpoint="https://x.openai.azure.com", azure_entra=True
    )
    failed = probe(provider, None)
    assert isinstance(failed, Failed) and failed.kind is ErrorKind.NO_KEY
    assert "pip install azure-identity" in failed.message
    engine = Engine(provider, lambda: None)
    events = list(engine.stream(ImageRequest("a cat", ImageParams())))
    assert [type(e) for e in events] == [Failed]
    assert "azure-identity" in events[0].message


def test_probe_lists_models_on_the_emulator() -> None:
    with EmulatorServer(port=0) as server:
        assert probe(Provider(ProviderKind.COMPATIBLE, base_url=server.base_url), KEY) is None
        azure = Provider(ProviderKind.AZURE, azure_endpoint=server.base_url.removesuffix("/v1"))
        assert probe(azure, KEY) is None


def test_probe_without_a_key_sends_nothing() -> None:
    failed = probe(Provider(ProviderKind.OPENAI), None)
    assert failed is not None and failed.kind is ErrorKind.NO_KEY


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://api.openai.com/v1", True),
        ("http://127.0.0.1:8765/v1", True),
        ("http://localhost:8765/v1", True),
        ("http://[::1]:8765/v1", True),
        ("http://api.example.com/v1", False),
        ("http://192.168.1.20/v1", False),
        ("ftp://api.example.com/v1", False),
    ],
)
def test_probe_applies_the_https_rule(url: str, allowed: bool) -> None:
    failed = probe(Provider(ProviderKind.COMPATIBLE, base_url=url), KEY, timeout_s=0.5)
    assert (failed is None or failed.kind is not ErrorKind.INSECURE) is allowed
    if not allowed:
        assert failed is not None and KEY not in failed.message
