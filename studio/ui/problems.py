"""A broken request rule in the designer's words: no parameter names, one sentence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.core.validation import Problem

# Rules whose core wording leads with a parameter or reads like a log line.
_KNOWN = {
    ("prompt", "describe the image you want: the prompt is empty"): "Describe the image you want.",
    ("mask", "a mask or markup needs an input image to edit"): (
        "A mask needs a picture on the canvas: open one first."
    ),
    ("markup", "markup cannot be combined with a mask"): (
        "Markup and a painted mask cannot be used together: clear one of them."
    ),
}


def problem_text(problem: Problem) -> str:
    """The sentence shown in the window for ``problem`` (never ``param: message``)."""
    known = _KNOWN.get((problem.param, problem.message))
    text = known or _sentence(problem.message)
    return QCoreApplication.translate("problems", text)


def _sentence(message: str) -> str:
    text = message.strip()
    if not text:
        return "This setting cannot be used."
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
