"""Clients, sessions, segments, notes and settings against a real SQLCipher vault."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.core.models import (
    NoteSection,
    ProcessingMode,
    RedactionMark,
    RetentionPolicy,
    RiskFlag,
    SessionStatus,
)
from tenor_desktop.vault.errors import DuplicateClient, NotFound
from tenor_desktop.vault.repositories import (
    AuditLog,
    ClientRepository,
    NoteRepository,
    SegmentRepository,
    SessionRepository,
    SettingsRepository,
)
from tenor_desktop.vault.vault import Vault

from .conftest import PASSPHRASE

START = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


def test_client_round_trip_and_update(vault: Vault) -> None:
    clients = ClientRepository(vault)
    added = clients.add(
        "River",
        processing_mode=ProcessingMode.CLOUD_ALLOWED,
        retention=RetentionPolicy.parse("after_days:30"),
        default_template="dap",
    )
    assert clients.get(added.id) == added
    assert added.retention == RetentionPolicy(kind="after_days", days=30)
    assert added.created_at == vault.clock.now()
    assert clients.find_by_pseudonym("River") == added
    assert clients.find_by_pseudonym("Nobody") is None
    changed = clients.update(added.id, pseudonym="Lake", retention=RetentionPolicy.parse("never"))
    assert (changed.pseudonym, str(changed.retention), changed.default_template) == (
        "Lake",
        "never",
        "dap",
    )
    assert [c.pseudonym for c in clients.list()] == ["Lake"]


def test_duplicate_pseudonym_and_bad_values(vault: Vault) -> None:
    clients = ClientRepository(vault)
    first = clients.add("Alder")
    other = clients.add("Birch")
    with pytest.raises(DuplicateClient) as caught:
        clients.add("Alder")
    assert "Alder" not in str(caught.value)
    with pytest.raises(DuplicateClient):
        clients.update(other.id, pseudonym="Alder")
    with pytest.raises(ValidationError):
        clients.add("   ")
    with pytest.raises(ValidationError):
        clients.add("Cedar", default_template="not a template!")
    with pytest.raises(NotFound):
        clients.get("cl_missing")
    assert len(clients.list()) == 2 and clients.get(first.id).pseudonym == "Alder"


def test_each_client_gets_its_own_random_data_key(vault: Vault) -> None:
    clients = ClientRepository(vault)
    one, two = clients.add("One"), clients.add("Two")
    key_id_one, key_one = clients.data_key(one.id)
    key_id_two, key_two = clients.data_key(two.id)
    assert len(key_one) == len(key_two) == 32
    assert key_one != key_two and key_id_one != key_id_two
    assert clients.data_key(one.id) == (key_id_one, key_one)
    with pytest.raises(NotFound):
        clients.data_key("cl_missing")


def test_session_life_cycle(vault: Vault) -> None:
    client = ClientRepository(vault).add("Fern")
    sessions = SessionRepository(vault)
    session = sessions.create(client.id, started_at=START, consent_at=START)
    assert session.status == SessionStatus.RECORDING and session.started_at == START
    later = datetime(2026, 3, 9, 14, 0, tzinfo=UTC)
    second = sessions.create(client.id, started_at=later)
    sessions.set_status(session.id, SessionStatus.READY, ended_at=START, duration_ms=3_000_000)
    sessions.set_risk_flags(session.id, ["self_harm", "self_harm", "abuse"])
    sessions.set_speaker_names(session.id, {"speaker_0": "Clinician", "speaker_1": "Client"})
    stored = sessions.get(session.id)
    assert stored.status == SessionStatus.READY and stored.duration_ms == 3_000_000
    assert stored.risk_flags == ("abuse", "self_harm") and stored.consent_at == START
    assert sessions.speaker_names(session.id)["speaker_1"] == "Client"
    assert [s.id for s in sessions.list_for_client(client.id)] == [second.id, session.id]
    assert [s.id for s in sessions.list_all()] == [second.id, session.id]
    with pytest.raises(NotFound):
        sessions.create("cl_missing", started_at=START)
    with pytest.raises(NotFound):
        sessions.set_status("se_missing", SessionStatus.FAILED)
    with pytest.raises(ValidationError):
        sessions.set_risk_flags(session.id, ["Free text about the client"])


def test_segments_append_in_order_and_survive_reopen(vault: Vault, vault_dir: object) -> None:
    client = ClientRepository(vault).add("Moss")
    session = SessionRepository(vault).create(client.id, started_at=START)
    segments = SegmentRepository(vault)
    first = segments.append(
        session.id,
        start_ms=0,
        end_ms=1500,
        speaker="speaker_0",
        text="Hello [NAME], how was the week?",
        confidence=0.92,
        redactions=[RedactionMark(6, 12, "NAME")],
    )
    second = segments.append(session.id, start_ms=1500, end_ms=4000, speaker="speaker_1", text="ok")
    assert (first.seq, second.seq) == (0, 1)
    assert segments.list(session.id) == [first, second]
    segments.update_text(second.id, "It was okay.")
    assert segments.get(second.id).text == "It was okay."
    assert [e.action for e in AuditLog(vault).entries(object_id=str(second.id))] == ["update"]
    with pytest.raises(ValidationError):
        segments.append(session.id, start_ms=10, end_ms=5, speaker="s", text="x")
    with pytest.raises(ValidationError):
        segments.append(
            session.id,
            start_ms=0,
            end_ms=1,
            speaker="s",
            text="ab",
            redactions=[RedactionMark(0, 9, "NAME")],
        )
    with pytest.raises(NotFound):
        segments.append("se_missing", start_ms=0, end_ms=1, speaker="s", text="x")
    with pytest.raises(NotFound):
        segments.update_text(999_999, "x")
    vault.lock()
    reopened = Vault.unlock(vault.directory, PASSPHRASE)
    listed = SegmentRepository(reopened).list(session.id)
    assert [s.text for s in listed] == ["Hello [NAME], how was the week?", "It was okay."]
    assert listed[0].redactions == (RedactionMark(6, 12, "NAME"),)
    reopened.lock()


def test_notes_are_versioned(vault: Vault) -> None:
    client = ClientRepository(vault).add("Sage")
    session = SessionRepository(vault).create(client.id, started_at=START)
    segment = SegmentRepository(vault).append(
        session.id, start_ms=0, end_ms=1, speaker="s", text="t"
    )
    notes = NoteRepository(vault)
    assert notes.latest(session.id) is None
    sections = (NoteSection("Subjective", "Reports better sleep.", (segment.id,)),)
    first = notes.save(session.id, template="soap", provider="offline", sections=sections)
    second = notes.save(
        session.id,
        template="soap",
        provider="offline",
        sections=(NoteSection("Subjective", "Edited.", (segment.id,)),),
        flags=(RiskFlag("self_harm", (segment.id,)),),
        draft=False,
    )
    assert (first.version, second.version) == (1, 2)
    assert first.sections == sections and first.draft
    assert notes.latest(session.id) == second and not second.draft
    assert second.flags == (RiskFlag("self_harm", (segment.id,)),)
    assert [n.version for n in notes.versions(session.id)] == [1, 2]
    with pytest.raises(ValidationError):
        notes.save(session.id, template="bogus template;", provider="offline", sections=sections)
    with pytest.raises(NotFound):
        notes.save("se_missing", template="soap", provider="offline", sections=sections)


def test_settings_hold_json_values(vault: Vault) -> None:
    settings = SettingsRepository(vault)
    assert settings.get("phi_redaction", True) is True
    settings.set("phi_redaction", False)
    settings.set("topics", ["ABUSE", "CRIMINAL"])
    settings.set("topics", ["ABUSE"])
    assert settings.get("phi_redaction", True) is False
    assert settings.all() == {"phi_redaction": False, "topics": ["ABUSE"]}
    settings.delete("topics")
    assert settings.get("topics") is None
    with pytest.raises(ValidationError):
        settings.set("bad", object())


def test_deleting_a_client_cascades(vault: Vault) -> None:
    client = ClientRepository(vault).add("Ivy")
    session = SessionRepository(vault).create(client.id, started_at=START)
    SegmentRepository(vault).append(session.id, start_ms=0, end_ms=1, speaker="s", text="x")
    with vault.transaction() as connection:
        connection.execute("DELETE FROM clients WHERE id = ?", (client.id,))
    for table in ("client_keys", "sessions", "segments", "segments_fts"):
        assert vault.read(f"SELECT count(*) FROM {table}")[0][0] == 0, table


def test_concurrent_writers_share_one_vault(vault: Vault) -> None:
    client = ClientRepository(vault).add("Threads")
    session = SessionRepository(vault).create(client.id, started_at=START)
    segments = SegmentRepository(vault)
    errors: list[BaseException] = []

    def writer(offset: int) -> None:
        try:
            for index in range(25):
                segments.append(
                    session.id,
                    start_ms=offset + index,
                    end_ms=offset + index,
                    speaker="s",
                    text="t",
                )
                segments.list(session.id)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(n * 1000,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert [s.seq for s in segments.list(session.id)] == list(range(100))


def test_note_statements_keep_their_evidence_and_support_through_the_vault(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Regression: statements (per-statement evidence, "unsupported" marks) were dropped on save.
    from tenor_desktop.core.models import NoteSection, NoteStatement
    from tenor_desktop.vault.repositories import ClientRepository, NoteRepository, SessionRepository
    from tenor_desktop.vault.vault import Vault

    vault = Vault.create(tmp_path / "v", "a long enough passphrase")
    try:
        client = ClientRepository(vault).add("Statement Test")
        session = SessionRepository(vault).create(client.id, started_at=vault.clock.now())
        statements = (
            NoteStatement("Sleeps badly", (3, 4), True),
            NoteStatement("Made up", (), False),
        )
        section = NoteSection("Subjective", "Sleeps badly\nMade up", (3, 4), statements)
        NoteRepository(vault).save(
            session.id, template="soap", provider="openai", sections=[section]
        )
        stored = NoteRepository(vault).latest(session.id)
        assert stored is not None
        assert stored.sections[0].statements == statements
    finally:
        vault.lock()


def test_a_clinicians_own_template_key_can_be_stored_but_not_garbage(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from tenor_desktop.core.errors import ValidationError
    from tenor_desktop.core.models import NoteSection
    from tenor_desktop.vault.repositories import ClientRepository, NoteRepository, SessionRepository
    from tenor_desktop.vault.vault import Vault

    vault = Vault.create(tmp_path / "v", "a long enough passphrase")
    try:
        client = ClientRepository(vault).add("Template Test", default_template="intake_assessment")
        assert client.default_template == "intake_assessment"
        session = SessionRepository(vault).create(client.id, started_at=vault.clock.now())
        notes = NoteRepository(vault)
        section = NoteSection("Presenting problem", "Sleep.", ())
        saved = notes.save(
            session.id, template="intake_assessment", provider="local", sections=[section]
        )
        assert saved.template == "intake_assessment"
        with pytest.raises(ValidationError):
            notes.save(
                session.id, template="no spaces; please", provider="local", sections=[section]
            )
    finally:
        vault.lock()
