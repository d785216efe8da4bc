"""Test connection: one cheap authenticated call (GET /models) on a pool thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from studio.core.engine import probe
from studio.core.events import ErrorKind
from studio.core.providers import Provider

CHECK_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class ConnectionResult:
    """What the check found; ``message`` is written for a designer, never holds the key."""

    ok: bool
    message: str
    kind: ErrorKind | None = None


class ConnectionSignals(QObject):
    """Lives on the UI thread; ``finished`` is delivered to bound slots by a queued connection."""

    finished = Signal(object)  # ConnectionResult


class ConnectionCheckWorker(QRunnable):
    """Reads the key (the keyring may block on an unlock prompt) and probes, off the UI thread."""

    def __init__(
        self,
        provider: Provider,
        key_source: Callable[[], str | None],
        signals: ConnectionSignals,
        timeout_s: float = CHECK_TIMEOUT_S,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._provider = provider
        self._key_source = key_source
        # Its own relay to ``signals`` (a dialog's): a dialog deleted while the check runs drops
        # the relay's connection instead of the worker emitting on a deleted object. The relay
        # belongs to the application (UI thread) and is deleted there after the result.
        self._signals = ConnectionSignals(QCoreApplication.instance())
        self._signals.finished.connect(signals.finished)
        self._timeout_s = timeout_s

    def run(self) -> None:
        try:
            failed = probe(self._provider, self._key_source(), self._timeout_s)
        except Exception as exc:
            result = ConnectionResult(
                False,
                QCoreApplication.translate("ConnectionCheck", "The check failed: {error}").format(
                    error=type(exc).__name__
                ),
            )
        else:
            result = (
                ConnectionResult(
                    True,
                    QCoreApplication.translate("ConnectionCheck", "Connected to {url}.").format(
                        url=self._provider.url()
                    ),
                )
                if failed is None
                else ConnectionResult(False, failed.message, failed.kind)
            )
        self._signals.finished.emit(result)
        self._signals.deleteLater()
