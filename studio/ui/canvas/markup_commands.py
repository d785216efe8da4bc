"""Undo for markup: each edit keeps the changed rectangle before and after."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QUndoCommand

if TYPE_CHECKING:
    from studio.ui.canvas.markup_layer import MarkupLayer


class MarkupEditCommand(QUndoCommand):
    """An edit already drawn when pushed: the first redo() is the push itself."""

    def __init__(
        self, layer: MarkupLayer, rect: QRect, before: QImage, after: QImage, text: str
    ) -> None:
        super().__init__(text)
        self._layer = layer
        self._rect = QRect(rect)
        self._before, self._after = before, after
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._layer.put_tile(self._rect, self._after)

    def undo(self) -> None:
        self._layer.put_tile(self._rect, self._before)
