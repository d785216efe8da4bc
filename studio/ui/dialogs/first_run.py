"""First run: paste an API key (kept by Secrets, checked with one cheap call) or try demo mode."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEventLoop, QObject, QThreadPool, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.providers import Provider
from studio.core.secrets import KeyStatus, Secrets
from studio.core.settings import Settings, save_settings
from studio.i18n.core_text import core_text
from studio.ui.connection_check import ConnectionCheckWorker, ConnectionResult, ConnectionSignals
from studio.ui.dialogs.settings_keys import KeyReport, KeySignals, KeyTask, no_keyring_text
from studio.ui.dialogs.settings_provider import FixedKey

CHOICE_KEY = "key"
CHOICE_DEMO = "demo"
INTRO = QT_TRANSLATE_NOOP(
    "FirstRunDialog",
    "<h2>Welcome to Image Studio</h2>"
    "<p>To create images with OpenAI's GPT Image models, paste your API key below "
    "(create one at <a href='https://platform.openai.com/api-keys'>platform.openai.com</a>). "
    "Images are billed to your OpenAI account.</p>"
    "<p>Just looking around? <b>Demo mode</b> works offline with a built-in simulator and "
    "costs nothing.</p>",
)


class FirstRunDialog(QDialog):
    """Ends with choice() == "key" (a key stored and checked), "demo", or None (later)."""

    def __init__(
        self,
        secrets: Secrets,
        provider: Provider,
        *,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._secrets = secrets
        self._provider = provider
        self._pool = pool or QThreadPool.globalInstance()
        self._choice: str | None = None
        self._key_signals = KeySignals(self)
        self._check_signals = ConnectionSignals(self)
        self._build_ui()
        self._connect_signals()
        self._pool.start(KeyTask(secrets, provider.secret_account, self._key_signals))

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Image Studio"))
        self.setObjectName("FirstRunDialog")
        intro = QLabel(self.tr(INTRO), self)
        intro.setWordWrap(True)
        intro.setOpenExternalLinks(True)
        self.key_edit = QLineEdit(self)
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("Paste your API key (sk-…)"))
        self.session_only = QCheckBox(self.tr("Keep the key for this session only"), self)
        self.keyring_notice = QLabel("", self)
        self.keyring_notice.setWordWrap(True)
        self.keyring_notice.setVisible(False)
        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        self.later_button = QPushButton(self.tr("Not now"), self)
        self.demo_button = QPushButton(self.tr("Start in demo mode"), self)
        self.save_button = QPushButton(self.tr("Save key and continue"), self)
        self.save_button.setDefault(True)
        self.continue_button = QPushButton(self.tr("Continue anyway"), self)
        self.continue_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        for button in (self.demo_button, self.continue_button, self.save_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for widget in (intro, self.key_edit, self.session_only, self.keyring_notice):
            layout.addWidget(widget)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.resize(560, 360)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save_key)
        self.demo_button.clicked.connect(self.start_demo)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.later_button.clicked.connect(self.reject)
        self._key_signals.done.connect(self._on_key_report)
        self._check_signals.finished.connect(self._on_check_finished)

    def choice(self) -> str | None:
        return self._choice

    @Slot()
    def save_key(self) -> None:
        """Store the pasted key (pool thread), then check it with one GET /models."""
        key = self.key_edit.text().strip()
        if not key:
            self.status_label.setText(self.tr("Paste your API key first, or start in demo mode."))
            return
        self._set_busy(True, self.tr("Saving the key…"))
        task = KeyTask(
            self._secrets,
            self._provider.secret_account,
            self._key_signals,
            store=key,
            session_only=self.session_only.isChecked(),
        )
        self._pool.start(task)

    @Slot()
    def start_demo(self) -> None:
        self._choice = CHOICE_DEMO
        self.accept()

    @Slot()
    def _on_continue_clicked(self) -> None:
        self._choice = CHOICE_KEY
        self.accept()

    @Slot(object)
    def _on_key_report(self, report: KeyReport) -> None:
        if report.keyring_problem:
            self.keyring_notice.setText(no_keyring_text(report.keyring_problem, report.account))
            self.keyring_notice.setVisible(True)
            self.session_only.setChecked(True)
            self.session_only.setEnabled(False)
        if report.stored_in is None:
            return
        self._set_busy(
            True,
            self.tr("Key kept in {place}. Checking it…").format(place=core_text(report.stored_in)),
        )
        key = FixedKey(self.key_edit.text().strip())
        self._pool.start(ConnectionCheckWorker(self._provider, key, self._check_signals))

    @Slot(object)
    def _on_check_finished(self, result: ConnectionResult) -> None:
        self._set_busy(False, "")
        if result.ok:
            self._choice = CHOICE_KEY
            self.accept()
            return
        self.status_label.setText(
            self.tr(
                "✘ The check did not pass: {reason}<br>The key is kept; you can change it "
                "later in Settings."
            ).format(reason=core_text(result.message))
        )
        self.continue_button.setVisible(True)

    def _set_busy(self, busy: bool, text: str) -> None:
        self.status_label.setText(text)
        for widget in (self.save_button, self.demo_button, self.key_edit):
            widget.setEnabled(not busy)


class _StatusLookup(QObject):
    """Waits in a local event loop for one KeyTask, so the UI thread never blocks on keyring."""

    def __init__(self) -> None:
        super().__init__()
        self.report: KeyReport | None = None
        self.signals = KeySignals(self)
        self._loop = QEventLoop(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self.signals.done.connect(self._on_done)
        self._timer.timeout.connect(self._loop.quit)

    def run(self, task: KeyTask, pool: QThreadPool, timeout_ms: int) -> KeyReport | None:
        self._timer.start(timeout_ms)
        pool.start(task)
        if self.report is None:
            self._loop.exec()
        self._timer.stop()
        return self.report

    @Slot(object)
    def _on_done(self, report: KeyReport) -> None:
        self.report = report
        self._loop.quit()


def lookup_status(
    secrets: Secrets, account: str, pool: QThreadPool, timeout_ms: int = 30_000
) -> KeyStatus | None:
    """Where the key would come from (None if the keyring did not answer in time)."""
    lookup = _StatusLookup()
    report = lookup.run(KeyTask(secrets, account, lookup.signals), pool, timeout_ms)
    return report.status if report is not None else None


def needs_first_run(settings: Settings, secrets: Secrets, pool: QThreadPool) -> bool:
    """True before the first key or demo choice, when no key is found anywhere."""
    if settings.first_run_done:
        return False
    status = lookup_status(secrets, settings.provider_config().secret_account, pool)
    return status is not None and not status.found


def run_first_run(
    settings: Settings, secrets: Secrets, *, pool: QThreadPool | None = None
) -> str | None:
    """Show the first-run dialog if needed; returns "key", "demo" or None (nothing chosen)."""
    pool = pool or QThreadPool.globalInstance()
    if not needs_first_run(settings, secrets, pool):
        return None
    dialog = FirstRunDialog(secrets, settings.provider_config(), pool=pool)
    dialog.exec()
    choice = dialog.choice()
    if choice is not None:
        save_settings(dataclasses.replace(settings, first_run_done=True))
    dialog.deleteLater()
    return choice
