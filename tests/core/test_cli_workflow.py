"""`studio drafts` then `studio finalize`, B/W masks on edit and estimate, all in demo mode."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from studio.cli import main
from studio.core.settings import Budgets, Settings, save_settings
from studio.core.store import Store
from tests.core.conftest import photo, png_bytes

SIZE = (1600, 1067)
HOLE = (500, 300, 900, 700)  # the painted (white) region of the B/W mask


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def picture(tmp_path: Path) -> tuple[Path, Path, Image.Image]:
    """A 1600x1067 photo and a black-and-white mask (white = edit) of the same size."""
    original = photo(SIZE)
    image, mask = tmp_path / "photo.png", tmp_path / "mask.png"
    image.write_bytes(png_bytes(original))
    bw = Image.new("L", SIZE, 0)
    ImageDraw.Draw(bw).rectangle(HOLE, fill=255)
    bw.save(mask)
    return image, mask, original


def unmasked_changes(result: Image.Image, original: Image.Image) -> tuple[int, int]:
    """How many pixels outside the white mask differ from the original, and inside it."""
    keep = np.ones((SIZE[1], SIZE[0]), dtype=bool)
    keep[HOLE[1] : HOLE[3] + 1, HOLE[0] : HOLE[2] + 1] = False
    changed = (np.asarray(result.convert("RGB")) != np.asarray(original)).any(axis=-1)
    return int((changed & keep).sum()), int((changed & ~keep).sum())


def run_drafts(capsys, picture, tmp_path: Path, count: int = 3) -> dict:
    image, mask, _original = picture
    code, out, err = cli(
        capsys, "drafts", "--demo", "--prompt", "a red fox", "--image", str(image),
        "--mask", str(mask), "--count", str(count), "--out", str(tmp_path / "drafts"), "--json",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    return json.loads(out)


def test_drafts_are_parallel_low_quality_jobs_at_the_matching_size(
    capsys: pytest.CaptureFixture[str], picture, tmp_path: Path
) -> None:
    data = run_drafts(capsys, picture, tmp_path)
    drafts = data["drafts"]
    assert len(drafts) == 3 and len({d["job_id"] for d in drafts}) == 3
    assert data["cost_usd"] == pytest.approx(sum(d["cost_usd"] for d in drafts))
    store = Store()
    for draft in drafts:
        record = store.job(draft["job_id"])
        assert (record.mode, record.quality, record.size, record.n) == (
            "draft",
            "low",
            "1008x672",
            1,
        )
        assert store.job_images(draft["job_id"], "mask"), "the mask is kept for the final"
        with Image.open(draft["file"]) as result:
            assert result.size == SIZE, "composited onto the picture"
    store.close()


@pytest.mark.parametrize("by", ["file", "job_id"])
def test_finalize_rerenders_the_mask_and_keeps_every_unmasked_pixel(
    capsys: pytest.CaptureFixture[str], picture, tmp_path: Path, by: str
) -> None:
    drafts = run_drafts(capsys, picture, tmp_path, count=2)["drafts"]
    code, out, err = cli(
        capsys, "finalize", "--demo", "--draft", drafts[1][by], "--out", str(tmp_path / "final"),
        "--json",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    data = json.loads(out)
    assert set(data) == {"files", "job_id", "cost_usd", "usage"}
    assert data["cost_usd"] > max(d["cost_usd"] for d in drafts)
    store = Store()
    record = store.job(data["job_id"])
    assert (record.mode, record.quality, record.size) == ("finalize", "high", "1584x1056")
    assert record.parent_job_id == drafts[1]["job_id"]
    [sent] = store.job_images(data["job_id"], "input")
    assert store.image_bytes(sent.sha256) == Path(drafts[1]["file"]).read_bytes()
    assert store.job_images(data["job_id"], "mask"), "the draft's mask is sent again"
    store.close()
    with Image.open(data["files"][0]) as final:
        assert final.size == SIZE
        outside, inside = unmasked_changes(final, picture[2])
    assert outside == 0 and inside > 0


def test_finalize_of_an_unknown_draft_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = cli(
        capsys, "finalize", "--demo", "--draft", "no-such-job", "--out", str(tmp_path / "f")
    )
    assert (code, out) == (3, "") and err.count("\n") == 1
    assert "no job or file" in err


def test_drafts_over_the_budget_send_nothing(
    capsys: pytest.CaptureFixture[str], picture, tmp_path: Path
) -> None:
    save_settings(Settings(budgets=Budgets(daily_usd=0.01, on_exceed="refuse")))
    image, _mask, _original = picture
    code, out, err = cli(
        capsys, "drafts", "--demo", "--prompt", "a fox", "--image", str(image), "--count", "4",
        "--out", str(tmp_path / "d"),
    )  # fmt: skip
    assert (code, out) == (6, "") and err.count("\n") == 1
    store = Store()
    assert store.jobs() == []
    store.close()


def test_edit_accepts_a_black_and_white_mask(
    capsys: pytest.CaptureFixture[str], picture, tmp_path: Path
) -> None:
    image, mask, original = picture
    code, out, err = cli(
        capsys, "edit", "--demo", "--prompt", "add a moon", "--image", str(image), "--mask",
        str(mask), "--size", "1536x1024", "--quality", "low", "--out", str(tmp_path / "o"),
        "--json",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    with Image.open(json.loads(out)["files"][0]) as result:
        outside, inside = unmasked_changes(result, original)
    assert outside == 0 and inside > 0


def test_edit_with_a_mask_of_another_size_is_one_line(
    capsys: pytest.CaptureFixture[str], picture, tmp_path: Path
) -> None:
    image, _mask, _original = picture
    small = tmp_path / "small.png"
    Image.new("L", (100, 100), 255).save(small)
    code, out, err = cli(
        capsys, "edit", "--demo", "--prompt", "x", "--image", str(image), "--mask", str(small),
        "--out", str(tmp_path / "o"),
    )  # fmt: skip
    assert (code, out) == (3, "") and err.count("\n") == 1
    assert "100×100" in err and "1600×1067" in err


def test_estimate_takes_image_and_mask_like_edit(
    capsys: pytest.CaptureFixture[str], picture
) -> None:
    image, mask, _original = picture
    args = ["--prompt", "a fox", "--image", str(image), "--size", "1536x1024", "--quality", "low"]
    code, out, err = cli(capsys, "estimate", *args, "--mask", str(mask), "--json")
    assert (code, err) == (0, ""), err
    masked = json.loads(out)
    code, out, err = cli(capsys, "estimate", *args, "--json")
    assert json.loads(out)["cost_usd"] == masked["cost_usd"], "masks are not billed"
    assert masked["input_image_tokens"] > 0


def test_an_edit_without_size_follows_the_picture(
    capsys: pytest.CaptureFixture[str], picture
) -> None:
    image, mask, _original = picture
    code, out, err = cli(
        capsys, "estimate", "--prompt", "a fox", "--image", str(image), "--mask", str(mask),
        "--json",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert json.loads(out)["size"] == "1584x1056"
