"""The size picker: the model's sizes, or any WxH where the model allows it, checked as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from studio.core.catalog import Catalog, ModelSpec
from studio.core.validation import size_problems
from studio.i18n.core_text import core_text
from studio.ui.formatting import count
from studio.ui.vocabulary import value_label

INVALID_STYLE = "QComboBox#size { border: 1px solid #d04040; }"
MATCH = "match"  # the "Match canvas" entry: the size follows the picture's aspect


class SizeField(QComboBox):
    """Editable for models with custom sizes; commits only sizes the model accepts."""

    size_committed = Signal(str)
    match_selected = Signal()  # "Match canvas" picked
    problem_changed = Signal(str)  # "" when the typed size is fine

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("size")
        self._catalog = catalog
        self._spec: ModelSpec | None = None
        self._problem = ""
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.editTextChanged.connect(self._on_self_edit_text_changed)
        self.activated.connect(self._on_self_activated)

    def problem(self) -> str:
        return self._problem

    def set_spec(self, spec: ModelSpec, current: str) -> None:
        """Offer ``spec``'s sizes and show ``current``."""
        self._spec = spec
        self.blockSignals(True)
        self.clear()
        self.setEditable(spec.custom_sizes)
        self.addItem(self.tr("Match canvas"), MATCH)
        self.setItemData(
            0,
            self.tr("The model's size closest to the shape of the picture on the canvas"),
            Qt.ItemDataRole.ToolTipRole,
        )
        for size in self._catalog.sizes_for(spec):
            self.addItem(value_label(size), size)
        self.blockSignals(False)
        if spec.custom_sizes:
            self.lineEdit().setPlaceholderText(self.tr("WIDTHxHEIGHT, e.g. 1824x1024"))
            self.setToolTip(self._custom_hint())
        else:
            self.setToolTip(self.tr("{model} supports only these sizes").format(model=spec.id))
        self.show_size(current)

    def set_match_text(self, resolved: str | None) -> None:
        """Name the size "Match canvas" stands for now (None: no picture to match)."""
        text = self.tr("Match canvas")
        text = f"{text} ({resolved})" if resolved else text
        if self.count() and self.itemText(0) != text:
            self.blockSignals(True)
            self.setItemText(0, text)
            if self.currentIndex() == 0 and self.isEditable():
                self.setEditText(text)
            self.blockSignals(False)

    def matching(self) -> bool:
        """True when "Match canvas" is shown."""
        return self.currentIndex() == 0 and self.currentText() == self.itemText(0)

    def show_size(self, size: str) -> None:
        """Display ``size`` (or MATCH) without committing it."""
        self.blockSignals(True)
        index = 0 if size == MATCH else self.findData(size)
        if index >= 0:
            self.setCurrentIndex(index)
        elif self.isEditable():
            self.setEditText(size)
        self.blockSignals(False)
        self._set_problem("")

    def _custom_hint(self) -> str:
        rules = self._catalog.size_rules
        return self.tr(
            "Pick a size or type WIDTHxHEIGHT: edges multiples of {step}, longest edge ≤ {edge}, "
            "aspect up to 3:1, {low} to {high} pixels"
        ).format(
            step=rules.multiple_of,
            edge=rules.max_edge,
            low=count(rules.min_pixels),
            high=count(rules.max_pixels),
        )

    def _check(self, text: str) -> None:
        if self._spec is None or (self.count() and text == self.itemText(0)):
            return
        index = self.findText(text)
        data = self.itemData(index) if index > 0 else None
        size = str(data) if data else text.strip().lower()
        problems = size_problems(size, self._spec, self._catalog.size_rules)
        self._set_problem(core_text(problems[0].message) if problems else "")
        if not problems:
            self.size_committed.emit(size)

    def _set_problem(self, message: str) -> None:
        if message == self._problem:
            return
        self._problem = message
        self.setStyleSheet(INVALID_STYLE if message else "")
        hint = self._custom_hint() if self._spec and self._spec.custom_sizes else ""
        self.setToolTip(message or hint)
        self.problem_changed.emit(message)

    @Slot(str)
    def _on_self_edit_text_changed(self, text: str) -> None:
        self._check(text)

    @Slot(int)
    def _on_self_activated(self, index: int) -> None:
        if self.itemData(index) == MATCH:
            self._set_problem("")
            self.match_selected.emit()
            return
        self._check(self.itemText(index))
