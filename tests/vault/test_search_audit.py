"""FTS5 search over segments and notes, and the content-free audit log."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.core.models import NoteSection
from tenor_desktop.vault.repositories import (
    AuditLog,
    ClientRepository,
    NoteRepository,
    SearchIndex,
    SegmentRepository,
    SessionRepository,
)
from tenor_desktop.vault.repositories.search import HIGHLIGHT_START, match_expression
from tenor_desktop.vault.vault import Vault

START = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


def _session_with_text(vault: Vault, pseudonym: str, lines: list[str]) -> str:
    client = ClientRepository(vault).add(pseudonym)
    session = SessionRepository(vault).create(client.id, started_at=START)
    segments = SegmentRepository(vault)
    for index, line in enumerate(lines):
        segments.append(
            session.id, start_ms=index * 1000, end_ms=index * 1000 + 900, speaker="s", text=line
        )
    return session.id


def test_search_finds_segments_and_latest_note(vault: Vault) -> None:
    first = _session_with_text(vault, "A", ["We talked about the garden.", "Nothing else."])
    second = _session_with_text(vault, "B", ["Sleep has been poor."])
    notes = NoteRepository(vault)
    notes.save(
        second,
        template="soap",
        provider="offline",
        sections=(NoteSection("Subjective", "Mentions the gardening club."),),
    )
    notes.save(
        second,
        template="soap",
        provider="offline",
        sections=(NoteSection("Subjective", "Mentions the gardening group."),),
    )
    search = SearchIndex(vault)
    hits = search.query("garden")
    kinds = sorted((hit.kind, hit.session_id) for hit in hits)
    assert kinds == [("note", second), ("segment", first)]
    note_hit = next(hit for hit in hits if hit.kind == "note")
    assert note_hit.ref_id == notes.latest(second).id  # type: ignore[union-attr]
    assert "group" in note_hit.snippet and HIGHLIGHT_START in note_hit.snippet
    segment_hit = next(hit for hit in hits if hit.kind == "segment")
    assert SegmentRepository(vault).get(int(segment_hit.ref_id)).session_id == first
    assert search.query("subjective")[0].kind == "note"  # section titles are indexed
    assert search.query("evidence") == []  # JSON keys are not
    assert search.query("garden poor") == []  # all words must match


def test_search_follows_updates_and_deletes(vault: Vault) -> None:
    session = _session_with_text(vault, "C", ["The word pelican appears."])
    segments = SegmentRepository(vault)
    segment = segments.list(session)[0]
    search = SearchIndex(vault)
    assert [hit.ref_id for hit in search.query("pelican")] == [str(segment.id)]
    segments.update_text(segment.id, "The word heron appears.")
    assert search.query("pelican") == [] and len(search.query("heron")) == 1
    with vault.transaction() as connection:
        connection.execute("DELETE FROM segments WHERE session_id = ?", (session,))
    assert search.query("heron") == []


def test_search_limits_and_hostile_queries(vault: Vault) -> None:
    _session_with_text(vault, "D", [f"repeated topic number {n}" for n in range(60)])
    search = SearchIndex(vault)
    assert len(search.query("topic")) == 50
    assert len(search.query("topic", limit=5)) == 5
    for hostile in ('"', "NEAR(", "text:*", "AND OR NOT", ")(", "*", ""):
        assert isinstance(search.query(hostile), list)
    assert match_expression('say "hi" NEAR(x)') == '"say"* "hi"* "NEAR"* "x"*'


def test_audit_records_ids_and_actions_only(vault: Vault) -> None:
    client = ClientRepository(vault).add("Secret Pseudonym")
    session = SessionRepository(vault).create(client.id, started_at=START)
    audit = AuditLog(vault)
    audit.record("export", "session", session.id)
    entries = audit.entries()
    assert [(e.action, e.object_kind, e.object_id) for e in entries] == [
        ("create", "client", client.id),
        ("create", "session", session.id),
        ("export", "session", session.id),
    ]
    assert all(e.actor == "clinician" and e.at == vault.clock.now() for e in entries)
    assert [e.action for e in audit.entries(object_id=session.id)] == ["create", "export"]
    rows = vault.read("SELECT * FROM audit_log")
    assert "Secret Pseudonym" not in repr([tuple(row) for row in rows])
    for bad in [("free text here", "session", session.id), ("export", "session", "Jane Doe")]:
        with pytest.raises(ValidationError):
            audit.record(*bad)
    assert len(audit.entries()) == 3
