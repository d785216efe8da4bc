"""Tools ▸ Masked edits: feather, grow and shrink the mask, blend colours, focused edit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.ui.state.region_state import RegionState


def _spin(name: str, low: int, high: int, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox(objectName=name)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


class EdgeOptions(QWidget):
    """Binds a RegionState; Grow and Shrink ask for the mask to change (undoable)."""

    grow_requested = Signal(int)  # pixels; negative shrinks

    def __init__(self, state: RegionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("edge_options")
        self._state = state
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._edge_group())
        layout.addWidget(self._send_group())

    def _edge_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Mask edge"))
        form = QFormLayout(group)
        self.feather = _spin("feather", 0, 64, self._state.feather_px, self.tr(" px"))
        self.feather.setToolTip(self.tr("How softly the result fades into the picture"))
        form.addRow(self.tr("Feather"), self.feather)
        self.grow_px = _spin("grow_px", 1, 256, self._state.grow_px, self.tr(" px"))
        self.grow = QPushButton(self.tr("Grow"), objectName="grow")
        self.shrink = QPushButton(self.tr("Shrink"), objectName="shrink")
        self.grow.setToolTip(self.tr("Widen the painted area by this many pixels (undoable)"))
        self.shrink.setToolTip(self.tr("Narrow the painted area by this many pixels (undoable)"))
        for button in (self.grow, self.shrink):  # never squeezed below their word
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 16)
        row = QHBoxLayout()
        row.addWidget(self.grow_px)
        row.addWidget(self.grow)
        row.addWidget(self.shrink)
        form.addRow(self.tr("Resize"), row)
        self.show_edge = QCheckBox(self.tr("Show the blended edge"), objectName="show_edge")
        self.show_edge.setChecked(self._state.show_edge)
        form.addRow(self.show_edge)
        return group

    def _send_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Masked edits"))
        form = QFormLayout(group)
        self.blend = QCheckBox(self.tr("Blend colours into the picture"), objectName="blend")
        self.blend.setChecked(self._state.blend)
        self.blend.setToolTip(
            self.tr("Match the new area's colour and tone to what surrounds it, so no seam shows")
        )
        form.addRow(self.blend)
        self.focus = QCheckBox(self.tr("Focused edit"), objectName="focus")
        self.focus.setChecked(self._state.focus)
        self.focus.setToolTip(
            self.tr(
                "Send only the area around the mask: more detail for less. Drag the box's "
                "frame on the canvas to move it."
            )
        )
        self.context = _spin("context", 0, 2048, self._state.context_px, self.tr(" px"))
        self.context.setToolTip(self.tr("How much of the picture around the mask is sent"))
        form.addRow(self.focus)
        form.addRow(self.tr("Context"), self.context)
        return group

    def _connect_signals(self) -> None:
        self.feather.valueChanged.connect(self._on_feather_value_changed)
        self.grow_px.valueChanged.connect(self._on_grow_px_value_changed)
        self.grow.clicked.connect(self._on_grow_clicked)
        self.shrink.clicked.connect(self._on_shrink_clicked)
        self.show_edge.toggled.connect(self._on_show_edge_toggled)
        self.blend.toggled.connect(self._on_blend_toggled)
        self.focus.toggled.connect(self._on_focus_toggled)
        self.context.valueChanged.connect(self._on_context_value_changed)

    @Slot(int)
    def _on_feather_value_changed(self, value: int) -> None:
        self._state.set_feather(value)

    @Slot(int)
    def _on_grow_px_value_changed(self, value: int) -> None:
        self._state.set_grow(value)

    @Slot()
    def _on_grow_clicked(self) -> None:
        self.grow_requested.emit(self.grow_px.value())

    @Slot()
    def _on_shrink_clicked(self) -> None:
        self.grow_requested.emit(-self.grow_px.value())

    @Slot(bool)
    def _on_show_edge_toggled(self, checked: bool) -> None:
        self._state.set_show_edge(checked)

    @Slot(bool)
    def _on_blend_toggled(self, checked: bool) -> None:
        self._state.set_blend(checked)

    @Slot(bool)
    def _on_focus_toggled(self, checked: bool) -> None:
        self._state.set_focus(checked)

    @Slot(int)
    def _on_context_value_changed(self, value: int) -> None:
        self._state.set_context(value)
