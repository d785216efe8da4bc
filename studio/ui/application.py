"""The QApplication: names, icon, dark Fusion style, and an excepthook that shows a dialog."""

from __future__ import annotations

import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from studio import __version__
from studio.core.paths import resource_path
from studio.ui.collector import collect_on_the_ui_thread

ORGANIZATION = "ImageStudio"
APPLICATION = "Image Studio"

_PALETTE = {
    QPalette.ColorRole.Window: "#2d2f34",
    QPalette.ColorRole.WindowText: "#e3e5e8",
    QPalette.ColorRole.Base: "#23252a",
    QPalette.ColorRole.AlternateBase: "#2a2c31",
    QPalette.ColorRole.ToolTipBase: "#3a3d44",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.Text: "#e3e5e8",
    QPalette.ColorRole.Button: "#363940",
    QPalette.ColorRole.ButtonText: "#e3e5e8",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Highlight: "#d9408f",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#ff7fbf",
    QPalette.ColorRole.PlaceholderText: "#8b9099",
}


def icon(name: str) -> QIcon:
    """An icon from resources/icons (SVG), or an empty icon if it is missing."""
    path = resource_path(f"icons/{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def paint_on_the_calling_thread() -> None:
    """Have Qt draw on the thread that paints, never handing its fills to a thread pool.

    Qt splits every fill of 96 rows or more (and large image conversions) between the
    threads of a pool of its own and waits for them all. On 2 cores, with a pool thread
    encoding, each hand-off woke a thread that had to win a CPU first: ``perf`` showed the UI
    thread switching out four times per fill while it painted the window. Generate on 4096²,
    12 runs each way, alternated (benchmarks/generate_stall.py): largest gaps 12-31 ms,
    median 19.1, this way; 15-95 ms, median 30.6, with Qt's pool. ``STUDIO_QT_GUI_THREADPOOL=1``
    keeps Qt's pool, for comparing. Read by Qt once, on its first big fill: call before
    the QApplication is made.
    """
    if os.environ.get("STUDIO_QT_GUI_THREADPOOL") != "1":
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created and styled on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    paint_on_the_calling_thread()
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else [sys.argv[0] if sys.argv else "studio"])
    app.setDesktopFileName("io.github.imagestudio.ImageStudio")
    app.setWindowIcon(icon("app"))
    apply_style(app)
    collect_on_the_ui_thread(app)
    return app


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in _PALETTE.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#70747c")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, disabled)
    app.setPalette(palette)
    sheet = resource_path("styles/studio.qss")
    if sheet.is_file():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))


class ErrorReporter:
    """sys.excepthook for the GUI: print the traceback, then show it in a dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent
        self._showing = False
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        self._previous(kind, error, tb)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            box = QMessageBox(self._parent)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("ErrorReporter", "Unexpected error"))
            box.setText(f"Something went wrong: {error}")
            box.setInformativeText(
                QCoreApplication.translate(
                    "ErrorReporter", "Your work is still open. Details are below."
                )
            )
            box.setDetailedText("".join(traceback.format_exception(kind, error, tb)))
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.exec()
        finally:
            self._showing = False
