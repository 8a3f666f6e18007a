"""Clinician edits and new note versions.

Editing keeps the evidence of every statement whose text survives the edit unchanged (line by
line); lines the clinician wrote become statements without evidence that count as supported,
because the clinician is their source. Each save is a new version in the vault (never an
overwrite), through any object with NoteRepository's ``save`` signature.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from tenor_desktop.core.models import Note, NoteSection, NoteStatement, RiskFlag
from tenor_desktop.notes.draft_note import NOT_DISCUSSED, DraftNote, build_section
from tenor_desktop.notes.errors import NoteError


class NoteSaver(Protocol):
    """The part of ``vault.repositories.NoteRepository`` this module needs."""

    def save(
        self,
        session_id: str,
        *,
        template: str,
        provider: str,
        sections: Sequence[NoteSection],
        flags: Sequence[RiskFlag] = (),
        draft: bool = True,
    ) -> Note:
        """Store a new version and return it."""
        ...


def edit_section(
    sections: Sequence[NoteSection], title: str, new_text: str
) -> tuple[NoteSection, ...]:
    """Replace the text of section ``title``; unchanged statements keep their evidence."""
    if title not in {section.title for section in sections}:
        raise NoteError(f"The note has no section called '{title}'.")
    edited: list[NoteSection] = []
    for section in sections:
        if section.title != title:
            edited.append(section)
            continue
        known = {statement.text: statement for statement in section.statements}
        lines = [line.strip() for line in new_text.splitlines() if line.strip()]
        if not lines or lines == [NOT_DISCUSSED]:
            edited.append(build_section(title, []))
            continue
        statements = [known.get(line) or NoteStatement(line, (), True) for line in lines]
        edited.append(build_section(title, statements))
    return tuple(edited)


def save_version(
    notes: NoteSaver, session_id: str, draft: DraftNote, *, final: bool = False
) -> Note:
    """Store ``draft`` as the session's next note version (``final`` once the clinician signs)."""
    return notes.save(
        session_id,
        template=draft.template,
        provider=draft.provider,
        sections=draft.sections,
        flags=draft.flags,
        draft=not final,
    )
