"""The `studio` CLI in-process (capsys), plus one real `python -m studio` subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from studio.cli import main
from studio.core.paths import config_dir
from studio.core.settings import CompatibleProfile, Settings, save_settings
from studio.emulator.server import EmulatorServer, Fault
from tests.core.conftest import KEY, mask_with_hole, photo, png_bytes

REPO = Path(__file__).resolve().parents[2]
FAST = ["--size", "1024x640", "--quality", "low"]


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_failure(code: int, out: str, err: str, expected_code: int) -> str:
    """A failure: the exit code, nothing on stdout, exactly one line on stderr."""
    assert code == expected_code, err
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("studio: ")
    return err.strip()


# --- estimate --------------------------------------------------------------------------------


def test_estimate_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(
        capsys, "estimate", "--prompt", "a red fox", "--size", "1024x1024", "--quality", "high",
        "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["input_tokens"] == 9
    assert data["output_tokens"] == 7024
    assert data["cost_usd"] == round(9 * 5e-6 + 7024 * 30e-6, 6) == 0.210765
    assert (data["model"], data["size"], data["quality"], data["n"]) == (
        "gpt-image-2",
        "1024x1024",
        "high",
        1,
    )


def test_estimate_text_with_partials_and_n(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(
        capsys, "estimate", "--prompt", "a red fox", "--size", "1536x1024", "--quality", "low",
        "--n", "2", "--partial-images", "3",
    )  # fmt: skip
    assert code == 0
    assert out == "gpt-image-2 1536x1024 low x2: 18 input + 916 output tokens = $0.0276\n"


def test_estimate_edit_with_images(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    first.write_bytes(png_bytes(photo((1024, 1024))))
    second.write_bytes(png_bytes(photo((1536, 1024))))
    code, out, _ = cli(
        capsys, "estimate", "--prompt", "a red fox", "--model", "gpt-image-1.5",
        "--size", "1024x1024", "--quality", "medium", "--input-fidelity", "high",
        "--image", str(first), "--image", str(second), "--json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["input_image_tokens"] == (194 + 4160) + (323 + 6240)
    assert data["output_tokens"] == 1056


def test_estimate_invalid_names_the_parameter(capsys: pytest.CaptureFixture[str]) -> None:
    failure = one_line_failure(*cli(capsys, "estimate", "--prompt", "x", "--n", "11"), 3)
    assert failure == "studio: n: must be between 1 and 10 (got 11)"


def test_estimate_of_a_retired_model_works_and_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUDIO_TODAY", "2026-12-01")
    code, out, err = cli(capsys, "estimate", "--prompt", "x", "--model", "gpt-image-1", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["model"] == "gpt-image-1"
    assert data["notes"][0] == "retired on 2026-10-23 — estimate only"
    assert data["cost_usd"] > 0


def test_sending_a_retired_model_names_the_replacement(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("STUDIO_TODAY", "2026-12-01")
    out = tmp_path / "out"
    result = cli(
        capsys, "generate", "--demo", "--prompt", "x", "--model", "gpt-image-1", "--out", str(out)
    )
    assert one_line_failure(*result, 3) == (
        "studio: gpt-image-1 was shut down on 2026-10-23; "
        "use gpt-image-2.5-sunburst or gpt-image-2.5-flare instead"
    )


def test_estimate_missing_image(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.png"
    result = cli(capsys, "estimate", "--prompt", "x", "--image", str(missing))
    assert one_line_failure(*result, 3) == (
        f"studio: cannot read the image {missing}: No such file or directory"
    )


def test_estimate_uses_the_users_price_override(capsys: pytest.CaptureFixture[str]) -> None:
    (config_dir() / "prices.toml").write_text(
        '[models."gpt-image-2"]\nimage_out = 60.0\ntext_in = 0.0\n', encoding="utf-8"
    )
    code, out, _ = cli(
        capsys, "estimate", "--prompt", "x", "--size", "1024x1024", "--quality", "high", "--json"
    )
    assert code == 0
    assert json.loads(out)["cost_usd"] == round(7024 * 60e-6, 6)


# --- generate / edit ---------------------------------------------------------------------------


def generate(capsys: pytest.CaptureFixture[str], out: Path, *extra: str) -> tuple[int, str, str]:
    return cli(
        capsys, "generate", "--demo", "--prompt", "a red fox", *FAST, "--out", str(out), "--json",
        *extra,
    )  # fmt: skip


def test_generate_demo_json_then_cached(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = generate(capsys, tmp_path / "out")
    assert (code, err) == (0, "")
    first = json.loads(out)
    assert set(first) >= {"files", "usage", "cost_usd", "cached"}
    assert first["cached"] is False
    assert first["usage"]["output_tokens"] == 107
    assert first["cost_usd"] == round(first["usage"]["input_text_tokens"] * 5e-6 + 107 * 30e-6, 6)
    [path] = first["files"]
    assert Path(path).parent == (tmp_path / "out").resolve()
    with Image.open(path) as image:
        assert (image.format, image.size) == ("PNG", (1024, 640))

    again = json.loads(generate(capsys, tmp_path / "again")[1])
    assert (again["cached"], again["cost_usd"]) == (True, 0.0)
    assert Path(again["files"][0]).read_bytes() == Path(path).read_bytes()

    fresh = json.loads(generate(capsys, tmp_path / "fresh", "--no-cache")[1])
    assert fresh["cached"] is False and fresh["cost_usd"] > 0


def test_generate_text_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = cli(
        capsys, "generate", "--demo", "--prompt", "a fox", *FAST, "--n", "2", "--out",
        str(tmp_path),
    )  # fmt: skip
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("2 image(s) ($")
    assert len(lines) == 3 and all(Path(line.strip()).is_file() for line in lines[1:])


def test_edit_demo_with_images_and_mask(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first, second, mask = tmp_path / "a.png", tmp_path / "b.png", tmp_path / "m.png"
    original = photo((512, 512))
    first.write_bytes(png_bytes(original))
    second.write_bytes(png_bytes(photo((256, 256), seed=3)))
    mask.write_bytes(png_bytes(mask_with_hole((512, 512), (100, 100, 200, 200))))
    code, out, err = cli(
        capsys, "edit", "--demo", "--prompt", "add a moon", "--image", str(first),
        "--image", str(second), "--mask", str(mask), "--size", "1024x1024", "--quality", "low",
        "--out", str(tmp_path / "out"), "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["usage"]["input_image_tokens"] == 1024 + 256
    [path] = data["files"]
    with Image.open(path) as result:
        # Composited back onto the first image: its size, its pixels far from the mask.
        assert result.size == (512, 512)
        assert result.convert("RGB").crop((300, 300, 512, 512)).tobytes() == (
            original.crop((300, 300, 512, 512)).tobytes()
        )


@pytest.mark.parametrize(
    ("fault", "code", "start"),
    [
        ("moderation", 5, "studio: The request was refused by the safety system"),
        ("insufficient_quota", 5, "studio: Your account is out of credit"),
        ("server_error", 5, "studio: The image service had an internal error"),
        ("auth", 4, "studio: The API key was rejected"),
        ("stream_cut", 5, "studio: The connection dropped during the stream"),
        ("stream_error", 5, "studio: The request was refused by the safety system"),
    ],
)
def test_generate_failures_are_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fault: str, code: int, start: str
) -> None:
    result = cli(
        capsys, "generate", "--demo", "--prompt", f"a fox [[fault:{fault}]]", *FAST,
        "--partial-images", "1", "--out", str(tmp_path / "out"), "--json",
    )  # fmt: skip
    assert one_line_failure(*result, code).startswith(start)
    assert not (tmp_path / "out").exists()  # nothing arrived: no empty folder either


def use_emulator(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings pointing at the test's emulator as an OpenAI-compatible URL; key in the env."""
    save_settings(
        Settings(provider="compatible", compatible=CompatibleProfile(base_url=emulator.base_url))
    )
    monkeypatch.setenv("OPENAI_API_KEY", KEY)


def test_generate_rate_limit_is_retried_visibly(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_emulator(emulator, monkeypatch)
    emulator.inject(Fault(kind="rate_limit", retry_after=0.05))
    code, out, err = cli(
        capsys, "generate", "--prompt", "x", *FAST, "--out", str(tmp_path), "--json"
    )
    assert code == 0
    assert json.loads(out)["cached"] is False
    assert err.count("\n") == 1
    assert err.startswith("studio: Rate limited by the API.")
    assert err.endswith("Retrying in 0.1s (attempt 2)\n")
    assert len(emulator.requests) == 2


def test_generate_invalid_request(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = cli(
        capsys, "generate", "--demo", "--prompt", "x", "--size", "1000x1000", "--out",
        str(tmp_path),
    )  # fmt: skip
    assert one_line_failure(*result, 3) == (
        "studio: size: 1000x1000: both edges must be multiples of 16"
    )


def test_generate_without_a_key(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = cli(capsys, "generate", "--prompt", "x", *FAST, "--out", str(tmp_path))
    assert one_line_failure(*result, 4) == (
        "studio: No API key. Enter one in Settings, set OPENAI_API_KEY, or use demo mode."
    )


def test_generate_with_the_key_from_the_environment(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_emulator(emulator, monkeypatch)
    code, out, err = cli(
        capsys, "generate", "--prompt", "x", *FAST, "--out", str(tmp_path), "--json"
    )
    assert (code, err) == (0, "")
    assert json.loads(out)["cached"] is False
    assert [r.auth for r in emulator.requests] == ["bearer"]
    assert KEY not in out


def test_an_unusable_out_folder_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    result = cli(capsys, "generate", "--demo", "--prompt", "x", "--out", str(not_a_folder))
    assert one_line_failure(*result, 2) == (
        f"studio: --out: {not_a_folder} is a file, not a folder; choose a folder for the images"
    )


def test_broken_settings_file_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (config_dir() / "settings.json").write_text("{broken", encoding="utf-8")
    result = cli(capsys, "generate", "--demo", "--prompt", "x", "--out", str(tmp_path))
    assert "is not valid settings JSON" in one_line_failure(*result, 1)


def test_broken_prices_file_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    (config_dir() / "prices.toml").write_text("[models", encoding="utf-8")
    result = cli(capsys, "estimate", "--prompt", "x")
    one_line_failure(*result, 1)


def test_bad_arguments_exit_with_usage_code(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["generate", "--prompt", "x"])  # --out is required
    assert caught.value.code == 2
    assert "--out" in capsys.readouterr().err


# --- usage -----------------------------------------------------------------------------------


def test_usage_by_day_model_quality(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    generate(capsys, tmp_path / "one")
    cli(
        capsys, "generate", "--demo", "--prompt", "an owl", "--model", "gpt-image-2.5-flare",
        "--size", "1024x640", "--quality", "medium", "--out", str(tmp_path / "two"),
    )  # fmt: skip
    generate(capsys, tmp_path / "three")  # a cache hit

    code, out, _ = cli(capsys, "usage", "--by", "model", "--json")
    assert code == 0
    data = json.loads(out)
    rows = {row["key"]: row for row in data["rows"]}
    assert set(rows) == {"gpt-image-2", "gpt-image-2.5-flare"}
    assert rows["gpt-image-2"]["jobs"] == 2
    assert rows["gpt-image-2"]["cache_hits"] == 1
    assert rows["gpt-image-2.5-flare"]["output_tokens"] == 239
    assert data["total_usd"] == round(sum(r["cost_usd"] for r in data["rows"]), 6)

    code, out, _ = cli(capsys, "usage", "--by", "quality", "--csv")
    table = list(csv.reader(io.StringIO(out)))
    assert table[0] == [
        "quality", "jobs", "images", "cost_usd", "input_tokens", "output_tokens", "cache_hits",
    ]  # fmt: skip
    assert sorted(row[0] for row in table[1:]) == ["low", "medium"]

    code, out, _ = cli(capsys, "usage", "--by", "day")
    lines = out.splitlines()
    assert lines[0].split() == ["day", "jobs", "images", "cost", "USD"]
    assert len(lines) == 3 and lines[-1].startswith("total")


def test_usage_with_no_history(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "usage", "--json")
    assert code == 0
    assert json.loads(out) == {"by": "day", "total_usd": 0.0, "rows": []}


# --- the real command --------------------------------------------------------------------------


def test_python_m_studio_generate_demo_json(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.pop("OPENAI_API_KEY", None)
    done = subprocess.run(
        [sys.executable, "-m", "studio", "generate", "--demo", "--prompt", "a red fox", *FAST,
         "--out", str(tmp_path / "out"), "--json"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    data = json.loads(done.stdout)
    assert data["cached"] is False
    assert data["usage"]["output_tokens"] == 107
    assert Path(data["files"][0]).is_file()
    # The subprocess wrote into this test's isolated data dir.
    assert (tmp_path / "data" / "studio.db").is_file()
