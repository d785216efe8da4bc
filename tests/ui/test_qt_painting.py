"""Qt paints on the thread that asks, never through its own thread pool (application.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

# A big semi-transparent fill (Qt hands any of 96 rows or more to its pool), then the names
# of the process's threads: Qt's pool threads are called "Thread (pooled)".
PAINT = """
from pathlib import Path
from PySide6.QtGui import QColor, QImage, QPainter
from studio.ui.application import ensure_application
ensure_application()
image = QImage(2048, 2048, QImage.Format.Format_ARGB32_Premultiplied)
image.fill(0)
painter = QPainter(image)
for _ in range(4):
    painter.fillRect(image.rect(), QColor(200, 30, 90, 120))
painter.end()
names = [Path(task, "comm").read_text().strip() for task in Path("/proc/self/task").iterdir()]
print(sum(name.startswith("Thread (pooled") for name in names))
"""


def _pooled_threads(**env: str) -> int:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    environ.pop("QT_NO_GUI_THREADPOOL", None)
    done = subprocess.run(
        [sys.executable, "-c", PAINT],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=environ,
    )
    return int(done.stdout.split()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_application_paints_without_qts_thread_pool() -> None:
    assert _pooled_threads() == 0


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2,
    reason="reads /proc; Qt only starts a pool with more than one core",
)
def test_the_check_sees_qts_pool_when_it_is_kept() -> None:
    """What the test above would see without the setting: Qt's pool threads."""
    assert _pooled_threads(STUDIO_QT_GUI_THREADPOOL="1") > 0
