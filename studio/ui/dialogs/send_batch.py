"""Send as batch: variations, sizes and pictures for one prompt, with both prices shown first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.core.batch.plan import parse_sizes
from studio.core.batch.service import Quote
from studio.ui.formatting import money

PICTURE_FILTER = "Pictures (*.png *.jpg *.jpeg *.webp)"


@dataclass(frozen=True)
class BatchChoice:
    """What the designer asked for: copies, sizes, and pictures to edit one by one."""

    variations: int = 1
    sizes: tuple[str, ...] = ()
    pictures: tuple[str, ...] = ()
    label: str = ""


Quoter = Callable[[BatchChoice], tuple[Quote | None, str]]


class SendBatchDialog(QDialog):
    """Each change is priced at once; ``confirmed`` carries the choice when Send is pressed."""

    confirmed = Signal(object)  # BatchChoice

    def __init__(
        self, quote: Quoter, current_size: str, prompt: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("send_batch")
        self.setWindowTitle(self.tr("Send as batch"))
        self._quote = quote
        self._pictures: tuple[str, ...] = ()
        self._build_ui(current_size, prompt)
        self._connect_signals()
        self._on_choice_changed()

    def _build_ui(self, current_size: str, prompt: str) -> None:
        self.label = QLineEdit(prompt[:60], self)
        self.label.setObjectName("send_batch.label")
        self.variations = QSpinBox(self)
        self.variations.setObjectName("send_batch.variations")
        self.variations.setRange(1, 500)
        self.sizes = QLineEdit(self)
        self.sizes.setObjectName("send_batch.sizes")
        self.sizes.setPlaceholderText(
            self.tr("{size} (the current size)").format(size=current_size)
        )
        self.sizes.setToolTip(self.tr("Several sizes separated by commas: one request for each"))
        self.pictures_button = QPushButton(self.tr("Pictures…"), self)
        self.pictures_button.setObjectName("send_batch.pictures")
        self.pictures_label = QLabel(self.tr("the canvas"), self)
        self.pictures_label.setObjectName("send_batch.pictures_label")
        self.pictures_label.setWordWrap(True)
        pictures = QHBoxLayout()
        pictures.addWidget(self.pictures_label, 1)
        pictures.addWidget(self.pictures_button)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.label)
        form.addRow(self.tr("Variations"), self.variations)
        form.addRow(self.tr("Sizes"), self.sizes)
        form.addRow(self.tr("Pictures to edit"), pictures)
        self.summary = QLabel(self)
        self.summary.setObjectName("send_batch.summary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self.tr("Send batch"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.variations.valueChanged.connect(self._on_choice_changed)
        self.sizes.textChanged.connect(self._on_choice_changed)
        self.pictures_button.clicked.connect(self._on_pictures_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def choice(self) -> BatchChoice:
        return BatchChoice(
            self.variations.value(),
            tuple(parse_sizes(self.sizes.text())),
            self._pictures,
            self.label.text().strip(),
        )

    def set_pictures(self, paths: list[str]) -> None:
        self._pictures = tuple(paths)
        if not paths:
            self.pictures_label.setText(self.tr("the canvas"))
        else:
            names = ", ".join(Path(p).name for p in paths[:3]) + ("…" if len(paths) > 3 else "")
            self.pictures_label.setText(
                self.tr("{count} pictures, each edited on its own: {names}").format(
                    count=len(paths), names=names
                )
            )
        self._on_choice_changed()

    @Slot()
    def _on_choice_changed(self) -> None:
        quote, problem = self._quote(self.choice())
        self.send_button.setEnabled(quote is not None)
        if quote is None:
            self.summary.setText(problem)
            return
        approx = "" if quote.exact else "≈ "
        self.summary.setText(
            self.tr(
                "{count} requests. Sent directly: {approx}{direct}. As a batch: "
                "<b>{approx}{batch}</b> (½ price, results within 24 h)."
            ).format(
                count=quote.count,
                approx=approx,
                direct=money(quote.direct_usd),
                batch=money(quote.batch_usd),
            )
        )

    @Slot()
    def _on_pictures_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pictures to edit"), "", self.tr(PICTURE_FILTER)
        )
        if paths:
            self.set_pictures(paths)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.confirmed.emit(self.choice())
        self.accept()
