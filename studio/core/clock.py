"""The app's one clock: today and now, moved as a whole by STUDIO_TODAY for diagnostics and CI.

Anything that depends on the date (model shutdowns, budget days, "as of" prices, the store's
timestamps) asks a Clock; tests pin theirs with ``Clock.on(date)``. ``STUDIO_TODAY=YYYY-MM-DD``
shifts the whole process by whole days, so time still flows and records stay ordered.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

ENV_VAR = "STUDIO_TODAY"


class ClockError(ValueError):
    """STUDIO_TODAY holds something that is not a date."""


@dataclass(frozen=True)
class Clock:
    """Local and UTC time, shifted by ``offset`` from the system's."""

    offset: timedelta = timedelta(0)

    @classmethod
    def on(cls, day: date) -> Clock:
        """A clock whose today is ``day`` (the time of day runs on as usual)."""
        return cls(day - date.today())

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Clock:
        """The system clock, moved to STUDIO_TODAY when that is set."""
        value = (os.environ if environ is None else environ).get(ENV_VAR, "").strip()
        if not value:
            return cls()
        return cls.on(parse_day(value))

    @property
    def shifted(self) -> bool:
        return bool(self.offset)

    def today(self) -> date:
        """The local date."""
        return self.now().date()

    def now(self) -> datetime:
        """Local wall time, naive (as ``datetime.now()``)."""
        return datetime.now() + self.offset

    def utc_now(self) -> datetime:
        """Aware UTC time (as ``datetime.now(UTC)``)."""
        return datetime.now(UTC) + self.offset


def parse_day(value: str) -> date:
    """A YYYY-MM-DD date, or ClockError saying what was wrong."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ClockError(
            f"{ENV_VAR} must be a date such as 2026-12-01, not {value!r}; unset it to use "
            "the system date"
        ) from None


def system_clock() -> Clock:
    """The process's clock: the system's, or STUDIO_TODAY's."""
    return Clock.from_env()
