"""The CLI under faults: the right image from the cache, budgets, --out and disks, odd input."""

from __future__ import annotations

import errno
import io
import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from studio import cli_jobs
from studio.cli import main
from studio.core.paths import config_dir, data_dir
from studio.core.settings import Budgets, CompatibleProfile, Settings, save_settings
from studio.core.store import Store
from studio.emulator.server import EmulatorServer
from tests.core.conftest import KEY, mask_with_hole, photo, png_bytes
from tests.core.test_cli import FAST, REPO, cli, one_line_failure


def settings(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch, **extra: object) -> None:
    """The test's emulator as an OpenAI-compatible URL, the key in the environment."""
    profile = CompatibleProfile(base_url=emulator.base_url)
    save_settings(Settings(provider="compatible", compatible=profile, **extra))  # type: ignore[arg-type]
    monkeypatch.setenv("OPENAI_API_KEY", KEY)


def generate(capsys: pytest.CaptureFixture[str], out: Path, *extra: str) -> tuple[int, str, str]:
    return cli(capsys, "generate", "--prompt", "a red fox", *FAST, "--out", str(out), "--json",
               *extra)  # fmt: skip


def edit_files(tmp_path: Path) -> tuple[Path, Path]:
    picture, mask = tmp_path / "a.png", tmp_path / "m.png"
    picture.write_bytes(png_bytes(photo((512, 512))))
    mask.write_bytes(png_bytes(mask_with_hole((512, 512), (100, 100, 300, 300))))
    return picture, mask


def edit(capsys: pytest.CaptureFixture[str], tmp_path: Path, out: str, *extra: str) -> dict:
    picture, mask = edit_files(tmp_path)
    code, stdout, err = cli(
        capsys, "edit", "--prompt", "add a moon", "--image", str(picture), "--mask", str(mask),
        "--size", "1024x1024", "--quality", "low", "--out", str(tmp_path / out), "--json", *extra,
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    return dict(json.loads(stdout))


def jobs() -> int:
    store = Store()
    try:
        return len(store.jobs())
    finally:
        store.close()


# --- §1 the $0 cache ---------------------------------------------------------------------------


def test_no_composite_and_feather_are_in_the_cache_key(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings(emulator, monkeypatch)
    composited = edit(capsys, tmp_path, "one")
    raw = edit(capsys, tmp_path, "two", "--no-composite")
    assert raw["cached"] is False
    assert Path(raw["files"][0]).read_bytes() != Path(composited["files"][0]).read_bytes()
    with Image.open(raw["files"][0]) as image:
        assert image.size == (1024, 1024)  # the API's own output, not put back onto 512²
    assert edit(capsys, tmp_path, "three", "--no-composite")["cached"] is True
    settings(emulator, monkeypatch, feather_px=12)
    assert edit(capsys, tmp_path, "four")["cached"] is False
    assert len(emulator.requests) == 3


def test_the_provider_is_in_the_cache_key(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo = cli(capsys, "generate", "--demo", "--prompt", "a red fox", *FAST, "--out",
               str(tmp_path / "demo"), "--json")  # fmt: skip
    assert demo[0] == 0
    settings(emulator, monkeypatch)
    code, out, _ = generate(capsys, tmp_path / "real")
    assert code == 0
    assert (json.loads(out)["cached"], len(emulator.requests)) == (False, 1)


def test_a_damaged_cached_file_is_set_aside_reported_and_sent_again(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings(emulator, monkeypatch)
    first = json.loads(generate(capsys, tmp_path / "one")[1])
    [stored] = (data_dir() / "images").rglob("*.png")
    good = stored.read_bytes()
    stored.write_bytes(good[:100] + bytes(len(good) - 100))  # same size, zeroed tail
    code, out, err = generate(capsys, tmp_path / "two")
    assert code == 0
    again = json.loads(out)
    assert again["cached"] is False and len(emulator.requests) == 2
    assert err.count("\n") == 1 and "was damaged on disk and was moved to" in err
    [quarantined] = (data_dir() / "quarantine").iterdir()
    assert quarantined.read_bytes() != good
    assert Path(first["files"][0]).read_bytes() == good  # --out copies are not the store's
    with Image.open(again["files"][0]) as image:
        image.load()  # the new answer, whole


# --- §2 budgets ------------------------------------------------------------------------------

TINY = Budgets(daily_usd=0.001, monthly_usd=0.001, on_exceed="refuse")


def test_the_cli_refuses_over_budget_before_sending(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings(emulator, monkeypatch, budgets=TINY)
    for _ in range(3):
        failure = one_line_failure(*generate(capsys, tmp_path / "out"), 6)
        assert "over the daily cap of $0.001" in failure and "Not sent" in failure
    assert (len(emulator.requests), jobs()) == (0, 0)
    assert not (tmp_path / "out").exists()


def test_ask_mode_refuses_without_a_terminal(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings(emulator, monkeypatch, budgets=Budgets(daily_usd=0.001, on_exceed="ask"))
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))  # not a terminal: never read
    failure = one_line_failure(*generate(capsys, tmp_path / "out"), 6)
    assert failure.endswith("Not sent: there is no terminal to ask for approval.")
    assert len(emulator.requests) == 0


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "code", "sent"), [("y\n", 0, 1), ("\n", 6, 0)])
def test_ask_mode_asks_on_a_terminal(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    code: int,
    sent: int,
) -> None:
    settings(emulator, monkeypatch, budgets=Budgets(daily_usd=0.001, on_exceed="ask"))
    monkeypatch.setattr(sys, "stdin", Terminal(answer))
    result, _, err = generate(capsys, tmp_path / "out")
    assert result == code
    assert "Send it anyway? [y/N]" in err
    assert len(emulator.requests) == sent


# --- §6 --out and disks --------------------------------------------------------------------------


def test_an_out_below_a_file_is_refused_before_sending(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    result = cli(capsys, "generate", "--demo", "--prompt", "x", "--out", str(blocker / "sub"))
    assert one_line_failure(*result, 2) == (
        f"studio: --out: cannot create the folder {blocker / 'sub'}: {blocker} is a file"
    )
    assert jobs() == 0


def test_a_full_data_folder_still_delivers_to_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Store, "add_image", full)
    out_dir = str(tmp_path / "o")
    code, out, err = cli(capsys, "generate", "--demo", "--prompt", "a fox", *FAST,
                         "--partial-images", "1", "--out", out_dir, "--json")  # fmt: skip
    assert code == 0
    assert err.count("\n") == 1
    assert "Could not save to the data folder" in err and "No space left on device" in err
    [written] = json.loads(out)["files"]
    with Image.open(written) as image:
        assert image.size == (1024, 640)
    assert [p.name for p in (tmp_path / "o").iterdir()] == [Path(written).name]  # no temp


def test_a_full_out_says_where_the_image_is_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cli_jobs, "write_atomic", full)
    result = cli(capsys, "generate", "--demo", "--prompt", "a fox", *FAST, "--out",
                 str(tmp_path / "out"))  # fmt: skip
    failure = one_line_failure(*result, 1)
    assert "(No space left on device); 1 image(s) kept in the data folder: " in failure
    kept = Path(failure.split("kept in the data folder: ")[1])
    assert kept.is_file() and kept.is_relative_to(data_dir())


# --- §7 more a careful user hits ---------------------------------------------------------------


def test_a_stream_cut_after_image_one_writes_image_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = cli(capsys, "generate", "--demo", "--prompt", "a fox [[fault:stream_cut]]",
                         *FAST, "--n", "2", "--out", str(tmp_path / "out"))  # fmt: skip
    failure = one_line_failure(code, "", err, 5)
    [written] = (tmp_path / "out").iterdir()
    assert f"1 image(s) received before that were written: {written.resolve()}" in failure
    assert out == f"1 image(s) kept before the failure:\n  {written.resolve()}\n"
    with Image.open(written) as image:
        assert image.size == (1024, 640)


def bomb_png(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares width×height pixels (its data is one empty row)."""
    real = io.BytesIO()
    Image.new("L", (1, 1)).save(real, "PNG")
    data = bytearray(real.getvalue())
    data[16:24] = width.to_bytes(4, "big") + height.to_bytes(4, "big")
    return bytes(data)


@pytest.mark.parametrize("command", ["edit", "estimate"])
def test_a_tiny_png_declaring_30000_squared_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(bomb_png(30000, 30000))
    assert bomb.stat().st_size < 120
    extra = ["--demo", "--out", str(tmp_path / "out")] if command == "edit" else []
    result = cli(capsys, command, "--prompt", "x", "--image", str(bomb), *extra)
    assert one_line_failure(*result, 3) == (
        "studio: image: image 1 (bomb.png) is 30000×30000 pixels (900 megapixels); Studio opens "
        "up to 144 megapixels: scale it down first"
    )
    assert not (tmp_path / "out").exists()


def test_a_nul_prompt_is_refused_before_sending(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    result = cli(capsys, "generate", "--demo", "--prompt", "\0\0", "--out", str(tmp_path / "o"))
    assert (
        one_line_failure(*result, 3) == "studio: prompt: contains a NUL character (\\0); remove it"
    )
    assert not (tmp_path / "o").exists() and jobs() == 0


def test_invalid_utf8_in_the_prompt_is_a_clear_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "studio", "generate", "--demo", "--prompt", b"a \xff fox",
         "--out", str(tmp_path / "out")],
        cwd=REPO, capture_output=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 3
    assert done.stderr.decode() == (
        "studio: prompt: character 3 is not valid text (a broken UTF-8 byte or a lone "
        "surrogate); retype it or save the prompt as UTF-8\n"
    )


def damaged_inputs() -> dict[str, bytes]:
    good_png = png_bytes(photo((512, 512)))
    jpeg = io.BytesIO()
    photo((512, 512)).save(jpeg, "JPEG")
    body = jpeg.getvalue()
    return {
        "cut.png": good_png[: len(good_png) // 2],
        "zeroed.jpg": body[:600] + bytes(len(body) - 600),
        "zeros.jpg": bytes(len(body)),
    }


@pytest.mark.parametrize("name", sorted(damaged_inputs()))
def test_a_damaged_input_is_refused_before_sending(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    settings(emulator, monkeypatch)
    picture = tmp_path / name
    picture.write_bytes(damaged_inputs()[name])
    result = cli(capsys, "edit", "--prompt", "x", "--image", str(picture), "--out",
                 str(tmp_path / "out"))  # fmt: skip
    failure = one_line_failure(*result, 3)
    assert failure.startswith(f"studio: image: image 1 ({name}) is ")
    assert "<_io" not in failure and "0x" not in failure
    assert (len(emulator.requests), jobs()) == (0, 0)
    assert not (tmp_path / "out").exists()


def test_an_upper_case_size_is_sent_normalised(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings(emulator, monkeypatch)
    code, _, err = cli(capsys, "generate", "--prompt", "x", "--size", "1024X1024", "--quality",
                       "low", "--out", str(tmp_path))  # fmt: skip
    assert (code, err) == (0, "")
    assert [r.param("size") for r in emulator.requests] == ["1024x1024"]


def test_data_and_config_are_private(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    cli(capsys, "generate", "--demo", "--prompt", "x", *FAST, "--out", str(tmp_path / "out"))
    for folder in (data_dir(), config_dir(), data_dir() / "images"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for name in ("studio.db", "studio.db-wal", "studio.db-shm"):
        path = data_dir() / name
        assert not path.exists() or stat.S_IMODE(path.stat().st_mode) == 0o600, name
    assert stat.S_IMODE((data_dir() / "studio.db").stat().st_mode) == 0o600


def test_a_refused_keyring_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.core import services
    from studio.core.secrets import KeyringSecretStore, Secrets, SecretStoreError

    class Refused(KeyringSecretStore):
        def get(self, account: str) -> str | None:
            raise SecretStoreError("cannot read the key: the keyring backend is locked")

    monkeypatch.setattr(services, "default_secrets", lambda: Secrets(keyring_store=Refused()))
    result = cli(capsys, "generate", "--prompt", "x", *FAST, "--out", str(tmp_path / "out"))
    assert one_line_failure(*result, 4) == (
        "studio: No API key: the system keyring was refused (cannot read the key: the keyring "
        "backend is locked). Enter one in Settings (kept for this session), set OPENAI_API_KEY, "
        "or use demo mode."
    )
    assert jobs() == 0


def test_a_bad_argument_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["generate", "--prompt", "x", "--out", "o", "--n", "two"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err == "studio: argument --n: invalid int value: 'two' (see studio generate --help)\n"


def test_every_exit_code_is_in_the_readme() -> None:
    from studio import cli as cli_module

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    paragraph = readme[readme.index("Exit codes:") :].split("\n\n")[0].replace("\n", " ")
    codes = {value for name, value in vars(cli_module).items() if name.startswith("EXIT_")}
    assert codes == {0, 1, 2, 3, 4, 5, 6, 130}
    for code in codes:
        assert f" {code} " in paragraph, code


def test_no_key_leaves_no_job_and_no_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    result = cli(capsys, "generate", "--prompt", "x", *FAST, "--out", str(tmp_path / "out"))
    one_line_failure(*result, 4)
    assert jobs() == 0 and not (tmp_path / "out").exists()


def test_a_data_folder_that_refuses_the_job_sends_nothing(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings(emulator, monkeypatch)

    def full(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Store, "begin_job", full)
    failure = one_line_failure(*generate(capsys, tmp_path / "out"), 1)
    assert failure == (
        f"studio: Could not record the job in the data folder {data_dir()} (No space left on "
        "device); nothing was sent."
    )
    assert len(emulator.requests) == 0


def test_drafts_ask_the_budget_gate_once_for_the_batch(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings(emulator, monkeypatch, budgets=Budgets(daily_usd=0.001, on_exceed="ask"))
    argv = ["drafts", "--prompt", "a fox", "--count", "2", "--out", str(tmp_path / "out")]
    failure = one_line_failure(*cli(capsys, *argv), 6)
    assert failure.endswith("Not sent: there is no terminal to ask for approval.")
    assert len(emulator.requests) == 0 and not (tmp_path / "out").exists()
    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))
    code, _, err = cli(capsys, *argv)
    assert code == 0
    assert err.count("Send it anyway? [y/N]") == 1
    assert len(emulator.requests) == 2 and len(list((tmp_path / "out").iterdir())) == 2
