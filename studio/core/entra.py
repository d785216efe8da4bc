"""Azure Entra ID sign-in through azure-identity, which is optional (not a dependency)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

ENTRA_SCOPE = "https://cognitiveservices.azure.com/.default"
INSTALL_HINT = (
    "Entra ID sign-in needs the azure-identity package, which is not installed. "
    "Install it with: pip install azure-identity (or use an API key)."
)


def entra_problem() -> str | None:
    """Why Entra ID cannot be used here; None when azure-identity is importable."""
    try:
        found = importlib.util.find_spec("azure.identity") is not None
    except (ImportError, ValueError):
        found = False
    return None if found else INSTALL_HINT


def token_provider() -> Callable[[], str]:
    """A bearer-token callable for the Azure OpenAI client (DefaultAzureCredential)."""
    problem = entra_problem()
    if problem:
        raise RuntimeError(problem)
    from azure.identity import (  # type: ignore[import-not-found]
        DefaultAzureCredential,
        get_bearer_token_provider,
    )

    provider: Callable[[], str] = get_bearer_token_provider(DefaultAzureCredential(), ENTRA_SCOPE)
    return provider
