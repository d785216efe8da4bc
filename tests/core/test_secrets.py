"""API keys: env first, keyring, session-only fallback, and the key never reaching any output."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import httpx2
import keyring
import keyring.backend
import keyring.core
import openai
import pytest
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError

from studio.core.engine import Engine
from studio.core.errors import classify, redact
from studio.core.events import ErrorKind, Failed, Retrying
from studio.core.providers import Provider, ProviderKind
from studio.core.requests import ImageParams, ImageRequest, InputImage
from studio.core.retry import RetryPolicy
from studio.core.runner import JobOptions
from studio.core.secrets import (
    KeyringSecretStore,
    MemorySecretStore,
    Secrets,
    SecretStoreError,
    default_secrets,
)
from studio.core.services import build_services
from studio.core.settings import Settings, save_settings
from studio.emulator.server import EmulatorServer, Fault
from tests.core.conftest import KEY, mask_with_hole, photo, png_bytes

NO_KEYRING = (
    "no usable system keyring was found (on Linux install and unlock a Secret "
    "Service such as GNOME Keyring or KWallet)"
)
SESSION_ONLY = "this session only (not saved)"


class FakeKeyring:
    """A duck-typed keyring backend kept in memory (never registered as a real backend)."""

    priority = 1

    def __init__(self, *, locked: bool = False) -> None:
        self.saved: dict[tuple[str, str], str] = {}
        self.locked = locked

    def _check(self) -> None:
        if self.locked:
            raise KeyringLocked("the collection is locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.saved.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


def use_backend(monkeypatch: pytest.MonkeyPatch, backend: object) -> None:
    """Install a keyring backend for this test only; monkeypatch restores the previous one."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    assert keyring.get_keyring() is backend


@pytest.fixture
def fail_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """The headless-Linux situation: keyring's 'fail' backend."""
    use_backend(monkeypatch, fail.Keyring())


@pytest.fixture
def fake_keyring(monkeypatch: pytest.MonkeyPatch) -> FakeKeyring:
    backend = FakeKeyring()
    use_backend(monkeypatch, backend)
    return backend


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME and the XDG dirs inside tmp_path, so any file a backend might write is seen."""
    home = tmp_path / "home"
    for name, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    return home


def files_under(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def files_containing(root: Path, secret: str) -> list[Path]:
    needle = secret.encode()
    return [p for p, data in files_under(root).items() if needle in data]


# --- the chain ---------------------------------------------------------------------------------


def test_environment_comes_first(
    monkeypatch: pytest.MonkeyPatch, fake_keyring: FakeKeyring
) -> None:
    fake_keyring.saved[("ImageStudio", "openai")] = "sk-from-keyring"
    secrets = Secrets(KeyringSecretStore())
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    assert secrets.get("openai") == "sk-from-env"
    assert secrets.status("openai").source == "the environment variable"
    monkeypatch.delenv("OPENAI_API_KEY")
    assert secrets.get("openai") == "sk-from-keyring"
    assert secrets.status("openai").source == "the system keyring"


def test_each_provider_reads_its_own_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai")
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "azure-key")
    secrets = Secrets(keyring_store=None)
    azure = Provider(ProviderKind.AZURE, azure_endpoint="https://res.openai.azure.com")
    compatible = Provider(ProviderKind.COMPATIBLE, base_url="https://gw.example.com/v1")
    assert secrets.get(Provider().secret_account) == "sk-openai"
    assert secrets.get(azure.secret_account) == "azure-key"
    assert secrets.get(compatible.secret_account) == "sk-openai"
    assert secrets.get(Provider(ProviderKind.EMULATOR).secret_account) is None


def test_keys_are_kept_per_provider_in_the_keyring(fake_keyring: FakeKeyring) -> None:
    secrets = Secrets(KeyringSecretStore())
    azure = Provider(ProviderKind.AZURE, azure_endpoint="https://res.openai.azure.com")
    assert secrets.store("openai", "sk-one") == "the system keyring"
    assert secrets.store(azure.secret_account, "az-two") == "the system keyring"
    assert fake_keyring.saved == {
        ("ImageStudio", "openai"): "sk-one",
        ("ImageStudio", "azure:https://res.openai.azure.com"): "az-two",
    }
    assert secrets.session.get("openai") is None
    secrets.forget("openai")
    assert secrets.get("openai") is None
    secrets.forget("openai")  # forgetting twice is fine


def test_fail_backend_gives_a_clear_message_and_a_session_only_key(
    monkeypatch: pytest.MonkeyPatch, fail_backend: None, home: Path, tmp_path: Path
) -> None:
    monkeypatch.delenv("STUDIO_SECRET_BACKEND")
    before = files_under(tmp_path)
    secrets = default_secrets()
    assert isinstance(secrets.keyring, KeyringSecretStore)
    assert secrets.keyring.unusable_reason() == NO_KEYRING
    status = secrets.status("openai")
    assert (status.found, status.keyring_problem) == (False, f"cannot read the key: {NO_KEYRING}")

    assert secrets.store("openai", KEY) == SESSION_ONLY
    assert secrets.get("openai") == KEY
    status = secrets.status("openai")
    assert (status.found, status.source) == (True, SESSION_ONLY)
    assert status.keyring_problem == f"cannot read the key: {NO_KEYRING}"
    with pytest.raises(SecretStoreError) as caught:
        secrets.keyring.set("openai", KEY)
    assert str(caught.value) == f"cannot save the key: {NO_KEYRING}"

    # Nothing was written anywhere: not under the data/config dirs, not under HOME.
    assert files_under(tmp_path) == before
    # A new session (a restart) does not know the key.
    assert default_secrets().get("openai") is None


def test_locked_keyring_falls_back_to_the_session(monkeypatch: pytest.MonkeyPatch) -> None:
    use_backend(monkeypatch, FakeKeyring(locked=True))
    secrets = Secrets(KeyringSecretStore())
    assert secrets.status("openai").keyring_problem == (
        "cannot read the key in the system keyring (KeyringLocked); it may be locked"
    )
    assert secrets.store("openai", KEY) == SESSION_ONLY
    assert secrets.get("openai") == KEY


def test_session_only_on_request(fake_keyring: FakeKeyring) -> None:
    secrets = Secrets(KeyringSecretStore())
    assert secrets.store("openai", KEY, session_only=True) == SESSION_ONLY
    assert fake_keyring.saved == {}
    assert secrets.get("openai") == KEY


def test_memory_backend_for_tests_and_reprs_hide_keys() -> None:
    secrets = default_secrets()  # STUDIO_SECRET_BACKEND=memory (tests/conftest.py)
    assert secrets.keyring is None
    secrets.store("openai", KEY)
    assert secrets.get("openai") == KEY
    for shown in (repr(secrets), repr(secrets.session), repr(KeyringSecretStore())):
        assert KEY not in shown
    assert repr(MemorySecretStore()) == "MemorySecretStore(0 keys)"


# --- the key never reaches a file, a log, a row or an error ----------------------------------


def test_errors_are_redacted() -> None:
    request = httpx2.Request("POST", "https://api.openai.com/v1/images/generations")
    response = httpx2.Response(401, request=request)
    body = {"message": f"Incorrect API key provided: {KEY}.", "code": "invalid_api_key"}
    exc = openai.AuthenticationError(f"Error code: 401 - {body}", response=response, body=body)
    failed = classify(exc, secret=KEY)
    assert failed.kind is ErrorKind.AUTH
    assert KEY not in failed.message
    assert "[redacted key]" in failed.message
    # Anything shaped like a key is masked even when it is not the configured one.
    assert classify(RuntimeError("boom sk-proj-abcdefGHIJKLmnop1234")).message == (
        "RuntimeError: boom sk-proj-a…[redacted]"
    )
    assert redact(f"key={KEY}", KEY) == "key=[redacted key]"


def test_key_never_on_disk_in_logs_or_messages(
    tmp_path: Path,
    home: Path,
    emulator: EmulatorServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    save_settings(Settings())
    secrets = Secrets(keyring_store=None)
    secrets.store("emulator", KEY)
    provider = Provider(ProviderKind.EMULATOR, base_url=emulator.base_url)
    services = build_services(provider=provider, secrets=secrets)
    shown: list[str] = [repr(services.engine), repr(services.secrets), repr(services)]
    image = png_bytes(photo((512, 512)))
    mask = png_bytes(mask_with_hole((512, 512), (10, 10, 100, 100)))
    params = ImageParams(size="1024x640", quality="low", partial_images=1)
    jobs = [
        ImageRequest("a fox", params),
        ImageRequest("add a moon", params, (InputImage(image),), mask),
    ]
    faults = ["rate_limit", "auth", "moderation", "server_error", "insufficient_quota"]
    for kind in faults:
        emulator.inject(Fault(kind=kind, retry_after=0.01))
        jobs.append(ImageRequest(f"fault {kind}", params))
    emulator.inject(Fault(kind="stream_cut", after_partials=1))
    emulator.inject(Fault(kind="stream_error", after_partials=1))
    jobs += [ImageRequest("cut", params), ImageRequest("error event", params)]
    try:
        for request in jobs:
            shown.append(repr(request))
            for event in services.runner.run(request, JobOptions(use_cache=False)):
                shown.append(repr(event))
                if isinstance(event, Failed | Retrying):
                    shown.append(event.message if isinstance(event, Failed) else event.reason)
    finally:
        services.close()
    failures = [s for s in shown if "Failed(" in s]
    assert len(failures) == 6  # auth, moderation, server, quota, stream cut, error event
    shown += _unreachable_and_insecure_failures()
    assert emulator.requests and {r.auth for r in emulator.requests} == {"bearer"}

    assert [s for s in shown if KEY in s] == []
    assert any(r.name.startswith("openai") for r in caplog.records)  # the SDK's debug log ran
    assert KEY not in caplog.text
    assert files_containing(tmp_path, KEY) == []
    written = {p.name for p in (tmp_path / "data").rglob("*") if p.is_file()}
    assert "studio.db" in written and any(name.endswith(".png") for name in written)


def _unreachable_and_insecure_failures() -> list[str]:
    with EmulatorServer() as server:
        closed = server.port
    messages = []
    for url in (f"http://127.0.0.1:{closed}/v1", "http://api.example.com/v1"):
        provider = Provider(ProviderKind.COMPATIBLE, base_url=url)
        engine = Engine(provider, lambda: KEY, policy=RetryPolicy(base_delay_s=0.01))
        try:
            request = ImageRequest("x", ImageParams(size="1024x640", quality="low"))
            events = list(engine.stream(request))
        finally:
            engine.close()
        assert isinstance(events[-1], Failed)
        assert events[-1].kind in (ErrorKind.CONNECTION, ErrorKind.INSECURE)
        messages += [repr(e) for e in events] + [events[-1].message, repr(engine)]
    return messages


def test_secret_store_errors_never_carry_the_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    class Leaky(FakeKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise KeyringLocked(f"could not store {password}")

    use_backend(monkeypatch, Leaky())
    with pytest.raises(SecretStoreError) as caught:
        KeyringSecretStore().set("openai", KEY)
    assert KEY not in str(caught.value)
    assert str(caught.value) == (
        "cannot save the key in the system keyring (KeyringLocked); it may be locked"
    )


def test_no_plaintext_key_file_in_the_config_dir_after_storing(
    fail_backend: None, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STUDIO_SECRET_BACKEND")
    secrets = default_secrets()
    secrets.store("openai", KEY)
    save_settings(Settings())
    assert files_containing(tmp_path, KEY) == []
    assert os.environ.get("OPENAI_API_KEY") is None


@pytest.fixture(autouse=True)
def _no_env_key(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("AZURE_OPENAI_API_KEY", raising=False)
    yield


class PlaintextKeyring(keyring.backend.KeyringBackend):
    """Stands for keyrings.alt's file backends: usable priority, but keys in a plain file."""

    priority = 0.5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("a plaintext keyring must never be read")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("a plaintext keyring must never be written")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("a plaintext keyring must never be touched")


def test_a_plaintext_keyring_backend_is_refused_and_the_key_stays_in_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_backend(monkeypatch, PlaintextKeyring())
    store = KeyringSecretStore()
    assert "plain file" in (store.unusable_reason() or "")
    chain = Secrets(keyring_store=store)
    assert chain.store("openai", "sk-plain-0123456789") == MemorySecretStore.description
    status = chain.status("openai")
    assert status.found and "plain file" in (status.keyring_problem or "")
