"""`studio batch submit|status|collect|cancel` against the emulator through the real SDK."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from studio.cli import main
from studio.core.settings import Budgets, CompatibleProfile, Settings, save_settings
from studio.emulator.server import EmulatorServer
from tests.core.conftest import KEY, png_bytes

FAST = ["--size", "1024x1024", "--quality", "low"]


@pytest.fixture
def cli_on_emulator(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> EmulatorServer:
    save_settings(
        Settings(provider="compatible", compatible=CompatibleProfile(base_url=emulator.base_url))
    )
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    return emulator


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_submit_status_collect_twice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, cli_on_emulator: EmulatorServer
) -> None:
    code, out, err = cli(capsys, "batch", "submit", "--prompt", "a fox", *FAST, "--variations", "2")
    assert (code, err) == (0, "")
    batch_id = out.strip()
    assert batch_id.startswith("batch_")
    code, out, _ = cli(capsys, "batch", "status", batch_id, "--json")
    assert json.loads(out)[0]["status"] == "validating"
    code, out, _ = cli(capsys, "batch", "collect", batch_id, "--out", str(tmp_path / "o"))
    assert code == 0 and "nothing to collect yet" in out
    for _ in range(3):
        cli_on_emulator.step_batches(batch_id)
    code, out, _ = cli(capsys, "batch", "collect", batch_id, "--out", str(tmp_path / "o"), "--json")
    first = json.loads(out)
    assert code == 0 and len(first["written"]) == 2 and first["status"] == "completed"
    assert first["cost_usd"] == pytest.approx(first["estimate_usd"])
    stamps = {p: Path(p).stat().st_mtime_ns for p in first["written"]}
    code, out, _ = cli(capsys, "batch", "collect", batch_id, "--out", str(tmp_path / "o"), "--json")
    second = json.loads(out)
    assert (second["written"], second["unchanged"]) == ([], 2)
    assert {p: Path(p).stat().st_mtime_ns for p in first["written"]} == stamps
    code, out, _ = cli(capsys, "batch", "status")
    assert batch_id in out and "completed" in out and "2/2 done" in out


def test_sizes_and_pictures_make_one_request_each(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, cli_on_emulator: EmulatorServer
) -> None:
    pictures = []
    for colour in ("red", "green"):
        path = tmp_path / f"{colour}.png"
        path.write_bytes(png_bytes(Image.new("RGB", (1024, 1024), colour)))
        pictures += ["--image", str(path)]
    code, out, err = cli(
        capsys, "batch", "submit", "--prompt", "add a hat", "--quality", "low", *pictures,
        "--sizes", "1024x1024,1536x1024", "--json",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    data = json.loads(out)
    assert data["total"] == 4 and data["endpoint"] == "/v1/images/edits"


def test_cancel_and_unknown_id(
    capsys: pytest.CaptureFixture[str], cli_on_emulator: EmulatorServer
) -> None:
    code, out, _ = cli(capsys, "batch", "submit", "--prompt", "a fox", *FAST)
    batch_id = out.strip()
    code, out, _ = cli(capsys, "batch", "cancel", batch_id)
    assert (code, out.strip()) == (0, f"{batch_id}: cancelling")
    code, out, err = cli(capsys, "batch", "cancel", "batch_nope")
    assert code == 3 and out == "" and err.count("\n") == 1 and "no batch" in err


def test_over_budget_batch_is_not_sent(
    capsys: pytest.CaptureFixture[str], cli_on_emulator: EmulatorServer
) -> None:
    save_settings(
        Settings(
            provider="compatible",
            compatible=CompatibleProfile(base_url=cli_on_emulator.base_url),
            budgets=Budgets(daily_usd=0.001),
        )
    )
    code, out, err = cli(capsys, "batch", "submit", "--prompt", "a fox", *FAST, "--variations", "9")
    assert code == 6 and out == "" and err.count("\n") == 1 and "Nothing was sent" in err
    assert not [r for r in cli_on_emulator.requests if "/files" in r.path]


def test_invalid_request_names_the_problem(
    capsys: pytest.CaptureFixture[str], cli_on_emulator: EmulatorServer
) -> None:
    code, out, err = cli(capsys, "batch", "submit", "--prompt", "x", "--quality", "ultra")
    assert code == 3 and out == "" and err.count("\n") == 1 and "quality" in err
