"""Undo commands: mask edits replay stored tiles, invert inverts again, pictures swap states."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from studio.core.mask import MaskEdit

if TYPE_CHECKING:
    from studio.ui.canvas.document import CanvasDocument, PictureState


class MaskEditCommand(QUndoCommand):
    """An edit already applied when pushed: the first redo() is the push itself.

    ``edit`` is None while a large edit is still being made a band at a time: the document
    sets it when the last band is in, and finishes the bands before any undo or redo.
    """

    def __init__(self, document: CanvasDocument, edit: MaskEdit | None, text: str) -> None:
        super().__init__(text)
        self._document = document
        self.edit = edit
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._document.replay_edit(self, forward=True)

    def undo(self) -> None:
        self._document.replay_edit(self, forward=False)


class InvertMaskCommand(QUndoCommand):
    """Invert is its own inverse, so it stores no pixels at all."""

    def __init__(self, document: CanvasDocument) -> None:
        super().__init__(QCoreApplication.translate("InvertMaskCommand", "Invert Mask"))
        self._document = document

    def redo(self) -> None:
        self._document.invert_now()

    def undo(self) -> None:
        self._document.invert_now()


class PictureCommand(QUndoCommand):
    """Open, New Canvas, Accept, Use as canvas, Restore: swaps whole picture states."""

    def __init__(
        self, document: CanvasDocument, before: PictureState, after: PictureState, text: str
    ) -> None:
        super().__init__(text)
        self._document = document
        self._before, self._after = before, after

    def redo(self) -> None:
        self._document.apply_picture_state(self._after)
        self._after = self._drawn(self._after)

    def undo(self) -> None:
        self._document.apply_picture_state(self._before)
        self._before = self._drawn(self._before)

    def _drawn(self, state: PictureState) -> PictureState:
        """``state`` with the display just made for it, so the next swap reuses it."""
        if state.display is not None or state.source is None:
            return state
        document = self._document
        return replace(state, display=document.display(), reduced=document.reduced_display())
