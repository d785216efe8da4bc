"""`studio extend` and `studio edit --focus` in-process against the demo emulator."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from studio.cli import main
from tests.core.conftest import mask_with_hole, photo, png_bytes


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, image: Image.Image) -> str:
    path.write_bytes(png_bytes(image))
    return str(path)


def test_extend_sides_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    original = photo((1024, 768))
    code, out, err = cli(
        capsys, "extend", "--demo", "--image", write(tmp_path / "a.png", original),
        "--left", "256", "--right", "256", "--quality", "low", "--out", str(tmp_path / "out"),
        "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) >= {"files", "size", "cost_usd", "usage"}
    assert data["size"] == data["sent_size"] == "1536x768"
    assert data["cost_usd"] > 0 and data["usage"]["output_image_tokens"] > 0
    [path] = data["files"]
    with Image.open(path) as result:
        pixels = np.asarray(result.convert("RGBA"))
    assert pixels.shape == (768, 1536, 4)
    assert np.array_equal(pixels[:, 256:1280, :3], np.asarray(original))  # every original pixel
    assert pixels[..., 3].min() == 255  # the border is filled, nothing transparent is left


def test_extend_to_an_aspect_prints_the_new_size(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = cli(
        capsys, "extend", "--demo", "--image", write(tmp_path / "a.png", photo((800, 800))),
        "--aspect", "16:9", "--prompt", "more beach", "--quality", "low",
        "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert (code, err) == (0, "")
    first, file_line = out.splitlines()
    assert first.startswith("1 image(s) ($") and "800x800 extended to 1424x800" in first
    with Image.open(file_line.strip()) as result:
        assert result.size == (1424, 800)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--aspect", "16:9", "--left", "10"], "either --aspect or pixels per side"),
        ([], "say how far to extend"),
        (["--aspect", "wide"], "an aspect ratio looks like 16:9"),
    ],
)
def test_extend_usage_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, extra: list[str], message: str
) -> None:
    image = write(tmp_path / "a.png", photo((64, 64)))
    code, out, err = cli(capsys, "extend", "--image", image, "--out", str(tmp_path), *extra)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and message in err


def test_focused_edit_sends_a_small_crop_and_keeps_the_picture(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    original = photo((3000, 2000))
    hole = (1400, 900, 1600, 1050)
    code, out, err = cli(
        capsys, "edit", "--demo", "--focus", "--context", "64", "--prompt", "a red kite",
        "--image", write(tmp_path / "a.png", original),
        "--mask", write(tmp_path / "m.png", mask_with_hole((3000, 2000), hole)),
        "--quality", "low", "--out", str(tmp_path / "out"), "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    data = json.loads(out)
    width, height = (int(v) for v in data["sent_size"].split("x"))
    assert width * height <= 2 * 655_360  # near the fewest pixels the model allows
    assert data["full_frame_cost_usd"] > 2 * data["cost_usd"] > 0
    [path] = data["files"]
    with Image.open(path) as result:
        pixels = np.asarray(result.convert("RGB"))
    assert pixels.shape == (2000, 3000, 3)
    outside = np.ones((2000, 3000), bool)
    outside[hole[1] : hole[3], hole[0] : hole[2]] = False
    assert np.array_equal(pixels[outside], np.asarray(original)[outside])
    assert not np.array_equal(pixels[~outside], np.asarray(original)[~outside])


def test_focus_of_a_mask_covering_most_of_the_picture_sends_the_whole_frame(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = cli(
        capsys, "edit", "--demo", "--focus", "--prompt", "night", "--quality", "low",
        "--image", write(tmp_path / "a.png", photo((1024, 768))),
        "--mask", write(tmp_path / "m.png", mask_with_hole((1024, 768), (50, 50, 1000, 700))),
        "--out", str(tmp_path / "out"), "--json",
    )  # fmt: skip
    assert code == 0 and "the whole frame is sent" in err
    data = json.loads(out)
    assert data["sent_size"] == "1024x768"
    assert data["full_frame_cost_usd"] == data["cost_usd"]


def test_focus_without_a_mask_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = cli(
        capsys, "edit", "--focus", "--prompt", "x", "--out", str(tmp_path),
        "--image", write(tmp_path / "a.png", photo((64, 64))),
    )  # fmt: skip
    assert (code, out) == (2, "") and "--focus needs a --mask" in err


def test_unblended_edit_still_keeps_every_unmasked_pixel(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    original = photo((1024, 768))
    code, out, err = cli(
        capsys, "edit", "--demo", "--no-blend", "--prompt", "a boat", "--quality", "low",
        "--image", write(tmp_path / "a.png", original),
        "--mask", write(tmp_path / "m.png", mask_with_hole((1024, 768), (100, 100, 300, 300))),
        "--out", str(tmp_path / "out"), "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    [path] = json.loads(out)["files"]
    with Image.open(path) as result:
        kept = result.convert("RGB").crop((400, 0, 1024, 768))
    assert kept.tobytes() == original.crop((400, 0, 1024, 768)).tobytes()


def test_a_focused_edit_of_another_picture_is_not_served_from_the_cache(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first = photo((2000, 1500))
    second = first.copy()
    second.paste((0, 0, 0), (0, 0, 200, 200))  # differs far from the crop
    mask = write(tmp_path / "m.png", mask_with_hole((2000, 1500), (900, 700, 1000, 780)))
    runs = []
    for index, picture in enumerate((first, first, second)):
        code, out, _ = cli(
            capsys, "edit", "--demo", "--focus", "--prompt", "a kite", "--quality", "low",
            "--image", write(tmp_path / f"a{index}.png", picture), "--mask", mask,
            "--out", str(tmp_path / "out"), "--json",
        )  # fmt: skip
        assert code == 0
        runs.append(json.loads(out))
    assert [run["cached"] for run in runs] == [False, True, False]
    with Image.open(runs[2]["files"][0]) as result:
        assert result.convert("RGB").getpixel((50, 50)) == (0, 0, 0)


def test_an_uncomposited_focused_edit_still_lands_in_the_whole_picture(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    original = photo((2000, 1500))
    code, out, err = cli(
        capsys, "edit", "--demo", "--focus", "--no-composite", "--prompt", "a kite",
        "--quality", "low", "--image", write(tmp_path / "a.png", original),
        "--mask", write(tmp_path / "m.png", mask_with_hole((2000, 1500), (900, 700, 1000, 780))),
        "--out", str(tmp_path / "out"), "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    with Image.open(json.loads(out)["files"][0]) as result:
        assert result.size == (2000, 1500)
        assert result.convert("RGB").crop((0, 0, 600, 600)).tobytes() == (
            original.crop((0, 0, 600, 600)).tobytes()
        )
