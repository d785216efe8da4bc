"""User settings: a typed dataclass with a schema version, saved atomically as JSON."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, get_type_hints

from studio.core.files import write_atomic
from studio.core.paths import config_dir
from studio.core.providers import AZURE_API_VERSION, Provider, ProviderKind

SCHEMA_VERSION = 1
T = TypeVar("T")


@dataclass(frozen=True)
class OpenAIProfile:
    organization: str = ""
    project: str = ""


@dataclass(frozen=True)
class AzureProfile:
    endpoint: str = ""
    api_version: str = AZURE_API_VERSION
    auth: str = "api-key"  # or "entra"
    deployments: dict[str, str] = field(default_factory=dict)  # model id -> deployment name


@dataclass(frozen=True)
class CompatibleProfile:
    base_url: str = ""


@dataclass(frozen=True)
class Defaults:
    """Parameters a new job starts from."""

    model: str = "gpt-image-2"
    size: str = "1024x1024"
    quality: str = "medium"
    n: int = 1
    partial_images: int = 2
    output_format: str = "png"
    draft_count: int = 4
    draft_quality: str = "low"
    final_quality: str = "high"


@dataclass(frozen=True)
class Budgets:
    """Spending caps in USD (None = no cap); 'ask' or 'refuse' a job that would cross one."""

    daily_usd: float | None = None
    monthly_usd: float | None = None
    on_exceed: str = "ask"
    warn_fraction: float = 0.8


@dataclass(frozen=True)
class Settings:
    schema_version: int = SCHEMA_VERSION
    provider: str = ProviderKind.OPENAI.value
    openai: OpenAIProfile = field(default_factory=OpenAIProfile)
    azure: AzureProfile = field(default_factory=AzureProfile)
    compatible: CompatibleProfile = field(default_factory=CompatibleProfile)
    defaults: Defaults = field(default_factory=Defaults)
    budgets: Budgets = field(default_factory=Budgets)
    request_timeout_s: float = 600.0
    output_dir: str = ""
    theme: str = "system"
    language: str = ""  # "" follows the system; else en, fr, zh_CN or ja
    composite_masked_edits: bool = True
    feather_px: int = 4
    use_cache: bool = True
    first_run_done: bool = False
    # Send a safety_identifier with every request: a hash of install_id, never a name.
    send_safety_identifier: bool = False
    install_id: str = ""  # random, made the first time the identifier is turned on

    def with_install_id(self) -> Settings:
        """These settings with an install id (a new random one when there is none yet)."""
        if self.install_id:
            return self
        import secrets  # hashlib and secrets: 6 ms not spent before the first frame

        return dataclasses.replace(self, install_id=secrets.token_hex(16))

    def safety_identifier(self) -> str | None:
        """The stable per-installation identifier sent when the setting is on; else None."""
        if not self.send_safety_identifier or not self.install_id:
            return None
        import hashlib

        digest = hashlib.sha256(f"image-studio:{self.install_id}".encode()).hexdigest()
        return f"studio-{digest[:48]}"

    def provider_config(self) -> Provider:
        """The connection settings of the active provider profile."""
        kind = ProviderKind(self.provider)
        if kind is ProviderKind.AZURE:
            return Provider(
                kind,
                azure_endpoint=self.azure.endpoint or None,
                api_version=self.azure.api_version,
                deployments=tuple(sorted(self.azure.deployments.items())),
                timeout_s=self.request_timeout_s,
                azure_entra=self.azure.auth == "entra",
            )
        if kind is ProviderKind.COMPATIBLE:
            return Provider(
                kind, base_url=self.compatible.base_url or None, timeout_s=self.request_timeout_s
            )
        return Provider(
            kind,
            organization=self.openai.organization or None,
            project=self.openai.project or None,
            timeout_s=self.request_timeout_s,
        )


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """Settings from disk; defaults for anything missing; unknown keys are ignored."""
    path = path or settings_path()
    if not path.is_file():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path} is not valid settings JSON ({exc}); fix or delete it") from exc
    return _from_dict(Settings, _migrate(raw))


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write atomically (temp file, fsync, rename), so a crash never leaves half a file."""
    path = path or settings_path()
    text = json.dumps(dataclasses.asdict(settings), indent=2, sort_keys=True)
    write_atomic(path, text.encode("utf-8"))
    return path


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    raw = dict(raw)
    raw["schema_version"] = SCHEMA_VERSION
    return raw


def _from_dict(cls: type[T], raw: Any) -> T:
    if not isinstance(raw, dict):
        return cls()
    hints = get_type_hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name not in raw:
            continue
        kind = hints[f.name]
        value = raw[f.name]
        nested = isinstance(kind, type) and dataclasses.is_dataclass(kind)
        values[f.name] = _from_dict(kind, value) if nested else value
    return cls(**values)
