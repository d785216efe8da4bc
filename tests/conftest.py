"""Test-wide setup: offscreen Qt, data and config dirs in tmp, no real keyring, no real key."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything can import Qt: no display is needed for any test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["STUDIO_SECRET_BACKEND"] = "memory"
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")  # as the app paints (ui/application.py)
os.environ["STUDIO_LANG"] = "en"  # tests read English unless one picks a language itself
for _name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_API_KEY", "OPENAI_ORG_ID"):
    os.environ.pop(_name, None)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test gets its own data and config directories."""
    monkeypatch.setenv("STUDIO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("STUDIO_CONFIG_DIR", str(tmp_path / "config"))
    yield
