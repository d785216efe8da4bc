"""Where requests go: OpenAI, Azure OpenAI, an OpenAI-compatible URL, or the local emulator."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

OPENAI_URL = "https://api.openai.com/v1"
AZURE_API_VERSION = "2025-04-01-preview"
DEMO_KEY = "sk-demo-emulator"  # the local emulator takes any key; this one bills nobody


class ProviderKind(StrEnum):
    OPENAI = "openai"
    AZURE = "azure"
    COMPATIBLE = "compatible"
    EMULATOR = "emulator"


@dataclass(frozen=True)
class Provider:
    """Connection settings for one provider profile. Holds no secret."""

    kind: ProviderKind = ProviderKind.OPENAI
    base_url: str | None = None
    organization: str | None = None
    project: str | None = None
    azure_endpoint: str | None = None
    api_version: str = AZURE_API_VERSION
    deployments: tuple[tuple[str, str], ...] = ()
    timeout_s: float = 600.0
    azure_entra: bool = False  # Azure: sign in with Entra ID instead of an API key

    @classmethod
    def emulator(cls, base_url: str) -> Provider:
        """The built-in emulator at ``base_url`` (demo mode; use it with DEMO_KEY)."""
        return cls(ProviderKind.EMULATOR, base_url=base_url)

    @property
    def secret_account(self) -> str:
        """The keyring account under which this provider's key is kept."""
        if self.kind is ProviderKind.AZURE:
            return f"azure:{self.azure_endpoint or ''}"
        if self.kind is ProviderKind.COMPATIBLE:
            return f"compatible:{self.base_url or ''}"
        return self.kind.value

    def url(self) -> str:
        """The base URL requests go to (OPENAI_BASE_URL applies as it does in the SDK)."""
        if self.kind is ProviderKind.AZURE:
            return (self.azure_endpoint or os.environ.get("AZURE_OPENAI_ENDPOINT", "")).rstrip("/")
        if self.base_url:
            return self.base_url.rstrip("/")
        return os.environ.get("OPENAI_BASE_URL", OPENAI_URL).rstrip("/")

    def deployment_for(self, model: str) -> str:
        """Azure deployment name for a model (the model id itself when none is configured)."""
        return dict(self.deployments).get(model, model)


def is_loopback(url: str) -> bool:
    """True for http(s) URLs on 127.0.0.0/8, ::1 or localhost."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def transport_problem(url: str) -> str | None:
    """Why a key must not be sent to ``url`` (plain http off this machine); None when fine."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.hostname:
        return f"the provider URL {url!r} is not a full URL such as https://api.openai.com/v1"
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback(url)):
        return None
    return (
        f"refusing to send the API key over {parts.scheme}:// to {parts.hostname}; "
        "use https (plain http is allowed only to 127.0.0.1 or localhost)"
    )
