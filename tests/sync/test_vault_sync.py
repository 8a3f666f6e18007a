"""Real vaults on two devices: dirty tracking, stable segment ids, the schema-5 migration."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from pathlib import Path

from tenor_desktop.sync.local_store import LocalRecord
from tenor_desktop.sync.vault_store import VaultLocalStore
from tenor_desktop.vault.repositories.notes import NoteRepository
from tenor_desktop.vault.repositories.segments import SegmentRepository
from tenor_desktop.vault.repositories.sessions import SessionRepository
from tenor_desktop.vault.vault import Vault
from tests.server.live_server import LiveServer
from tests.sync.vault_devices import (
    VAULT_PASSPHRASE,
    add_client,
    record_session,
    two_vault_devices,
    vault_device,
)


class CountingStore(VaultLocalStore):
    """The vault store, counting how often the engine reads records."""

    def __init__(self, vault: Vault) -> None:
        super().__init__(vault)
        self.snapshots = 0
        self.reads = 0

    def snapshot(self) -> Iterable[LocalRecord]:
        self.snapshots += 1
        return super().snapshot()

    def record(self, item_id: str) -> LocalRecord | None:
        self.reads += 1
        return super().record(item_id)


def _email() -> str:
    return f"vault{secrets.token_hex(3)}@example.org"


def test_a_no_change_round_reads_no_records_and_an_edit_reads_one(
    sqlite_server: LiveServer, tmp_path: Path
) -> None:
    with two_vault_devices(tmp_path, sqlite_server.base_url, store_class=CountingStore) as (a, b):
        client_id = add_client(a.vault, "Client R")
        session_id, _segments, _note = record_session(a.vault, client_id, ["one", "two"])
        a.engine.sync()
        b.engine.sync()
        for device in (a, b):
            assert isinstance(device.store, CountingStore)
            device.engine.sync()
            device.store.snapshots = device.store.reads = 0
            report = device.engine.sync()
            assert (report.pulled, report.pushed) == (0, 0)
            assert (device.store.snapshots, device.store.reads) == (0, 0)
            assert device.engine.pending_changes() == 0
        SessionRepository(a.vault).set_risk_flags(session_id, ["self_harm"])
        assert a.engine.pending_changes() == 1
        assert isinstance(a.store, CountingStore)
        a.store.snapshots = a.store.reads = 0
        report = a.engine.sync()
        assert report.pushed == 1
        assert a.store.snapshots == 0
        assert a.store.reads <= 2  # the edited session (and pending_changes' count above)
        b.engine.sync()
        assert SessionRepository(b.vault).get(session_id).risk_flags == ("self_harm",)


def test_a_change_made_while_a_round_works_stays_pending(
    sqlite_server: LiveServer, tmp_path: Path
) -> None:
    a = vault_device(tmp_path / "a", sqlite_server.base_url, _email(), register=True)
    try:
        client_id = add_client(a.vault, "Client P")
        session_id, _segments, _note = record_session(a.vault, client_id, ["one"])
        SessionRepository(a.vault).set_risk_flags(session_id, ["other"])  # newest mark
        marks = a.store.pending_changes()
        assert session_id in marks.item_ids
        # The engine is busy with ``marks`` when the clinician edits the same session again.
        SessionRepository(a.vault).set_risk_flags(session_id, ["self_harm"])
        a.store.mark_synced(marks.item_ids, marks.upto)
        assert a.store.pending_changes().item_ids == {session_id}
    finally:
        a.close()


def test_segment_ids_and_note_evidence_are_the_same_on_both_devices(
    sqlite_server: LiveServer, tmp_path: Path
) -> None:
    with two_vault_devices(tmp_path, sqlite_server.base_url) as (a, b):
        # B records first, so sequential local ids would collide with A's.
        own_client = add_client(b.vault, "Client B")
        own_session, own_ids, _ = record_session(b.vault, own_client, ["b one", "b two", "b 3"])
        client_id = add_client(a.vault, "Client A")
        lines = ["first thing", "second thing", "third thing"]
        session_id, ids, note_id = record_session(a.vault, client_id, lines)
        a.engine.sync()
        b.engine.sync()
        a.engine.sync()
        on_b = SegmentRepository(b.vault).list(session_id)
        assert [segment.id for segment in on_b] == ids
        assert [segment.text for segment in on_b] == lines
        note = NoteRepository(b.vault).get(note_id)
        assert note.sections[0].evidence == tuple(ids)
        assert [s.id for s in SegmentRepository(b.vault).list(own_session)] == own_ids
        assert [s.id for s in SegmentRepository(a.vault).list(own_session)] == own_ids


def test_a_schema_4_vault_gains_the_change_log(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v", VAULT_PASSPHRASE)
    connection = vault.connection
    triggers = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'"
        )
    ]
    assert len(triggers) == 18  # insert/update/delete on 5 tables, 2 items for client keys
    for name in triggers:
        connection.execute(f"DROP TRIGGER {name}")
    connection.execute("DROP TABLE sync_changes")
    connection.execute("PRAGMA user_version = 4")
    client_id = add_client(vault, "Before the upgrade")
    vault.lock()
    vault = Vault.unlock(tmp_path / "v", VAULT_PASSPHRASE)
    try:
        assert vault.schema_version() == 5
        store = VaultLocalStore(vault)
        assert store.pending_changes().item_ids == frozenset()  # older changes: a full scan
        session_id, _ids, note_id = record_session(vault, client_id, ["after"])
        assert store.pending_changes().item_ids == {
            session_id,
            f"{session_id}.transcript",
            note_id,
        }
    finally:
        vault.lock()


def test_speaker_changes_after_a_sync_reach_the_other_device(
    sqlite_server: LiveServer, tmp_path: Path
) -> None:
    """A late speaker label and the clinician's renaming are edits like any other."""
    with two_vault_devices(tmp_path, sqlite_server.base_url) as (a, b):
        client_id = add_client(a.vault, "Client A")
        session_id, ids, _ = record_session(a.vault, client_id, ["hello", "how are you"])
        a.engine.sync()
        b.engine.sync()
        assert [s.speaker for s in SegmentRepository(b.vault).list(session_id)] == ["A", "A"]

        SegmentRepository(a.vault).update_speaker(ids[1], "B")
        SessionRepository(a.vault).set_speaker_names(session_id, {"A": "Clinician", "B": "Client"})
        assert a.engine.sync().pushed >= 2
        b.engine.sync()
        assert [s.speaker for s in SegmentRepository(b.vault).list(session_id)] == ["A", "B"]
        assert SessionRepository(b.vault).speaker_names(session_id) == {
            "A": "Clinician",
            "B": "Client",
        }
