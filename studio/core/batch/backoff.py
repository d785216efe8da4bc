"""When to ask the API about an open batch again: soon after a change, then less and less."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class BackOff:
    """Delays double from ``first_s`` up to ``max_s`` while nothing changes; a change resets.

    A batch takes minutes to hours, so a real provider is asked every 30 s at first and at most
    every 10 minutes after; the demo emulator moves in seconds.
    """

    first_s: float = 30.0
    max_s: float = 600.0

    def delay_s(self, unchanged_polls: int) -> float:
        return min(self.max_s, self.first_s * 2.0 ** max(0, min(unchanged_polls, 20)))

    def next_poll(self, now: datetime, unchanged_polls: int) -> datetime:
        return now + timedelta(seconds=self.delay_s(unchanged_polls))


DEMO = BackOff(first_s=1.0, max_s=5.0)
