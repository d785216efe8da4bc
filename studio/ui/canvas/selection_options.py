"""Tool options for the selection tools: the magic wand's tolerance and contiguous switch."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QSlider, QSpinBox

from studio.ui.canvas.state import CanvasToolState, Tool


class WandOptions(QGroupBox):
    """Shown while the magic wand is the tool; bound both ways to the CanvasToolState."""

    def __init__(self, state: CanvasToolState) -> None:
        super().__init__()
        self.setTitle(self.tr("Magic Wand"))
        self.setObjectName("wand_options")
        self._state = state
        self._build_ui()
        self._connect_signals()
        self._on_state_wand_changed()
        self._on_state_tool_changed(state.tool)

    def _build_ui(self) -> None:
        form = QFormLayout(self)
        self._slider = QSlider(Qt.Orientation.Horizontal)
        self._slider.setRange(0, 255)
        self._slider.setObjectName("wand_tolerance_slider")
        self._spin = QSpinBox()
        self._spin.setRange(0, 255)
        self._spin.setObjectName("wand_tolerance")
        self._spin.setKeyboardTracking(False)
        self._spin.setToolTip(
            self.tr("How different (0-255 per channel) a colour may be from the clicked one")
        )
        row = QHBoxLayout()
        row.addWidget(self._slider, 1)
        row.addWidget(self._spin)
        form.addRow(self.tr("Tolerance"), row)
        self._contiguous = QCheckBox(self.tr("Contiguous"))
        self._contiguous.setObjectName("wand_contiguous")
        self._contiguous.setToolTip(
            self.tr("Only the area touching the clicked pixel; off: that colour everywhere")
        )
        form.addRow(self._contiguous)

    def _connect_signals(self) -> None:
        self._slider.valueChanged.connect(self._on_tolerance_value_changed)
        self._spin.valueChanged.connect(self._on_tolerance_value_changed)
        self._contiguous.toggled.connect(self._on_contiguous_toggled)
        self._state.wand_changed.connect(self._on_state_wand_changed)
        self._state.tool_changed.connect(self._on_state_tool_changed)

    @Slot(int)
    def _on_tolerance_value_changed(self, value: int) -> None:
        self._state.set_wand(value, self._state.wand_contiguous)

    @Slot(bool)
    def _on_contiguous_toggled(self, checked: bool) -> None:
        self._state.set_wand(self._state.wand_tolerance, checked)

    @Slot()
    def _on_state_wand_changed(self) -> None:
        for widget in (self._slider, self._spin, self._contiguous):
            widget.blockSignals(True)
        self._slider.setValue(self._state.wand_tolerance)
        self._spin.setValue(self._state.wand_tolerance)
        self._contiguous.setChecked(self._state.wand_contiguous)
        for widget in (self._slider, self._spin, self._contiguous):
            widget.blockSignals(False)

    @Slot(object)
    def _on_state_tool_changed(self, tool: Tool) -> None:
        self.setVisible(tool is Tool.WAND)
