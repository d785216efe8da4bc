"""API keys in the dialogs: keyring work on a pool thread, and the password field that uses it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.secrets import ENV_KEYS, KeyStatus, Secrets
from studio.i18n.core_text import core_text

NO_KEYRING_TEXT = QT_TRANSLATE_NOOP(
    "SettingsKeys",
    "<b>No system keyring is available</b>, so Image Studio cannot remember your key "
    "safely. {reason}.<br>You can still use a key <b>for this session only</b> (you will "
    "paste it again next time), or set the <code>{env}</code> environment variable before "
    "starting Image Studio. Keys are never written to a plain file.",
)


@dataclass(frozen=True)
class KeyReport:
    """The outcome of one key task; ``keyring_problem`` is set when the keyring is unusable."""

    account: str
    status: KeyStatus | None = None
    stored_in: str | None = None
    keyring_problem: str | None = None


def keyring_problem(secrets: Secrets) -> str | None:
    """Why keys cannot be kept across sessions here (may touch the keyring: not the UI thread)."""
    if secrets.keyring is None:
        return QCoreApplication.translate(
            "SettingsKeys", "Keys are kept in memory only (STUDIO_SECRET_BACKEND=memory)"
        )
    reason = secrets.keyring.unusable_reason()
    reason = core_text(reason) if reason else reason
    return reason[0].upper() + reason[1:] if reason else None


def no_keyring_text(problem: str, account: str) -> str:
    env = ENV_KEYS.get(account.split(":", 1)[0], "OPENAI_API_KEY")
    text = QCoreApplication.translate("SettingsKeys", NO_KEYRING_TEXT)
    return text.format(reason=core_text(problem.rstrip(".")), env=env)


class KeySignals(QObject):
    """``done`` carries a KeyReport back to the UI thread."""

    done = Signal(object)


class KeyTask(QRunnable):
    """Looks up, stores or forgets one account's key through Secrets, off the UI thread."""

    def __init__(
        self,
        secrets: Secrets,
        account: str,
        signals: KeySignals,
        *,
        store: str | None = None,
        session_only: bool = False,
        forget: bool = False,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._secrets = secrets
        self._account = account
        # The task emits on a relay of its own, relayed to ``signals`` (which a dialog owns):
        # if the dialog is deleted while the task runs, Qt drops the relay's connection instead
        # of the worker emitting on a deleted object. The relay belongs to the application (UI
        # thread) and is deleted there once the report is out (never from the worker thread).
        self._signals = KeySignals(QCoreApplication.instance())
        self._signals.done.connect(signals.done)
        self._store = store
        self._session_only = session_only
        self._forget = forget

    def run(self) -> None:
        stored_in = None
        if self._forget:
            self._secrets.forget(self._account)
        if self._store:
            stored_in = self._secrets.store(
                self._account, self._store, session_only=self._session_only
            )
        problem = keyring_problem(self._secrets)
        status = self._secrets.status(self._account)
        self._signals.done.emit(KeyReport(self._account, status, stored_in, problem))
        self._signals.deleteLater()


class KeyField(QWidget):
    """A password field for a new key, where the current key comes from, and Forget."""

    report_arrived = Signal(object)  # KeyReport, after each lookup

    def __init__(self, secrets: Secrets, pool: QThreadPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._secrets = secrets
        self._pool = pool
        self._account = ""
        self._signals = KeySignals(self)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(self.tr("Paste an API key (sk-…)"))
        self.forget_button = QPushButton(self.tr("Forget key"), self)
        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.forget_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status_label)

    def _connect_signals(self) -> None:
        self.forget_button.clicked.connect(self._on_forget_clicked)
        self._signals.done.connect(self._on_task_done)

    def set_account(self, account: str) -> None:
        """Show where ``account``'s key comes from (looked up on a pool thread)."""
        self._account = account
        self.status_label.setText(self.tr("Looking for a saved key…"))
        self._pool.start(KeyTask(self._secrets, account, self._signals))

    def account(self) -> str:
        return self._account

    def new_key(self) -> str:
        return self.edit.text().strip()

    @Slot()
    def _on_forget_clicked(self) -> None:
        self.edit.clear()
        self._pool.start(KeyTask(self._secrets, self._account, self._signals, forget=True))

    @Slot(object)
    def _on_task_done(self, report: KeyReport) -> None:
        if report.account != self._account or report.status is None:
            return
        status = report.status
        text = (
            self.tr("A key is set (from {source}).").format(source=core_text(status.source))
            if status.found
            else self.tr("No key yet.")
        )
        self.status_label.setText(text)
        self.forget_button.setEnabled(status.found and "environment" not in status.source)
        self.report_arrived.emit(report)
