"""Light and dark palettes for the application; "system" follows the desktop's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")
Role = QPalette.ColorRole

DARK = {
    Role.Window: "#2d2f34",
    Role.WindowText: "#e3e5e8",
    Role.Base: "#23252a",
    Role.AlternateBase: "#2a2c31",
    Role.ToolTipBase: "#3a3d44",
    Role.ToolTipText: "#f0f0f0",
    Role.Text: "#e3e5e8",
    Role.Button: "#363940",
    Role.ButtonText: "#e3e5e8",
    Role.BrightText: "#ff6b6b",
    Role.Highlight: "#d9408f",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#ff7fbf",
    Role.PlaceholderText: "#8b9099",
}
LIGHT = {
    Role.Window: "#f3f3f5",
    Role.WindowText: "#1d1f23",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#eceef1",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#1d1f23",
    Role.Text: "#1d1f23",
    Role.Button: "#e6e7ea",
    Role.ButtonText: "#1d1f23",
    Role.BrightText: "#c62828",
    Role.Highlight: "#c2327c",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#a3236a",
    Role.PlaceholderText: "#7a7f88",
}
_DARK_SHEET = "studio_dark_style_sheet"
DISABLED = {"dark": "#70747c", "light": "#a0a4ab"}


def resolve(theme: str, app: QApplication) -> str:
    """ "light" or "dark"; "system" asks Qt for the desktop's scheme (dark when it is unknown)."""
    if theme in ("light", "dark"):
        return theme
    scheme = app.styleHints().colorScheme()
    return "light" if scheme == Qt.ColorScheme.Light else "dark"


def palette_for(name: str) -> QPalette:
    palette = QPalette()
    for role, colour in (LIGHT if name == "light" else DARK).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(DISABLED["light" if name == "light" else "dark"])
    for role in (Role.Text, Role.ButtonText, Role.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, theme: str) -> str:
    """Set the palette for ``theme`` (system/light/dark) and return the one applied.

    The shipped style sheet is tuned for the dark palette, so light mode sets it aside and
    dark mode puts it back.
    """
    name = resolve(theme if theme in THEMES else "system", app)
    sheet = app.property(_DARK_SHEET)
    if sheet is None:
        sheet = app.styleSheet()
        app.setProperty(_DARK_SHEET, sheet)
    app.setPalette(palette_for(name))
    app.setStyleSheet("" if name == "light" else str(sheet))
    return name
