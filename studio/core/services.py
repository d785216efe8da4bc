"""Builds the core services (catalog, store, secrets, engine, runner) from settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from studio.core.catalog import Catalog
from studio.core.clock import Clock, system_clock
from studio.core.engine import Engine
from studio.core.events import ErrorKind, Failed
from studio.core.lifecycle import Lifecycle
from studio.core.providers import Provider, transport_problem
from studio.core.runner import JobRunner, Preflight
from studio.core.secrets import Secrets, default_secrets
from studio.core.settings import Settings, load_settings
from studio.core.store import Store


@dataclass
class Services:
    """What the CLI and the window need from core; built once by the composition root."""

    settings: Settings
    catalog: Catalog
    store: Store
    secrets: Secrets
    engine: Engine
    runner: JobRunner
    lifecycle: Lifecycle

    def close(self) -> None:
        self.engine.close()
        self.store.close()


def build_services(
    settings: Settings | None = None,
    *,
    provider: Provider | None = None,
    api_key: str | None = None,
    secrets: Secrets | None = None,
    store: Store | None = None,
    clock: Clock | None = None,
) -> Services:
    """Core services; ``provider``/``api_key`` override the settings (demo mode, tests)."""
    settings = settings or load_settings()
    catalog = Catalog.load()
    clock = clock or (store.clock if store is not None else system_clock())
    store = store or Store(clock=clock)
    store.reconcile()  # jobs a closed, killed or crashed Studio left running
    secrets = secrets or default_secrets()
    provider = provider or settings.provider_config()
    key_status: KeyStatusSource
    if api_key is not None:
        fixed_key = api_key
        engine = Engine(provider, lambda: fixed_key)
        key_status = lambda: (fixed_key, None)  # noqa: E731
    else:
        account = provider.secret_account
        engine = Engine(provider, lambda: secrets.get(account))
        key_status = lambda: _key_and_problem(secrets, account)  # noqa: E731
    lifecycle = Lifecycle(catalog, provider.kind, clock)
    runner = JobRunner(catalog, store, engine, lifecycle, preflight=preflight(engine, key_status))
    services = Services(settings, catalog, store, secrets, engine, runner, lifecycle)
    # Read at each job, so a change in Settings applies to the next request.
    runner.safety_identifier = lambda: services.settings.safety_identifier()
    return services


NO_KEY_MESSAGE = "No API key. Enter one in Settings, set OPENAI_API_KEY, or use demo mode."
# The key, and why the keyring could not be asked for it (None when it answered).
KeyStatusSource = Callable[[], tuple[str | None, str | None]]


def _key_and_problem(secrets: Secrets, account: str) -> tuple[str | None, str | None]:
    status, key = secrets.status_and_key(account)
    return key, status.keyring_problem


def no_key_message(keyring_problem: str | None) -> str:
    """No key: and when the keyring refused, that it did and why (not just "No API key")."""
    if not keyring_problem:
        return NO_KEY_MESSAGE
    return (
        f"No API key: the system keyring was refused ({keyring_problem}). Enter one in "
        "Settings (kept for this session), set OPENAI_API_KEY, or use demo mode."
    )


def preflight(engine: Engine, key_status: KeyStatusSource) -> Preflight:
    """What ``engine`` would refuse at once, checked before a job row is written.

    An engine swapped in later (demo mode) is not judged by this one's key: it checks itself.
    """
    provider = engine.provider

    def check(current: Engine) -> Failed | None:
        if current is not engine:
            return None
        problem = transport_problem(provider.url())
        if problem:
            return Failed(ErrorKind.INSECURE, problem)
        if provider.azure_entra:
            return None
        key, keyring_problem = key_status()
        return None if key else Failed(ErrorKind.NO_KEY, no_key_message(keyring_problem))

    return check
