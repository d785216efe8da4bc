"""Jobs of a dead process are reconciled at the next start; six processes share a fresh data dir;
large masked edits are composited in strips."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from studio.cli import main
from studio.core import compositing
from studio.core.mask_io import composite
from studio.core.services import build_services
from studio.core.store import Store
from tests.core.conftest import KEY, mask_with_hole, photo, png_bytes

REPO = Path(__file__).resolve().parents[2]
RUNNING_JOB = """
import sys, time
from pathlib import Path
from studio.core.requests import ImageRequest
from studio.core.store import Store
store = Store()
job = store.begin_job(ImageRequest("a fox"), fingerprint="f", estimate_usd=0.25)
store.add_image(job, "partial", Path(sys.argv[1]).read_bytes(), 0, 0)
print(job, flush=True)
time.sleep(600)
"""
OPEN_STORE = """
from studio.core.requests import ImageRequest
from studio.core.store import Store
store = Store()
store.finish_job(store.begin_job(ImageRequest("x"), fingerprint="f", estimate_usd=0.0),
                 status="completed", cost_usd=0.0)
print("ok")
"""


def start_job_in_another_process(tmp_path: Path) -> tuple[subprocess.Popen[str], str]:
    partial = tmp_path / "partial.png"
    partial.write_bytes(png_bytes(photo((64, 64))))
    child = subprocess.Popen(
        [sys.executable, "-c", RUNNING_JOB, str(partial)],
        cwd=REPO, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    return child, child.stdout.readline().strip()


def test_a_killed_process_job_is_interrupted_at_the_next_start(tmp_path: Path) -> None:
    child, job_id = start_job_in_another_process(tmp_path)
    try:
        store = Store()
        assert store.reconcile() == []  # its owner is alive: not ours to touch
        assert store.job(job_id).status == "running"
        assert store.pending_cost() == pytest.approx(0.25)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.stdout is not None
        child.stdout.close()
    services = build_services(api_key=KEY)  # what the CLI and the window do at start
    try:
        record = services.store.job(job_id)
        assert (record.status, record.error_kind) == ("interrupted", "interrupted")
        assert "images received so far are kept" in (record.error_message or "")
        assert services.store.pending_cost() == 0.0
        [partial] = services.store.job_images(job_id, "partial")
        assert services.store.image_path(partial).is_file()
        assert services.store.reconcile() == []
    finally:
        services.close()
    assert not list((store.root / "leases").iterdir())  # the dead lease was reaped
    store.close()


def test_the_cli_reconciles_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    child, job_id = start_job_in_another_process(tmp_path)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.stdout is not None
    child.stdout.close()
    assert main(["usage", "--json"]) == 0
    capsys.readouterr()
    store = Store()
    assert store.job(job_id).status == "interrupted"
    store.close()


def test_a_closed_store_gives_up_its_jobs(tmp_path: Path) -> None:
    from studio.core.requests import ImageRequest

    first = Store(tmp_path / "d")
    job = first.begin_job(ImageRequest("x"), fingerprint="f", estimate_usd=0.1)
    second = Store(tmp_path / "d")
    assert second.reconcile() == []  # same process, another store: its lease is held
    first.close()
    assert second.reconcile() == [job]
    second.close()


def test_six_processes_start_together_on_a_fresh_data_dir(tmp_path: Path) -> None:
    for attempt in range(3):
        env = dict(os.environ, STUDIO_DATA_DIR=str(tmp_path / f"fresh{attempt}"))
        children = [
            subprocess.Popen(
                [sys.executable, "-c", OPEN_STORE],
                cwd=REPO,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(6)
        ]
        results = [child.communicate(timeout=120) for child in children]
        assert [child.returncode for child in children] == [0] * 6, results
        assert [out for out, _ in results] == ["ok\n"] * 6
        store = Store(tmp_path / f"fresh{attempt}")
        assert len(store.jobs()) == 6
        store.close()


def test_strip_compositing_matches_the_whole_image(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compositing, "STRIP_PIXELS", 700 * 23)  # many strips, a ragged last one
    original, result = photo((700, 500)), photo((1024, 1024), seed=5)
    mask = mask_with_hole((700, 500), (100, 50, 400, 350))
    merged = compositing.composite_bytes(
        png_bytes(original), png_bytes(result), png_bytes(mask), 4.0
    )
    with Image.open(io.BytesIO(merged)) as opened:
        strips = opened.convert("RGB")
    whole = composite(original, result, mask, 4.0)
    assert ImageChops.difference(strips, whole).getextrema() <= ((0, 1), (0, 1), (0, 1))
    outside = Image.new("L", original.size, 255)
    outside.paste(0, (96, 46, 404, 354))  # the hole and its 4 px feather
    kept = Image.composite(strips, original, outside)
    assert kept.tobytes() == Image.composite(original, original, outside).tobytes()
    assert strips.crop((0, 0, 700, 46)).tobytes() == original.crop((0, 0, 700, 46)).tobytes()
