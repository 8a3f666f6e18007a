"""Schema 3 (per-client search indexes): a vault written at schema 2 migrates with its data
searchable, and deleting a migrated client still leaves no trace of its words."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tenor_desktop.services.deletion_service import DeletionService
from tenor_desktop.vault import database, fts, keys
from tenor_desktop.vault.repositories import SearchIndex, SegmentRepository
from tenor_desktop.vault.schema import MIGRATIONS, SCHEMA_VERSION
from tenor_desktop.vault.vault import DB_NAME, KEY_HEADER_NAME, Vault
from tests.vault import forensics
from tests.vault.conftest import PASSPHRASE

STAMP = "2026-01-05T09:00:00+00:00"


def _schema_2_vault(directory: Path, canary: str) -> None:
    """A vault exactly as schema 2 wrote it: two clients, sessions, segments and notes."""
    directory.mkdir()
    key = keys.new_vault_key()
    keys.write_key_header(directory / KEY_HEADER_NAME, keys.wrap_vault_key(key, PASSPHRASE))
    connection = database.connect(directory / DB_NAME, key, create=True)
    database.configure(connection)
    for number, script in enumerate(MIGRATIONS[:2], start=1):
        assert isinstance(script, str)
        connection.executescript(
            f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;"
        )
    connection.execute("BEGIN IMMEDIATE")
    for client in ("a", "b"):
        connection.execute(
            "INSERT INTO clients(id, pseudonym, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (f"cl_{client}", f"Client {client}", STAMP, STAMP),
        )
        for index in range(3):
            session = f"se_{client}{index}"
            connection.execute(
                "INSERT INTO sessions(id, client_id, started_at, status) VALUES (?, ?, ?, 'ready')",
                (session, f"cl_{client}", STAMP),
            )
            for seq in range(10):
                extra = f" {canary}" if (client, index, seq) == ("a", 1, 4) else ""
                connection.execute(
                    "INSERT INTO segments(session_id, seq, start_ms, end_ms, speaker, text)"
                    " VALUES (?, ?, ?, ?, 'Client', ?)",
                    (session, seq, seq, seq, f"pottery wheel {client}word{index} sleep{extra}"),
                )
            sections = [{"title": "Plan", "text": f"kiln notes {client}plan", "evidence": []}]
            connection.execute(
                "INSERT INTO notes(id, session_id, version, template, provider, sections,"
                " created_at) VALUES (?, ?, 1, 'soap', 'offline', ?, ?)",
                (f"nt_{client}{index}", session, json.dumps(sections), STAMP),
            )
    connection.execute("COMMIT")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    connection.close()
    keys.wipe(key)


@pytest.fixture
def migrated(tmp_path: Path) -> tuple[Vault, str, float]:
    """The schema-2 vault, unlocked (which migrates it); returns it with its canary."""
    started = time.time()
    canary = forensics.new_canary()
    _schema_2_vault(tmp_path / "vault", canary)
    return Vault.unlock(tmp_path / "vault", PASSPHRASE), canary, started


def test_a_schema_2_vault_migrates_with_everything_searchable(
    migrated: tuple[Vault, str, float],
) -> None:
    vault, canary, _started = migrated
    try:
        assert vault.schema_version() == SCHEMA_VERSION >= 4
        search = SearchIndex(vault)
        segment_hits = [hit for hit in search.query("pottery", limit=100) if hit.kind == "segment"]
        assert len(segment_hits) == 60  # every segment of both clients
        assert {hit.kind for hit in search.query("kiln", limit=100)} == {"note"}
        assert len(search.query("kiln", limit=100)) == 6
        for client in ("a", "b"):
            assert len(search.query(f"{client}word2")) == 10
            note_ids = {hit.ref_id for hit in search.query(f"{client}plan", limit=10)}
            assert note_ids == {f"nt_{client}{index}" for index in range(3)}
        (hit,) = search.query(canary)
        assert hit.session_id == "se_a1" and "\u00ab" in hit.snippet
        with vault.transaction() as connection:
            assert fts.shard_of(connection, "cl_a") is not None
            assert fts.shard_of(connection, "cl_b") is not None
        # The global tables only serve clients without a shard: none here.
        assert vault.read("SELECT count(*) FROM segments_fts")[0][0] == 0
        assert vault.read("SELECT count(*) FROM notes_fts")[0][0] == 0
        # New rows after the migration are indexed in the client's shard.
        SegmentRepository(vault).append(
            "se_b0", start_ms=99, end_ms=99, speaker="Client", text="glaze"
        )
        assert [hit.session_id for hit in search.query("glaze")] == ["se_b0"]
        assert vault.read("PRAGMA integrity_check")[0][0] == "ok"
    finally:
        vault.lock()


def test_deleting_a_migrated_client_leaves_no_trace(migrated: tuple[Vault, str, float]) -> None:
    vault, canary, started = migrated
    key = forensics.raw_vault_key(vault.directory, PASSPHRASE)
    try:
        assert forensics.canary_traces(
            vault.directory, key, canary, since=started, connection=vault.connection
        ), "positive control: the canary is findable before the deletion"
        DeletionService(vault).delete_client("cl_a")
        traces = forensics.canary_traces(
            vault.directory, key, canary, since=started, connection=vault.connection
        )
        assert traces == []
        assert len(SearchIndex(vault).query("pottery", limit=100)) == 30  # client b stays
    finally:
        vault.lock()
    assert forensics.canary_traces(vault.directory, key, canary, since=started) == []
