"""A stored segment revised after the fact leaves no trace of its old text.

Recording live, a question is stored before the answer shows it was about a topic; the
recorder then replaces the segment's text (``SegmentRepository.update_text``) and scrubs the
WAL. An attacker holding the vault key must find the old words nowhere: not in any decrypted
database page (free pages included), WAL frame, FTS5 shadow table or vocabulary, or plaintext
file. Each test shows first that the hunt finds the canary before the revision.
"""

from __future__ import annotations

import time
from pathlib import Path

from tenor_desktop.core.models import RedactionMark
from tenor_desktop.vault.repositories import ClientRepository, SegmentRepository
from tenor_desktop.vault.vault import Vault
from tests.vault import forensics
from tests.vault.conftest import PASSPHRASE

REVISED = "We talked about the week. [Redacted: substance use]"
MARK = RedactionMark(26, len(REVISED), "TOPIC:SUBSTANCE_USE")


def _plant(vault: Vault) -> tuple[int, str, str]:
    """A session whose canary segment is stored as recorded live; (segment id, canary, session)."""
    canary = forensics.new_canary()
    client = ClientRepository(vault).add("Client R")
    session_id = forensics.plant_session(vault, client.id, filler_segments=12)
    segment = SegmentRepository(vault).append(
        session_id,
        start_ms=90_000,
        end_ms=94_000,
        speaker="S1",
        text=f"We talked about the week. And how much {canary} on a typical night?",
    )
    return segment.id, canary, session_id


def _traces(vault: Vault, vault_dir: Path, canary: str, started: float) -> list[str]:
    key = forensics.raw_vault_key(vault_dir, PASSPHRASE)
    return forensics.canary_traces(
        vault_dir, key, canary, since=started, connection=vault.connection
    )


def test_a_revised_segment_leaves_no_trace_of_its_old_text(vault: Vault, vault_dir: Path) -> None:
    started = time.time()
    segment_id, canary, _session = _plant(vault)
    before = _traces(vault, vault_dir, canary, started)
    assert any(t.startswith("wal page") for t in before)  # positive control: it is there
    assert "segments_fts MATCH (1 rows)" in before
    segments = SegmentRepository(vault)
    segments.update_text(segment_id, REVISED, [MARK])
    assert segments.scrub()
    assert _traces(vault, vault_dir, canary, started) == []
    stored = segments.get(segment_id)
    assert (stored.text, stored.redactions) == (REVISED, (MARK,))


def test_the_old_text_stays_in_the_wal_without_the_scrub(vault: Vault, vault_dir: Path) -> None:
    # Why the recorder scrubs after a revision: the update alone leaves old page images in -wal.
    started = time.time()
    segment_id, canary, _session = _plant(vault)
    SegmentRepository(vault).update_text(segment_id, REVISED, [MARK])
    traces = _traces(vault, vault_dir, canary, started)
    assert any(t.startswith("wal page") for t in traces)
    assert not any(t.startswith("segments_fts") for t in traces)  # the index let go at once


def test_the_revision_and_the_canary_stay_gone_after_lock_and_unlock(
    vault: Vault, vault_dir: Path
) -> None:
    started = time.time()
    segment_id, canary, _session = _plant(vault)
    segments = SegmentRepository(vault)
    segments.update_text(segment_id, REVISED, [MARK])
    assert segments.scrub()
    vault.lock()
    reopened = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert SegmentRepository(reopened).get(segment_id).text == REVISED
        assert _traces(reopened, vault_dir, canary, started) == []
    finally:
        reopened.lock()


def test_a_revision_marks_the_transcript_for_sync(vault: Vault) -> None:
    segment_id, _canary, session_id = _plant(vault)
    with vault.transaction() as connection:
        connection.execute("DELETE FROM sync_changes")
    SegmentRepository(vault).update_text(segment_id, REVISED, [MARK])
    marked = [row[0] for row in vault.read("SELECT item_id FROM sync_changes")]
    assert marked == [f"{session_id}.transcript"]
