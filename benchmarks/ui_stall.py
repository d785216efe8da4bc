"""UI event-loop stalls while a 1536x1024 PNG job streams 3 partials into the preview, vs idle.

Each measurement is the first job of a freshly built set of panels, after the start-up
settling the app does (studio.ui.heap.settle); ``--no-settle`` measures without it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import window_env  # noqa: F401  (the environment, before studio is imported)
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer, Slot
from PySide6.QtCore import QObject as _QObject
from PySide6.QtWidgets import QApplication
from stall_probe import StallProbe, schedstat

from studio.core.providers import Provider, ProviderKind
from studio.core.requests import ImageParams, ImageRequest
from studio.core.runner import JobOptions
from studio.core.services import build_services
from studio.emulator.server import EmulatorServer
from studio.ui import heap
from studio.ui.generation import GenerationController
from studio.ui.state.jobs_state import JobsState
from studio.ui.state.request_state import RequestState
from studio.ui.widgets.job_list import JobList
from studio.ui.widgets.preview import PreviewView
from studio.ui.widgets.prompt_panel import PromptPanel

IDLE_S = 2.0
PARTIAL_DELAY_S = float(os.environ.get("STALL_PARTIAL_DELAY", "0.2"))
SIZE = "1536x1024"


class TickRecorder(_QObject):
    """A 1 ms timer; every tick records the time since the previous one."""

    def __init__(self, *, cpu_waits: bool = False) -> None:
        super().__init__()
        self.gaps_ms: list[float] = []
        # cpu_waits: also how long the UI thread sat runnable without a CPU in each gap (its
        # run-queue time, /proc/thread-self/schedstat): what the host (steal), other programs
        # and the niced pool threads finishing a slice took; the rest of a gap is the UI
        # thread's own work and its waits for the GIL.
        self.waits_ms: list[float] | None = [] if cpu_waits else None
        self._waited = 0.0
        self._clock = QElapsedTimer()
        self._last = 0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        if StallProbe.current is not None:
            StallProbe.current.start()
        self.gaps_ms.clear()
        if self.waits_ms is not None:
            self.waits_ms.clear()
            self._waited = schedstat()[1]  # run-queue time so far
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        if StallProbe.current is not None:
            StallProbe.current.stop()
            print(StallProbe.current.report())
        return list(self.gaps_ms)

    @Slot()
    def _on_timer_timeout(self) -> None:
        if StallProbe.current is not None:
            StallProbe.current.tick()
        now = self._clock.nsecsElapsed()
        self.gaps_ms.append((now - self._last) / 1e6)
        self._last = now
        if self.waits_ms is not None:
            waited = schedstat()[1]
            self.waits_ms.append((waited - self._waited) * 1000)
            self._waited = waited


def percentile(values: list[float], share: float) -> float:
    """The value ``share`` of the way up the sorted ``values`` (nan for none)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else float("nan")


def summary(label: str, gaps: list[float]) -> str:
    p99 = percentile(gaps, 0.99)
    worst = max(gaps) if gaps else float("nan")
    return f"{label:<10} ticks {len(gaps):>5}   max gap {worst:7.2f} ms   p99 {p99:6.2f} ms"


def spin(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def external_emulator() -> tuple[subprocess.Popen[bytes], str]:
    """The emulator in its own process, as a real API server would be: no shared GIL.

    At the lowest CPU priority (Linux's idle class where there is ``chrt``), and on the cores
    the app's background threads use (never the one kept for the UI thread): it stands in for
    OpenAI's servers, whose work (decoding a 4096² upload, drawing and encoding the result)
    is not done on the designer's cores.
    """
    port = free_port()
    args = ["--port", str(port), "--partial-delay", str(PARTIAL_DELAY_S)]
    idle_class = ["chrt", "--idle", "0"] if shutil.which("chrt") else []
    process = subprocess.Popen(
        [*idle_class, "nice", "-n", "19", sys.executable, "-m", "studio.emulator", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    cores = heap.background_cores()
    if cores:
        for task in Path(f"/proc/{process.pid}/task").iterdir():  # threads made later inherit
            with contextlib.suppress(OSError):
                os.sched_setaffinity(int(task.name), cores)
    assert process.stdout is not None
    process.stdout.readline()  # "Emulator listening on ..."
    return process, f"http://127.0.0.1:{port}/v1"


def measure(base_url: str, label: str, *, settle: bool = True) -> bool:
    """Idle gaps, then gaps while one job streams into a shown preview; prints both."""
    provider = Provider(ProviderKind.EMULATOR, base_url=base_url)
    services = build_services(provider=provider, api_key="sk-bench")
    jobs = JobsState(services.runner)
    state = RequestState(services.catalog)
    panel = PromptPanel(state, services.store.recent_prompts)
    preview, job_list = PreviewView(), JobList(jobs)
    controller = GenerationController(jobs, state, panel, preview, job_list)
    preview.resize(900, 640)
    preview.show()
    recorder = TickRecorder()
    if settle:
        heap.settle()  # as run_gui does before showing the window
    spin(0.3)  # let the window settle

    recorder.start()
    spin(IDLE_S)
    idle = recorder.stop()

    shown: list[str] = []
    preview.image_shown.connect(shown.append)
    params = ImageParams(size=SIZE, quality="low", partial_images=3, output_format="png")
    request = ImageRequest(f"a harbour at dawn, benchmark {label}", params)
    loop = QEventLoop()
    jobs.job_finished.connect(loop.quit)
    recorder.start()
    started = time.perf_counter()
    ticket = controller.submit(request, JobOptions(use_cache=False))
    loop.exec()
    spin(0.2)  # include the final repaint
    streaming = recorder.stop()
    elapsed = time.perf_counter() - started

    info = jobs.job(ticket)
    image = preview.image()
    print(f"[{label}] {SIZE} png, 3 partials, partial_delay {PARTIAL_DELAY_S} s: {elapsed:.2f} s")
    print(f"  {info.phase.value}; shown {shown}; final {image.width()}x{image.height()}")
    print("  " + summary("idle", idle))
    print("  " + summary("streaming", streaming))
    jobs.shutdown()
    services.close()
    preview.close()
    return info.phase.value == "completed" and len(shown) == 4


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-settle", action="store_true", help="skip the start-up GC settling (for comparison)"
    )
    parser.add_argument(
        "--subprocess-first",
        action="store_true",
        help="measure with the out-of-process emulator first (the first job pays warm-up)",
    )
    args = parser.parse_args()
    settle = not args.no_settle
    app = QApplication.instance() or QApplication(sys.argv)
    ok = True
    process, url = external_emulator()
    try:
        if args.subprocess_first:
            ok = measure(url, "emulator in a subprocess", settle=settle)
        with EmulatorServer(port=0, partial_delay=PARTIAL_DELAY_S) as emulator:
            ok = measure(emulator.base_url, "in-process emulator (demo mode)", settle=settle) and ok
        if not args.subprocess_first:
            ok = measure(url, "emulator in a subprocess", settle=settle) and ok
    finally:
        process.terminate()
        process.wait(5)
    app.processEvents()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
