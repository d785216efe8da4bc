"""Which language Studio speaks, and the Qt translators (ours and Qt's) that make it speak it."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from studio.core.paths import resource_path

# Code -> the language's own name, as a speaker looks for it in a list.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "zh_CN": "简体中文",
    "ja": "日本語",
}
ENV_VAR = "STUDIO_LANG"


def normalize(code: str) -> str | None:
    """A supported language code for ``code`` ("fr_CA", "zh-Hans-CN", "ja_JP"), or None."""
    code = code.strip().replace("-", "_")
    if not code:
        return None
    if code in LANGUAGES:
        return code
    lowered = code.lower()
    if lowered.startswith("zh"):
        # Traditional Chinese readers get English rather than the simplified script.
        traditional = any(part in lowered for part in ("hant", "_tw", "_hk", "_mo"))
        return None if traditional else "zh_CN"
    base = lowered.split("_")[0]
    return base if base in LANGUAGES else None


def choose_language(
    override: str | None = None,
    setting: str = "",
    system: Sequence[str] | None = None,
    environ: dict[str, str] | None = None,
) -> str:
    """--lang, then STUDIO_LANG, then the Language setting, then the system's UI languages."""
    env = os.environ if environ is None else environ
    for explicit in (override or "", env.get(ENV_VAR, ""), setting):
        found = normalize(explicit)
        if found:
            return found
    preferred = QLocale.system().uiLanguages() if system is None else system
    for code in preferred:
        found = normalize(code)
        if found:
            return found
    return "en"


class Translation:
    """The translators of one language, installed on the running application."""

    def __init__(self, language: str) -> None:
        self.language = normalize(language) or "en"
        self._translators: list[QTranslator] = []
        self._previous_locale = QLocale()

    def install(self, app: QCoreApplication) -> Translation:
        """Load Studio's and Qt's catalogues and set the default locale for numbers and dates."""
        self._previous_locale = QLocale()
        QLocale.setDefault(QLocale(self.language))
        if self.language == "en":
            return self
        for translator in self._load():
            app.installTranslator(translator)
            self._translators.append(translator)
        return self

    def uninstall(self, app: QCoreApplication) -> None:
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        QLocale.setDefault(self._previous_locale)

    def _load(self) -> Iterable[QTranslator]:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = str(resource_path("i18n"))
        for name, folder in (
            (f"qtbase_{self.language}", qt_dir),
            (f"studio_{self.language}", ours),
        ):
            translator = QTranslator()
            if translator.load(name, folder):
                yield translator


def studio_catalogue(language: str) -> QTranslator | None:
    """Studio's catalogue for ``language`` on its own, usable before (or without) an
    application object: the CLI's parser is translated before the window decides to start."""
    code = normalize(language) or "en"
    if code == "en":
        return None
    translator = QTranslator()
    return translator if translator.load(f"studio_{code}", str(resource_path("i18n"))) else None
