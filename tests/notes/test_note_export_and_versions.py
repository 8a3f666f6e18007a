"""Copy for EHR, PDF export, clinician edits and versioned saves in a real vault."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tenor_desktop.core.models import NoteSection, NoteStatement, RiskFlag
from tenor_desktop.notes.draft_note import NOT_DISCUSSED, DraftNote
from tenor_desktop.notes.errors import NoteError
from tenor_desktop.notes.note_editing import edit_section, save_version
from tenor_desktop.notes.note_export import to_ehr_text, to_pdf
from tenor_desktop.notes.offline_drafter import OfflineDrafter
from tenor_desktop.notes.templates import TemplateLibrary
from tenor_desktop.notes.transcript import TranscriptLine
from tenor_desktop.vault.repositories import ClientRepository, NoteRepository, SessionRepository
from tenor_desktop.vault.vault import Vault
from tests.notes.pdf_reader import page_texts


def _draft(lines: list[TranscriptLine]) -> DraftNote:
    return OfflineDrafter().draft(TemplateLibrary().get("soap"), lines)


def test_ehr_text_is_clean_plain_text(anxiety_lines: list[TranscriptLine]) -> None:
    note = _draft(anxiety_lines)
    text = to_ehr_text(note.sections, heading="Session 2026-11-20")
    assert text.startswith("Session 2026-11-20\n\nSUBJECTIVE\nClient reported:")
    assert "\n\nOBJECTIVE\n" in text and "\n\nPLAN\n" in text
    assert "segment" not in text.lower() and "[1]" not in text and "(1,)" not in text
    assert "  " not in text and text.endswith("\n") and not text.endswith("\n\n")


def test_ehr_text_flags_only_on_request() -> None:
    sections = [NoteSection("Data", "Client reported feeling low.", (1,))]
    flags = [RiskFlag("suicidal_ideation", (1,))]
    assert "RISK" not in to_ehr_text(sections, flags=flags)
    assert "RISK FLAGS (review)\nSuicidal ideation" in to_ehr_text(
        sections, flags=flags, include_flags=True
    )


def test_pdf_holds_every_section_and_paginates(anxiety_lines: list[TranscriptLine]) -> None:
    note = _draft(anxiety_lines)
    pages = page_texts(to_pdf(note.sections, heading="Progress note (draft)"))
    whole = "\n".join(pages)
    assert pages[0].startswith("Progress note (draft)")
    for section in note.sections:
        assert section.title in whole
    assert "two panic attacks" in whole
    long_sections = [NoteSection(f"Part {n}", "word " * 400) for n in range(6)]
    assert len(page_texts(to_pdf(long_sections))) >= 3


def test_pdf_escapes_and_replaces_what_it_cannot_encode() -> None:
    pages = page_texts(to_pdf([NoteSection("Plan", r"Use (a) back\slash — café 🙂")]))
    assert "Use (a) back\\slash — café ?" in pages[0]


def test_edit_keeps_evidence_of_untouched_statements(
    anxiety_lines: list[TranscriptLine],
) -> None:
    note = _draft(anxiety_lines)
    subjective = note.sections[0]
    kept = subjective.statements[0]
    new_text = f"{kept.text}\nClinician adds: client arrived on time."
    sections = edit_section(note.sections, "Subjective", new_text)
    edited = sections[0]
    assert edited.statements == (
        kept,
        NoteStatement("Clinician adds: client arrived on time.", (), True),
    )
    assert edited.evidence == kept.evidence
    assert sections[1:] == note.sections[1:]
    cleared = edit_section(sections, "Objective", "  ")
    assert cleared[1].text == NOT_DISCUSSED and cleared[1].evidence == ()
    with pytest.raises(NoteError):
        edit_section(sections, "Mental status", "x")


def test_each_save_is_a_new_version_in_the_vault(
    tmp_path: Path, anxiety_lines: list[TranscriptLine]
) -> None:
    vault = Vault.create(tmp_path / "vault", "correct horse battery staple 42")
    try:
        client = ClientRepository(vault).add("Client A")
        session = SessionRepository(vault).create(client.id, started_at=datetime.now(UTC))
        notes = NoteRepository(vault)
        draft = _draft(anxiety_lines)
        first = save_version(notes, session.id, draft)
        edited = DraftNote(
            draft.template,
            draft.provider,
            edit_section(draft.sections, "Plan", "Next session in one week."),
            draft.flags,
        )
        second = save_version(notes, session.id, edited, final=True)
        assert (first.version, second.version) == (1, 2)
        assert first.draft and not second.draft
        versions = notes.versions(session.id)
        assert [n.version for n in versions] == [1, 2]
        latest = notes.latest(session.id)
        assert latest is not None and latest.sections[3].text == "Next session in one week."
        assert versions[0].sections[0].evidence == draft.sections[0].evidence
    finally:
        vault.lock()
