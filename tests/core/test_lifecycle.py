"""The app's clock (STUDIO_TODAY) and model retirement: a rule about sending, not knowing."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from studio.core.budget import SpendGuard
from studio.core.catalog import Catalog
from studio.core.clock import Clock, ClockError
from studio.core.lifecycle import Lifecycle
from studio.core.providers import ProviderKind
from studio.core.requests import ImageParams, ImageRequest
from studio.core.settings import Budgets, Defaults, Settings, load_settings, save_settings
from studio.core.store import Store
from tests.core.test_cli import cli

REPO = Path(__file__).resolve().parents[2]
SHUTDOWN = date(2026, 12, 1)


def test_studio_today_moves_the_whole_clock() -> None:
    clock = Clock.from_env({"STUDIO_TODAY": "2027-06-01"})
    assert clock.today() == date(2027, 6, 1)
    assert clock.now().date() == date(2027, 6, 1)
    assert clock.utc_now() - clock.now().astimezone() < timedelta(seconds=5)
    assert Clock.from_env({}).offset == timedelta(0)
    assert Clock.from_env({"STUDIO_TODAY": " "}).today() == date.today()


def test_a_bad_studio_today_is_one_clear_error() -> None:
    with pytest.raises(ClockError, match=r"STUDIO_TODAY must be a date such as 2026-12-01"):
        Clock.from_env({"STUDIO_TODAY": "next tuesday"})


def test_the_cli_honours_studio_today(tmp_path: Path) -> None:
    env = {"STUDIO_TODAY": "2026-11-15", "STUDIO_DATA_DIR": str(tmp_path), "PATH": ""}
    args = ["estimate", "--prompt", "x", "--model", "gpt-image-1.5", "--json"]
    done = subprocess.run(
        [sys.executable, "-m", "studio", *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not any("retired" in note for note in json.loads(done.stdout)["notes"])
    env["STUDIO_TODAY"] = "2026-12-01"
    done = subprocess.run(
        [sys.executable, "-m", "studio", *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert json.loads(done.stdout)["notes"][0] == "retired on 2026-12-01 — estimate only"


def test_store_timestamps_and_budget_days_follow_the_same_clock(tmp_path: Path) -> None:
    clock = Clock.on(date(2031, 3, 4))
    store = Store(tmp_path, clock=clock)
    job = store.begin_job(ImageRequest("a fox"), fingerprint="f", estimate_usd=0.5)
    store.finish_job(job, status="completed", cost_usd=0.5)
    assert store.job(job).created.startswith("2031-03-0")
    guard = SpendGuard(store, lambda: Budgets(daily_usd=1.0))
    assert guard.periods().day == "2031-03-04"
    assert guard.spent().today_usd == pytest.approx(0.5)
    store.close()


@pytest.mark.parametrize(
    ("day", "refused"), [(date(2026, 11, 30), False), (SHUTDOWN, True), (date(2027, 6, 1), True)]
)
def test_openai_refuses_sending_from_the_shutdown_date(
    catalog: Catalog, day: date, refused: bool
) -> None:
    lifecycle = Lifecycle(catalog, ProviderKind.OPENAI, Clock.on(day))
    spec = catalog.get("gpt-image-1-mini")
    assert (lifecycle.sending_problem(spec) is not None) is refused
    assert lifecycle.sendable(catalog.get("gpt-image-2"))


@pytest.mark.parametrize("kind", [ProviderKind.AZURE, ProviderKind.COMPATIBLE])
def test_other_providers_are_never_refused_locally(catalog: Catalog, kind: ProviderKind) -> None:
    lifecycle = Lifecycle(catalog, kind, Clock.on(date(2030, 1, 1)))
    assert lifecycle.sending_problem(catalog.get("gpt-image-1")) is None
    assert lifecycle.estimate_note(catalog.get("gpt-image-1")) == (
        "retired by OpenAI on 2026-10-23; your provider may still serve it"
    )


def test_replacements_follow_the_chain_to_a_model_that_can_be_sent(catalog: Catalog) -> None:
    lifecycle = Lifecycle(catalog, ProviderKind.OPENAI, Clock.on(SHUTDOWN))
    assert lifecycle.replacement("gpt-image-1.5") == "gpt-image-2.6-sunburst"
    assert lifecycle.replacement("gpt-image-1") == "gpt-image-2.5-sunburst"
    assert lifecycle.replacement("gpt-image-2") == "gpt-image-2"
    assert lifecycle.replacement("dall-e-3") == "gpt-image-2"


def test_a_saved_default_model_moves_on_once(catalog: Catalog) -> None:
    lifecycle = Lifecycle(catalog, ProviderKind.OPENAI, Clock.on(SHUTDOWN))
    saved = Settings(defaults=Defaults(model="chatgpt-image-latest", quality="high"))
    moved, notice = lifecycle.update_settings(saved)
    assert moved.defaults.model == "gpt-image-2.6-sunburst"
    assert moved.defaults.quality == "high"
    assert notice == (
        "Your default model chatgpt-image-latest was retired on 2026-12-01; "
        "it is now gpt-image-2.6-sunburst."
    )
    assert lifecycle.update_settings(moved) == (moved, None)


def test_the_cli_moves_a_retired_default_and_says_so_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("STUDIO_TODAY", "2026-12-01")
    save_settings(Settings(defaults=Defaults(model="gpt-image-1.5")))
    # Demo mode: the emulator follows OpenAI's dates, so the job goes out on the successor.
    code, _, err = cli(
        capsys, "generate", "--demo", "--prompt", "a fox", "--size", "1024x1024",
        "--quality", "low", "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert code == 0, err
    assert err == (
        "studio: note: Your default model gpt-image-1.5 was retired on 2026-12-01; "
        "it is now gpt-image-2.6-sunburst.\n"
    )
    assert load_settings().defaults.model == "gpt-image-1.5"  # demo leaves real settings alone


def test_estimates_and_reports_work_for_a_retired_model(tmp_path: Path, catalog: Catalog) -> None:
    from studio.core import reports

    store = Store(tmp_path, clock=Clock.on(date(2026, 11, 20)))
    request = ImageRequest("a fox", ImageParams(model="gpt-image-1.5", size="1024x1024"))
    job = store.begin_job(request, fingerprint="f", estimate_usd=0.1)
    store.finish_job(job, status="completed", cost_usd=0.04)
    store.clock = Clock.on(date(2027, 6, 1))  # long after its shutdown
    rows = reports.spend(store, "model")
    assert [(row.key, row.cost_usd) for row in rows] == [("gpt-image-1.5", pytest.approx(0.04))]
    store.close()
