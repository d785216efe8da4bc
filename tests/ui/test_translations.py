"""The window in French, Simplified Chinese and Japanese: no English left, nothing clipped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QLocale, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from studio.app import build_main_window
from studio.core.catalog import Catalog
from studio.core.providers import Provider, ProviderKind
from studio.core.secrets import MemorySecretStore, Secrets
from studio.core.settings import Settings
from studio.core.store import Store
from studio.i18n.language import Translation
from studio.ui.dialogs.about import AboutDialog
from studio.ui.dialogs.export import ExportDialog
from studio.ui.dialogs.finalize import FinalizeChoice, FinalizeDialog
from studio.ui.dialogs.first_run import FirstRunDialog
from studio.ui.dialogs.new_canvas import NewCanvasDialog
from studio.ui.dialogs.settings import SettingsDialog
from studio.ui.dialogs.usage_dialog import UsageDialog
from studio.ui.main_window import MainWindow
from studio.ui.shortcuts_sheet import ShortcutsDialog
from tests.ui.words import english_in, shown_texts

LANGUAGES = ("fr", "zh_CN", "ja")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translation = Translation(request.param).install(qapp)
    yield request.param
    translation.uninstall(qapp)


@pytest.fixture
def translated_window(qtbot, language: str, tmp_path: Path) -> Iterator[MainWindow]:
    window = build_main_window(demo=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    picture = tmp_path / "picture.png"
    Image.new("RGB", (300, 200), (200, 120, 80)).save(picture)
    assert window.open_image(picture)
    yield window
    window.canvas.document.wait_for_encodings()


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    made = QThreadPool()
    yield made
    made.waitForDone(10_000)


def _dialogs(window: MainWindow, pool: QThreadPool, tmp_path: Path) -> list[QWidget]:
    secrets = Secrets(keyring_store=None, session=MemorySecretStore(), use_env=False)
    picture = tmp_path / "result.png"
    Image.new("RGB", (64, 64)).save(picture)
    provider = Provider(ProviderKind.COMPATIBLE, base_url="http://127.0.0.1:9")
    finalize = FinalizeDialog(
        lambda _choice: (0.25, ""),
        ("low", "medium", "high"),
        [("1024x1024", "1024x1024")],
        FinalizeChoice("high", "1024x1024", False),
    )
    return [
        SettingsDialog(Settings(), secrets, pool=pool),
        UsageDialog(Store(), Catalog.load()),
        AboutDialog(),
        NewCanvasDialog(),
        ShortcutsDialog(window),
        FirstRunDialog(secrets, provider, pool=pool),
        ExportDialog(str(picture), str(tmp_path), "result"),
        finalize,
    ]


def _english(texts: list[str], language: str) -> dict[str, list[str]]:
    return {text: found for text in texts if (found := english_in(text, language))}


def test_the_window_and_its_menus_speak_the_language(translated_window, language) -> None:
    texts = shown_texts(translated_window)
    assert len(texts) > 150  # the walk reaches docks, menus and tooltips
    assert _english(texts, language) == {}


def test_every_dialog_speaks_the_language(
    qtbot, translated_window, language, pool, tmp_path
) -> None:
    for dialog in _dialogs(translated_window, pool, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: not _looking(d))
        assert _english(shown_texts(dialog), language) == {}, type(dialog).__name__
        dialog.close()


def _looking(dialog: QWidget) -> bool:
    """Settings and first run look for a saved key in the background first."""
    return any("…" in label.text() for label in dialog.findChildren(QLabel, "key_status"))


def test_numbers_and_money_follow_the_language(translated_window, language) -> None:
    from studio.ui.formatting import money

    expected = {"fr": "1\u202f234,50\xa0$", "zh_CN": "US$1,234.50", "ja": "$1,234.50"}
    assert QLocale().name().startswith(language.split("_")[0])
    assert money(1234.5) in (expected[language], QLocale().toCurrencyString(1234.5, "$", 2))


CLIPPABLE = (QLabel, QPushButton, QCheckBox, QToolButton)


def _needed_width(widget: QWidget) -> int:
    """A label's size hint; for a button, its text and icon (Qt's style hint asks every text
    button for 80 px, which a short word does not need)."""
    if isinstance(widget, (QLabel, QCheckBox)):
        return widget.sizeHint().width()
    assert isinstance(widget, QAbstractButton)
    icon_only = Qt.ToolButtonStyle.ToolButtonIconOnly
    if isinstance(widget, QToolButton) and widget.toolButtonStyle() == icon_only:
        return 0  # the text is its tooltip
    text = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
    icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
    return text + icon + 8


def test_no_label_is_clipped_at_1366x768(translated_window, language) -> None:
    clipped = []
    for widget in translated_window.findChildren(QWidget):
        if not isinstance(widget, CLIPPABLE) or not widget.isVisibleTo(translated_window):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        if isinstance(widget, QAbstractButton) and not widget.text():
            continue
        if _needed_width(widget) > widget.width():
            clipped.append((type(widget).__name__, widget.text(), widget.width()))
    assert clipped == []


def test_the_walk_notices_english(demo_window) -> None:
    """Untranslated, the same walk finds English everywhere: the checks above can fail."""
    found = _english(shown_texts(demo_window), "fr")
    assert len(found) > 50


def test_the_shipped_catalogues_are_compiled_from_their_sources() -> None:
    """A .ts edited without `tools/i18n.py compile` would ship stale .qm files."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import i18n

    assert i18n.stale() == []
    assert {lang: i18n.missing(lang) for lang in LANGUAGES} == {lang: [] for lang in LANGUAGES}
