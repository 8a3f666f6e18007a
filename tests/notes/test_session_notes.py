"""A stored session's note, end to end in a real vault (offline, and refused cloud)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tenor_desktop.core.models import ProcessingMode
from tenor_desktop.notes.errors import NoteError, ProviderRefused
from tenor_desktop.notes.session_notes import draft_session_note
from tenor_desktop.notes.transcript import parse_transcript_text
from tenor_desktop.vault.repositories import (
    ClientRepository,
    NoteRepository,
    SegmentRepository,
    SessionRepository,
)
from tenor_desktop.vault.vault import Vault
from tests.fakes.openai_server import FakeOpenAIServer
from tests.notes.provider_factory import make_client, make_writer

DATA = Path(__file__).parent / "data"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    """A fresh real SQLCipher vault."""
    opened = Vault.create(tmp_path / "vault", "correct horse battery staple 42")
    yield opened
    opened.lock()


def _store_session(vault: Vault, mode: ProcessingMode) -> tuple[str, str]:
    client = ClientRepository(vault).add("Client B", processing_mode=mode, default_template="dap")
    session = SessionRepository(vault).create(client.id, started_at=datetime.now(UTC))
    segments = SegmentRepository(vault)
    text = (DATA / "depression_risk.txt").read_text(encoding="utf-8")
    for index, line in enumerate(parse_transcript_text(text)):
        segments.append(
            session.id,
            start_ms=index * 5000,
            end_ms=index * 5000 + 4000,
            speaker=line.speaker,
            text=line.text,
        )
    return client.id, session.id


def test_offline_note_uses_vault_segment_ids_and_records_risk(vault: Vault) -> None:
    client_id, session_id = _store_session(vault, ProcessingMode.LOCAL_ONLY)
    segment_ids = [s.id for s in SegmentRepository(vault).list(session_id)]
    note = draft_session_note(
        make_writer({}),
        session_id=session_id,
        client=ClientRepository(vault).get(client_id),
        segments=SegmentRepository(vault),
        notes=NoteRepository(vault),
        sessions=SessionRepository(vault),
    )
    assert (note.version, note.template, note.provider) == (1, "dap", "offline")
    cited = {i for section in note.sections for i in section.evidence}
    assert cited and cited <= set(segment_ids)
    assert SessionRepository(vault).get(session_id).risk_flags == ("suicidal_ideation",)
    flag = note.flags[0]
    assert flag.evidence == (segment_ids[2], segment_ids[4])


def test_local_only_session_is_refused_by_a_cloud_provider(
    vault: Vault, openai_fake: FakeOpenAIServer
) -> None:
    openai_fake.state.requests.clear()
    client_id, session_id = _store_session(vault, ProcessingMode.LOCAL_ONLY)
    writer = make_writer({"openai": make_client("openai", openai_fake.base_url)})
    with pytest.raises(ProviderRefused):
        draft_session_note(
            writer,
            session_id=session_id,
            client=ClientRepository(vault).get(client_id),
            segments=SegmentRepository(vault),
            notes=NoteRepository(vault),
            sessions=SessionRepository(vault),
            provider="openai",
        )
    assert openai_fake.state.requests == []
    assert NoteRepository(vault).latest(session_id) is None


def test_empty_session_is_a_clear_error(vault: Vault) -> None:
    client = ClientRepository(vault).add("Client C")
    session = SessionRepository(vault).create(client.id, started_at=datetime.now(UTC))
    with pytest.raises(NoteError, match="no transcript"):
        draft_session_note(
            make_writer({}),
            session_id=session.id,
            client=client,
            segments=SegmentRepository(vault),
            notes=NoteRepository(vault),
            sessions=SessionRepository(vault),
        )
