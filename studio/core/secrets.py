"""API keys: the environment first, then the OS keyring, else a session-only key in memory.

Never a plaintext file. Keyring calls may block on an unlock prompt: call them off the UI thread.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

SERVICE = "ImageStudio"
ENV_KEYS = {
    "openai": "OPENAI_API_KEY",
    "compatible": "OPENAI_API_KEY",
    "azure": "AZURE_OPENAI_API_KEY",
}


class SecretStoreError(RuntimeError):
    """A secret store could not be used; the message never contains the secret."""


class SecretStore(Protocol):
    """Where keys are kept, by account (e.g. 'openai', 'azure:<endpoint>')."""

    description: str

    def get(self, account: str) -> str | None: ...
    def set(self, account: str, secret: str) -> None: ...
    def delete(self, account: str) -> None: ...


class MemorySecretStore:
    """Keys for this session only: gone when Studio quits."""

    description = "this session only (not saved)"

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MemorySecretStore({len(self._keys)} keys)"

    def get(self, account: str) -> str | None:
        with self._lock:
            return self._keys.get(account)

    def set(self, account: str, secret: str) -> None:
        with self._lock:
            self._keys[account] = secret

    def delete(self, account: str) -> None:
        with self._lock:
            self._keys.pop(account, None)


class EnvSecretStore:
    """OPENAI_API_KEY (AZURE_OPENAI_API_KEY for Azure); read-only."""

    description = "the environment variable"

    def get(self, account: str) -> str | None:
        name = ENV_KEYS.get(account.split(":", 1)[0])
        return os.environ.get(name) or None if name else None

    def set(self, account: str, secret: str) -> None:
        raise SecretStoreError("environment variables are read-only; set them in your shell")

    def delete(self, account: str) -> None:
        raise SecretStoreError("environment variables are read-only; unset them in your shell")


class KeyringSecretStore:
    """The OS keyring (Secret Service, macOS Keychain, Windows Credential Locker)."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service
        self.description = "the system keyring"

    def __repr__(self) -> str:
        return f"KeyringSecretStore({self.service!r})"

    def unusable_reason(self) -> str | None:
        """Why the keyring cannot hold keys here (headless Linux: the 'fail' backend)."""
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
            return (
                "no usable system keyring was found (on Linux install and unlock a Secret "
                "Service such as GNOME Keyring or KWallet)"
            )
        if _is_plaintext(backend):
            name = type(backend).__name__
            return f"the keyring backend {name} keeps keys in a plain file, which Studio won't use"
        return None

    def get(self, account: str) -> str | None:
        return self._call("read", lambda kr: kr.get_password(self.service, account))

    def set(self, account: str, secret: str) -> None:
        self._call("save", lambda kr: kr.set_password(self.service, account, secret))

    def delete(self, account: str) -> None:
        from keyring.errors import PasswordDeleteError

        try:
            self._call("delete", lambda kr: kr.delete_password(self.service, account))
        except SecretStoreError as exc:
            if not isinstance(exc.__cause__, PasswordDeleteError):
                raise

    def _call(self, verb: str, action: Callable[[Any], object]) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        reason = self.unusable_reason()
        if reason:
            raise SecretStoreError(f"cannot {verb} the key: {reason}")
        try:
            result = action(keyring)
        except KeyringError as exc:
            raise SecretStoreError(
                f"cannot {verb} the key in the system keyring ({type(exc).__name__}); "
                "it may be locked"
            ) from exc
        return result if isinstance(result, str) else None


def _is_plaintext(backend: object) -> bool:
    """keyrings.alt's file backends (plaintext, or encrypted with a guessable key) are files."""
    chained = getattr(backend, "backends", None)
    if chained:
        return any(_is_plaintext(inner) for inner in chained)
    kind = type(backend)
    return kind.__module__.startswith("keyrings.alt") or "Plaintext" in kind.__name__


@dataclass(frozen=True)
class KeyStatus:
    """Where the key for an account would come from, for the settings and first-run dialogs."""

    found: bool
    source: str
    keyring_problem: str | None


class Secrets:
    """The chain: environment, then keyring, then session memory. Writes go to the keyring,
    or to session memory when the keyring cannot be used (and the caller is told)."""

    def __init__(
        self,
        keyring_store: KeyringSecretStore | None = None,
        session: MemorySecretStore | None = None,
        use_env: bool = True,
    ) -> None:
        self.env = EnvSecretStore() if use_env else None
        self.keyring = keyring_store
        self.session = session or MemorySecretStore()

    def __repr__(self) -> str:
        return f"Secrets(keyring={self.keyring!r}, session={self.session!r})"

    def get(self, account: str) -> str | None:
        return self.status_and_key(account)[1]

    def status(self, account: str) -> KeyStatus:
        return self.status_and_key(account)[0]

    def status_and_key(self, account: str) -> tuple[KeyStatus, str | None]:
        problem = None
        if self.env is not None and (key := self.env.get(account)):
            return KeyStatus(True, self.env.description, None), key
        if self.keyring is not None:
            try:
                if key := self.keyring.get(account):
                    return KeyStatus(True, self.keyring.description, None), key
            except SecretStoreError as exc:
                problem = str(exc)
        if key := self.session.get(account):
            return KeyStatus(True, self.session.description, problem), key
        return KeyStatus(False, "", problem), None

    def store(self, account: str, secret: str, *, session_only: bool = False) -> str:
        """Keep a key; returns where it went. Falls back to session memory, never to a file."""
        if not session_only and self.keyring is not None:
            try:
                self.keyring.set(account, secret)
                self.session.delete(account)
                return self.keyring.description
            except SecretStoreError:
                pass
        self.session.set(account, secret)
        return self.session.description

    def forget(self, account: str) -> None:
        self.session.delete(account)
        if self.keyring is not None:
            with contextlib.suppress(SecretStoreError):
                self.keyring.delete(account)


def default_secrets() -> Secrets:
    """The chain for this machine; STUDIO_SECRET_BACKEND=memory keeps keys in memory (tests)."""
    if os.environ.get("STUDIO_SECRET_BACKEND") == "memory":
        return Secrets(keyring_store=None)
    return Secrets(keyring_store=KeyringSecretStore())
