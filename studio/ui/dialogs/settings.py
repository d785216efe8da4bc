"""The Settings dialog: provider profiles and keys, general options, job defaults, budgets."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.core.secrets import Secrets
from studio.core.settings import Settings, save_settings
from studio.ui.dialogs.settings_keys import KeyReport, KeySignals, KeyTask
from studio.ui.dialogs.settings_pages import BudgetsPage, DefaultsPage, GeneralPage
from studio.ui.dialogs.settings_provider import ProviderPage


class SettingsDialog(QDialog):
    """Edits a copy of the settings; Save writes settings.json atomically and keys via Secrets."""

    saved = Signal(object)  # the new Settings

    def __init__(
        self,
        settings: Settings,
        secrets: Secrets,
        *,
        pool: QThreadPool | None = None,
        model_ids: Sequence[str] = (),
        sizes: Sequence[str] = (),
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._secrets = secrets
        self._pool = pool or QThreadPool.globalInstance()
        self._path = path
        self._pending: Settings | None = None
        self._key_signals = KeySignals(self)
        self._build_ui(model_ids, sizes)
        self._connect_signals()

    def _build_ui(self, model_ids: Sequence[str], sizes: Sequence[str]) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("SettingsDialog")
        s = self._settings
        self.provider_page = ProviderPage(s, self._secrets, self._pool, model_ids, self)
        self.general_page = GeneralPage(s, self)
        self.defaults_page = DefaultsPage(s.defaults, model_ids, sizes, self)
        self.budgets_page = BudgetsPage(s.budgets, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.provider_page, self.tr("Provider"))
        self.tabs.addTab(self.general_page, self.tr("General"))
        self.tabs.addTab(self.defaults_page, self.tr("Defaults"))
        self.tabs.addTab(self.budgets_page, self.tr("Budgets"))
        self.error_label = QLabel("", self)
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("notice")
        self.error_label.setVisible(False)
        buttons = QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(buttons, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(620, 560)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self._key_signals.done.connect(self._on_key_stored)

    def edited_settings(self) -> Settings:
        """The settings as currently shown in the dialog (not yet saved)."""
        result = self._settings
        for page in (self.provider_page, self.general_page, self.defaults_page):
            result = page.apply(result)
        return self.budgets_page.apply(result)

    def save(self) -> bool:
        """Validate, store a newly typed key (pool thread), then write settings.json."""
        problem = self.provider_page.problem()
        if problem:
            self._show_error(problem)
            self.tabs.setCurrentWidget(self.provider_page)
            return False
        self._pending = self.edited_settings()
        pending_key = self.provider_page.pending_key()
        if pending_key is None:
            self._finish()
            return True
        self.buttons.setEnabled(False)
        task = KeyTask(
            self._secrets,
            pending_key.account,
            self._key_signals,
            store=pending_key.key,
            session_only=pending_key.session_only,
        )
        self._pool.start(task)
        return True

    @Slot()
    def _on_save_clicked(self) -> None:
        self.save()

    @Slot(object)
    def _on_key_stored(self, report: KeyReport) -> None:
        self.buttons.setEnabled(True)
        if self._pending is not None:
            self._finish()

    def _finish(self) -> None:
        settings = self._pending or self.edited_settings()
        self._pending = None
        try:
            save_settings(settings, self._path)
        except OSError as exc:
            self._show_error(self.tr("Could not save the settings: {error}").format(error=exc))
            return
        self._settings = settings
        self.saved.emit(settings)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)
