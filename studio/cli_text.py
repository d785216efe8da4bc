"""The CLI's words in the user's language: the same .qm catalogues as the window, via QtCore."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from studio.core.validation import Problem
from studio.i18n.core_text import core_text
from studio.i18n.language import Translation, choose_language

CONTEXT = "Cli"


def install_language(override: str | None) -> Translation | None:
    """Load the catalogues for --lang, the Language setting or the system's language.

    Translators need an application object; the CLI makes a QCoreApplication (no display)
    only when there is something to translate, so English runs never start Qt. The caller
    keeps the returned Translation for as long as it prints: its translators live in it.
    """
    language = choose_language(override, _setting())
    if language == "en":
        return None
    app = QCoreApplication.instance() or QCoreApplication(["studio"])
    return Translation(language).install(app)


def _setting() -> str:
    from studio.core.settings import load_settings

    try:
        return load_settings().language
    except (OSError, ValueError):
        return ""  # a broken settings file is reported by the command that reads it


def translate(context: str, text: str) -> str:
    """``text`` (a source string of ``context``) in the installed language."""
    return QCoreApplication.translate(context, text)


def say(message: str) -> str:
    """A message from core (a sentence in English) in the installed language."""
    return core_text(message)


def problems_text(problems: Sequence[Problem]) -> str:
    """An invalid request's problems, "option: what is wrong", in the installed language."""
    return "; ".join(f"{p.param}: {core_text(p.message)}" for p in problems)


def note_line(note: str) -> str:
    """A note from core as one stderr line."""
    return "studio: " + translate(CONTEXT, "note: {note}").format(note=core_text(note))
