"""The words for API parameter values (low, high, transparent…) as a designer reads them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Vocabulary"

# The API's own values; shown translated, sent as they are.
VALUES = {
    "low": QT_TRANSLATE_NOOP("Vocabulary", "low"),
    "medium": QT_TRANSLATE_NOOP("Vocabulary", "medium"),
    "high": QT_TRANSLATE_NOOP("Vocabulary", "high"),
    "xhigh": QT_TRANSLATE_NOOP("Vocabulary", "very high"),
    "max": QT_TRANSLATE_NOOP("Vocabulary", "maximum"),
    "auto": QT_TRANSLATE_NOOP("Vocabulary", "auto"),
    "opaque": QT_TRANSLATE_NOOP("Vocabulary", "opaque"),
    "transparent": QT_TRANSLATE_NOOP("Vocabulary", "transparent"),
    "generate": QT_TRANSLATE_NOOP("Vocabulary", "generate"),
    "edit": QT_TRANSLATE_NOOP("Vocabulary", "edit"),
    "draft": QT_TRANSLATE_NOOP("Vocabulary", "draft"),
    "drafts": QT_TRANSLATE_NOOP("Vocabulary", "drafts"),
    "final": QT_TRANSLATE_NOOP("Vocabulary", "final"),
    "finalize": QT_TRANSLATE_NOOP("Vocabulary", "finalize"),
    "result": QT_TRANSLATE_NOOP("Vocabulary", "result"),
    "simple": QT_TRANSLATE_NOOP("Vocabulary", "simple"),
    "standard": QT_TRANSLATE_NOOP("Vocabulary", "standard"),
    "complex": QT_TRANSLATE_NOOP("Vocabulary", "complex"),
    "completed": QT_TRANSLATE_NOOP("Vocabulary", "completed"),
    "failed": QT_TRANSLATE_NOOP("Vocabulary", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "cancelled"),
    "running": QT_TRANSLATE_NOOP("Vocabulary", "running"),
    "queued": QT_TRANSLATE_NOOP("Vocabulary", "queued"),
    "interrupted": QT_TRANSLATE_NOOP("Vocabulary", "interrupted"),
}


def value_label(value: str) -> str:
    """``value`` in the user's words; an unknown value (a model id, a size) stays as it is."""
    source = VALUES.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else value
