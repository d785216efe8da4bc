"""Budget caps: local-day bounds, ok/warn/over verdicts, and the runner guard over the emulator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from studio.core.budget import Periods, SpendGuard, Spent, Verdict, check, periods
from studio.core.events import ErrorKind, Failed, Usage
from studio.core.requests import ImageParams, ImageRequest
from studio.core.runner import JobOptions
from studio.core.services import Services
from studio.core.settings import Budgets
from studio.core.store import Store
from studio.emulator.server import EmulatorServer

PLUS_TWO = timezone(timedelta(hours=2))
BOUNDS = periods(datetime(2026, 11, 21, 12, 0, tzinfo=PLUS_TWO))


def test_local_day_and_month_become_utc_bounds() -> None:
    bounds = periods(datetime(2026, 12, 1, 0, 30, tzinfo=PLUS_TWO))
    assert bounds == Periods(
        "2026-12-01",
        "2026-11-30T22:00:00.000+00:00",
        "2026-12-01T22:00:00.000+00:00",
        "2026-12",
        "2026-11-30T22:00:00.000+00:00",
        "2026-12-31T22:00:00.000+00:00",
    )


def test_december_rolls_over_to_january() -> None:
    bounds = periods(datetime(2026, 12, 31, 23, 0, tzinfo=UTC))
    assert bounds.month_end == "2027-01-01T00:00:00.000+00:00"
    assert bounds.day_end == "2027-01-01T00:00:00.000+00:00"


def test_no_caps_is_always_ok() -> None:
    assert check(Budgets(), Spent(100.0, 1000.0), 5.0, BOUNDS).verdict is Verdict.OK


def test_below_warn_fraction_is_ok() -> None:
    result = check(Budgets(daily_usd=1.0), Spent(0.5, 0.5), 0.2, BOUNDS)
    assert result.verdict is Verdict.OK and result.message == ""


def test_reaching_eighty_percent_warns_naming_the_cap() -> None:
    result = check(Budgets(daily_usd=1.0), Spent(0.6, 0.6), 0.2, BOUNDS)
    assert result.verdict is Verdict.WARN and result.cap == "daily"
    assert "80%" in result.message and "$1.00" in result.message
    assert "$0.2000" in result.message and "$0.6000" in result.message


def test_crossing_a_cap_is_over_with_spent_estimate_and_cap() -> None:
    result = check(Budgets(daily_usd=1.0), Spent(0.9, 0.9), 0.211, BOUNDS)
    assert result.over and result.cap == "daily" and result.period == "2026-11-21"
    assert result.message == (
        "This job (~$0.2110) would take today's spend from $0.9000 to $1.11, "
        "over the daily cap of $1.00."
    )


def test_monthly_cap_is_checked_too() -> None:
    result = check(Budgets(daily_usd=5.0, monthly_usd=20.0), Spent(1.0, 19.9), 0.2, BOUNDS)
    assert result.over and result.cap == "monthly" and result.period == "2026-11"
    assert "this month's spend from $19.90" in result.message


def _record(store: Store, cost: float, status: str = "completed") -> str:
    request = ImageRequest("x", ImageParams(quality="low", size="1024x1024"))
    job = store.begin_job(request, fingerprint=f"f{cost}", estimate_usd=cost)
    if status != "running":
        store.finish_job(job, status=status, usage=Usage(10, 0, 100), cost_usd=cost)
    return job


def test_guard_counts_billed_and_running_jobs(tmp_path) -> None:
    store = Store(tmp_path)
    _record(store, 0.5)
    _record(store, 0.3, status="running")
    guard = SpendGuard(store, lambda: Budgets(daily_usd=1.0, on_exceed="refuse"))
    assert guard.spent().today_usd == 0.8
    assert guard.check(0.1).verdict is Verdict.WARN
    assert guard.check(0.3).over


def test_guard_refuses_until_the_user_approves(tmp_path, catalog) -> None:
    from studio.core import pricing

    store = Store(tmp_path)
    _record(store, 0.99)
    guard = SpendGuard(store, lambda: Budgets(daily_usd=1.0))
    request = ImageRequest("a cat", ImageParams(quality="high", size="1024x1024"))
    estimate = pricing.estimate(request, catalog.get("gpt-image-2"))
    reason = guard(estimate)
    assert reason is not None and "daily cap of $1.00" in reason
    guard.approve(guard.check(estimate.total_usd))
    assert guard(estimate) is None


def test_capped_budget_refuses_before_any_request(
    services: Services, emulator: EmulatorServer
) -> None:
    guard = SpendGuard(services.store, lambda: Budgets(daily_usd=0.01, on_exceed="refuse"))
    request = ImageRequest("a lighthouse", ImageParams(quality="high", size="1024x1024"))
    events = list(services.runner.run(request, JobOptions(use_cache=False), guard=guard))
    assert len(events) == 1 and isinstance(events[0], Failed)
    assert events[0].kind is ErrorKind.BUDGET and "daily cap of $0.01" in events[0].message
    assert emulator.requests == []


def test_money_is_formatted_one_way_with_thousands_separators() -> None:
    from studio.core.budget import cap_usd, usd

    assert usd(1234.5) == "$1,234.50"
    assert usd(12.3456) == "$12.35"
    assert usd(1.0) == "$1.00"
    assert usd(0.0113) == "$0.0113"
    assert usd(0) == "$0.00"
    assert usd(-0.1092) == "-$0.1092"
    assert cap_usd(2500) == "$2,500.00"
