"""Every text a window shows (widgets, menus, docks, tooltips), and which of it is English."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from studio.core.paths import resource_path

# Names, units, formats and keys stay as they are in every language.
ALLOWED = {
    "image",
    "studio",
    "gpt",
    "openai",
    "chatgpt",
    "sunburst",
    "flare",
    "mini",
    "latest",
    "azure",
    "microsoft",
    "entra",
    "pyside",
    "python",
    "mit",
    "lgpl",
    "gnu",
    "png",
    "jpeg",
    "jpg",
    "webp",
    "csv",
    "json",
    "usd",
    "url",
    "api",
    "http",
    "https",
    "ctrl",
    "shift",
    "alt",
    "esc",
    "enter",
    "space",
    "delete",
    "return",
    "left",
    "right",
    "org",
    "proj",
    "openai_api_key",
    "studio_secret_backend",
    "memory",
    "token",
    "tokens",
    "www",
    "com",
    "platform",
    "keys",
    "localhost",
    "emulator",
    "demo",
    "app",
}
# A model id, a URL, an environment variable or a file name is data, not a sentence.
_NOT_WORDS = re.compile(
    r"(?:chatgpt|gpt)-image-[\w.-]+|https?://\S+|\b[A-Z][A-Z0-9_]{3,}\b|\S+\.(?:png|csv|svg)\b"
)
_WORD = re.compile(r"[A-Za-z]{3,}")


def _literal_words() -> set[str]:
    """The words of every string literal in the window's code, wrapped in tr() or not: an
    English label someone forgot to wrap is still English."""
    studio = Path(__file__).resolve().parents[2] / "studio"
    words: set[str] = set()
    for path in [*studio.joinpath("ui").rglob("*.py"), studio / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                words.update(w.lower() for w in _WORD.findall(node.value))
    return words


@cache
def english_words(language: str) -> frozenset[str]:
    """Words of the English sources (and literals) that no translation into ``language`` uses."""
    root = ET.parse(resource_path(f"i18n/studio_{language}.ts")).getroot()
    sources, translated = _literal_words(), set()
    for message in root.iter("message"):
        sources.update(w.lower() for w in _WORD.findall(message.findtext("source") or ""))
        text = message.findtext("translation") or ""
        translated.update(w.lower() for w in _WORD.findall(text))
    return frozenset(sources - translated - ALLOWED)


def english_in(text: str, language: str) -> list[str]:
    """The English words in ``text`` (a shown string) for a window in ``language``."""
    words = english_words(language)
    plain = _NOT_WORDS.sub(" ", re.sub(r"<[^>]+>", " ", text)).replace("&", "")
    return [w for w in _WORD.findall(plain) if w.lower() in words]


def menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        if action.menu() is not None:
            yield from menu_texts(action.menu())


def widget_texts(widget: QWidget) -> Iterator[str]:
    """What one widget shows: its text, title, placeholder, items, headers and tooltip."""
    yield widget.toolTip()
    yield widget.windowTitle() if isinstance(widget, (QDockWidget, QMainWindow)) else ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
        yield getattr(widget, "suffix", lambda: "")()
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        yield from (header.text(i) for i in range(header.columnCount()))
    if isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(column)
            yield item.text() if item else ""


def shown_texts(root: QWidget) -> list[str]:
    """Every text of ``root`` and its visible children, its menus and its toolbars' actions."""
    texts: list[str] = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is root or widget.isVisibleTo(root) or isinstance(widget, QDockWidget):
            texts.extend(widget_texts(widget))
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.menu() is not None:
                texts.extend(menu_texts(action.menu()))
    return [t for t in texts if t and t.strip()]
