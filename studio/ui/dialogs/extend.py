"""Image ▸ Extend Canvas: pixels per side or a target shape, snapped to the model's size rules."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from studio.core.imaging.extend import ExtendPlan

ASPECTS = (("16:9", 16, 9), ("9:16", 9, 16), ("4:5", 4, 5), ("1:1", 1, 1), ("3:1", 3, 1))
MAX_BORDER = 8192
# (left, top, right, bottom) or an aspect (width / height) → the snapped plan; ValueError if none.
Planner = Callable[[tuple[int, int, int, int] | float], ExtendPlan]


class ExtendDialog(QDialog):
    """Shows the snapped result as the values change; ``plan`` after accept."""

    def __init__(
        self, image_size: tuple[int, int], planner: Planner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._size = image_size
        self._planner = planner
        self.plan: ExtendPlan | None = None
        self._build_ui()
        self._connect_signals()
        self._on_input_changed()

    def _build_ui(self) -> None:
        self.setObjectName("extend_dialog")
        self.setWindowTitle(self.tr("Extend Canvas"))
        form = QFormLayout(self)
        width, height = self._size
        form.addRow(QLabel(self.tr("The picture is {0} × {1} pixels.").format(width, height)))
        self.by_sides = QRadioButton(self.tr("Pixels per side"), objectName="extend_by_sides")
        self.by_aspect = QRadioButton(self.tr("Shape"), objectName="extend_by_aspect")
        self.by_aspect.setChecked(True)
        self.sides = {name: self._side(name) for name in ("left", "top", "right", "bottom")}
        sides = QHBoxLayout()
        for name, title in zip(
            self.sides, (self.tr("L"), self.tr("T"), self.tr("R"), self.tr("B")), strict=True
        ):
            sides.addWidget(QLabel(title))
            sides.addWidget(self.sides[name])
        form.addRow(self.by_sides, sides)
        self.preset = QComboBox(objectName="extend_preset")
        for label, _w, _h in ASPECTS:
            self.preset.addItem(label)
        self.preset.addItem(self.tr("Custom"))
        self.aspect_w = self._ratio("extend_aspect_w", 16)
        self.aspect_h = self._ratio("extend_aspect_h", 9)
        shape = QHBoxLayout()
        shape.addWidget(self.preset)
        shape.addWidget(self.aspect_w)
        shape.addWidget(QLabel(":"))
        shape.addWidget(self.aspect_h)
        form.addRow(self.by_aspect, shape)
        self.result = QLabel(objectName="extend_result", wordWrap=True)
        form.addRow(self.result)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(self.buttons)

    def _side(self, name: str) -> QSpinBox:
        box = QSpinBox(objectName=f"extend_{name}")
        box.setRange(0, MAX_BORDER)
        box.setSingleStep(16)
        box.setSuffix(self.tr(" px"))
        return box

    def _ratio(self, name: str, value: int) -> QSpinBox:
        box = QSpinBox(objectName=name)
        box.setRange(1, 99)
        box.setValue(value)
        box.setEnabled(False)
        return box

    def _connect_signals(self) -> None:
        for box in (*self.sides.values(), self.aspect_w, self.aspect_h):
            box.valueChanged.connect(self._on_input_changed)
        self.by_sides.toggled.connect(self._on_input_changed)
        self.preset.currentIndexChanged.connect(self._on_preset_current_index_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def choice(self) -> tuple[int, int, int, int] | float:
        if self.by_sides.isChecked():
            values = [self.sides[n].value() for n in ("left", "top", "right", "bottom")]
            return values[0], values[1], values[2], values[3]
        return self.aspect_w.value() / self.aspect_h.value()

    @Slot(int)
    def _on_preset_current_index_changed(self, index: int) -> None:
        custom = index >= len(ASPECTS)
        self.aspect_w.setEnabled(custom)
        self.aspect_h.setEnabled(custom)
        if not custom:
            _label, width, height = ASPECTS[index]
            for box, value in ((self.aspect_w, width), (self.aspect_h, height)):
                box.blockSignals(True)
                box.setValue(value)
                box.blockSignals(False)
        self.by_aspect.setChecked(True)
        self._on_input_changed()

    @Slot()
    def _on_input_changed(self) -> None:
        choice = self.choice()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if isinstance(choice, tuple) and not any(choice):
            self.plan = None
            self.result.setText(self.tr("Add pixels on at least one side."))
            ok.setEnabled(False)
            return
        try:
            self.plan = self._planner(choice)
        except ValueError as exc:
            self.plan = None
            self.result.setText(self.tr("This cannot be sent: {0}").format(exc))
            ok.setEnabled(False)
            return
        width, height = self.plan.canvas_size
        sent = self.plan.sent
        text = self.tr("New canvas: {0} × {1} (sent at {2} × {3}).").format(
            width, height, sent[0], sent[1]
        )
        self.result.setText(text + " " + self.tr("The new border is filled by the next edit."))
        ok.setEnabled(True)
