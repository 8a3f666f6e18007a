"""The vault's files never hold plaintext; secrets without an OS keyring stay encrypted too.

Every file in the vault directory (database, -wal, -shm, key header, unlock-throttle file) is
scanned as raw bytes for each canary in UTF-8, UTF-16-LE and UTF-16-BE. Positive controls
decrypt the same files with the vault key and find the canaries there, so an empty scan means
"encrypted", not "never written".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tenor_desktop.security.secrets import SecretStore
from tenor_desktop.security.unlock import VaultUnlocker
from tenor_desktop.vault.errors import WrongPassphrase
from tenor_desktop.vault.repositories.settings import SettingsRepository
from tenor_desktop.vault.vault import Vault
from tests.privacy.conftest import PASSPHRASE, Canaries, ImportedVault
from tests.vault import forensics


def encodings_of(text: str) -> tuple[bytes, ...]:
    """The byte forms a careless writer could leave on disk."""
    return (text.encode(), text.encode("utf-16-le"), text.encode("utf-16-be"))


def files_with_plaintext(directory: Path, needles: tuple[str, ...]) -> dict[str, list[str]]:
    """{file name: [needles found in its raw bytes]} over every file below ``directory``."""
    hits: dict[str, list[str]] = {}
    for path in forensics.files_under(directory):
        data = path.read_bytes()
        found = [n for n in needles if any(form in data for form in encodings_of(n))]
        if found:
            hits[str(path.relative_to(directory))] = found
    return hits


def decrypted_blob(directory: Path) -> bytes:
    """All decrypted pages of the vault (db, WAL, journal) as one byte string."""
    key = forensics.raw_vault_key(directory, PASSPHRASE)
    pages = forensics.decrypt_vault_database(directory / "vault.db", key)
    return b"".join(page.plaintext for page in pages)


def test_imported_vault_files_hold_no_plaintext(
    imported_vault: ImportedVault, canaries: Canaries
) -> None:
    directory = imported_vault.directory
    assert files_with_plaintext(directory, canaries.all()) == {}
    # other local users cannot even list the vault (its files are inside a 0700 directory)
    assert directory.stat().st_mode & 0o077 == 0
    assert (directory / "vault.key").stat().st_mode & 0o077 == 0
    plaintext = decrypted_blob(directory)
    # positive controls: stored as the clinician kept them (pseudonym, marker word) ...
    assert canaries.pseudonym.encode() in plaintext
    assert canaries.word.encode() in plaintext
    # ... and the identifiers said aloud were redacted before they reached any page
    assert canaries.phone.encode() not in plaintext
    assert b"Marchbanks" not in plaintext.replace(canaries.pseudonym.encode(), b"")


def test_open_vault_wal_and_shm_hold_no_plaintext(vault_copy: Path, canaries: Canaries) -> None:
    """While unlocked and writing, the -wal and -shm files exist; they are encrypted too."""
    vault = Vault.unlock(vault_copy, PASSPHRASE)
    try:
        SettingsRepository(vault).set(
            "privacy.probe", f"{canaries.word} {canaries.name} {canaries.phone}"
        )
        names = {path.name for path in vault_copy.iterdir()}
        assert {"vault.db-wal", "vault.db-shm"} <= names, names
        assert files_with_plaintext(vault_copy, canaries.all()) == {}
        wal = forensics.decrypt_wal_frames(
            vault_copy / "vault.db-wal",
            forensics.raw_vault_key(vault_copy, PASSPHRASE),
            forensics.read_salt(vault_copy / "vault.db"),
        )
        assert any(canaries.name.encode() in frame.plaintext for frame in wal)  # control
    finally:
        vault.lock()
    assert files_with_plaintext(vault_copy, canaries.all()) == {}


def test_throttle_file_holds_no_secret(vault_copy: Path, canaries: Canaries) -> None:
    unlocker = VaultUnlocker()
    wrong = f"{canaries.name} {canaries.word}"
    with pytest.raises(WrongPassphrase) as raised:
        unlocker.unlock(vault_copy, wrong, wait=False)
    throttle = vault_copy / "unlock-throttle.json"
    assert throttle.exists()
    assert files_with_plaintext(vault_copy, (*canaries.all(), wrong, PASSPHRASE)) == {}
    assert canaries.word not in str(raised.value) and canaries.word not in repr(raised.value)


def test_fallback_secret_store_keeps_api_key_encrypted(
    vault_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    api_key = forensics.new_canary()  # shaped like the forensic helpers' canaries
    vault = Vault.unlock(vault_copy, PASSPHRASE)
    try:
        store = SecretStore(vault=vault, detect_keyring=False)
        assert not store.uses_keyring
        store.set("openai_api_key", api_key)
        store.set("custom_provider_key", api_key)
        assert store.get("openai_api_key") == api_key
        assert files_with_plaintext(vault_copy, (api_key,)) == {}
    finally:
        vault.lock()
    assert files_with_plaintext(vault_copy, (api_key,)) == {}
    assert files_with_plaintext(home, (api_key,)) == {}
    assert api_key.encode() in decrypted_blob(vault_copy)  # control: it is in the vault
    # and nothing in the test's temp area outside the vault holds it
    others = tmp_path.parent
    assert list(forensics.raw_files_containing(forensics.files_under(others), api_key)) == []


def test_detected_keyring_is_never_a_plaintext_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a headless machine keyring falls back to keyrings.alt files: never chosen."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring  # type: ignore[import-untyped]

    from tenor_desktop.security.secrets import system_keyring

    monkeypatch.setenv("HOME", str(tmp_path))
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        assert system_keyring() is None
    finally:
        keyring.set_keyring(previous)
