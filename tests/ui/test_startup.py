"""Start-up in two phases: the window shell first, the SDK, store and panels after its frame."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QPaintEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from studio.app import FirstFrame, Startup, build_shell
from studio.ui.canvas.state import Tool
from studio.ui.generation import GenerationController


def test_importing_the_app_loads_neither_the_sdk_nor_the_store() -> None:
    code = (
        "import sys, studio.app; "
        "print(sorted(m for m in ('openai', 'httpx', 'sqlite_utils', 'studio.core.engine', "
        "'studio.core.store', 'studio.emulator.server', 'numpy', 'importlib.metadata') "
        "if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"


def test_building_the_shell_imports_nothing_the_first_frame_does_not_need() -> None:
    """Select Subject asks whether its extra is installed once the window is wired: reading
    the installed packages' metadata imports 25-45 ms of modules before the first frame.
    hashlib with OpenSSL's (settings, input hashes), secrets, the XML parser (SVG inputs) and
    html (the shortcuts sheet) were 12 ms more, Pillow (studio.core.pil) 17-19 ms."""
    later = ("importlib.metadata", "hashlib", "secrets", "xml.etree.ElementTree", "html")
    later += ("PIL.Image", "PIL.ImageChops", "PIL.ImageDraw", "PIL.ImageFont", "PIL.ImageOps")
    code = (
        "import sys, studio.app; from studio.ui.application import ensure_application; "
        "ensure_application(); studio.app.build_shell(); "
        f"print(sorted(m for m in {later!r} if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_shell_is_usable_before_the_services_are_wired(qtbot, picture_path) -> None:
    window = build_shell()
    qtbot.addWidget(window)
    startup = Startup(window, demo=True, secrets=None)
    window.show()
    qtbot.waitExposed(window)
    startup.start()  # imports on a pool thread; wiring waits for the event loop
    assert window.open_image(picture_path)
    window.findChild(QAction, "action.lasso").trigger()
    assert window.canvas.tool_state.tool is Tool.LASSO
    assert not startup.done and window.findChild(GenerationController) is None
    with qtbot.waitSignal(startup.ready, timeout=30000):
        pass
    assert startup.done and window.findChild(GenerationController) is not None
    assert window.findChild(QDockWidget, "dock.gallery") is not None
    assert window.canvas.has_image()  # what the user opened meanwhile is kept


def test_a_window_closed_before_wiring_is_left_alone(qtbot) -> None:
    window = build_shell()
    qtbot.addWidget(window)
    startup = Startup(window, demo=True, secrets=None)
    window.show()
    startup.start()
    window.close()
    qtbot.wait(50)
    qtbot.waitUntil(lambda: startup.finished_imports, timeout=30000)
    assert not startup.done and window.findChild(GenerationController) is None


def test_the_first_frame_fires_once_the_window_has_painted(qtbot) -> None:
    window = build_shell()
    qtbot.addWidget(window)
    first = FirstFrame(window)
    with qtbot.waitSignal(first.shown, timeout=10000):
        window.show()
    assert first.at is not None and first.at > 0


def test_the_first_frame_watches_only_its_window(qtbot) -> None:
    """Every event of every widget crossed into Python while the window was first laid out
    and painted (768 of them) when the filter was the application's."""
    window = build_shell()
    qtbot.addWidget(window)
    first = FirstFrame(window)
    seen: list[QObject] = []
    watch = first.eventFilter

    def counting(watched: QObject, event: QEvent) -> bool:
        seen.append(watched)
        return watch(watched, event)

    first.eventFilter = counting  # type: ignore[method-assign]
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    QApplication.sendEvent(other, QPaintEvent(other.rect()))
    assert first.at is None and seen == []
    with qtbot.waitSignal(first.shown, timeout=10000):
        window.show()
    assert seen and all(watched is window for watched in seen)


def test_pillow_is_imported_by_the_second_phase_not_by_the_first_job() -> None:
    """Off the first frame, but before any job: a module a job used first was imported on its
    thread, holding the GIL while the window waited."""
    code = (
        "import sys\n"
        "from studio.app import Startup, build_shell\n"
        "from studio.ui.application import ensure_application\n"
        "app = ensure_application()\n"
        "window = build_shell()\n"
        "first = sorted(m for m in sys.modules if m.startswith('PIL.Image'))\n"
        "startup = Startup(window, demo=False, secrets=None)\n"
        "startup.ready.connect(app.quit)\n"
        "startup.start()\n"
        "app.exec()\n"
        "wanted = ('PIL.Image', 'PIL.ImageChops', 'PIL.ImageDraw', 'PIL.ImageFilter',\n"
        "          'PIL.ImageFont', 'PIL.ImageMath', 'PIL.ImageOps')\n"
        "print(first, [m for m in wanted if m not in sys.modules], startup.done)\n"
    )
    done = subprocess.run(  # offscreen, with the memory keyring: tests/conftest.py
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[] [] True"
