"""Settings ▸ General, Defaults and Budgets pages: plain forms over the Settings dataclass."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from studio.core.settings import Budgets, Defaults, Settings
from studio.i18n.language import LANGUAGES
from studio.ui.vocabulary import value_label

_T = "SettingsPages"
THEMES = (
    ("system", QT_TRANSLATE_NOOP("SettingsPages", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("SettingsPages", "Light")),
    ("dark", QT_TRANSLATE_NOOP("SettingsPages", "Dark")),
)
QUALITIES = ("low", "medium", "high", "auto")
FORMATS = ("png", "jpeg", "webp")
ON_EXCEED = (
    ("ask", QT_TRANSLATE_NOOP("SettingsPages", "Ask me before sending")),
    ("refuse", QT_TRANSLATE_NOOP("SettingsPages", "Refuse the job")),
)


def _combo(parent: QWidget, items: Sequence[str | tuple[str, str]], current: str) -> QComboBox:
    """A combo over (value, label) pairs or plain values; an unknown ``current`` is kept."""
    combo = QComboBox(parent)
    for item in items:
        if isinstance(item, tuple):
            value, label = item[0], QCoreApplication.translate(_T, item[1])
        else:
            value, label = item, value_label(item)
        combo.addItem(label, value)
    if combo.findData(current) < 0:
        combo.addItem(current, current)
    combo.setCurrentIndex(combo.findData(current))
    return combo


def _spin(parent: QWidget, low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


class GeneralPage(QWidget):
    """Output folder, request timeout, theme, cache and mask compositing."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui(settings)
        self._connect_signals()

    def _build_ui(self, settings: Settings) -> None:
        self.output_dir = QLineEdit(settings.output_dir, self)
        self.output_dir.setPlaceholderText(self.tr("Image Studio's data folder"))
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        row = QHBoxLayout()
        row.addWidget(self.output_dir, 1)
        row.addWidget(self.browse_button)
        self.timeout = QDoubleSpinBox(self)
        self.timeout.setRange(10.0, 3600.0)
        self.timeout.setDecimals(0)
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setValue(settings.request_timeout_s)
        self.theme = _combo(self, THEMES, settings.theme)
        self.language = QComboBox(self, objectName="language")
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setToolTip(self.tr("Applies the next time Image Studio starts"))
        self.use_cache = QCheckBox(self.tr("Reuse the result of an identical request (free)"), self)
        self.use_cache.setChecked(settings.use_cache)
        self.composite = QCheckBox(
            self.tr("Keep pixels outside the mask exactly as they were"), self
        )
        self.composite.setChecked(settings.composite_masked_edits)
        self.feather = _spin(self, 0, 64, settings.feather_px)
        self.feather.setSuffix(self.tr(" px"))
        self.safety_id = QCheckBox(
            self.tr("Send an anonymous identifier of this installation with every request"), self
        )
        self.safety_id.setObjectName("send_safety_identifier")
        self.safety_id.setToolTip(
            self.tr(
                "OpenAI uses it to tell abuse from one installation apart from the rest of "
                "your organisation. It is a hash of a random number, never your name."
            )
        )
        self.safety_id.setChecked(settings.send_safety_identifier)
        form = QFormLayout(self)
        form.addRow(self.tr("Output folder"), row)
        form.addRow(self.tr("Request timeout"), self.timeout)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Cache"), self.use_cache)
        form.addRow(self.tr("Masked edits"), self.composite)
        form.addRow(self.tr("Mask edge feather"), self.feather)
        form.addRow(self.tr("Safety"), self.safety_id)

    def _connect_signals(self) -> None:
        self.browse_button.clicked.connect(self._on_browse_clicked)

    def apply(self, settings: Settings) -> Settings:
        if self.safety_id.isChecked():
            settings = settings.with_install_id()
        return dataclasses.replace(
            settings,
            send_safety_identifier=self.safety_id.isChecked(),
            output_dir=self.output_dir.text().strip(),
            request_timeout_s=float(self.timeout.value()),
            theme=self.theme.currentData(),
            language=str(self.language.currentData()),
            use_cache=self.use_cache.isChecked(),
            composite_masked_edits=self.composite.isChecked(),
            feather_px=self.feather.value(),
        )

    @Slot()
    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Output folder"), self.output_dir.text()
        )
        if chosen:
            self.output_dir.setText(chosen)


class DefaultsPage(QWidget):
    """The parameters a new job starts from, and the draft/final qualities."""

    def __init__(
        self,
        defaults: Defaults,
        model_ids: Sequence[str] = (),
        sizes: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._build_ui(defaults, model_ids, sizes)

    def _build_ui(self, d: Defaults, model_ids: Sequence[str], sizes: Sequence[str]) -> None:
        self.model = _combo(self, list(model_ids), d.model)
        self.size = _combo(self, list(sizes), d.size)
        self.size.setEditable(True)
        self.quality = _combo(self, QUALITIES, d.quality)
        self.n = _spin(self, 1, 10, d.n)
        self.partial_images = _spin(self, 0, 3, d.partial_images)
        self.output_format = _combo(self, FORMATS, d.output_format)
        self.draft_count = _spin(self, 1, 10, d.draft_count)
        self.draft_quality = _combo(self, QUALITIES, d.draft_quality)
        self.final_quality = _combo(self, QUALITIES, d.final_quality)
        form = QFormLayout(self)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Size"), self.size)
        form.addRow(self.tr("Quality"), self.quality)
        form.addRow(self.tr("Images per request"), self.n)
        form.addRow(self.tr("Partial previews"), self.partial_images)
        form.addRow(self.tr("File format"), self.output_format)
        form.addRow(self.tr("Drafts per round"), self.draft_count)
        form.addRow(self.tr("Draft quality"), self.draft_quality)
        form.addRow(self.tr("Final quality"), self.final_quality)

    def apply(self, settings: Settings) -> Settings:
        defaults = Defaults(
            model=self.model.currentData(),
            size=self.size.currentText().strip() or Defaults().size,
            quality=self.quality.currentData(),
            n=self.n.value(),
            partial_images=self.partial_images.value(),
            output_format=self.output_format.currentData(),
            draft_count=self.draft_count.value(),
            draft_quality=self.draft_quality.currentData(),
            final_quality=self.final_quality.currentData(),
        )
        return dataclasses.replace(settings, defaults=defaults)


class BudgetsPage(QWidget):
    """Daily and monthly caps in USD, what to do when a job would cross one, and the warning."""

    def __init__(self, budgets: Budgets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui(budgets)
        self._connect_signals()
        self._on_caps_toggled()

    def _build_ui(self, budgets: Budgets) -> None:
        self.daily_on, self.daily = self._cap(self.tr("Daily cap"), budgets.daily_usd)
        self.monthly_on, self.monthly = self._cap(self.tr("Monthly cap"), budgets.monthly_usd)
        self.on_exceed = _combo(self, ON_EXCEED, budgets.on_exceed)
        self.warn = _spin(self, 10, 100, round(budgets.warn_fraction * 100))
        self.warn.setSuffix(self.tr(" % of a cap"))
        form = QFormLayout(self)
        for check, spin in ((self.daily_on, self.daily), (self.monthly_on, self.monthly)):
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(spin, 1)
            form.addRow(row)
        form.addRow(self.tr("When a job would cross a cap"), self.on_exceed)
        form.addRow(self.tr("Warn from"), self.warn)

    def _cap(self, label: str, value: float | None) -> tuple[QCheckBox, QDoubleSpinBox]:
        check = QCheckBox(label, self)
        check.setChecked(value is not None)
        spin = QDoubleSpinBox(self)
        spin.setRange(0.01, 100_000.0)
        spin.setDecimals(2)
        spin.setPrefix("$ ")
        spin.setValue(value if value is not None else 10.0)
        return check, spin

    def _connect_signals(self) -> None:
        self.daily_on.toggled.connect(self._on_caps_toggled)
        self.monthly_on.toggled.connect(self._on_caps_toggled)

    def apply(self, settings: Settings) -> Settings:
        budgets = Budgets(
            daily_usd=self.daily.value() if self.daily_on.isChecked() else None,
            monthly_usd=self.monthly.value() if self.monthly_on.isChecked() else None,
            on_exceed=self.on_exceed.currentData(),
            warn_fraction=self.warn.value() / 100,
        )
        return dataclasses.replace(settings, budgets=budgets)

    @Slot()
    def _on_caps_toggled(self) -> None:
        self.daily.setEnabled(self.daily_on.isChecked())
        self.monthly.setEnabled(self.monthly_on.isChecked())
