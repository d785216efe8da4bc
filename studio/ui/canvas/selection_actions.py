"""The Mask menu: select subject, all and none; grow, shrink, feather and smooth by N px."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from studio.core.imaging.subject import unavailable_reason
from studio.ui.canvas.document import CanvasDocument

# (title, question, current value) → the number of pixels, or None when the designer cancels.
AskPixels = Callable[[str, str, int], int | None]
Inform = Callable[[str, str], None]  # (title, message)
MAX_PIXELS = 500


@dataclass
class _Amount:
    """One of grow, shrink, feather, smooth: its question and the last value asked."""

    title: str
    question: str
    value: int


class SelectionActions(QObject):
    """Creates the Mask menu's actions and runs them through the document's SelectionOps."""

    def __init__(
        self,
        document: CanvasDocument,
        parent: QWidget,
        ask_pixels: AskPixels | None = None,
        inform: Inform | None = None,
        subject_unavailable: Callable[[], str | None] = unavailable_reason,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._window = parent
        self._ask = ask_pixels or self._ask_with_dialog
        self._inform = inform or self._inform_with_dialog
        # Asked once the window is shown (wiring.wire, or the first press): finding the
        # extra's files reads the installed packages' metadata, 25-45 ms of imports.
        self._subject_unavailable = subject_unavailable
        self._subject_reason: str | None = None
        self.subject_checked = False
        self._amounts = {
            "grow": _Amount(self.tr("Grow Mask"), self.tr("Grow the mask by (pixels):"), 8),
            "shrink": _Amount(self.tr("Shrink Mask"), self.tr("Shrink the mask by (pixels):"), 8),
            "feather": _Amount(
                self.tr("Feather Mask"), self.tr("Soften the mask's edge over (pixels):"), 16
            ),
            "smooth": _Amount(
                self.tr("Smooth Mask"), self.tr("Round off jagged edges up to (pixels):"), 4
            ),
        }
        self._build_actions()
        self._connect_signals()

    def _action(self, name: str, text: str, tip: str, keys: str | None = None) -> QAction:
        action = QAction(text, self.parent())
        action.setObjectName(name)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        if keys:
            action.setShortcut(QKeySequence(keys))
        return action

    def _build_actions(self) -> None:
        self.select_subject = self._action(
            "action.select_subject", self.tr("Select &Subject"), self.tr("Select the main subject")
        )
        self.select_all = self._action(
            "action.select_all", self.tr("Select &All"), self.tr("Mask the whole picture"), "Ctrl+A"
        )
        self.select_none = self._action(
            "action.select_none", self.tr("Select &None"), self.tr("Clear the mask"), "Ctrl+D"
        )
        self.grow = self._action(
            "action.grow_mask", self.tr("&Grow…"), self.tr("Widen the mask by N px")
        )
        self.shrink = self._action(
            "action.shrink_mask", self.tr("S&hrink…"), self.tr("Narrow the mask by N px")
        )
        self.feather = self._action(
            "action.feather_mask", self.tr("&Feather…"), self.tr("Soften the mask's edge over N px")
        )
        self.smooth = self._action(
            "action.smooth_mask",
            self.tr("S&mooth…"),
            self.tr("Round off jagged edges and drop specks"),
        )

    def check_subject(self) -> None:
        """Whether Select Subject can run here; if not, its tooltip says why. Once."""
        if self.subject_checked:
            return
        self.subject_checked = True
        self._subject_reason = self._subject_unavailable()
        if self._subject_reason is not None:
            self.select_subject.setToolTip(
                self.tr("Select Subject is not available: {reason}").format(
                    reason=self._subject_reason
                )
            )
            self.select_subject.setStatusTip(self.select_subject.toolTip())

    def _connect_signals(self) -> None:
        self.select_subject.triggered.connect(self._on_select_subject_triggered)
        self.select_all.triggered.connect(self._document.fill)
        self.select_none.triggered.connect(self._document.clear)
        self.grow.triggered.connect(self._on_grow_triggered)
        self.shrink.triggered.connect(self._on_shrink_triggered)
        self.feather.triggered.connect(self._on_feather_triggered)
        self.smooth.triggered.connect(self._on_smooth_triggered)

    def menu_actions(self) -> list[QAction | None]:
        """The Mask menu, None for a separator."""
        return [
            self.select_all,
            self.select_none,
            self.select_subject,
            None,
            self.grow,
            self.shrink,
            self.feather,
            self.smooth,
        ]

    def set_enabled(self, enabled: bool) -> None:
        """Only with a picture open; Select Subject also needs its optional package."""
        for action in (self.select_all, self.select_none, self.grow, self.shrink):
            action.setEnabled(enabled)
        self.feather.setEnabled(enabled)
        self.smooth.setEnabled(enabled)
        # Without its package Select Subject stays enabled: choosing it says how to install it.
        self.select_subject.setEnabled(enabled)

    def _ask_with_dialog(self, title: str, question: str, value: int) -> int | None:
        parent = self._window.window()
        number, ok = QInputDialog.getInt(parent, title, question, value, 1, MAX_PIXELS)
        return number if ok else None

    def _inform_with_dialog(self, title: str, message: str) -> None:
        QMessageBox.information(self._window.window(), title, message)

    def _run(self, key: str, operation: Callable[[int], None]) -> None:
        amount = self._amounts[key]
        pixels = self._ask(amount.title, amount.question, amount.value)
        if pixels is None or pixels <= 0:
            return
        amount.value = min(int(pixels), MAX_PIXELS)
        operation(amount.value)

    @Slot()
    def _on_select_subject_triggered(self) -> None:
        self.check_subject()
        if self._subject_reason is not None:
            self._inform(self.tr("Select Subject"), self.select_subject.toolTip())
            return
        self._document.selection.subject(erase=False)

    @Slot()
    def _on_grow_triggered(self) -> None:
        self._run("grow", self._document.selection.grow)

    @Slot()
    def _on_shrink_triggered(self) -> None:
        self._run("shrink", self._document.selection.shrink)

    @Slot()
    def _on_feather_triggered(self) -> None:
        self._run("feather", self._document.selection.feather)

    @Slot()
    def _on_smooth_triggered(self) -> None:
        self._run("smooth", self._document.selection.smooth)
