"""The Tools panel's Mask / Markup switch and the markup tools, colour, width and label text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.ui.canvas.markup_state import MAX_WIDTH, MIN_WIDTH, MarkupState


def _button(action: QAction, name: str) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setObjectName(name)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setMinimumHeight(28)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class MarkupPanel(QWidget):
    """Binds the MarkupState both ways; the mode and tool buttons show the controller's actions."""

    def __init__(
        self,
        state: MarkupState,
        mode_actions: list[QAction],
        tool_actions: list[QAction],
        clear_action: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("markup_panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._mode_row(mode_actions))
        self.group = self._tools_group(tool_actions, clear_action)
        layout.addWidget(self.group)
        self._connect_signals()
        self._on_state_color_changed(state.color)
        self._on_state_active_changed(state.active)

    def _mode_row(self, actions: list[QAction]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(0)
        for action in actions:
            name = action.objectName().removeprefix("action.")
            button = _button(action, f"button.{name}")
            button.setMinimumWidth(80)
            row.addWidget(button, 1)
        return row

    def _tools_group(self, actions: list[QAction], clear: QAction) -> QGroupBox:
        group = QGroupBox(self.tr("Markup"))
        form = QFormLayout(group)
        tools = QGridLayout()
        tools.setSpacing(2)
        for index, action in enumerate(actions):
            name = action.objectName().removeprefix("action.")
            tools.addWidget(_button(action, f"button.{name}"), index // 3, index % 3)
        form.addRow(tools)
        self.color_button = QToolButton()
        self.color_button.setObjectName("markup_color")
        self.color_button.setToolTip(self.tr("Colour of new marks"))
        self.width_spin = QSpinBox()
        self.width_spin.setObjectName("markup_width")
        self.width_spin.setRange(MIN_WIDTH, MAX_WIDTH)
        self.width_spin.setSuffix(" px")
        self.width_spin.setValue(self._state.width)
        self.width_spin.setToolTip(self.tr("Line width in picture pixels; labels grow with it"))
        row = QHBoxLayout()
        row.addWidget(self.color_button)
        row.addWidget(self.width_spin, 1)
        row.addWidget(_button(clear, "button.clear_markup"))
        form.addRow(self.tr("Colour, width"), row)
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("markup_text")
        self.text_edit.setPlaceholderText(self.tr("Text for the label tool, e.g. “add a hat”"))
        form.addRow(self.tr("Label"), self.text_edit)
        hint = QLabel(
            self.tr(
                "Marks guide the edit instead of a mask: while Markup is on, the mask is not "
                "sent. Right-drag rubs marks out. The marks are sent as a transparent PNG."
            )
        )
        hint.setObjectName("markup_hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        return group

    def _connect_signals(self) -> None:
        self.color_button.clicked.connect(self._on_color_button_clicked)
        self.width_spin.valueChanged.connect(self._state.set_width)
        self.text_edit.textChanged.connect(self._state.set_text)
        self._state.color_changed.connect(self._on_state_color_changed)
        self._state.width_changed.connect(self._on_state_width_changed)
        self._state.active_changed.connect(self._on_state_active_changed)

    @Slot()
    def _on_color_button_clicked(self) -> None:
        colour = QColorDialog.getColor(self._state.color, self, self.tr("Markup Colour"))
        self._state.set_color(colour)

    @Slot(QColor)
    def _on_state_color_changed(self, colour: QColor) -> None:
        swatch = QPixmap(14, 14)
        swatch.fill(colour)
        self.color_button.setIcon(QIcon(swatch))

    @Slot(int)
    def _on_state_width_changed(self, width: int) -> None:
        self.width_spin.blockSignals(True)
        self.width_spin.setValue(width)
        self.width_spin.blockSignals(False)

    @Slot(bool)
    def _on_state_active_changed(self, active: bool) -> None:
        self.group.setVisible(active)
