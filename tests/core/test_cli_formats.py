"""The CLI's GIF, SVG, markup, complexity and safety-identifier options, against the emulator."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from studio.cli import main
from studio.core.settings import CompatibleProfile, Settings, save_settings
from studio.emulator.server import EmulatorServer
from tests.core.conftest import KEY, photo, png_bytes

MODEL = ["--model", "gpt-image-2.6-flare", "--quality", "low"]


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def failure(result: tuple[int, str, str]) -> str:
    code, out, err = result
    assert (code, out) == (3, "") and err.count("\n") == 1, err
    return err.strip()


def ring_markup(size: tuple[int, int]) -> Image.Image:
    markup = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(markup).ellipse((60, 60, 200, 200), outline=(255, 0, 0, 255), width=6)
    return markup


def test_generate_gif_writes_an_animation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = cli(
        capsys, "generate", "--demo", "--prompt", "a spinning top", *MODEL,
        "--output-format", "gif", "--frame-count", "4", "--frame-duration-ms", "120",
        "--size", "512x512", "--out", str(tmp_path), "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    [path] = json.loads(out)["files"]
    assert path.endswith(".gif")
    with Image.open(path) as gif:
        assert (gif.format, gif.n_frames, gif.info["duration"]) == ("GIF", 4, 120)


def test_generate_svg_writes_the_document_and_prices_the_author(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = cli(
        capsys, "generate", "--demo", "--prompt", "a logo", *MODEL, "--output-format", "svg",
        "--svg-model", "gpt-5.6-sol", "--svg-effort", "low", "--complexity", "medium",
        "--size", "1024x1024", "--out", str(tmp_path), "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    result = json.loads(out)
    [path] = result["files"]
    assert path.endswith(".svg")
    assert Path(path).read_bytes().startswith(b"<?xml") and b"<svg" in Path(path).read_bytes()
    svg = result["usage"]["svg_usage"]
    assert svg["model"] == "gpt-5.6-sol" and svg["reasoning_tokens"] == 1024
    image_only = (
        result["usage"]["input_text_tokens"] * 5e-6 + result["usage"]["output_image_tokens"] * 30e-6
    )
    author = (svg["input_tokens"] * 1.25 + (svg["output_tokens"] + 1024) * 10.0) / 1e6
    assert result["cost_usd"] == round(image_only + author, 6)


def test_estimate_svg_is_marked_approximate(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(
        capsys, "estimate", "--prompt", "a logo", *MODEL, "--output-format", "svg",
        "--svg-model", "gpt-5.6-sol", "--svg-effort", "high", "--json",
    )  # fmt: skip
    assert code == 0
    estimate = json.loads(out)
    assert estimate["exact"] is False
    assert estimate["svg_author_tokens"] == 1500 + 9000
    assert estimate["cost_breakdown_usd"]["svg_author"] == round((1500 * 1.25 + 9000 * 10) / 1e6, 6)
    assert any("svg_usage" in note for note in estimate["notes"])


@pytest.mark.parametrize(
    ("extra", "param"),
    [
        (["--output-format", "gif", "--partial-images", "2"], "partial_images"),
        (["--output-format", "gif", "--frame-count", "17"], "frame_count"),
        (["--output-format", "svg", "--n", "2"], "n"),
        (["--output-format", "svg", "--output-compression", "50"], "output_compression"),
        (["--frame-count", "3"], "frame_count"),
        (["--quality", "max", "--model", "gpt-image-2"], "quality"),
    ],
)
def test_format_rules_fail_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, extra: list[str], param: str
) -> None:
    message = failure(
        cli(capsys, "generate", "--demo", "--prompt", "x", *MODEL, *extra, "--out", str(tmp_path))
    )
    assert f"{param}:" in message


def test_edit_with_markup(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    picture, markup = tmp_path / "p.png", tmp_path / "m.png"
    picture.write_bytes(png_bytes(photo((256, 256))))
    ring_markup((256, 256)).save(markup)
    code, out, err = cli(
        capsys, "edit", "--demo", "--prompt", "a moon in the ring", *MODEL, "--image",
        str(picture), "--markup", str(markup), "--size", "1024x1024", "--out",
        str(tmp_path / "out"), "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    [path] = json.loads(out)["files"]
    with Image.open(path) as result:
        # The API renders at the requested size; the ring itself is drawn into the result.
        ring = result.convert("RGB").resize((256, 256), Image.Resampling.NEAREST)
        red = ring.getpixel((62, 130))
        assert isinstance(red, tuple) and red[0] > 200 and red[1] < 60


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (Image.new("RGB", (256, 256), "red"), "must be a PNG with transparency"),
        (Image.new("RGBA", (128, 128), (0, 0, 0, 0)), "is 128x128 but the picture is 256x256"),
        (Image.new("RGBA", (256, 256), (255, 0, 0, 255)), "has no transparent pixels"),
    ],
)
def test_a_bad_markup_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, markup: Image.Image, expected: str
) -> None:
    picture, path = tmp_path / "p.png", tmp_path / "m.png"
    picture.write_bytes(png_bytes(photo((256, 256))))
    markup.save(path)
    message = failure(
        cli(
            capsys,
            "edit",
            "--demo",
            "--prompt",
            "x",
            *MODEL,
            "--image",
            str(picture),
            "--markup",
            str(path),
            "--out",
            str(tmp_path / "out"),
        )
    )
    assert expected in message


def test_safety_identifier_flag_and_setting(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    emulator: EmulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = Settings(
        provider="compatible", compatible=CompatibleProfile(base_url=emulator.base_url)
    )
    save_settings(settings)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    base = ["generate", "--prompt", "x", "--size", "1024x640", "--quality", "low", "--no-cache"]
    assert cli(capsys, *base, "--out", str(tmp_path))[0] == 0
    assert cli(capsys, *base, "--safety-identifier", "hash-1", "--out", str(tmp_path))[0] == 0
    on = dataclasses.replace(settings.with_install_id(), send_safety_identifier=True)
    save_settings(on)
    assert cli(capsys, *base, "--out", str(tmp_path))[0] == 0
    sent = [r.json or {} for r in emulator.requests if r.path.endswith("/generations")]
    assert "safety_identifier" not in sent[0] and "user" not in sent[0]
    assert sent[1]["safety_identifier"] == "hash-1"
    assert sent[2]["safety_identifier"] == on.safety_identifier()
    assert len(on.safety_identifier() or "") == 55  # "studio-" and 48 hex digits, no name
    assert "user" not in sent[2]
