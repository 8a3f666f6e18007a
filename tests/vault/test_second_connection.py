"""Vault.open_another_connection: a second, independent connection that outlives a lock."""

from __future__ import annotations

from pathlib import Path

import pytest

from tenor_desktop.vault.errors import VaultLocked
from tenor_desktop.vault.repositories import ClientRepository
from tenor_desktop.vault.vault import Vault

from .conftest import PASSPHRASE


def test_second_connection_keeps_writing_after_the_first_is_locked(
    vault: Vault, vault_dir: Path
) -> None:
    other = vault.open_another_connection()
    try:
        ClientRepository(vault).add("Alder")
        vault.lock()
        assert vault.is_locked and not other.is_locked
        ClientRepository(other).add("Birch")
        assert [c.pseudonym for c in ClientRepository(other).list()] == ["Alder", "Birch"]
    finally:
        other.lock()
    with Vault.unlock(vault_dir, PASSPHRASE) as reopened:
        assert [c.pseudonym for c in ClientRepository(reopened).list()] == ["Alder", "Birch"]


def test_locking_the_second_connection_leaves_the_first_open(vault: Vault) -> None:
    other = vault.open_another_connection()
    other.lock()
    assert other.is_locked and not vault.is_locked
    ClientRepository(vault).add("Cedar")
    assert [c.pseudonym for c in ClientRepository(vault).list()] == ["Cedar"]


def test_a_locked_vault_cannot_open_another_connection(vault: Vault) -> None:
    vault.lock()
    with pytest.raises(VaultLocked):
        vault.open_another_connection()
