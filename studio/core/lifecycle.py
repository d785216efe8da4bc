"""Model retirement: a rule about sending to a provider, never about knowing a model.

Estimates, history and reports work for every model in the table. Only a request that would be
sent to a provider on OpenAI's schedule (OpenAI itself, and the emulator, which stands in for
it) is refused after the model's shutdown date. Azure deployments and compatible servers keep
their own schedules: they are asked, and a "model gone" answer is explained in one line.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from studio.core.catalog import Catalog, ModelSpec, UnknownModelError
from studio.core.clock import Clock
from studio.core.providers import ProviderKind
from studio.core.settings import Settings

# Providers whose models follow OpenAI's published shutdown dates.
OPENAI_SCHEDULE = frozenset({ProviderKind.OPENAI, ProviderKind.EMULATOR})


@dataclass(frozen=True)
class Lifecycle:
    """Which models may be sent to the configured provider today, and what replaces the rest."""

    catalog: Catalog
    provider_kind: ProviderKind = ProviderKind.OPENAI
    clock: Clock = field(default_factory=Clock)

    @property
    def follows_openai_dates(self) -> bool:
        return self.provider_kind in OPENAI_SCHEDULE

    def retired(self, spec: ModelSpec) -> bool:
        """Past OpenAI's shutdown date (whatever the provider)."""
        return spec.is_shut_down(self.clock.today())

    def sendable(self, spec: ModelSpec) -> bool:
        return self.sending_problem(spec) is None

    def sending_problem(self, spec: ModelSpec) -> str | None:
        """Why a request for ``spec`` must not be sent to this provider today; else None."""
        if not self.follows_openai_dates or not self.retired(spec):
            return None
        return self.retired_message(spec)

    def retired_message(self, spec: ModelSpec) -> str:
        """'X was shut down on DATE; use Y instead' (the replacements from the table)."""
        day = spec.shutdown.isoformat() if spec.shutdown else "its shutdown date"
        return f"{spec.id} was shut down on {day}; use {self._instead(spec)} instead"

    def estimate_note(self, spec: ModelSpec) -> str | None:
        """The mark an estimate for a retired model carries; None for a living one."""
        if not self.retired(spec) or spec.shutdown is None:
            return None
        day = spec.shutdown.isoformat()
        if self.follows_openai_dates:
            return f"retired on {day} — estimate only"
        return f"retired by OpenAI on {day}; your provider may still serve it"

    def replacement(self, model_id: str) -> str:
        """The model to use instead of ``model_id``: itself when it can be sent, else the first
        sendable replacement (following the table's chain), else the default model."""
        try:
            spec = self.catalog.get(model_id)
        except UnknownModelError:
            return self.catalog.default_model
        seen: set[str] = set()
        queue = [spec.id]
        while queue:
            current = self.catalog.get(queue.pop(0))
            if current.id in seen:
                continue
            seen.add(current.id)
            if self.sendable(current):
                return current.id
            queue.extend(r for r in current.replacements if r in self.catalog.models)
        return self.catalog.default_model

    def gone_message(self, model_id: str) -> str:
        """One line for a server that answered that ``model_id`` does not exist (any more)."""
        try:
            spec = self.catalog.get(model_id)
        except UnknownModelError:
            return f"The server says the model {model_id} is not available; choose another model"
        instead = self._instead(spec, sendable_only=False)
        when = ""
        if spec.shutdown is not None:
            when = f" (OpenAI retired it on {spec.shutdown.isoformat()})"
        return f"The server says {spec.id} is no longer available{when}; use {instead} instead"

    def update_settings(self, settings: Settings) -> tuple[Settings, str | None]:
        """``settings`` with a default model this provider no longer serves replaced by its
        successor, and the one-time notice to show (None when nothing changed). The caller
        saves the result, so the notice is not repeated."""
        model = settings.defaults.model
        instead = self.replacement(model)
        if instead == model:
            return settings, None
        defaults = replace(settings.defaults, model=instead)
        notice = f"Your default model {model} is no longer available"
        if model in self.catalog.models:
            day = self.catalog.get(model).shutdown
            notice = f"Your default model {model} was retired on {day.isoformat() if day else ''}"
        return replace(settings, defaults=defaults), f"{notice}; it is now {instead}."

    def _instead(self, spec: ModelSpec, *, sendable_only: bool = True) -> str:
        names = list(spec.replacements)
        if not names or spec.id == self.catalog.default_model:
            return self.catalog.default_model
        if sendable_only:
            names = [n for n in names if self.replacement(n) == n] or [self.replacement(spec.id)]
        return " or ".join(names)
