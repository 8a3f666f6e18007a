# ruff: noqa: F811  (the vault fixtures are imported from tests/vault/conftest.py by name)
"""RetentionService decides which transcripts are due; each case checks a real vault.

Forensic proof that a fired policy leaves no bytes behind: tests/vault/test_forensics_retention.py.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tenor_desktop.core.clock import ManualClock
from tenor_desktop.core.models import NoteSection, RetentionPolicy, SessionStatus
from tenor_desktop.services.deletion_service import DeletionService
from tenor_desktop.services.retention_service import RETENTION_ACTOR, RetentionService
from tenor_desktop.vault.errors import NotFound
from tenor_desktop.vault.repositories import (
    AuditLog,
    ClientRepository,
    NoteRepository,
    SegmentRepository,
    SessionRepository,
)
from tenor_desktop.vault.vault import Vault
from tests.vault import forensics
from tests.vault.conftest import (  # noqa: F401 (pytest fixtures, used by name)
    clock,
    template_vault_dir,
    vault,
    vault_dir,
)


def _service(vault: Vault, clock: ManualClock) -> RetentionService:
    return RetentionService(vault, DeletionService(vault), clock=clock)


def _client(vault: Vault, name: str, policy: str) -> str:
    return ClientRepository(vault).add(name, retention=RetentionPolicy.parse(policy)).id


def _has_transcript(vault: Vault, session_id: str) -> bool:
    return bool(SegmentRepository(vault).list(session_id))


def test_never_keeps_everything(vault: Vault, clock: ManualClock) -> None:
    client = _client(vault, "never", "never")
    old = forensics.plant_session(
        vault, client, note_canary="x" * 20, started_at=clock.now() - timedelta(days=4000)
    )
    service = _service(vault, clock)
    assert service.run_due() == []
    assert service.apply_policy(client) == []
    assert service.on_note_saved(old) is False
    assert _has_transcript(vault, old)


def test_after_note_waits_for_a_note_then_deletes(vault: Vault, clock: ManualClock) -> None:
    client = _client(vault, "an", "after_note")
    session = forensics.plant_session(vault, client)
    service = _service(vault, clock)
    assert service.on_note_saved(session) is False
    assert service.run_due() == []
    NoteRepository(vault).save(
        session, template="soap", provider="offline", sections=[NoteSection("S", "fine")]
    )
    assert service.on_note_saved(session) is True
    assert not _has_transcript(vault, session)
    assert NoteRepository(vault).latest(session) is not None
    assert service.on_note_saved(session) is False  # already deleted: idempotent


def test_run_due_catches_up_on_a_missed_after_note_deletion(
    vault: Vault, clock: ManualClock
) -> None:
    client = _client(vault, "crash", "after_note")
    session = forensics.plant_session(vault, client, note_canary=forensics.new_canary())
    # The app died between saving the note and deleting: the next unlock must finish the job.
    assert _service(vault, clock).run_due() == [session]
    assert not _has_transcript(vault, session)


def test_after_days_counts_from_the_session_start(vault: Vault, clock: ManualClock) -> None:
    client = _client(vault, "seven", "after_days:7")
    start = clock.now()
    old = forensics.plant_session(vault, client, started_at=start - timedelta(days=8))
    edge = forensics.plant_session(vault, client, started_at=start - timedelta(days=7))
    young = forensics.plant_session(vault, client, started_at=start - timedelta(days=6))
    service = _service(vault, clock)
    assert sorted(service.run_due()) == sorted([old, edge])
    assert _has_transcript(vault, young)
    clock.advance(timedelta(days=1, seconds=1).total_seconds())
    assert service.run_due() == [young]  # the injected clock is the default "now"
    assert service.run_due() == []


def test_sessions_still_recording_are_never_touched(vault: Vault, clock: ManualClock) -> None:
    client = _client(vault, "live", "after_days:1")
    sessions = SessionRepository(vault)
    live = sessions.create(client, started_at=clock.now() - timedelta(days=3))
    SegmentRepository(vault).append(live.id, start_ms=0, end_ms=10, speaker="A", text="hello")
    assert _service(vault, clock).run_due() == []
    sessions.set_status(live.id, SessionStatus.READY)
    assert _service(vault, clock).run_due() == [live.id]


def test_set_policy_applies_to_existing_data_and_audits_the_actor(
    vault: Vault, clock: ManualClock
) -> None:
    client = _client(vault, "switch", "never")
    noted = forensics.plant_session(vault, client, note_canary=forensics.new_canary())
    bystander = _client(vault, "other", "never")
    untouched = forensics.plant_session(vault, bystander, note_canary=forensics.new_canary())
    deleted = _service(vault, clock).set_policy(client, RetentionPolicy.parse("after_note"))
    assert deleted == [noted]
    assert _has_transcript(vault, untouched)
    entry = AuditLog(vault).entries(noted)[-1]
    assert (entry.actor, entry.object_kind) == (RETENTION_ACTOR, "transcript")
    assert SessionRepository(vault).get(noted).transcript_deleted_at == clock.now()


def test_unknown_ids_are_reported(vault: Vault, clock: ManualClock) -> None:
    service = _service(vault, clock)
    with pytest.raises(NotFound):
        service.apply_policy("cl_missing")
    with pytest.raises(NotFound):
        service.on_note_saved("se_missing")
