"""A full disk: a clear StorageFull, the old files intact, nothing half-written."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tenor_desktop.vault import keys
from tenor_desktop.vault.errors import StorageFull
from tenor_desktop.vault.repositories import (
    ClientRepository,
    SegmentRepository,
    SessionRepository,
)
from tenor_desktop.vault.vault import KEY_HEADER_NAME, Vault

from .conftest import PASSPHRASE

NEW_PASSPHRASE = "a brand new passphrase"


def _no_space(*_args: object) -> int:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_header_write_on_full_disk_keeps_the_old_header(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    header = vault_dir / KEY_HEADER_NAME
    before = header.read_bytes()
    monkeypatch.setattr(keys.os, "write", _no_space)
    with pytest.raises(StorageFull) as caught:
        vault.change_passphrase(NEW_PASSPHRASE, current_passphrase=PASSPHRASE)
    monkeypatch.undo()
    assert "disk is full" in caught.value.message
    assert header.read_bytes() == before
    assert sorted(p.name for p in vault_dir.iterdir() if p.name.startswith(".")) == []
    vault.lock()
    Vault.unlock(vault_dir, PASSPHRASE).lock()


def test_create_on_full_disk_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keys.os, "write", _no_space)
    with pytest.raises(StorageFull):
        Vault.create(tmp_path / "vault", PASSPHRASE)
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def _fill_until_full(vault: Vault, session_id: str) -> list[int]:
    """Append large segments until the disk (or page limit) is full; return stored ids."""
    segments = SegmentRepository(vault)
    stored: list[int] = []
    with pytest.raises(StorageFull):
        for index in range(100_000):
            text = f"segment {index} " + os.urandom(3000).hex()
            stored.append(
                segments.append(session_id, start_ms=index, end_ms=index, speaker="s", text=text).id
            )
    return stored


def _new_session(vault: Vault) -> str:
    client = ClientRepository(vault).add("Full")
    return SessionRepository(vault).create(client.id, started_at=datetime.now(UTC)).id


def _assert_intact(vault_dir: Path, session_id: str, stored: list[int]) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert vault.read("PRAGMA cipher_integrity_check") == []
        assert [tuple(row) for row in vault.read("PRAGMA integrity_check")] == [("ok",)]
        assert [s.id for s in SegmentRepository(vault).list(session_id)] == stored
    finally:
        vault.lock()


def test_database_full_rolls_back_the_failed_write(vault: Vault, vault_dir: Path) -> None:
    session_id = _new_session(vault)
    pages = int(vault.read("PRAGMA page_count")[0][0])
    vault.connection.execute(f"PRAGMA max_page_count = {pages + 40}")  # SQLITE_FULL, for real
    stored = _fill_until_full(vault, session_id)
    assert stored, "at least one segment fits"
    assert [s.id for s in SegmentRepository(vault).list(session_id)] == stored
    vault.lock()
    _assert_intact(vault_dir, session_id, stored)


@pytest.fixture
def tiny_tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MiB filesystem (needs root/CAP_SYS_ADMIN, which CI's container has)."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a tmpfs here; the mocked ENOSPC tests cover the same paths")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_real_full_filesystem(tiny_tmpfs: Path) -> None:
    vault_dir = tiny_tmpfs / "vault"
    vault = Vault.create(vault_dir, PASSPHRASE)
    session_id = _new_session(vault)
    stored = _fill_until_full(vault, session_id)
    assert len(stored) > 10
    header_before = (vault_dir / KEY_HEADER_NAME).read_bytes()
    filler = tiny_tmpfs / "filler"
    try:  # take whatever the WAL left over (even creating the file may already fail)
        with filler.open("wb") as handle:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
    except OSError as error:
        assert error.errno == errno.ENOSPC
    with pytest.raises(StorageFull):
        vault.change_passphrase(NEW_PASSPHRASE, current_passphrase=PASSPHRASE)
    assert (vault_dir / KEY_HEADER_NAME).read_bytes() == header_before
    vault.lock()
    filler.unlink(missing_ok=True)
    _assert_intact(vault_dir, session_id, stored)
