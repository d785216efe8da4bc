"""How masked edits are sent and land: feather, blend, focused crop and its context, extension."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from studio.core.imaging.extend import ExtendPlan
from studio.core.imaging.focus import DEFAULT_CONTEXT_PX

DEFAULT_GROW_PX = 8


class RegionState(QObject):
    """Shared by the Tools panel, the canvas's focus box, the cost panel and the generation."""

    changed = Signal()  # anything that changes what is sent or what it costs
    edge_changed = Signal()  # feather, or whether the edge preview is shown
    extension_changed = Signal()

    def __init__(
        self, feather_px: int = 4, blend: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.feather_px = feather_px
        self.grow_px = DEFAULT_GROW_PX
        self.show_edge = True
        self.blend = blend
        self.focus = False
        self.context_px = DEFAULT_CONTEXT_PX
        self.shift = (0, 0)  # how far the user moved the focus box, in image pixels
        self.extension: ExtendPlan | None = None  # the canvas was extended by this plan

    def set_feather(self, value: int) -> None:
        if value != self.feather_px:
            self.feather_px = value
            self.edge_changed.emit()
            self.changed.emit()

    def set_show_edge(self, shown: bool) -> None:
        if shown != self.show_edge:
            self.show_edge = shown
            self.edge_changed.emit()

    def set_grow(self, value: int) -> None:
        self.grow_px = value

    def set_blend(self, on: bool) -> None:
        if on != self.blend:
            self.blend = on
            self.changed.emit()

    def set_focus(self, on: bool) -> None:
        if on != self.focus:
            self.focus = on
            self.shift = (0, 0)
            self.changed.emit()

    def set_context(self, value: int) -> None:
        if value != self.context_px:
            self.context_px = value
            self.shift = (0, 0)
            self.changed.emit()

    def set_shift(self, dx: int, dy: int) -> None:
        if (dx, dy) != self.shift:
            self.shift = (dx, dy)
            self.changed.emit()

    def set_extension(self, plan: ExtendPlan | None) -> None:
        if plan != self.extension:
            self.extension = plan
            self.extension_changed.emit()
            self.changed.emit()
