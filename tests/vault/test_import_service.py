"""ImportService (transcript .txt → session) and VaultService against real vaults."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.core.models import NoteSection, RedactionMark, SessionStatus
from tenor_desktop.services.import_service import (
    MS_PER_WORD,
    ImportService,
    TranscribedUtterance,
    parse_transcript,
)
from tenor_desktop.services.vault_service import VaultService
from tenor_desktop.vault.errors import NotFound, VaultLocked
from tenor_desktop.vault.repositories import (
    ClientRepository,
    NoteRepository,
    SearchIndex,
    SegmentRepository,
    SessionRepository,
)
from tenor_desktop.vault.vault import Vault

from .conftest import PASSPHRASE

TRANSCRIPT = """\
Clinician: How has the week been?
Client: Better. I went back to the pottery class
and finished a bowl.

Clinician:
Clinician: That sounds like progress.
"""


def _write(tmp_path: Path, text: str, name: str = "session.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_parse_transcript_joins_continuations_and_skips_blanks() -> None:
    utterances = parse_transcript(TRANSCRIPT)
    assert [(u.speaker, u.text) for u in utterances] == [
        ("Clinician", "How has the week been?"),
        ("Client", "Better. I went back to the pottery class and finished a bowl."),
        ("Clinician", "That sounds like progress."),
    ]
    assert parse_transcript("no label here\nstill none") == [
        TranscribedUtterance("Speaker", "no label here still none")
    ]
    assert parse_transcript("\n\n  \n") == []


def test_import_creates_client_session_and_segments(vault: Vault, tmp_path: Path) -> None:
    path = _write(tmp_path, TRANSCRIPT)
    result = ImportService(vault).import_file(path, client_pseudonym="Willow")
    assert result.created_client and result.segment_count == 3
    client = ClientRepository(vault).get(result.client_id)
    assert client.pseudonym == "Willow"
    sessions = SessionRepository(vault)
    session = sessions.get(result.session_id)
    assert session.status == SessionStatus.READY and session.client_id == client.id
    segments = SegmentRepository(vault).list(result.session_id)
    assert [s.speaker for s in segments] == ["speaker_0", "speaker_1", "speaker_0"]
    assert sessions.speaker_names(result.session_id) == {
        "speaker_0": "Clinician",
        "speaker_1": "Client",
    }
    assert segments[0].start_ms == 0 and segments[0].end_ms == 5 * MS_PER_WORD
    assert segments[1].start_ms == segments[0].end_ms
    assert session.duration_ms == segments[-1].end_ms
    assert SearchIndex(vault).query("pottery")[0].session_id == result.session_id
    again = ImportService(vault).import_file(path, client_pseudonym="Willow")
    assert not again.created_client and again.client_id == client.id
    assert len(sessions.list_for_client(client.id)) == 2


def test_hooks_redact_before_storage_and_draft_after_commit(vault: Vault, tmp_path: Path) -> None:
    def redact(text: str) -> tuple[str, Sequence[RedactionMark]]:
        if "pottery" not in text:
            return text, ()
        start = text.index("pottery")
        stored = text.replace("pottery", "[TOPIC]")
        return stored, (RedactionMark(start, start + len("[TOPIC]"), "TOPIC"),)

    drafted: list[str] = []

    def draft_note(session_id: str) -> None:
        segments = SegmentRepository(vault).list(session_id)
        drafted.append(session_id)
        NoteRepository(vault).save(
            session_id,
            template="soap",
            provider="offline",
            sections=(NoteSection("Subjective", "Reports progress.", (segments[1].id,)),),
        )

    service = ImportService(vault, redact=redact, draft_note=draft_note)
    result = service.import_file(_write(tmp_path, TRANSCRIPT), client_pseudonym="Ash")
    stored = SegmentRepository(vault).list(result.session_id)[1]
    assert "pottery" not in stored.text and "[TOPIC]" in stored.text
    assert stored.redactions[0].label == "TOPIC"
    assert SearchIndex(vault).query("pottery") == []
    assert drafted == [result.session_id]
    assert NoteRepository(vault).latest(result.session_id) is not None


def test_a_failing_hook_stores_nothing(vault: Vault, tmp_path: Path) -> None:
    calls = 0

    def redact(text: str) -> tuple[str, Sequence[RedactionMark]]:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("redactor crashed")
        return text, ()

    with pytest.raises(RuntimeError):
        ImportService(vault, redact=redact).import_file(
            _write(tmp_path, TRANSCRIPT), client_pseudonym="Oak"
        )
    assert ClientRepository(vault).list() == []
    assert vault.read("SELECT count(*) FROM segments")[0][0] == 0


def test_audio_needs_the_transcription_hook(vault: Vault, tmp_path: Path) -> None:
    audio = tmp_path / "session.wav"
    audio.write_bytes(b"RIFF0000WAVE")
    with pytest.raises(ValidationError):
        ImportService(vault).import_file(audio, client_pseudonym="Elm")
    seen: list[Path] = []

    def transcribe(path: Path) -> list[TranscribedUtterance]:
        seen.append(path)
        return [TranscribedUtterance("speaker_0", "hello there", 0, 1200)]

    result = ImportService(vault, transcribe_file=transcribe).import_file(
        audio, client_pseudonym="Elm"
    )
    assert seen == [audio]
    [segment] = SegmentRepository(vault).list(result.session_id)
    assert (segment.start_ms, segment.end_ms, segment.text) == (0, 1200, "hello there")


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"\xff\xfe\x00bad", "UTF-8"), (b"\n\n", "no transcript lines")],
)
def test_unreadable_files_are_clear_errors(
    vault: Vault, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "private-client-name.txt"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        ImportService(vault).import_file(path, client_pseudonym="Pine")
    assert expected in caught.value.message
    assert "private-client-name" not in caught.value.message
    with pytest.raises(ValidationError) as missing:
        ImportService(vault).import_file(tmp_path / "absent.txt", client_pseudonym="Pine")
    assert "absent" not in missing.value.message
    assert ClientRepository(vault).list() == []


def test_vault_service_browse_and_hooks(vault_dir: Path, tmp_path: Path) -> None:
    unlocked: list[Vault] = []
    service = VaultService(vault_dir, on_unlock=[unlocked.append])
    assert service.exists() and not service.is_unlocked
    with pytest.raises(VaultLocked):
        service.clients()
    vault = service.unlock(PASSPHRASE)
    assert unlocked == [vault]
    result = ImportService(vault).import_file(_write(tmp_path, TRANSCRIPT), client_pseudonym="Yew")
    assert [c.pseudonym for c in service.clients()] == ["Yew"]
    assert [s.id for s in service.sessions("Yew")] == [result.session_id]
    assert [s.id for s in service.sessions()] == [result.session_id]
    with pytest.raises(NotFound) as caught:
        service.sessions("Nobody Known")
    assert "Nobody Known" not in caught.value.message
    detail = service.session_detail(result.session_id)
    assert detail.client.pseudonym == "Yew" and len(detail.segments) == 3
    assert detail.speaker_name("speaker_1") == "Client" and detail.note is None
    assert service.search("bowl")[0].kind == "segment"
    service.lock()
    assert vault.is_locked and not service.is_unlocked
    assert service.remaining_unlock_delay() == 0.0
