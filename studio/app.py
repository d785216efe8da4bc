"""The composition root: the window shell first, then the services wired in (studio.wiring).

The first frame needs only the window, the canvas and its tools. The SDK (0.3 s to import on
its own), the store and the emulator are imported on a pool thread once that frame is drawn,
and wired in on the UI thread a moment later (issue 18: the window took 11x a bare one).
"""

from __future__ import annotations

import importlib
import time

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    QSettings,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QWidget

from studio import STARTED
from studio.core import paths, pil
from studio.core.secrets import Secrets, default_secrets
from studio.core.settings import load_settings
from studio.i18n.language import Translation, choose_language
from studio.ui import heap
from studio.ui.application import ErrorReporter, ensure_application, icon
from studio.ui.canvas.actions import CanvasActions
from studio.ui.canvas.document import CanvasDocument
from studio.ui.canvas.state import CanvasToolState
from studio.ui.canvas.view import CanvasView
from studio.ui.main_window import MainWindow
from studio.ui.widgets.panel_scroll import PanelScroll
from studio.ui.widgets.tool_options import ToolOptions

# Imported off the UI thread while the first frame is on screen; wiring.py imports the rest.
_PHASE_TWO = "studio.wiring"


def build_main_window(*, demo: bool = False, secrets: Secrets | None = None) -> MainWindow:
    """The fully wired window, not shown and without entering the event loop."""
    window = build_shell()
    from studio import wiring  # phase two, run at once: callers get a finished window

    pil.import_all()
    wiring.wire(window, demo=demo, secrets=secrets)
    return window


def build_shell() -> MainWindow:
    """The window with its canvas and tools: what the first frame shows."""
    ensure_application()
    heap.map_large_buffers()
    heap.share_the_gil()
    paths.data_dir()
    window = _build_window(_build_settings())
    window.restore_geometry()
    return window


class ImportSignals(QObject):
    """Lives on the UI thread; the pool thread emits, a queued connection delivers."""

    finished = Signal()


class ImportWorker(QRunnable):
    """Imports phase two's modules, and Pillow's, on a pool thread so the shown window keeps
    responding."""

    def __init__(self, signals: ImportSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._signals = signals

    def run(self) -> None:
        try:
            importlib.import_module(_PHASE_TWO)
            pil.import_all()
        finally:  # an import error is raised again, and reported, on the UI thread
            self._signals.finished.emit()


class Startup(QObject):
    """Phase two of run_gui: services imported in the background, then wired on the UI thread.

    ``ready`` fires once the window is fully wired; a window closed before that is left alone.
    """

    ready = Signal()

    def __init__(self, window: MainWindow, *, demo: bool, secrets: Secrets | None) -> None:
        super().__init__(window)
        self._window, self._demo, self._secrets = window, demo, secrets
        self._closed = False
        self.finished_imports = False
        self.done = False
        self._signals = ImportSignals(self)
        self._signals.finished.connect(self._on_signals_finished)
        window.closed.connect(self._on_window_closed)

    def start(self) -> None:
        QThreadPool.globalInstance().start(ImportWorker(self._signals))

    @Slot()
    def _on_window_closed(self) -> None:
        self._closed = True

    @Slot()
    def _on_signals_finished(self) -> None:
        self.finished_imports = True
        if self._closed:
            return
        from studio import wiring

        wiring.wire(self._window, demo=self._demo, secrets=self._secrets)
        heap.settle()  # before the first job: it then streams without a GC stall
        self.done = True
        self.ready.emit()


class FirstFrame(QObject):
    """Fires ``shown`` once the window's first paint has been flushed to the screen.

    Only the window's own events are watched: Qt paints a window from the top down, so its
    Paint event opens the first frame. (An application-wide filter had every event of every
    widget cross into Python while the window was first laid out and painted: 768 of them,
    and each new kind of receiver had PySide build its class's enums, about 130.)
    """

    shown = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.at: float | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = 0.0
            watched.removeEventFilter(self)  # the window: the only object it watches
            QTimer.singleShot(0, self._on_painted)  # after the whole frame is flushed
        return False

    @Slot()
    def _on_painted(self) -> None:
        self.at = time.monotonic()
        self.shown.emit()


def run_gui(*, demo: bool = False, smoke: bool = False, lang: str | None = None) -> int:
    """Show the window and run the event loop; ``smoke`` quits as soon as it is fully wired.

    ``lang`` (--lang) overrides the Language setting, which overrides the system's language.
    """
    app = ensure_application()
    translation = install_language(app, lang)
    reporter = ErrorReporter()
    reporter.install()
    secrets = default_secrets()  # shared, so a session-only key from first run is kept
    if not demo and not smoke:
        demo = _first_run_chose_demo(secrets)
    window = build_shell()
    startup = Startup(window, demo=demo, secrets=secrets)
    first = FirstFrame(window)
    first.shown.connect(startup.start)
    if smoke:
        SmokeReport(first, startup, parent=window)
    window.show()
    try:
        return app.exec()
    finally:
        window.close()
        reporter.uninstall()
        translation.uninstall(app)


def install_language(app: QCoreApplication, override: str | None) -> Translation:
    """Studio's and Qt's catalogues for the chosen language, before any widget is built."""
    try:
        setting = load_settings().language
    except (OSError, ValueError):
        setting = ""  # the first run and the settings dialog report a broken file
    return Translation(choose_language(override, setting)).install(app)


def _first_run_chose_demo(secrets: Secrets) -> bool:
    from studio.ui.dialogs.first_run import CHOICE_DEMO, run_first_run

    return run_first_run(load_settings(), secrets) == CHOICE_DEMO


class SmokeReport(QObject):
    """``--smoke``: prints when the first frame was shown and when wiring ended, then quits.

    benchmarks/startup.py reads the monotonic clock values (one clock for all processes).
    """

    def __init__(self, first: FirstFrame, startup: Startup, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._first = first
        first.shown.connect(self._on_first_shown)
        startup.ready.connect(self._on_startup_ready)

    @Slot()
    def _on_first_shown(self) -> None:
        _report("first frame", self._first.at or time.monotonic())

    @Slot()
    def _on_startup_ready(self) -> None:
        _report("ready", time.monotonic())
        ensure_application().quit()


def _report(what: str, at: float) -> None:
    print(f"smoke: {what} {at - STARTED:.3f} s after start (monotonic {at:.6f})", flush=True)


def _build_settings() -> QSettings:
    """Window geometry, dock layout and last folder only, in the config dir (tests: tmp)."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def _build_window(settings: QSettings) -> MainWindow:
    document = CanvasDocument()
    state = CanvasToolState()
    canvas = CanvasView(document, state)
    document.setParent(canvas)
    state.setParent(canvas)
    actions = CanvasActions(canvas, state, icon, parent=canvas)
    window = MainWindow(canvas, actions, settings, icon)
    settings.setParent(window)
    tool_options = ToolOptions(state, actions.tool_actions(), actions.mask_actions())
    tool_options.setMinimumHeight(tool_options.sizeHint().height())  # never clip its buttons
    window.add_panel(
        "tools",
        QCoreApplication.translate("App", "Tools"),
        PanelScroll(tool_options, "tools.scroll"),
    )
    return window
