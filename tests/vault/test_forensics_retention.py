"""Automatic transcript deletion, proven forensically: when a policy fires, the transcript
canary is gone from every decrypted page and FTS table; until it fires, it is still there."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from tenor_desktop.core.clock import ManualClock
from tenor_desktop.core.models import NoteSection, RetentionPolicy
from tenor_desktop.services.deletion_service import DeletionService
from tenor_desktop.services.retention_service import RetentionService
from tenor_desktop.vault.repositories import ClientRepository, NoteRepository
from tenor_desktop.vault.vault import Vault
from tests.vault import forensics
from tests.vault.conftest import PASSPHRASE


def _traces(vault: Vault, key: bytes, canary: str, since: float) -> list[str]:
    return forensics.canary_traces(
        vault.directory, key, canary, since=since, connection=vault.connection
    )


def _retention(vault: Vault, clock: ManualClock) -> RetentionService:
    return RetentionService(vault, DeletionService(vault), clock=clock)


def test_after_note_deletes_the_transcript_when_the_note_is_saved(
    vault: Vault, vault_dir: Path, clock: ManualClock
) -> None:
    since = time.time()
    key = forensics.raw_vault_key(vault_dir, PASSPHRASE)
    client = ClientRepository(vault).add(
        "after-note", retention=RetentionPolicy.parse("after_note")
    )
    transcript, note = forensics.new_canary(), forensics.new_canary()
    session_id = forensics.plant_session(vault, client.id, transcript_canary=transcript)
    retention = _retention(vault, clock)
    assert retention.on_note_saved(session_id) is False  # no note yet: nothing to delete
    assert _traces(vault, key, transcript, since) != []
    NoteRepository(vault).save(
        session_id,
        template="soap",
        provider="offline",
        sections=[NoteSection(title="Assessment", text=f"noted {note}")],
    )
    assert retention.on_note_saved(session_id) is True
    assert _traces(vault, key, transcript, since) == []
    assert _traces(vault, key, note, since) != []


def test_after_days_fires_only_once_the_session_is_old_enough(
    vault: Vault, vault_dir: Path, clock: ManualClock
) -> None:
    since = time.time()
    key = forensics.raw_vault_key(vault_dir, PASSPHRASE)
    client = ClientRepository(vault).add("thirty", retention=RetentionPolicy.parse("after_days:30"))
    transcript = forensics.new_canary()
    session_id = forensics.plant_session(
        vault, client.id, transcript_canary=transcript, started_at=clock.now()
    )
    retention = _retention(vault, clock)
    assert retention.run_due(clock.now() + timedelta(days=29, hours=23)) == []
    assert _traces(vault, key, transcript, since) != []
    assert retention.run_due(clock.now() + timedelta(days=30, minutes=1)) == [session_id]
    assert _traces(vault, key, transcript, since) == []


def test_setting_a_policy_applies_to_existing_transcripts_at_once(
    vault: Vault, vault_dir: Path, clock: ManualClock
) -> None:
    since = time.time()
    key = forensics.raw_vault_key(vault_dir, PASSPHRASE)
    clients = ClientRepository(vault)
    client = clients.add("keeps-everything")  # policy "never"
    with_note, without_note = forensics.new_canary(), forensics.new_canary()
    noted = forensics.plant_session(
        vault, client.id, transcript_canary=with_note, note_canary=forensics.new_canary()
    )
    forensics.plant_session(vault, client.id, transcript_canary=without_note)
    retention = _retention(vault, clock)
    assert retention.run_due() == []  # "never" deletes nothing
    deleted = retention.set_policy(client.id, RetentionPolicy.parse("after_note"))
    assert deleted == [noted]
    assert clients.get(client.id).retention == RetentionPolicy.parse("after_note")
    assert _traces(vault, key, with_note, since) == []
    assert _traces(vault, key, without_note, since) != []  # no note yet: kept until there is one


def test_policy_changed_elsewhere_then_applied_deletes_old_sessions(
    vault: Vault, vault_dir: Path, clock: ManualClock
) -> None:
    since = time.time()
    key = forensics.raw_vault_key(vault_dir, PASSPHRASE)
    clients = ClientRepository(vault)
    client = clients.add("older")
    old, recent = forensics.new_canary(), forensics.new_canary()
    forensics.plant_session(
        vault, client.id, transcript_canary=old, started_at=clock.now() - timedelta(days=10)
    )
    forensics.plant_session(vault, client.id, transcript_canary=recent, started_at=clock.now())
    clients.update(client.id, retention=RetentionPolicy.parse("after_days:7"))
    assert len(_retention(vault, clock).apply_policy(client.id)) == 1
    assert _traces(vault, key, old, since) == []
    assert _traces(vault, key, recent, since) != []
