"""argparse's own words (headings, errors) in the user's language, for `studio --help`."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "argparse"

# argparse passes these through gettext; listed here so lupdate extracts them.
WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
)


@contextmanager
def argparse_speaking(translate: Callable[[str, str], str]) -> Iterator[None]:
    """argparse's gettext replaced by ``translate`` while a parser is built and used.

    argparse binds gettext at import (``from gettext import gettext as _``), so its module
    global is the one place to swap; it is put back so nothing else in the process changes.
    """
    previous = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: translate(CONTEXT, text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = previous  # type: ignore[attr-defined]
