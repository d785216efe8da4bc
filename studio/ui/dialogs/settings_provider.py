"""Settings ▸ Provider: OpenAI, Azure OpenAI or an OpenAI-compatible server, key and test."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QThreadPool, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studio.core.entra import entra_problem
from studio.core.providers import Provider, transport_problem
from studio.core.secrets import Secrets
from studio.core.settings import AzureProfile, CompatibleProfile, OpenAIProfile, Settings
from studio.i18n.core_text import core_text
from studio.ui.connection_check import ConnectionCheckWorker, ConnectionResult, ConnectionSignals
from studio.ui.dialogs.settings_keys import KeyField, KeyReport, no_keyring_text

PROVIDERS = (
    ("openai", "OpenAI"),
    ("azure", "Azure OpenAI"),
    ("compatible", QT_TRANSLATE_NOOP("ProviderPage", "OpenAI-compatible server")),
)
AUTH_MODES = (
    ("api-key", QT_TRANSLATE_NOOP("ProviderPage", "API key")),
    ("entra", "Microsoft Entra ID"),
)


@dataclass(frozen=True)
class FixedKey:
    """A key source for a key just typed in; its repr never shows the key."""

    key: str = field(repr=False)

    def __call__(self) -> str:
        return self.key


@dataclass(frozen=True)
class PendingKey:
    account: str
    key: str = field(repr=False)
    session_only: bool = False


class ProviderPage(QWidget):
    """Edits the provider profiles; keys go through Secrets only, never into settings.json."""

    def __init__(
        self,
        settings: Settings,
        secrets: Secrets,
        pool: QThreadPool,
        model_ids: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._secrets = secrets
        self._pool = pool
        self._model_ids = tuple(dict.fromkeys([*model_ids, *settings.azure.deployments]))
        self._check_signals = ConnectionSignals(self)
        self._build_ui()
        self._load(settings)
        self._connect_signals()
        self._on_profile_changed()

    # -- construction --------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.kind_combo = QComboBox(self)
        for value, label in PROVIDERS:
            self.kind_combo.addItem(self.tr(label), value)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_openai())
        self.stack.addWidget(self._build_azure())
        self.stack.addWidget(self._build_compatible())
        self.key_field = KeyField(self._secrets, self._pool, self)
        self.session_only = QCheckBox(self.tr("Keep the key for this session only"), self)
        self.keyring_notice = _notice(self)
        self.url_problem = _notice(self)
        self.entra_notice = _notice(self)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_result = QLabel("", self)
        self.test_result.setWordWrap(True)
        self.test_result.setObjectName("test_result")
        key_box = QGroupBox(self.tr("API key"), self)
        key_layout = QVBoxLayout(key_box)
        for widget in (self.key_field, self.session_only, self.keyring_notice):
            key_layout.addWidget(widget)
        self.key_box = key_box
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Provider"), self.kind_combo)
        layout.addLayout(form)
        for widget in (self.stack, self.url_problem, self.entra_notice, key_box):
            layout.addWidget(widget)
        layout.addLayout(test_row)
        layout.addStretch(1)

    def _build_openai(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.organization = QLineEdit(page)
        self.organization.setPlaceholderText(self.tr("optional, org-…"))
        self.project = QLineEdit(page)
        self.project.setPlaceholderText(self.tr("optional, proj_…"))
        form.addRow(self.tr("Organization"), self.organization)
        form.addRow(self.tr("Project"), self.project)
        return page

    def _build_azure(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.azure_endpoint = QLineEdit(page)
        self.azure_endpoint.setPlaceholderText("https://<resource>.openai.azure.com")
        self.api_version = QLineEdit(page)
        self.auth_combo = QComboBox(page)
        for value, source in AUTH_MODES:
            label = self.tr(source)
            self.auth_combo.addItem(label, value)
        form.addRow(self.tr("Endpoint"), self.azure_endpoint)
        form.addRow(self.tr("Sign in with"), self.auth_combo)
        form.addRow(self.tr("API version"), self.api_version)
        self.deployments: dict[str, QLineEdit] = {}
        for model in self._model_ids:
            edit = QLineEdit(page)
            edit.setPlaceholderText(
                self.tr("deployment name (default: {model})").format(model=model)
            )
            self.deployments[model] = edit
            form.addRow(self.tr("Deployment for {model}").format(model=model), edit)
        return page

    def _build_compatible(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.base_url = QLineEdit(page)
        self.base_url.setPlaceholderText("https://my-server.example.com/v1")
        form.addRow(self.tr("Base URL"), self.base_url)
        return page

    def _load(self, settings: Settings) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(settings.provider)))
        self.organization.setText(settings.openai.organization)
        self.project.setText(settings.openai.project)
        self.azure_endpoint.setText(settings.azure.endpoint)
        self.api_version.setText(settings.azure.api_version)
        self.auth_combo.setCurrentIndex(max(0, self.auth_combo.findData(settings.azure.auth)))
        for model, edit in self.deployments.items():
            edit.setText(settings.azure.deployments.get(model, ""))
        self.base_url.setText(settings.compatible.base_url)

    def _connect_signals(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self._on_profile_changed)
        self.auth_combo.currentIndexChanged.connect(self._on_profile_changed)
        self.azure_endpoint.editingFinished.connect(self._on_profile_changed)
        self.base_url.editingFinished.connect(self._on_profile_changed)
        self.azure_endpoint.textChanged.connect(self._on_url_edited)
        self.base_url.textChanged.connect(self._on_url_edited)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.key_field.report_arrived.connect(self._on_key_report)
        self._check_signals.finished.connect(self._on_check_finished)

    # -- public API ----------------------------------------------------------------------------

    def apply(self, settings: Settings) -> Settings:
        """``settings`` with this page's values."""
        deployments = {m: e.text().strip() for m, e in self.deployments.items() if e.text().strip()}
        return dataclasses.replace(
            settings,
            provider=self.kind_combo.currentData(),
            openai=OpenAIProfile(self.organization.text().strip(), self.project.text().strip()),
            azure=AzureProfile(
                endpoint=self.azure_endpoint.text().strip(),
                api_version=self.api_version.text().strip() or AzureProfile().api_version,
                auth=self.auth_combo.currentData(),
                deployments=deployments,
            ),
            compatible=CompatibleProfile(self.base_url.text().strip()),
        )

    def provider(self) -> Provider:
        return self.apply(self._settings).provider_config()

    def problem(self) -> str | None:
        """Why the active profile cannot be saved (a key would go over plain http)."""
        provider = self.provider()
        typed = self.azure_endpoint.text() if provider.kind == "azure" else self.base_url.text()
        if provider.kind in ("azure", "compatible") and typed.strip():
            return transport_problem(provider.url())
        return None

    def pending_key(self) -> PendingKey | None:
        """The key typed in for the active profile, if any (Entra ID needs none)."""
        key = self.key_field.new_key()
        if not key or self.provider().azure_entra:
            return None
        return PendingKey(self.provider().secret_account, key, self.session_only.isChecked())

    # -- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_profile_changed(self) -> None:
        self.stack.setCurrentIndex(self.kind_combo.currentIndex())
        provider = self.provider()
        self.key_box.setVisible(not provider.azure_entra)
        entra = entra_problem() if provider.azure_entra else None
        self.entra_notice.setText(entra or "")
        self.entra_notice.setVisible(bool(entra))
        if provider.secret_account != self.key_field.account():
            self.key_field.set_account(provider.secret_account)
        self._on_url_edited()

    @Slot()
    def _on_url_edited(self) -> None:
        problem = self.problem()
        self.url_problem.setText(problem or "")
        self.url_problem.setVisible(bool(problem))
        self.test_button.setEnabled(problem is None)

    @Slot(object)
    def _on_key_report(self, report: KeyReport) -> None:
        problem = report.keyring_problem
        self.keyring_notice.setVisible(bool(problem))
        if problem:
            self.keyring_notice.setText(no_keyring_text(problem, report.account))
            self.session_only.setChecked(True)
        self.session_only.setEnabled(not problem)

    @Slot()
    def _on_test_clicked(self) -> None:
        provider = self.provider()
        typed = self.key_field.new_key()
        source = FixedKey(typed) if typed else partial(self._secrets.get, provider.secret_account)
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Testing…"))
        self._pool.start(ConnectionCheckWorker(provider, source, self._check_signals))

    @Slot(object)
    def _on_check_finished(self, result: ConnectionResult) -> None:
        self.test_button.setEnabled(self.problem() is None)
        mark = "✔" if result.ok else "✘"
        self.test_result.setText(f"{mark} {core_text(result.message)}")


def _notice(parent: QWidget) -> QLabel:
    label = QLabel("", parent)
    label.setWordWrap(True)
    label.setVisible(False)
    label.setObjectName("notice")
    return label
