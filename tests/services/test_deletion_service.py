"""DeletionService behaviour on a real vault: what goes, what stays, what the audit keeps.

The forensic proof that deleted bytes are unrecoverable lives in
tests/vault/test_forensics_deletion.py; these tests pin the visible semantics.
"""

# ruff: noqa: F811  (the vault fixtures are imported from tests/vault/conftest.py by name)
from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring  # type: ignore[import-untyped]

from tenor_desktop.security.secrets import SecretStore
from tenor_desktop.services.deletion_service import DeletionError, DeletionService
from tenor_desktop.vault import fts
from tenor_desktop.vault.errors import NotFound
from tenor_desktop.vault.repositories import (
    AuditLog,
    ClientRepository,
    NoteRepository,
    SearchIndex,
    SegmentRepository,
    SessionRepository,
)
from tenor_desktop.vault.vault import DB_NAME, KEY_HEADER_NAME, Vault
from tests.vault import forensics
from tests.vault.conftest import (  # noqa: F401 (pytest fixtures, used by name)
    PASSPHRASE,
    clock,
    template_vault_dir,
    vault,
    vault_dir,
)


def _client_with_sessions(vault: Vault, pseudonym: str, count: int) -> tuple[str, list[str]]:
    client = ClientRepository(vault).add(pseudonym)
    sessions = [
        forensics.plant_session(vault, client.id, note_canary=forensics.new_canary())
        for _ in range(count)
    ]
    return client.id, sessions


def test_delete_transcript_keeps_the_note_and_marks_the_session(vault: Vault) -> None:
    _, (session_id,) = _client_with_sessions(vault, "p1", 1)
    note_before = NoteRepository(vault).latest(session_id)
    SessionRepository(vault).set_speaker_names(session_id, {"SPEAKER_0": "Therapist"})
    DeletionService(vault).delete_transcript(session_id)
    session = SessionRepository(vault).get(session_id)
    assert session.transcript_deleted_at == vault.clock.now()
    assert SegmentRepository(vault).list(session_id) == []
    assert NoteRepository(vault).latest(session_id) == note_before
    assert SessionRepository(vault).speaker_names(session_id) == {}
    assert SearchIndex(vault).query("walks") == []  # transcript words: gone from search
    assert [hit.kind for hit in SearchIndex(vault).query("reported")] == ["note"]


def test_delete_session_removes_notes_and_search_rows_and_audits_ids(vault: Vault) -> None:
    client_id, (doomed, kept) = _client_with_sessions(vault, "p2", 2)
    note = NoteRepository(vault).latest(doomed)
    assert note is not None
    DeletionService(vault).delete_session(doomed)
    with pytest.raises(NotFound):
        SessionRepository(vault).get(doomed)
    assert NoteRepository(vault).latest(doomed) is None
    assert {hit.session_id for hit in SearchIndex(vault).query("walks")} == {kept}
    assert [s.id for s in SessionRepository(vault).list_for_client(client_id)] == [kept]
    entries = AuditLog(vault).entries(doomed)
    assert entries[-1].action == "delete" and entries[-1].object_kind == "session"
    assert entries[-1].actor == "clinician"


def test_delete_client_removes_every_session_and_the_data_key(vault: Vault) -> None:
    client_id, sessions = _client_with_sessions(vault, "p3", 3)
    other_id, other_sessions = _client_with_sessions(vault, "p4", 1)
    DeletionService(vault).delete_client(client_id)
    clients = ClientRepository(vault)
    with pytest.raises(NotFound):
        clients.get(client_id)
    with pytest.raises(NotFound):
        clients.data_key(client_id)
    for session_id in sessions:
        with pytest.raises(NotFound):
            SessionRepository(vault).get(session_id)
    assert [s.id for s in SessionRepository(vault).list_all()] == other_sessions
    assert clients.data_key(other_id)[1]
    with vault.transaction() as connection:
        assert fts.shard_of(connection, client_id) is None  # the client's index was dropped
        table = fts.tables_for_client(connection, other_id, "segments_fts")
    count = vault.read(f"SELECT count(*) FROM {table}")[0][0]
    assert count == len(SegmentRepository(vault).list(other_sessions[0]))
    assert vault.read("SELECT count(*) FROM segments_fts")[0][0] == 0
    assert AuditLog(vault).entries(client_id)[-1].object_kind == "client"


def test_audit_rows_carry_ids_only(vault: Vault) -> None:
    client_id, (session_id,) = _client_with_sessions(vault, "secretpseudonym", 1)
    service = DeletionService(vault)
    service.delete_transcript(session_id)
    service.delete_client(client_id)
    rows = vault.read("SELECT * FROM audit_log")
    flat = " ".join(str(cell) for row in rows for cell in row)
    assert "secretpseudonym" not in flat and "journal" not in flat
    assert client_id in flat and session_id in flat


@pytest.mark.parametrize("method", ["delete_transcript", "delete_session", "delete_client"])
def test_unknown_ids_raise_deletion_error_without_changing_anything(
    vault: Vault, method: str
) -> None:
    _client_with_sessions(vault, "p5", 1)
    before = vault.read("SELECT count(*) FROM audit_log")[0][0]
    with pytest.raises(DeletionError) as caught:
        getattr(DeletionService(vault), method)("se_doesnotexist")
    assert "se_doesnotexist" in caught.value.message
    assert vault.read("SELECT count(*) FROM audit_log")[0][0] == before


def test_retention_actor_is_recorded(vault: Vault) -> None:
    _, (session_id,) = _client_with_sessions(vault, "p6", 1)
    DeletionService(vault).delete_transcripts([session_id], actor="retention")
    entry = AuditLog(vault).entries(session_id)[-1]
    assert (entry.actor, entry.action, entry.object_kind) == ("retention", "delete", "transcript")


def test_a_reader_holding_the_wal_makes_the_cleanup_fail_loudly(
    vault: Vault, vault_dir: Path
) -> None:
    _, (session_id,) = _client_with_sessions(vault, "p7", 1)
    reader = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        reader.connection.execute("PRAGMA busy_timeout = 0")
        reader.connection.execute("BEGIN")
        reader.connection.execute("SELECT count(*) FROM segments").fetchone()
        vault.connection.execute("PRAGMA busy_timeout = 0")  # fail fast instead of 5 s
        with pytest.raises(DeletionError, match="blocked"):
            DeletionService(vault).delete_transcript(session_id)
        reader.connection.execute("COMMIT")
    finally:
        reader.lock()
    assert SegmentRepository(vault).list(session_id) == []  # the deletion itself committed


def _file_keyring(tmp_path: Path) -> PlaintextKeyring:
    """A real keyring backend writing to the test's own directory (never the user's)."""
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    return backend


def test_delete_account_removes_files_and_every_remembered_secret(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    backend = _file_keyring(tmp_path)
    store = SecretStore(vault=vault, keyring_backend=backend, service="tenor-test")
    store.set("deepgram_api_key", "dg-secret")
    store.set("custom_practice_token", "tok")  # not a well-known name: remembered in the vault
    backend.set_password("other-app", "deepgram_api_key", "untouched")
    _client_with_sessions(vault, "p8", 1)
    assert (vault_dir / f"{DB_NAME}-wal").exists()
    DeletionService(vault).delete_account(keyring_service="tenor-test", keyring_backend=backend)
    assert vault.is_locked
    assert not (vault_dir / DB_NAME).exists() and not (vault_dir / KEY_HEADER_NAME).exists()
    assert not vault_dir.exists()
    assert backend.get_password("tenor-test", "deepgram_api_key") is None
    assert backend.get_password("tenor-test", "custom_practice_token") is None
    assert backend.get_password("other-app", "deepgram_api_key") == "untouched"


def test_delete_account_removes_the_sync_bookkeeping_too(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    from tenor_desktop.sync.device_account import STATE_FILE_NAME

    (vault_dir / STATE_FILE_NAME).write_bytes(b"ids, versions, ciphertext")
    (vault_dir / f"{STATE_FILE_NAME}-wal").write_bytes(b"frames")
    removed = DeletionService(vault).delete_account(keyring_backend=_file_keyring(tmp_path))
    assert {STATE_FILE_NAME, f"{STATE_FILE_NAME}-wal"} <= {path.name for path in removed}
    assert not vault_dir.exists()


def test_delete_account_keeps_unrelated_files_in_the_folder(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    (vault_dir / "notes-export.pdf").write_bytes(b"%PDF")
    removed = DeletionService(vault).delete_account(keyring_backend=_file_keyring(tmp_path))
    assert {path.name for path in removed} >= {DB_NAME, KEY_HEADER_NAME}
    assert sorted(path.name for path in vault_dir.iterdir()) == ["notes-export.pdf"]


def test_delete_account_without_os_keyring_clears_vault_secrets_first(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    key = forensics.raw_vault_key(vault_dir, PASSPHRASE)
    canary = forensics.new_canary()
    store = SecretStore(vault=vault, detect_keyring=False)
    store.set("openai_api_key", canary)
    assert forensics.pages_containing(
        forensics.decrypt_vault_database(vault_dir / DB_NAME, key), canary
    )
    witness = tmp_path / "db-witness"  # same inode: shows the file's last content after unlink
    os.link(vault_dir / DB_NAME, witness)
    DeletionService(vault).delete_account(secret_store=store)
    assert not (vault_dir / DB_NAME).exists()
    assert forensics.pages_containing(forensics.decrypt_database_pages(witness, key), canary) == []


def test_deletions_from_another_thread_are_serialised(vault: Vault) -> None:
    client_id, sessions = _client_with_sessions(vault, "p9", 2)
    service = DeletionService(vault)
    errors: list[BaseException] = []

    def delete(session_id: str) -> None:
        try:
            service.delete_transcript(session_id)
        except BaseException as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=delete, args=(s,)) for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert all(SegmentRepository(vault).list(s) == [] for s in sessions)
    assert client_id


def test_error_messages_never_echo_content_shaped_ids(vault: Vault) -> None:
    with pytest.raises(DeletionError) as caught:
        DeletionService(vault).delete_session("Jane Doe said she feels hopeless")
    assert "Jane" not in caught.value.message and "hopeless" not in caught.value.message
