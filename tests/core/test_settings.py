"""Settings: typed defaults, atomic JSON round trip, tolerant loading, provider profiles."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from studio.core.providers import AZURE_API_VERSION, OPENAI_URL, Provider, ProviderKind
from studio.core.settings import (
    SCHEMA_VERSION,
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


def custom() -> Settings:
    return Settings(
        provider="azure",
        openai=OpenAIProfile(organization="org-1", project="proj-1"),
        azure=AzureProfile(
            endpoint="https://res.openai.azure.com",
            deployments={"gpt-image-2.5-flare": "flare", "gpt-image-2": "img2"},
        ),
        compatible=CompatibleProfile(base_url="https://gateway.example.com/v1"),
        defaults=Defaults(model="gpt-image-2.5-flare", size="1536x1024", quality="high", n=3),
        budgets=Budgets(daily_usd=5.0, monthly_usd=None, on_exceed="refuse"),
        request_timeout_s=120.0,
        output_dir="/tmp/out",
        feather_px=8,
        use_cache=False,
        first_run_done=True,
    )


def test_defaults(tmp_path: Path) -> None:
    settings = load_settings()
    assert settings == Settings()
    assert settings.schema_version == SCHEMA_VERSION == 1
    assert (settings.provider, settings.defaults.model, settings.defaults.quality) == (
        "openai",
        "gpt-image-2",
        "medium",
    )
    assert settings.budgets == Budgets(None, None, "ask", 0.8)
    assert settings_path() == tmp_path / "config" / "settings.json"


def test_round_trip() -> None:
    path = save_settings(custom())
    assert path == settings_path()
    assert load_settings() == custom()
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 1
    assert raw["azure"]["deployments"] == {"gpt-image-2": "img2", "gpt-image-2.5-flare": "flare"}


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    save_settings(Settings())
    save_settings(custom())
    folder = settings_path().parent
    assert [p.name for p in folder.iterdir()] == ["settings.json"]
    assert load_settings() == custom()


def test_a_failed_save_keeps_the_previous_file(monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(custom())

    def refuse(src: object, dst: object) -> None:
        raise OSError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", refuse)
        with pytest.raises(OSError, match="disk full"):
            save_settings(Settings())
    assert load_settings() == custom()


def test_explicit_path(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere" / "s.json"
    save_settings(custom(), path)
    assert load_settings(path) == custom()
    assert not settings_path().exists()


def test_unknown_keys_are_ignored_and_missing_ones_defaulted() -> None:
    settings_path().write_text(
        json.dumps(
            {
                "schema_version": 0,
                "provider": "compatible",
                "compatible": {"base_url": "https://gw.example.com/v1", "colour": "red"},
                "defaults": {"quality": "low"},
                "a_future_setting": True,
            }
        ),
        encoding="utf-8",
    )
    settings = load_settings()
    assert settings.schema_version == SCHEMA_VERSION
    assert settings.provider == "compatible"
    assert settings.compatible == CompatibleProfile("https://gw.example.com/v1")
    assert settings.defaults == Defaults(quality="low")
    assert settings.budgets == Budgets()


def test_a_section_of_the_wrong_shape_falls_back_to_defaults() -> None:
    settings_path().write_text(json.dumps({"defaults": "oops", "budgets": []}), encoding="utf-8")
    settings = load_settings()
    assert (settings.defaults, settings.budgets) == (Defaults(), Budgets())


def test_malformed_json_names_the_file() -> None:
    path = settings_path()
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError) as caught:
        load_settings()
    assert str(caught.value).startswith(f"{path} is not valid settings JSON (")
    assert str(caught.value).endswith("; fix or delete it")


def test_provider_profiles() -> None:
    settings = custom()
    azure = settings.provider_config()
    assert azure == Provider(
        ProviderKind.AZURE,
        azure_endpoint="https://res.openai.azure.com",
        api_version=AZURE_API_VERSION,
        deployments=(("gpt-image-2", "img2"), ("gpt-image-2.5-flare", "flare")),
        timeout_s=120.0,
    )
    assert azure.deployment_for("gpt-image-2.5-flare") == "flare"
    assert azure.deployment_for("gpt-image-2.6-flare") == "gpt-image-2.6-flare"
    assert azure.secret_account == "azure:https://res.openai.azure.com"

    openai = dataclasses.replace(settings, provider="openai").provider_config()
    assert (openai.kind, openai.organization, openai.project) == (
        ProviderKind.OPENAI,
        "org-1",
        "proj-1",
    )
    assert openai.url() == OPENAI_URL
    assert openai.secret_account == "openai"

    compatible = dataclasses.replace(settings, provider="compatible").provider_config()
    assert compatible.url() == "https://gateway.example.com/v1"
    assert compatible.secret_account == "compatible:https://gateway.example.com/v1"


def test_openai_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "https://proxy.example.com/v1/")
    assert Settings().provider_config().url() == "https://proxy.example.com/v1"


def test_unknown_provider_is_refused() -> None:
    with pytest.raises(ValueError, match="'carrier-pigeon'"):
        dataclasses.replace(Settings(), provider="carrier-pigeon").provider_config()


def test_settings_hold_no_secret() -> None:
    text = save_settings(custom()).read_text(encoding="utf-8").lower()
    assert "api_key" not in text
    assert "secret" not in text
    assert "password" not in text
