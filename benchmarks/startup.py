"""Time to the first frame of `python -m studio --demo --smoke` vs a bare PySide6 QMainWindow.

Both run as fresh subprocesses (offscreen, empty data and config dirs) and report the
monotonic clock once their first paint has been flushed; the time counts from just before the
process was launched, so the interpreter's own start-up is included for both. Also prints when
Studio was fully wired (services, panels, restored session) and `import studio.app`.
Studio's bytecode is compiled first, as pip compiles it when it installs the app.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class First(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        print(f"smoke: first frame (monotonic {time.monotonic():.6f})", flush=True)
        app.quit()

app = QApplication([])
first = First()
app.installEventFilter(first)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1400, 900)
window.show()
app.exec()
"""
STUDIO = ["-m", "studio", "--demo", "--smoke"]
IMPORT = [
    "-c",
    "import time; t = time.monotonic(); import studio.app; "
    "print(f'smoke: imported (monotonic {time.monotonic():.6f})')",
]
_STAMP = re.compile(r"smoke: (first frame|ready|imported).*monotonic ([0-9.]+)")


def run_once(args: list[str]) -> dict[str, float]:
    """Seconds from launch to each stamp the child printed."""
    with tempfile.TemporaryDirectory(prefix="studio-startup-") as scratch:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STUDIO_SECRET_BACKEND="memory")
        env["STUDIO_DATA_DIR"] = str(Path(scratch) / "data")
        env["STUDIO_CONFIG_DIR"] = str(Path(scratch) / "config")
        launched = time.monotonic()
        done = subprocess.run(
            [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
        )
    if done.returncode != 0:
        raise SystemExit(f"{args} failed: {done.stderr.strip().splitlines()[-1:]}")
    stamps = {m[1]: float(m[2]) - launched for m in _STAMP.finditer(done.stdout)}
    return stamps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="starts of each (median reported)")
    runs = parser.parse_args().runs
    # As installed: pip compiles a package's bytecode when it installs it. The checkout's is
    # compiled here, since Python caches none where PYTHONDONTWRITEBYTECODE is set (as on
    # these machines), and each start would otherwise compile Studio's modules anew.
    compileall.compile_dir(ROOT / "studio", quiet=1)
    bare, first, ready, imported = [], [], [], []
    for _ in range(runs):  # interleaved, so both see the same machine load
        bare.append(run_once(["-c", BARE])["first frame"])
        studio = run_once(STUDIO)
        first.append(studio["first frame"])
        ready.append(studio["ready"])
        imported.append(run_once(IMPORT)["imported"])
    base = statistics.median(bare)
    print(f"median of {runs} starts each (seconds from launch; offscreen, fresh data dirs)")
    print(f"  bare QMainWindow first frame     {base:6.3f} s   (baseline)")
    for label, values in (
        ("studio --demo first frame", first),
        ("studio --demo fully wired", ready),
        ("python -c 'import studio.app'", imported),
    ):
        median = statistics.median(values)
        spread = f"[{min(values):.3f}-{max(values):.3f}]"
        print(f"  {label:<32} {median:6.3f} s   {median / base:5.2f}x   {spread}")
    ratio = statistics.median(first) / base
    print(f"  goal: first frame within 3x the bare window -> {'met' if ratio <= 3 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
