"""Builds the core services (catalog, store, secrets, engine, runner) from settings."""

from __future__ import annotations

from dataclasses import dataclass

from studio.core.catalog import Catalog
from studio.core.clock import Clock, system_clock
from studio.core.engine import Engine
from studio.core.lifecycle import Lifecycle
from studio.core.providers import Provider
from studio.core.runner import JobRunner
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
    secrets = secrets or default_secrets()
    provider = provider or settings.provider_config()
    if api_key is not None:
        fixed_key = api_key
        engine = Engine(provider, lambda: fixed_key)
    else:
        account = provider.secret_account
        engine = Engine(provider, lambda: secrets.get(account))
    lifecycle = Lifecycle(catalog, provider.kind, clock)
    runner = JobRunner(catalog, store, engine, lifecycle)
    return Services(settings, catalog, store, secrets, engine, runner, lifecycle)
