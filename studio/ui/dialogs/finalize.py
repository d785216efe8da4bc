"""Finalize a picked draft: final quality and size, edit-from-draft or regenerate, cost first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studio.i18n.core_text import core_text
from studio.ui.formatting import money
from studio.ui.vocabulary import value_label


@dataclass(frozen=True)
class FinalizeChoice:
    """What the designer picked; ``regenerate`` sends the draft's prompt and inputs again."""

    quality: str
    size: str
    regenerate: bool = False


MATCH = "match"  # the size that matches the picture (core.sizing.matching_size)

Estimator = Callable[[FinalizeChoice], tuple[float | None, str]]


class FinalizeDialog(QDialog):
    """Shows the cost of each choice before anything is sent; ``confirmed`` carries the choice."""

    confirmed = Signal(object)  # FinalizeChoice

    def __init__(
        self,
        estimate: Estimator,
        qualities: Sequence[str],
        sizes: Sequence[tuple[str, str]],
        initial: FinalizeChoice,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._estimate = estimate
        self._build_ui(qualities, sizes, initial)
        self._connect_signals()
        self._on_choice_changed()

    def _build_ui(
        self, qualities: Sequence[str], sizes: Sequence[tuple[str, str]], initial: FinalizeChoice
    ) -> None:
        self.setObjectName("finalize_dialog")
        self.setWindowTitle(self.tr("Finalize Draft"))
        self.quality = QComboBox(objectName="finalize_quality")
        for quality in qualities:
            self.quality.addItem(value_label(quality), quality)
        self.quality.setCurrentIndex(max(0, self.quality.findData(initial.quality)))
        self.size = QComboBox(objectName="finalize_size")
        for label, value in sizes:
            self.size.addItem(label, value)
        if self.size.findData(initial.size) < 0:
            self.size.addItem(initial.size, initial.size)
        self.size.setCurrentIndex(self.size.findData(initial.size))
        self.from_draft = QRadioButton(
            self.tr(
                "Edit from the draft (keeps its composition; "
                "a masked draft re-renders only its mask)"
            )
        )
        self.regenerate = QRadioButton(self.tr("Regenerate from the prompt (new composition)"))
        (self.regenerate if initial.regenerate else self.from_draft).setChecked(True)
        self.cost = QLabel(objectName="finalize_cost")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("Quality"), self.quality)
        form.addRow(self.tr("Size"), self.size)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.from_draft)
        layout.addWidget(self.regenerate)
        layout.addWidget(self.cost)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.quality.currentTextChanged.connect(self._on_choice_changed)
        self.size.currentTextChanged.connect(self._on_choice_changed)
        self.from_draft.toggled.connect(self._on_choice_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def choice(self) -> FinalizeChoice:
        return FinalizeChoice(
            str(self.quality.currentData()),
            str(self.size.currentData()),
            self.regenerate.isChecked(),
        )

    @Slot()
    def _on_choice_changed(self) -> None:
        cost, note = self._estimate(self.choice())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(cost is not None)
        if cost is None:
            self.cost.setText(self.tr("Cannot send: {reason}").format(reason=core_text(note)))
            ok.setText(self.tr("Finalize"))
        else:
            text = self.tr("Estimated cost: {cost}").format(cost=money(cost))
            self.cost.setText(text + (f" ({core_text(note)})" if note else ""))
            ok.setText(self.tr("Finalize ({cost})").format(cost=money(cost)))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.confirmed.emit(self.choice())
        self.accept()
