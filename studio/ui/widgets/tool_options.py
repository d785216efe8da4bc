"""The tool options panel: tool buttons, brush size and hardness, mask overlay settings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.ui.canvas.selection_options import WandOptions
from studio.ui.canvas.state import MAX_BRUSH, MIN_BRUSH, CanvasToolState

HINTS = QT_TRANSLATE_NOOP(
    "ToolOptions",
    "Right-drag, Ctrl+ or Alt+drag subtracts · Shift+drag adds · Space+drag or middle-drag "
    "pans, even in the middle of a shape · wheel zooms · [ ] brush size · Esc cancels a shape",
)


def _slider(minimum: int, maximum: int, name: str) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(minimum, maximum)
    slider.setObjectName(name)
    return slider


def _spin(minimum: int, maximum: int, suffix: str, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    spin.setSuffix(suffix)
    spin.setObjectName(name)
    spin.setKeyboardTracking(False)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


class ToolOptions(QWidget):
    """Binds the CanvasToolState both ways; tool and mask actions appear as buttons."""

    def __init__(
        self,
        state: CanvasToolState,
        tool_actions: Sequence[QAction],
        mask_actions: Sequence[QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._tool_actions = list(tool_actions)
        self._mask_actions = list(mask_actions)
        self._build_ui()
        self._connect_signals()
        self._on_state_brush_size_changed(state.brush_size)
        self._on_state_hardness_changed(state.hardness)
        self._on_state_overlay_opacity_changed(state.overlay_opacity)
        self._on_state_overlay_visible_changed(state.overlay_visible)
        self._on_state_overlay_color_changed(state.overlay_color)

    def _build_ui(self) -> None:
        self.setObjectName("tool_options")
        self.setMaximumWidth(320)
        layout = QVBoxLayout(self)
        layout.addWidget(self._buttons(self._tool_actions, columns=4, checkable=True))
        layout.addWidget(self._brush_group())
        layout.addWidget(WandOptions(self._state))
        layout.addWidget(self._mask_group())
        self._sections = QVBoxLayout()
        self._sections.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._sections)
        hints = QLabel(self.tr(HINTS))
        hints.setObjectName("hint_label")
        hints.setWordWrap(True)
        layout.addWidget(hints)
        layout.addStretch(1)

    def add_section(self, widget: QWidget, *, first: bool = False) -> None:
        """More controls below the mask's (e.g. the mask edge and masked-edit options);
        ``first``: above the tool buttons (the Mask / Markup switch)."""
        layout = self.layout()
        if first and isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, widget)
        else:
            self._sections.addWidget(widget)
        self.setMinimumHeight(self.sizeHint().height())

    def _buttons(self, actions: list[QAction], columns: int, checkable: bool) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for index, action in enumerate(actions):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setObjectName(f"button.{action.objectName().removeprefix('action.')}")
            style = (
                Qt.ToolButtonStyle.ToolButtonIconOnly
                if checkable
                else (Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            )
            button.setToolButtonStyle(style)
            button.setAutoRaise(True)
            button.setMinimumHeight(34 if checkable else 28)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, index // columns, index % columns)
        return box

    def _brush_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Brush"))
        form = QFormLayout(group)
        self._size_slider = _slider(MIN_BRUSH, 400, "brush_size_slider")
        self._size_spin = _spin(MIN_BRUSH, MAX_BRUSH, self.tr(" px"), "brush_size")
        self._size_spin.setToolTip(self.tr("Brush diameter in image pixels ([ and ])"))
        form.addRow(self.tr("Size"), self._pair(self._size_slider, self._size_spin))
        self._hardness_slider = _slider(0, 100, "brush_hardness_slider")
        self._hardness_spin = _spin(0, 100, " %", "brush_hardness")
        self._hardness_spin.setToolTip(
            self.tr("100 % is a hard edge; lower values feather the edge")
        )
        form.addRow(self.tr("Hardness"), self._pair(self._hardness_slider, self._hardness_spin))
        return group

    def _mask_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Mask"))
        layout = QVBoxLayout(group)
        layout.addWidget(self._buttons(self._mask_actions, columns=3, checkable=False))
        self._visible_check = QCheckBox(self.tr("Show overlay"))
        self._visible_check.setObjectName("overlay_visible")
        self._opacity_slider = _slider(5, 100, "overlay_opacity")
        self._opacity_slider.setToolTip(self.tr("Overlay opacity"))
        self._color_button = QToolButton()
        self._color_button.setObjectName("overlay_color")
        self._color_button.setToolTip(self.tr("Overlay colour"))
        row = QHBoxLayout()
        row.addWidget(self._visible_check)
        row.addWidget(self._opacity_slider, 1)
        row.addWidget(self._color_button)
        layout.addLayout(row)
        return group

    @staticmethod
    def _pair(slider: QSlider, spin: QSpinBox) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(slider, 1)
        row.addWidget(spin)
        return box

    def _connect_signals(self) -> None:
        self._size_slider.valueChanged.connect(self._on_size_slider_value_changed)
        self._size_spin.valueChanged.connect(self._on_size_spin_value_changed)
        self._hardness_slider.valueChanged.connect(self._on_hardness_value_changed)
        self._hardness_spin.valueChanged.connect(self._on_hardness_value_changed)
        self._opacity_slider.valueChanged.connect(self._on_opacity_slider_value_changed)
        self._visible_check.toggled.connect(self._on_visible_check_toggled)
        self._color_button.clicked.connect(self._on_color_button_clicked)
        self._state.overlay_color_changed.connect(self._on_state_overlay_color_changed)
        self._state.brush_size_changed.connect(self._on_state_brush_size_changed)
        self._state.hardness_changed.connect(self._on_state_hardness_changed)
        self._state.overlay_opacity_changed.connect(self._on_state_overlay_opacity_changed)
        self._state.overlay_visible_changed.connect(self._on_state_overlay_visible_changed)

    @Slot(int)
    def _on_size_slider_value_changed(self, value: int) -> None:
        self._state.set_brush_size(value)

    @Slot(int)
    def _on_size_spin_value_changed(self, value: int) -> None:
        self._state.set_brush_size(value)

    @Slot(int)
    def _on_hardness_value_changed(self, value: int) -> None:
        self._state.set_hardness(value / 100)

    @Slot(int)
    def _on_opacity_slider_value_changed(self, value: int) -> None:
        self._state.set_overlay_opacity(value / 100)

    @Slot(bool)
    def _on_visible_check_toggled(self, checked: bool) -> None:
        self._state.set_overlay_visible(checked)

    @Slot()
    def _on_color_button_clicked(self) -> None:
        colour = QColorDialog.getColor(
            self._state.overlay_color, self, self.tr("Mask Overlay Colour")
        )
        if colour.isValid():
            self._state.set_overlay_color(colour)

    @Slot(QColor)
    def _on_state_overlay_color_changed(self, colour: QColor) -> None:
        swatch = QPixmap(14, 14)
        swatch.fill(colour)
        self._color_button.setIcon(QIcon(swatch))

    @Slot(int)
    def _on_state_brush_size_changed(self, size: int) -> None:
        for widget in (self._size_slider, self._size_spin):
            widget.blockSignals(True)
            widget.setValue(size)
            widget.blockSignals(False)

    @Slot(float)
    def _on_state_hardness_changed(self, hardness: float) -> None:
        for widget in (self._hardness_slider, self._hardness_spin):
            widget.blockSignals(True)
            widget.setValue(round(hardness * 100))
            widget.blockSignals(False)

    @Slot(float)
    def _on_state_overlay_opacity_changed(self, opacity: float) -> None:
        self._opacity_slider.blockSignals(True)
        self._opacity_slider.setValue(round(opacity * 100))
        self._opacity_slider.blockSignals(False)

    @Slot(bool)
    def _on_state_overlay_visible_changed(self, visible: bool) -> None:
        self._visible_check.blockSignals(True)
        self._visible_check.setChecked(visible)
        self._visible_check.blockSignals(False)
        self._opacity_slider.setEnabled(visible)
