"""The CLI's words in the user's language: the same .qm catalogues as the window, via QtCore."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from studio.i18n.argparse_words import argparse_speaking
from studio.i18n.core_text import core_text
from studio.i18n.language import Translation, choose_language, studio_catalogue

if TYPE_CHECKING:  # validation loads the catalogue: the window's first frame does not need it
    from studio.core.validation import Problem

CONTEXT = "Cli"
HELP = "CliHelp"


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


def cli_language(argv: Sequence[str]) -> str:
    """The language of this run, known before the parser is built: --lang peeked from argv."""
    override = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            override = argv[index + 1]
        elif arg.startswith("--lang="):
            override = arg.partition("=")[2]
    return choose_language(override, _setting())


class ParserWords:
    """The --help texts and argparse's own words in one language.

    Read straight from the catalogue, with no application object: `studio` without a command
    opens the window, which must create its own QApplication after parsing.
    """

    def __init__(self, language: str) -> None:
        self._catalogue = studio_catalogue(language)

    def translate(self, context: str, text: str) -> str:
        if self._catalogue is None:
            return text
        return self._catalogue.translate(context, text) or text

    @contextmanager
    def speaking(self) -> Iterator[None]:
        """argparse's headings and errors in this language while a parser is built or used."""
        with argparse_speaking(self.translate):
            yield

    def apply(self, parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        """``parser`` and its subparsers with their descriptions and help in this language."""
        parser.words = self  # type: ignore[attr-defined]
        if parser.description:
            parser.description = self.translate(HELP, parser.description)
        for action in parser._actions:
            if action.help and action.help != argparse.SUPPRESS:
                action.help = self.translate(HELP, action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = self.translate(HELP, choice.help or "")
                for subparser in set(action.choices.values()):
                    self.apply(subparser)
        return parser


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
