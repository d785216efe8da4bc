"""A status text whose changes repaint it and nothing else."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap


class StatusLine(QWidget):
    """Up to ``lines`` lines of word-wrapped text, as wide as its layout makes it.

    A QLabel asks for its layout to be redone on every ``setText``, and Qt carries that
    request up through each parent to the main window, which then lays out every dock again.
    The preview's status changed five times a second while a job ran: 3.9 ms a time with the
    repaints that followed. This line's size never depends on its text, so a change only
    repaints it.
    """

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, lines: int = 3, name: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2)
        self.setAutoFillBackground(True)  # opaque: its parents are not painted again under it
        self.setText(text)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self.setAccessibleName(text)  # what a screen reader says, as it would of a QLabel
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 20, self.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.contentsRect(), FLAGS, self._text)
        painter.end()
