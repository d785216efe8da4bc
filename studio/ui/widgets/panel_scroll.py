"""A dock panel that scrolls when its dock is smaller than what it holds."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

MIN_WIDTH, MIN_HEIGHT = 180, 120
LAPTOP_WIDTH = 1280


class PanelScroll(QScrollArea):
    """Scrolls when the dock is short (a laptop screen) instead of making the window taller;
    its preferred width is the panel's, which the default layout gives it, so buttons and
    numbers are not cut on the right."""

    def __init__(self, panel: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidget(panel)

    def minimumSizeHint(self) -> QSize:
        """The panel's width on a laptop screen or larger; on a narrower one a quarter of it,
        so the window still fits (the panel then scrolls sideways too)."""
        panel, screen = self.widget(), self.screen()
        wanted = (panel.sizeHint().width() if panel is not None else 0) + self._bar()
        width = screen.availableGeometry().width() if screen is not None else LAPTOP_WIDTH
        room = wanted if width >= LAPTOP_WIDTH else width // 4
        return QSize(max(MIN_WIDTH, min(wanted, room)), MIN_HEIGHT)

    def sizeHint(self) -> QSize:
        """The panel's own width (the default layout gives the dock this much)."""
        panel = self.widget()
        hint = panel.sizeHint() if panel is not None else QSize(0, 0)
        return QSize(hint.width() + self._bar(), hint.height())

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()
