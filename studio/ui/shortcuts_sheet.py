"""The F1 sheet: every key of every action in the window, grouped, plus the pointer gestures."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

# Action name prefixes → section; the first match wins, the rest fall under "Other".
_T = "ShortcutsSheet"
SECTIONS = (
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Files"),
        (
            "action.new",
            "action.open",
            "action.paste",
            "action.import_mask",
            "action.export",
            "action.quit",
            "action.settings",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Generation"),
        (
            "action.generate",
            "action.drafts",
            "action.cancel",
            "action.staging_",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Gallery (when it has the focus)"),
        ("gallery.",),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Canvas and mask"),
        (
            "action.brush",
            "action.eraser",
            "action.rect",
            "action.lasso",
            "action.polygon_lasso",
            "action.magic_wand",
            "action.object_select",
            "action.select_",
            "action.invert",
            "action.clear",
            "action.fill",
            "action.toggle",
            "action.undo",
            "action.redo",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "View"),
        (
            "action.zoom",
            "action.fit",
            "action.actual",
        ),
    ),
)
OTHER = QT_TRANSLATE_NOOP("ShortcutsSheet", "Other")
POINTER = QT_TRANSLATE_NOOP("ShortcutsSheet", "Pointer")
GESTURES = (
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Right-drag, Ctrl+drag, Alt+drag"),
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Subtract from the mask with any tool"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Shift+drag"),
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Add to the mask (as a plain drag does)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Polygon lasso"),
        QT_TRANSLATE_NOOP(
            "ShortcutsSheet", "Double-click or Enter closes, Backspace undoes a corner, Shift: 45°"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Object selection"),
        QT_TRANSLATE_NOOP(
            "ShortcutsSheet", "Drag a box; then click to take a part in, Alt-click to leave it out"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Wheel"),
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Zoom at the pointer"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Space+drag, middle-drag"),
        QT_TRANSLATE_NOOP(
            "ShortcutsSheet", "Pan (Space works whenever the pointer is over the canvas)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Esc while drawing"),
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Cancel the rectangle, lasso or polygon being drawn"),
    ),
)


def _section(name: str) -> str:
    for title, prefixes in SECTIONS:
        if name.startswith(prefixes):
            return title
    return OTHER


def shortcut_rows(window: QWidget) -> dict[str, list[tuple[str, str]]]:
    """Section (English, translated when shown) → (keys, what it does) for every action under
    ``window`` that has a key."""
    rows: dict[str, list[tuple[str, str]]] = {title: [] for title, _ in SECTIONS}
    rows[OTHER] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        keys = QCoreApplication.translate("ShortcutsSheet", " or ").join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        text = action.text().replace("&", "").rstrip("…").strip()
        if action.objectName() in ("action.undo", "action.redo"):
            text = text.split(" ")[0]  # "Undo Open Image" names the step, not the key
        if not keys or not text or (keys, text) in seen:
            continue
        seen.add((keys, text))
        rows[_section(action.objectName())].append((keys, text))
    return {title: entries for title, entries in rows.items() if entries}


def shortcuts_html(window: QWidget) -> str:
    """The sheet as a small HTML table."""
    from html import escape  # imported when the sheet opens: not for the first frame

    parts = ["<table cellspacing=3>"]
    translate = QCoreApplication.translate
    gestures = [(translate(_T, keys), translate(_T, text)) for keys, text in GESTURES]
    for title, entries in [*shortcut_rows(window).items(), (POINTER, gestures)]:
        parts.append(f"<tr><td colspan=2><br><b>{escape(translate(_T, title))}</b></td></tr>")
        for keys, text in entries:
            parts.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(text)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    """The sheet in a scrolling view that fits a laptop screen."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.browser = QTextBrowser(self, objectName="shortcuts_text")
        self.browser.setHtml(shortcuts_html(window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        screen = window.screen()
        room = screen.availableGeometry().height() - 80 if screen is not None else 640
        self.resize(560, max(320, min(720, room)))
