"""SecretStore: the OS keyring when a real one exists, else the encrypted vault; never a file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.backends.chainer import ChainerBackend
from keyrings.alt.file import PlaintextKeyring

from tenor_desktop.security.secrets import (
    KNOWN_SECRET_NAMES,
    SecretStore,
    SecretStoreError,
    system_keyring,
)
from tenor_desktop.vault.vault import Vault

PASSPHRASE = "secrets test passphrase"
API_KEY = "sk-test-0123456789abcdef-CANARY"


class MemoryKeyring(KeyringBackend):
    """A keyring service living in this process (stands in for SecretService / macOS)."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.entries[(service, username)]


@pytest.fixture(scope="module")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("secrets") / "vault"
    Vault.create(directory, PASSPHRASE).lock()
    return directory


@pytest.fixture
def vault(tmp_path: Path, vault_template: Path) -> Iterator[Vault]:
    import shutil

    shutil.copytree(vault_template, tmp_path / "vault")
    opened = Vault.unlock(tmp_path / "vault", PASSPHRASE)
    yield opened
    opened.lock()


def test_file_based_and_failing_backends_are_not_a_keyring(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "keyring_pass.cfg")  # type: ignore[misc]
    for backend in (plaintext, fail.Keyring()):
        monkeypatch.setattr(keyring, "get_keyring", lambda backend=backend: backend)
        assert system_keyring() is None
    memory = MemoryKeyring()
    chain_class = type("TwoBackendChain", (ChainerBackend,), {"backends": [plaintext, memory]})
    chained = chain_class()
    monkeypatch.setattr(keyring, "get_keyring", lambda: chained)
    assert system_keyring() is memory
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory)
    assert system_keyring() is memory


def test_headless_machine_stores_secrets_in_the_vault(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "keyring_pass.cfg")  # type: ignore[misc]
    monkeypatch.setattr(keyring, "get_keyring", lambda: plaintext)
    store = SecretStore(vault=vault)
    assert not store.uses_keyring and store.backend_name().startswith("encrypted vault")
    assert store.available
    store.set("openai_api_key", API_KEY)
    store.set("custom_token", "value-2")
    assert store.get("openai_api_key") == API_KEY and store.get("missing") is None
    assert not (tmp_path / "keyring_pass.cfg").exists()
    vault.checkpoint()
    for path in vault.directory.iterdir():
        assert API_KEY.encode() not in path.read_bytes(), path.name
    assert "custom_token" in store.names()
    store.delete_all()
    assert store.get("openai_api_key") is None and store.get("custom_token") is None
    assert vault.read("SELECT count(*) FROM secrets")[0][0] == 0


def test_real_keyring_is_used_when_present(vault: Vault) -> None:
    memory = MemoryKeyring()
    store = SecretStore(vault=vault, keyring_backend=memory, service="tenor-test")
    assert store.uses_keyring and store.backend_name() == "OS keyring (MemoryKeyring)"
    store.set("deepgram_api_key", API_KEY)
    store.set("extra_name", "x")
    assert memory.entries[("tenor-test", "deepgram_api_key")] == API_KEY
    assert store.get("deepgram_api_key") == API_KEY
    assert vault.read("SELECT count(*) FROM secrets")[0][0] == 0
    store.delete("deepgram_api_key")
    store.delete("deepgram_api_key")  # deleting twice is fine
    store.delete_all()
    assert memory.entries == {}


def test_no_keyring_and_locked_vault_is_a_clear_error(vault: Vault) -> None:
    store = SecretStore(vault=vault, detect_keyring=False)
    vault.lock()
    assert store.backend_name().startswith("encrypted vault") and not store.available
    with pytest.raises(SecretStoreError) as caught:
        store.set("openai_api_key", API_KEY)
    assert API_KEY not in caught.value.message
    assert set(KNOWN_SECRET_NAMES) <= set(store.names())


def test_keyring_failure_never_echoes_the_value(vault: Vault) -> None:
    class BrokenKeyring(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> Any:
            raise RuntimeError(f"dbus said no to {password}")

    store = SecretStore(vault=vault, keyring_backend=BrokenKeyring())
    with pytest.raises(SecretStoreError) as caught:
        store.set("openai_api_key", API_KEY)
    assert API_KEY not in str(caught.value)
