"""Space pans whenever the pointer is over the canvas, whichever widget has the keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


class SpaceKeys(QObject):
    """While active (pointer over ``canvas``), hands Space presses anywhere to the canvas.

    A space typed into a text field stays a space: the designer is writing a prompt.
    """

    def __init__(self, canvas: QWidget) -> None:
        super().__init__(canvas)
        self._canvas = canvas
        self._active = False

    def set_active(self, active: bool) -> None:
        app = QApplication.instance()
        if app is None or active == self._active:
            return
        self._active = active
        if active:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or watched is self._canvas:
            return False
        if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Space:
            return False
        if _types_text(QApplication.focusWidget()):
            return False
        if kind == QEvent.Type.KeyPress:
            self._canvas.keyPressEvent(event)
        else:
            self._canvas.keyReleaseEvent(event)
        return True


def _types_text(widget: QWidget | None) -> bool:
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox))
