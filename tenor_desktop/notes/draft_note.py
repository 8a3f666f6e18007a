"""The drafted note as providers return it, before the vault gives it an id and a version."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tenor_desktop.core.models import Note, NoteSection, NoteStatement, RiskFlag

NOT_DISCUSSED = "Not discussed in session."


def build_section(title: str, statements: Sequence[NoteStatement]) -> NoteSection:
    """A section whose text joins its statements and whose evidence is their union."""
    if not statements:
        return NoteSection(title=title, text=NOT_DISCUSSED)
    evidence = sorted({segment_id for item in statements for segment_id in item.evidence})
    text = "\n".join(item.text for item in statements)
    return NoteSection(title, text, tuple(evidence), tuple(statements))


@dataclass(frozen=True)
class DraftNote:
    """Sections with per-statement evidence plus the transcript's risk flags."""

    template: str
    provider: str
    sections: tuple[NoteSection, ...]
    flags: tuple[RiskFlag, ...] = ()
    draft: bool = True

    @classmethod
    def from_note(cls, note: Note) -> DraftNote:
        """The draft view of a stored note version."""
        return cls(note.template, note.provider, note.sections, note.flags, note.draft)

    @property
    def statements(self) -> list[NoteStatement]:
        """Every statement of every section, in order."""
        return [item for section in self.sections for item in section.statements]

    def evidence_share(self) -> float:
        """Share of statements that cite at least one segment (1.0 when there are none)."""
        statements = self.statements
        if not statements:
            return 1.0
        return sum(1 for item in statements if item.evidence) / len(statements)

    def unsupported(self) -> list[NoteStatement]:
        """Statements the UI must mark "unsupported"."""
        return [item for item in self.statements if not item.supported]

    def to_json_dict(self) -> dict[str, Any]:
        """The ``tenor note --json`` shape (plus per-statement detail under ``statements``)."""
        return {
            "template": self.template,
            "provider": self.provider,
            "sections": [
                {
                    "title": section.title,
                    "text": section.text,
                    "evidence": list(section.evidence),
                    "statements": [
                        {
                            "text": item.text,
                            "evidence": list(item.evidence),
                            "supported": item.supported,
                        }
                        for item in section.statements
                    ],
                }
                for section in self.sections
            ],
            "flags": [{"kind": flag.kind, "evidence": list(flag.evidence)} for flag in self.flags],
            "draft": self.draft,
        }
