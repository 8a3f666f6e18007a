"""Import pipeline: transcribe → redact → store → note, with nothing original left behind."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from tenor_desktop.notes.note_writer import NoteWriter
from tenor_desktop.notes.templates import TemplateLibrary
from tenor_desktop.services.processing_pipeline import (
    ImportPipeline,
    SegmentRedaction,
    store_risk_flags,
)
from tenor_desktop.services.redaction_models_cache import RedactionModelsCache
from tenor_desktop.services.workspace_service import WorkspaceService
from tenor_desktop.vault.repositories import ClientRepository, SegmentRepository, SessionRepository
from tenor_desktop.vault.vault import Vault

PASSPHRASE = "pipeline test passphrase 9"
ROOT = Path(__file__).resolve().parents[2]
TRANSCRIPT = (
    "Therapist: How did the week go, Maria?\n"
    "Client: My boss Gregory Hale called me at six one seven, five five five, zero one four two.\n"
    "Client: Honestly I have been cutting myself again when it gets bad at night.\n"
    "Therapist: Thank you for telling me. Let's make a safety plan together today.\n"
)


@pytest.fixture(scope="module")
def models() -> RedactionModelsCache:
    cache = RedactionModelsCache()
    cache.get()
    return cache


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[WorkspaceService]:
    vault = Vault.create(tmp_path / "vault", PASSPHRASE)
    yield WorkspaceService(vault, note_writer=NoteWriter(TemplateLibrary.with_user_dir(None)))
    vault.lock()


def _stored_text(workspace: WorkspaceService, session_id: str) -> str:
    return "\n".join(s.text for s in SegmentRepository(workspace.vault).list(session_id))


def test_imported_transcript_is_redacted_before_it_is_stored(
    workspace: WorkspaceService, models: RedactionModelsCache, tmp_path: Path
) -> None:
    source = tmp_path / "session.txt"
    source.write_text(TRANSCRIPT)
    result = ImportPipeline(workspace, models).run(source, "Juniper")
    stored = _stored_text(workspace, result.session_id)
    for original in ("Maria", "Gregory", "Hale", "six one seven"):
        assert original not in stored
    assert "[NAME" in stored and "[PHONE" in stored
    segments = SegmentRepository(workspace.vault).list(result.session_id)
    labels = {mark.label for segment in segments for mark in segment.redactions}
    assert {"NAME", "PHONE"} <= labels
    for segment in segments:  # marks point at placeholders in the stored text
        for mark in segment.redactions:
            assert segment.text[mark.start : mark.end].startswith("[")
    assert workspace.vault.read("SELECT count(*) FROM notes")[0][0] == 1
    assert (
        workspace.vault.read(
            "SELECT count(*) FROM segments_fts WHERE segments_fts MATCH 'Gregory'"
        )[0][0]
        == 0
    )


def test_redacted_self_harm_still_raises_the_risk_flag(
    workspace: WorkspaceService, models: RedactionModelsCache, tmp_path: Path
) -> None:
    settings = workspace.practice_settings()
    workspace.save_practice_settings(replace(settings, topic_categories=("SELF_HARM",)))
    source = tmp_path / "session.txt"
    source.write_text(TRANSCRIPT)
    result = ImportPipeline(workspace, models).run(source, "Juniper")
    stored = _stored_text(workspace, result.session_id)
    assert "cutting myself" not in stored and "[Redacted:" in stored
    flags = SessionRepository(workspace.vault).get(result.session_id).risk_flags
    assert "self_harm" in flags


def test_an_imported_question_is_stored_redacted_when_the_answer_shows_its_topic(
    workspace: WorkspaceService, models: RedactionModelsCache, tmp_path: Path
) -> None:
    settings = workspace.practice_settings()
    workspace.save_practice_settings(replace(settings, topic_categories=("ABUSE",)))
    source = tmp_path / "session.txt"
    source.write_text(
        "Therapist: She told the school counselor something. Has she said anything to you"
        " about what he did?\n"
        "Client: Only that he told her it was their secret and she would get in trouble.\n"
    )
    result = ImportPipeline(workspace, models).run(source, "Juniper")
    stored = SegmentRepository(workspace.vault).list(result.session_id)
    assert [s.text for s in stored] == [
        "She told the school counselor something. [Redacted: abuse]",
        "[Redacted: abuse]",
    ]
    assert [m.label for m in stored[0].redactions] == ["TOPIC:ABUSE"]


SCREENED_AND_DENIED = (
    "Therapist: How has the week been?\n"
    "Client: Busy, the new job takes a lot out of me.\n"
    "Therapist: Have you had any thoughts of hurting yourself?\n"
    "Client: No, nothing like that.\n"
    "Therapist: Good. Let's talk about how you are sleeping.\n"
)


def _self_harm_on(workspace: WorkspaceService) -> None:
    settings = workspace.practice_settings()
    workspace.save_practice_settings(replace(settings, topic_categories=("SELF_HARM",)))


def test_a_denied_screening_question_is_redacted_but_raises_no_flag(
    workspace: WorkspaceService, models: RedactionModelsCache, tmp_path: Path
) -> None:
    _self_harm_on(workspace)
    denied, disclosed = tmp_path / "denied.txt", tmp_path / "disclosed.txt"
    denied.write_text(SCREENED_AND_DENIED)
    disclosed.write_text(SCREENED_AND_DENIED.replace("No, nothing like that.", "Yes, twice."))
    sessions = SessionRepository(workspace.vault)
    quiet = ImportPipeline(workspace, models).run(denied, "Juniper")
    stored = _stored_text(workspace, quiet.session_id)
    assert "hurting yourself" not in stored and "[Redacted:" in stored
    assert sessions.get(quiet.session_id).risk_flags == ()
    flagged = ImportPipeline(workspace, models).run(disclosed, "Juniper")
    assert "self_harm" in sessions.get(flagged.session_id).risk_flags
    # The sessions row holds kinds only: no redacted words, nothing of the question or answer.
    rows = workspace.vault.read("SELECT risk_flags FROM sessions")
    assert sorted(str(row[0]) for row in rows) == ['["self_harm"]', "[]"]


def _live_session(
    workspace: WorkspaceService, models: RedactionModelsCache, pseudonym: str, speakers: list[str]
) -> str:
    """Segments redacted one by one as a live recording does (no labels in the text), stored
    with the diarizer's speakers; returns the session id after ``store_risk_flags``."""
    practice = workspace.practice_settings()
    redaction = SegmentRedaction.for_practice(practice, models)
    client = ClientRepository(workspace.vault).add(pseudonym)
    session = SessionRepository(workspace.vault).create(
        client.id, started_at=workspace.vault.clock.now()
    )
    lines = [line.split(": ", 1)[1] for line in SCREENED_AND_DENIED.splitlines()]
    for index, (line, speaker) in enumerate(zip(lines, speakers, strict=True)):
        text, marks = redaction(line)
        SegmentRepository(workspace.vault).append(
            session.id,
            start_ms=index * 1000,
            end_ms=index * 1000 + 900,
            speaker=speaker,
            text=text,
            redactions=marks,
        )
    store_risk_flags(workspace.vault, session.id, redaction)
    return session.id


def test_live_segments_read_speakers_from_the_stored_segments(
    workspace: WorkspaceService, models: RedactionModelsCache
) -> None:
    _self_harm_on(workspace)
    sessions = SessionRepository(workspace.vault)
    diarized = ["speaker_0", "speaker_1", "speaker_0", "speaker_1", "speaker_0"]
    asked = _live_session(workspace, models, "Rowan", diarized)
    assert sessions.get(asked).risk_flags == ()
    # One speaker for the whole recording: nobody is known to be the clinician, so it flags.
    single = _live_session(workspace, models, "Sorrel", ["speaker_0"] * 5)
    assert sessions.get(single).risk_flags == ("self_harm",)


def test_audio_import_transcribes_in_memory_and_leaves_the_original_untouched(
    workspace: WorkspaceService, models: RedactionModelsCache, tmp_path: Path
) -> None:
    clip = tmp_path / "recording.flac"
    shutil.copy(ROOT / "resources" / "selftest" / "selftest-speech.flac", clip)
    before = hashlib.sha256(clip.read_bytes()).hexdigest()
    files_before = set(tmp_path.rglob("*"))
    result = ImportPipeline(workspace, models).run(clip, "Alder", draft_note=False)
    assert "transcription works" in _stored_text(workspace, result.session_id).lower()
    assert hashlib.sha256(clip.read_bytes()).hexdigest() == before
    new_files = {p for p in set(tmp_path.rglob("*")) - files_before if "vault" not in p.parts}
    assert new_files == set()


def test_shred_original_overwrites_the_recording_before_unlinking(tmp_path: Path) -> None:
    from tenor_desktop.services.processing_pipeline import shred_original

    clip = tmp_path / "recording.flac"
    payload = b"RIFF-fake-audio" * 100_000
    clip.write_bytes(payload)
    alias = tmp_path / "alias.flac"
    alias.hardlink_to(clip)  # a second name on the same blocks shows what the overwrite did
    shred_original(clip, chunk=4096)
    assert not clip.exists()
    assert alias.read_bytes() == bytes(len(payload))
