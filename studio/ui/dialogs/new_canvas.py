"""File ▸ New Canvas: pick the size of a blank canvas to generate into."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

# The sizes GPT Image models generate natively come first.
PRESETS = (
    (QT_TRANSLATE_NOOP("NewCanvasDialog", "Square 1024 × 1024"), 1024, 1024),
    (QT_TRANSLATE_NOOP("NewCanvasDialog", "Landscape 1536 × 1024"), 1536, 1024),
    (QT_TRANSLATE_NOOP("NewCanvasDialog", "Portrait 1024 × 1536"), 1024, 1536),
    (QT_TRANSLATE_NOOP("NewCanvasDialog", "Custom"), 0, 0),
)
MAX_SIDE = 8192


class NewCanvasDialog(QDialog):
    """A preset list plus width and height boxes; ``chosen_size()`` after accept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect_signals()
        self._on_preset_current_index_changed(0)

    def _build_ui(self) -> None:
        self.setObjectName("new_canvas_dialog")
        self.setWindowTitle(self.tr("New Canvas"))
        form = QFormLayout(self)
        self._preset = QComboBox()
        self._preset.setObjectName("new_canvas_preset")
        for label, _width, _height in PRESETS:
            self._preset.addItem(self.tr(label))
        self._width = self._side_box("new_canvas_width")
        self._height = self._side_box("new_canvas_height")
        form.addRow(self.tr("Preset"), self._preset)
        form.addRow(self.tr("Width"), self._width)
        form.addRow(self.tr("Height"), self._height)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(self._buttons)

    @staticmethod
    def _side_box(name: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(16, MAX_SIDE)
        box.setSuffix(QCoreApplication.translate("NewCanvasDialog", " px"))
        return box

    def _connect_signals(self) -> None:
        self._preset.currentIndexChanged.connect(self._on_preset_current_index_changed)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

    @Slot(int)
    def _on_preset_current_index_changed(self, index: int) -> None:
        _label, width, height = PRESETS[index]
        custom = width == 0
        self._width.setEnabled(custom)
        self._height.setEnabled(custom)
        if not custom:
            self._width.setValue(width)
            self._height.setValue(height)

    def chosen_size(self) -> tuple[int, int]:
        return self._width.value(), self._height.value()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> tuple[int, int] | None:
        """Run the dialog; the chosen size, or None when cancelled."""
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.chosen_size() if accepted else None
