"""A fresh machine: no display says so in one line; setup.sh installs into a virtual environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from studio.cli import display_problem

REPO = Path(__file__).resolve().parents[2]


def test_no_display_is_detected_before_qt_starts() -> None:
    assert "no display found" in display_problem({}, "linux")
    assert display_problem({"DISPLAY": ":0"}, "linux") == ""
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") == ""
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") == ""
    assert "no display found" in display_problem({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert display_problem({}, "darwin") == ""


def test_studio_without_a_display_prints_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["STUDIO_DATA_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "studio"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("studio: no display found: use the command line")


def test_setup_script_installs_into_a_virtual_environment() -> None:
    script = (REPO / "scripts" / "setup.sh").read_text()
    assert '-m venv "$VENV"' in script
    assert "python3 -m pip install" not in script  # refused on stock Debian/Ubuntu (PEP 668)
    readme = (REPO / "README.md").read_text()
    assert "bash scripts/setup.sh && .venv/bin/studio --demo" in readme
    assert "bash scripts/setup.sh --dev && .venv/bin/python -m pytest" in readme
    ci = (REPO / ".ci" / "run").read_text()
    assert "bash scripts/setup.sh --dev && .venv/bin/python -m pytest" in ci
