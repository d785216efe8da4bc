"""Daily and monthly spending caps: is a job's estimate ok, near a cap (warn) or over one."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from studio.core.clock import system_clock
from studio.core.pricing import Estimate
from studio.core.settings import Budgets
from studio.core.store import Store

Now = Callable[[], datetime]


class Verdict(StrEnum):
    OK = "ok"
    WARN = "warn"
    OVER = "over"


@dataclass(frozen=True)
class Periods:
    """Local today and this month as UTC ISO bounds [start, end) for the store's ``created``."""

    day: str
    day_start: str
    day_end: str
    month: str
    month_start: str
    month_end: str


@dataclass(frozen=True)
class Spent:
    """Dollars already committed today and this month (billed, plus estimates of running jobs)."""

    today_usd: float
    month_usd: float


@dataclass(frozen=True)
class BudgetCheck:
    """The verdict for one job against the caps, with a sentence naming cap, spend and estimate."""

    verdict: Verdict
    message: str
    cap: str | None = None  # "daily" or "monthly": the cap the verdict is about
    cap_usd: float | None = None
    spent_usd: float = 0.0
    estimate_usd: float = 0.0
    period: str = ""  # the day (YYYY-MM-DD) or month (YYYY-MM) of that cap

    @property
    def after_usd(self) -> float:
        return self.spent_usd + self.estimate_usd

    @property
    def over(self) -> bool:
        return self.verdict is Verdict.OVER


def periods(now: datetime | None = None) -> Periods:
    """Local-day and local-month boundaries; a naive ``now`` is read as the system's local time."""
    now = now or system_clock().now()
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    next_day = _local(day.replace(tzinfo=None) + timedelta(days=1), now)
    month = day.replace(day=1)
    year, month_no = (month.year + 1, 1) if month.month == 12 else (month.year, month.month + 1)
    next_month = month.replace(year=year, month=month_no)
    return Periods(
        day.strftime("%Y-%m-%d"),
        _utc_iso(day),
        _utc_iso(next_day),
        month.strftime("%Y-%m"),
        _utc_iso(month),
        _utc_iso(next_month),
    )


def spent(store: Store, bounds: Periods) -> Spent:
    """Today's and this month's committed spend, from the store."""
    today = store.total_cost(bounds.day_start, bounds.day_end)
    today += store.pending_cost(bounds.day_start, bounds.day_end)
    month = store.total_cost(bounds.month_start, bounds.month_end)
    month += store.pending_cost(bounds.month_start, bounds.month_end)
    return Spent(today, month)


def check(budgets: Budgets, spent_now: Spent, estimate_usd: float, bounds: Periods) -> BudgetCheck:
    """Over if the job would cross a cap, warn if it would reach ``warn_fraction`` of one."""
    caps = (
        ("daily", budgets.daily_usd, spent_now.today_usd, "today's", bounds.day),
        ("monthly", budgets.monthly_usd, spent_now.month_usd, "this month's", bounds.month),
    )
    warning: BudgetCheck | None = None
    for name, cap, already, whose, period in caps:
        if cap is None:
            continue
        after = already + estimate_usd
        if after > cap + 1e-12:
            message = (
                f"This job (~{usd(estimate_usd)}) would take {whose} spend from {usd(already)} "
                f"to {usd(after)}, over the {name} cap of {cap_usd(cap)}."
            )
            return BudgetCheck(Verdict.OVER, message, name, cap, already, estimate_usd, period)
        if warning is None and cap > 0 and after >= budgets.warn_fraction * cap:
            message = (
                f"After this job (~{usd(estimate_usd)}) {whose} spend would be {usd(after)}: "
                f"{after / cap:.0%} of the {name} cap of {cap_usd(cap)} ({usd(already)} spent)."
            )
            warning = BudgetCheck(Verdict.WARN, message, name, cap, already, estimate_usd, period)
    return warning or BudgetCheck(Verdict.OK, "", spent_usd=0.0, estimate_usd=estimate_usd)


def usd(value: float) -> str:
    """Money, one way everywhere: "$1,234.56" from a dollar up, "$0.0113" below (drafts cost
    fractions of a cent), and "-$0.11" for a negative amount."""
    sign = "-" if value < 0 else ""
    amount = abs(value)
    digits = 2 if round(amount, 4) >= 1 or amount == 0 else 4
    return f"{sign}${amount:,.{digits}f}"


def cap_usd(value: float) -> str:
    """A cap as the user typed it: whole cents unless it has more digits."""
    return f"${value:,.2f}" if round(value, 2) == value else usd(value)


class SpendGuard:
    """Checks jobs against the caps; refuses over-cap jobs the user has not approved.

    Callable as the job runner's guard (on a worker thread). With ``on_exceed == "ask"`` the UI
    asks first and calls :meth:`approve`, which lets spending in that day or month reach the
    approved total; anything beyond it is refused, so no job crosses a cap unseen.
    """

    def __init__(
        self, store: Store, budgets: Callable[[], Budgets], clock: Now | None = None
    ) -> None:
        self._store = store
        self._budgets = budgets
        self._clock = clock or store.clock.now
        self._lock = threading.Lock()
        self._approved: dict[tuple[str | None, str], float] = {}

    @property
    def budgets(self) -> Budgets:
        return self._budgets()

    def periods(self) -> Periods:
        return periods(self._clock())

    def spent(self) -> Spent:
        return spent(self._store, self.periods())

    def check(self, estimate_usd: float) -> BudgetCheck:
        bounds = self.periods()
        return check(self._budgets(), spent(self._store, bounds), estimate_usd, bounds)

    def approve(self, result: BudgetCheck) -> None:
        """The user accepted crossing this cap: allow spend in its period up to this total."""
        key = (result.cap, result.period)
        with self._lock:
            self._approved[key] = max(self._approved.get(key, 0.0), result.after_usd)

    def is_approved(self, result: BudgetCheck) -> bool:
        with self._lock:
            allowed = self._approved.get((result.cap, result.period))
        return allowed is not None and result.after_usd <= allowed + 1e-9

    def __call__(self, estimate: Estimate) -> str | None:
        """The runner's guard: a refusal reason, or None to send."""
        result = self.check(estimate.total_usd)
        if not result.over or self.is_approved(result):
            return None
        return f"{result.message} Refused before sending (budget settings)."


def _local(naive: datetime, like: datetime) -> datetime:
    return naive.replace(tzinfo=like.tzinfo) if like.tzinfo is not None else naive


def _utc_iso(moment: datetime) -> str:
    # A naive datetime is local time; astimezone() applies the system's DST rules to it.
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")
