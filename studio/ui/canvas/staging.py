"""Results land on the canvas as a preview: Accept (undoable), Discard, previous and next."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Signal, Slot
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from studio.core.events import ImageReady
from studio.ui.canvas.view import CanvasView
from studio.ui.main_window import MainWindow
from studio.ui.state.jobs_state import JobsState

STRIP_STYLE = (
    "QFrame#staging_strip { background: rgba(30, 31, 35, 225); border-radius: 6px; }"
    "QFrame#staging_strip QLabel { color: #f0f0f0; padding: 0 6px; }"
)
STRIP_MARGIN = 12
# (name, menu text, keys, tooltip)
_C = "StagingController"
STAGING_ACTIONS = (
    (
        "accept",
        QT_TRANSLATE_NOOP("StagingController", "&Accept Result"),
        "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP("StagingController", "Make this result the picture; Ctrl+Z undoes it"),
    ),
    (
        "discard",
        QT_TRANSLATE_NOOP("StagingController", "&Discard Result"),
        "Ctrl+Shift+X",
        QT_TRANSLATE_NOOP(
            "StagingController", "Take this result off the canvas (Gallery keeps it)"
        ),
    ),
    (
        "previous",
        QT_TRANSLATE_NOOP("StagingController", "&Previous Result"),
        "Alt+Left",
        QT_TRANSLATE_NOOP("StagingController", "Previous result of this batch (Alt+Left)"),
    ),
    (
        "next",
        QT_TRANSLATE_NOOP("StagingController", "&Next Result"),
        "Alt+Right",
        QT_TRANSLATE_NOOP("StagingController", "Next result of this batch (Alt+Right)"),
    ),
)
BUTTON_TEXTS = {
    "previous": "◀",
    "next": "▶",
    "accept": QT_TRANSLATE_NOOP("StagingStrip", "Accept"),
    "discard": QT_TRANSLATE_NOOP("StagingStrip", "Discard"),
}


@dataclass(frozen=True)
class StagedResult:
    """One result of the batch: shown over the picture until accepted or discarded."""

    image: QImage
    path: str
    job_id: str | None
    sha: str | None
    label: str


class StagingStrip(QFrame):
    """The strip at the bottom of the canvas: ◀ 2 of 4 ▶  Accept  Discard."""

    def __init__(self, actions: dict[str, QAction], canvas: QWidget) -> None:
        super().__init__(canvas)
        self.setObjectName("staging_strip")
        self.setStyleSheet(STRIP_STYLE)
        self.counter = QLabel(self, objectName="staging_counter")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        for name in ("previous", "counter", "next", "accept", "discard"):
            if name == "counter":
                layout.addWidget(self.counter)
                continue
            button = QToolButton(self, objectName=f"staging_{name}")
            actions[name].setIconText(self.tr(BUTTON_TEXTS[name]))  # what a tool button shows
            button.setDefaultAction(actions[name])
            layout.addWidget(button)
        self.hide()
        canvas.installEventFilter(self)

    def place(self) -> None:
        """Bottom centre of the canvas, above everything drawn on it."""
        canvas = self.parentWidget()
        self.adjustSize()
        left = (canvas.width() - self.width()) // 2
        self.move(max(0, left), max(0, canvas.height() - self.height() - STRIP_MARGIN))
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.place()
        return False


class StagingController(QObject):
    """Collects the results of the latest batch of jobs and shows one of them on the canvas."""

    changed = Signal()
    accepted = Signal(str)  # the accepted result's path

    def __init__(self, jobs: JobsState, canvas: CanvasView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs, self._canvas = jobs, canvas
        self._batch: set[str] = set()
        self._fresh = True  # the batch has no result yet: its first one replaces the strip
        self._results: list[StagedResult] = []
        self._index = 0
        self.actions = {name: self._action(name, *rest) for name, *rest in STAGING_ACTIONS}
        self.strip = StagingStrip(self.actions, canvas)
        self._connect_signals()
        self._update()

    def _action(self, name: str, text: str, keys: str, tip: str) -> QAction:
        action = QAction(self.tr(text), self)
        action.setObjectName(f"action.staging_{name}")
        action.setShortcut(QKeySequence(keys))
        action.setToolTip(self.tr(tip))
        return action

    def _connect_signals(self) -> None:
        self._jobs.job_added.connect(self._on_jobs_job_added)
        self._jobs.image_arrived.connect(self._on_jobs_image_arrived)
        self.actions["previous"].triggered.connect(self.previous)
        self.actions["next"].triggered.connect(self.next)
        self.actions["accept"].triggered.connect(self.accept)
        self.actions["discard"].triggered.connect(self.discard)

    # -- public API ----------------------------------------------------------------------------

    def results(self) -> list[StagedResult]:
        return list(self._results)

    def index(self) -> int:
        return self._index

    def current(self) -> StagedResult | None:
        return self._results[self._index] if self._results else None

    @Slot()
    def previous(self) -> None:
        if self._results:
            self._index = (self._index - 1) % len(self._results)
            self._update()

    @Slot()
    def next(self) -> None:
        if self._results:
            self._index = (self._index + 1) % len(self._results)
            self._update()

    @Slot()
    def accept(self) -> bool:
        """The shown result becomes the picture (one undo step); the strip closes."""
        result = self.current()
        if result is None:
            return False
        self._apply(result, self.tr("Accept Result"))
        self._results.clear()
        self._update()
        return True

    @Slot()
    def discard(self) -> None:
        """Drop the shown result from the canvas; it stays in the gallery."""
        if self._results:
            del self._results[self._index]
            self._index = min(self._index, max(len(self._results) - 1, 0))
            self._update()

    # -- slots ---------------------------------------------------------------------------------

    @Slot(str)
    def _on_jobs_job_added(self, ticket: str) -> None:
        if all(self._jobs.job(t).phase.done for t in self._batch):
            self._batch, self._fresh = set(), True  # a new batch: drafts join while it runs
        self._batch.add(ticket)

    @Slot(str, object, QImage)
    def _on_jobs_image_arrived(self, ticket: str, event: ImageReady, image: QImage) -> None:
        if ticket not in self._batch or not event.path:
            return
        info = self._jobs.job(ticket)
        result = StagedResult(image, event.path, info.job_id, Path(event.path).stem, info.label)
        if self._fresh:
            self._results, self._index, self._fresh = [], 0, False
        document = self._canvas.document
        if not document.is_open():
            return  # nothing to stage over: the preview and the gallery show it
        if not document.has_image():
            self._apply(
                result, self.tr("Fill Canvas")
            )  # a blank canvas simply takes the first result
            return
        self._results.append(result)
        self._update()

    # -- showing -------------------------------------------------------------------------------

    def _apply(self, result: StagedResult, text: str) -> None:
        # A large result is read and decoded on the loader's thread.
        self._canvas.open_image(Path(result.path), origin=(result.job_id, result.sha), text=text)
        self.accepted.emit(result.path)

    def _update(self) -> None:
        current = self.current()
        self._canvas.set_staged(current.image if current is not None else None)
        count = len(self._results)
        for name in ("previous", "next"):
            self.actions[name].setEnabled(count > 1)
        for name in ("accept", "discard"):
            self.actions[name].setEnabled(count > 0)
        if count:
            text = self.tr("Result {0} of {1}").format(self._index + 1, count)
            self.strip.counter.setText(text)
            self.strip.place()
        self.strip.setVisible(count > 0)
        self.changed.emit()


def install_staging(window: MainWindow, jobs: JobsState) -> StagingController:
    """The staging strip on the window's canvas; its actions in Edit and as window shortcuts."""
    controller = StagingController(jobs, window.canvas, parent=window)
    window.menu("edit").addSeparator()
    window.menu("edit").addActions(list(controller.actions.values()))
    window.addActions(list(controller.actions.values()))
    return controller
