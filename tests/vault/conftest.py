"""Shared vault fixtures: one real vault is created per test session and copied per test.

Creating a vault costs one Argon2id derivation (64 MiB, 3 passes); copying the template keeps
each test to a single unlock while every test still gets its own real SQLCipher files.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tenor_desktop.core.clock import ManualClock
from tenor_desktop.vault.vault import Vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def template_vault_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly created, locked vault shared read-only by the session."""
    directory = tmp_path_factory.mktemp("template") / "vault"
    Vault.create(directory, PASSPHRASE).lock()
    return directory


@pytest.fixture
def vault_dir(tmp_path: Path, template_vault_dir: Path) -> Path:
    """A private copy of the template vault (locked)."""
    target = tmp_path / "vault"
    shutil.copytree(template_vault_dir, target)
    return target


@pytest.fixture
def clock() -> ManualClock:
    """A clock that moves only when the test says so."""
    return ManualClock()


@pytest.fixture
def vault(vault_dir: Path, clock: ManualClock) -> Iterator[Vault]:
    """An unlocked private vault, locked again after the test."""
    opened = Vault.unlock(vault_dir, PASSPHRASE, clock=clock)
    yield opened
    opened.lock()
