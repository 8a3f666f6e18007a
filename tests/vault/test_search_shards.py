"""Search across per-client indexes: recent clients first, clients without an index of their
own (written by sync) in the global index, every write routed by the ``tenor_fts`` function."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tenor_desktop.services.deletion_service import DeletionService
from tenor_desktop.vault import fts
from tenor_desktop.vault.repositories import (
    ClientRepository,
    SearchIndex,
    SegmentRepository,
    SessionRepository,
)
from tenor_desktop.vault.repositories import search as search_module
from tenor_desktop.vault.vault import Vault

START = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


def _client_saying(vault: Vault, pseudonym: str, word: str, count: int, days: int) -> str:
    """A new client with one session of ``count`` segments saying ``word``; its session id."""
    client = ClientRepository(vault).add(pseudonym)
    session = SessionRepository(vault).create(client.id, started_at=START + timedelta(days=days))
    segments = SegmentRepository(vault)
    for index in range(count):
        segments.append(session.id, start_ms=index, end_ms=index, speaker="s", text=word)
    return session.id


def test_a_full_page_from_recent_clients_stops_the_walk(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "SHARDS_PER_BATCH", 1)
    old = _client_saying(vault, "Old", "harbour", 5, days=0)
    recent = _client_saying(vault, "Recent", "harbour", 5, days=30)
    search = SearchIndex(vault)
    assert {hit.session_id for hit in search.query("harbour", limit=3)} == {recent}
    assert {hit.session_id for hit in search.query("harbour", limit=10)} == {old, recent}


def test_a_client_without_its_own_index_is_searchable_and_deletable(vault: Vault) -> None:
    with vault.transaction() as connection:  # as sync's vault store inserts a client
        connection.execute(
            "INSERT INTO clients(id, pseudonym, created_at, updated_at)"
            " VALUES ('cl_synced', 'Synced', '2026-01-01', '2026-01-01')"
        )
        assert fts.shard_of(connection, "cl_synced") is None
    session = SessionRepository(vault).create("cl_synced", started_at=START)
    SegmentRepository(vault).append(session.id, start_ms=0, end_ms=1, speaker="s", text="lantern")
    assert vault.read("SELECT count(*) FROM segments_fts")[0][0] == 1
    assert [hit.session_id for hit in SearchIndex(vault).query("lantern")] == [session.id]
    DeletionService(vault).delete_client("cl_synced")
    assert vault.read("SELECT count(*) FROM segments_fts")[0][0] == 0
    assert SearchIndex(vault).query("lantern") == []


def test_updates_and_deletes_follow_the_row_into_its_clients_index(vault: Vault) -> None:
    session = _client_saying(vault, "Edits", "meadow", 2, days=0)
    segments = SegmentRepository(vault)
    first, second = segments.list(session)
    segments.update_text(first.id, "orchard")
    search = SearchIndex(vault)
    assert [hit.ref_id for hit in search.query("orchard")] == [str(first.id)]
    assert [hit.ref_id for hit in search.query("meadow")] == [str(second.id)]
    DeletionService(vault).delete_transcript(session)
    assert search.query("orchard") == [] and search.query("meadow") == []
