"""A broken request rule in the designer's words: no parameter names, one sentence."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from studio.core.validation import Problem
from studio.i18n.core_text import core_text

# Rules whose core wording leads with a parameter or reads like a log line.
_KNOWN = {
    ("prompt", "describe the image you want: the prompt is empty"): QT_TRANSLATE_NOOP(
        "Problems", "Describe the image you want."
    ),
    ("mask", "a mask or markup needs an input image to edit"): QT_TRANSLATE_NOOP(
        "Problems", "A mask needs a picture on the canvas: open one first."
    ),
    ("markup", "markup cannot be combined with a mask"): QT_TRANSLATE_NOOP(
        "Problems", "Markup and a painted mask cannot be used together: clear one of them."
    ),
}


def problem_text(problem: Problem) -> str:
    """The sentence shown in the window for ``problem`` (never ``param: message``)."""
    known = _KNOWN.get((problem.param, problem.message))
    if known:
        return QCoreApplication.translate("Problems", known)
    return _sentence(core_text(problem.message))


def _sentence(message: str) -> str:
    text = message.strip()
    if not text:
        return QCoreApplication.translate("Problems", "This setting cannot be used.")
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
