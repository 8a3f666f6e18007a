"""Deletion leaves no trace: canaries are planted, deleted, then hunted page by page.

An attacker is assumed to hold the vault key (the worst case: a stolen laptop plus a shoulder-
surfed passphrase). Every decrypted page of the database, free pages included, every WAL frame
and journal record, the FTS5 shadow tables and vocabulary, the raw vault files and temp files
are searched. Each test first shows the canary IS found (positive control), so a broken reader
cannot make a deletion look clean.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tenor_desktop.services.deletion_service import DeletionService
from tenor_desktop.vault import fts
from tenor_desktop.vault.errors import NotFound, VaultNotFound
from tenor_desktop.vault.repositories import (
    ClientRepository,
    NoteRepository,
    SegmentRepository,
    SessionRepository,
)
from tenor_desktop.vault.vault import DB_NAME, KEY_HEADER_NAME, Vault
from tests.vault import forensics
from tests.vault.conftest import PASSPHRASE


@dataclass
class Planted:
    """A vault holding canaries for one client, and a bystander client that must survive."""

    vault: Vault
    key: bytes
    started: float
    client_id: str
    session_id: str
    sibling_session_id: str
    bystander_session_id: str
    pseudonym: str
    transcript: str
    note: str
    bystander: str

    def traces(self, canary: str) -> list[str]:
        """Every place the canary survives (with the live connection for the FTS checks)."""
        connection = None if self.vault.is_locked else self.vault.connection
        return forensics.canary_traces(
            self.vault.directory, self.key, canary, since=self.started, connection=connection
        )

    def leaks(self) -> list[str]:
        """Plaintext of any canary in raw files: must be empty at every point of every test."""
        canaries = (self.pseudonym, self.transcript, self.note, self.bystander)
        return [
            leak
            for canary in canaries
            for leak in forensics.plaintext_leaks(self.vault.directory, canary, self.started)
        ]


@pytest.fixture
def planted(vault: Vault, vault_dir: Path) -> Planted:
    """Client ``pseudonym`` with two sessions (one with canaries), and a bystander client."""
    started = time.time()
    pseudonym = forensics.new_canary()
    transcript, note, bystander = (forensics.new_canary() for _ in range(3))
    clients = ClientRepository(vault)
    client = clients.add(pseudonym)
    session_id = forensics.plant_session(
        vault, client.id, transcript_canary=transcript, note_canary=note
    )
    sibling = forensics.plant_session(vault, client.id, note_canary=None)
    other = clients.add("bystander")
    bystander_session = forensics.plant_session(
        vault, other.id, transcript_canary=bystander, note_canary=bystander
    )
    return Planted(
        vault=vault,
        key=forensics.raw_vault_key(vault_dir, PASSPHRASE),
        started=started,
        client_id=client.id,
        session_id=session_id,
        sibling_session_id=sibling,
        bystander_session_id=bystander_session,
        pseudonym=pseudonym,
        transcript=transcript,
        note=note,
        bystander=bystander,
    )


def test_positive_control_the_hunt_finds_planted_canaries(planted: Planted) -> None:
    transcript_traces = planted.traces(planted.transcript)
    # The segment row, the FTS content copy and the FTS index term are three separate places.
    assert (
        forensics.count_occurrences(
            forensics.decrypt_vault_database(planted.vault.directory / DB_NAME, planted.key),
            planted.transcript,
        )
        >= 3
    )
    assert "segments_fts_content row" in transcript_traces
    assert "segments_fts_data row" in transcript_traces
    assert "segments_fts vocabulary term" in transcript_traces
    assert any(trace.startswith(("db page", "wal page")) for trace in transcript_traces)
    note_traces = planted.traces(planted.note)
    assert "notes_fts_content row" in note_traces and "notes_fts MATCH (1 rows)" in note_traces
    assert any(
        trace.startswith(("db page", "wal page")) for trace in planted.traces(planted.pseudonym)
    )
    assert planted.leaks() == []


def test_secure_delete_is_restored_after_a_merge_purge(planted: Planted) -> None:
    DeletionService(planted.vault, fts_strategy="merge").delete_session(planted.session_id)
    tables = forensics.all_fts_tables(planted.vault.connection)
    assert len(tables) >= 4  # the global pair and the planted client's shard pair
    for table in tables:
        query = f"SELECT v FROM {table}_config WHERE k = 'secure-delete'"
        row = planted.vault.read(query)
        assert row and row[0][0] == 1, table


def test_tombstone_deletes_without_a_merge_keep_the_term(planted: Planted) -> None:
    # Why the merge strategy must optimize: tombstones hide a row, the old segment keeps it.
    with planted.vault.transaction() as connection:
        client_id = connection.execute(
            "SELECT client_id FROM sessions WHERE id = ?", (planted.session_id,)
        ).fetchone()[0]
        table = fts.tables_for_client(connection, client_id, "segments_fts")
        assert table != "segments_fts"  # the planted client has its own index
        connection.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 0)")
        connection.execute("DELETE FROM segments WHERE session_id = ?", (planted.session_id,))
        connection.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 1)")
    planted.vault.checkpoint()
    traces = planted.traces(planted.transcript)
    assert "segments_fts_data row" in traces and "segments_fts MATCH (1 rows)" not in traces


def test_rows_deleted_without_the_scrub_survive_in_the_wal(planted: Planted) -> None:
    # Why the deletion service checkpoints: a plain DELETE leaves old page images in -wal.
    with planted.vault.transaction() as connection:
        connection.execute("DELETE FROM segments WHERE session_id = ?", (planted.session_id,))
    assert any(trace.startswith("wal page") for trace in planted.traces(planted.transcript))


@pytest.fixture(params=["per_row", "merge"])
def strategy(request: pytest.FixtureRequest) -> str:
    """Both ways the deletion service purges the FTS index must leave no trace."""
    return str(request.param)


def test_delete_transcript_leaves_no_trace_and_keeps_the_note(
    planted: Planted, strategy: str
) -> None:
    DeletionService(planted.vault, fts_strategy=strategy).delete_transcript(planted.session_id)
    assert planted.traces(planted.transcript) == []
    assert planted.traces(planted.note) != []  # the note stays, by design
    latest = NoteRepository(planted.vault).latest(planted.session_id)
    assert latest is not None and planted.note in latest.sections[0].text
    assert SegmentRepository(planted.vault).list(planted.session_id) == []
    assert SessionRepository(planted.vault).get(planted.session_id).transcript_deleted_at
    assert planted.traces(planted.bystander) != []
    assert planted.leaks() == []


def test_delete_session_leaves_no_trace(planted: Planted, strategy: str) -> None:
    DeletionService(planted.vault, fts_strategy=strategy).delete_session(planted.session_id)
    assert planted.traces(planted.transcript) == []
    assert planted.traces(planted.note) == []
    with pytest.raises(NotFound):
        SessionRepository(planted.vault).get(planted.session_id)
    assert SessionRepository(planted.vault).get(planted.sibling_session_id)
    assert planted.traces(planted.bystander) != []
    assert planted.leaks() == []


def test_delete_client_leaves_no_trace_of_pseudonym_text_or_data_key(
    planted: Planted, strategy: str
) -> None:
    clients = ClientRepository(planted.vault)
    _, data_key = clients.data_key(planted.client_id)
    pages = forensics.decrypt_vault_database(planted.vault.directory / DB_NAME, planted.key)
    assert any(data_key in page.plaintext for page in pages)  # positive control for the key
    DeletionService(planted.vault, fts_strategy=strategy).delete_client(planted.client_id)
    for canary in (planted.pseudonym, planted.transcript, planted.note):
        assert planted.traces(canary) == [], canary
    pages = forensics.decrypt_vault_database(planted.vault.directory / DB_NAME, planted.key)
    assert not any(data_key in page.plaintext for page in pages)  # crypto-shredded
    assert clients.find_by_pseudonym(planted.pseudonym) is None
    assert planted.traces(planted.bystander) != []
    assert planted.leaks() == []


def test_canaries_stay_gone_after_lock_and_unlock(planted: Planted, vault_dir: Path) -> None:
    DeletionService(planted.vault).delete_client(planted.client_id)
    planted.vault.lock()
    reopened = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        for canary in (planted.pseudonym, planted.transcript, planted.note):
            assert (
                forensics.canary_traces(
                    vault_dir,
                    planted.key,
                    canary,
                    since=planted.started,
                    connection=reopened.connection,
                )
                == []
            )
    finally:
        reopened.lock()
    assert planted.leaks() == []


def test_delete_account_destroys_the_key_header_and_every_file(
    planted: Planted, vault_dir: Path, tmp_path: Path
) -> None:
    # A hard link shares the inode: after deletion it shows what the header's blocks now hold.
    witness = tmp_path / "header-witness"
    os.link(vault_dir / KEY_HEADER_NAME, witness)
    original_header = witness.read_bytes()
    removed = DeletionService(planted.vault).delete_account()
    assert {path.name for path in removed} >= {DB_NAME, KEY_HEADER_NAME}
    assert not vault_dir.exists() or list(vault_dir.iterdir()) == []
    overwritten = witness.read_bytes()
    assert len(overwritten) == len(original_header) and overwritten != original_header
    assert b"argon2id" not in overwritten and b"ciphertext" not in overwritten
    with pytest.raises(VaultNotFound):
        Vault.unlock(vault_dir, PASSPHRASE)
    for canary in (planted.pseudonym, planted.transcript, planted.note, planted.bystander):
        assert forensics.open_deleted_files_containing(canary) == []
        assert (
            forensics.raw_files_containing(forensics.temp_files_since(planted.started), canary)
            == []
        )
