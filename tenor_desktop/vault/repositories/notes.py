"""Notes: every save is a new version; sections carry evidence links to segment ids."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.core.ids import new_id
from tenor_desktop.core.models import (
    Note,
    NoteSection,
    NoteStatement,
    RiskFlag,
    check_template_key,
)
from tenor_desktop.vault.errors import NotFound
from tenor_desktop.vault.repositories._codec import check_id, dump, from_text, load, to_text
from tenor_desktop.vault.repositories.audit import AuditLog
from tenor_desktop.vault.vault import Vault

_SELECT = (
    "SELECT id, session_id, version, template, provider, sections, flags, draft, created_at"
    " FROM notes"
)


class NoteRepository:
    """Save note versions and read the latest or all of them."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._audit = AuditLog(vault)

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
        """Store a new version of the session's note and return it."""
        check_template_key(template)
        if not provider or len(provider) > 40:
            raise ValidationError("A note provider name must be 1 to 40 characters.")
        sections_json = [
            {
                "title": s.title,
                "text": s.text,
                "evidence": [int(e) for e in s.evidence],
                "statements": [
                    {
                        "text": t.text,
                        "evidence": [int(e) for e in t.evidence],
                        "supported": t.supported,
                    }
                    for t in s.statements
                ],
            }
            for s in sections
        ]
        flags_json = [{"kind": f.kind, "evidence": [int(e) for e in f.evidence]} for f in flags]
        note_id = new_id("nt")
        now = to_text(self._vault.clock.now())
        with self._vault.transaction() as connection:
            if not connection.execute(
                "SELECT 1 FROM sessions WHERE id = ?", (session_id,)
            ).fetchone():
                raise NotFound(f"No session with id {check_id(session_id, 'session')}.")
            version = connection.execute(
                "SELECT coalesce(max(version), 0) + 1 FROM notes WHERE session_id = ?",
                (session_id,),
            ).fetchone()[0]
            connection.execute(
                "INSERT INTO notes(id, session_id, version, template, provider, sections, flags,"
                " draft, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    note_id,
                    session_id,
                    version,
                    template,
                    provider,
                    dump(sections_json),
                    dump(flags_json),
                    1 if draft else 0,
                    now,
                ),
            )
            self._audit.record_in(connection, "save", "note", note_id)
        return self.get(note_id)

    def get(self, note_id: str) -> Note:
        """One note version by id; raise NotFound."""
        rows = self._vault.read(_SELECT + " WHERE id = ?", (note_id,))
        if not rows:
            raise NotFound(f"No note with id {check_id(note_id, 'note')}.")
        return _note(rows[0])

    def latest(self, session_id: str) -> Note | None:
        """The highest version, or None when the session has no note."""
        rows = self._vault.read(
            _SELECT + " WHERE session_id = ? ORDER BY version DESC LIMIT 1",
            (session_id,),
        )
        return _note(rows[0]) if rows else None

    def versions(self, session_id: str) -> list[Note]:
        """Every version, oldest first."""
        rows = self._vault.read(_SELECT + " WHERE session_id = ? ORDER BY version", (session_id,))
        return [_note(row) for row in rows]


def _note(row: Any) -> Note:
    return Note(
        id=row[0],
        session_id=row[1],
        version=int(row[2]),
        template=row[3],
        provider=row[4],
        sections=tuple(
            NoteSection(
                title=s["title"],
                text=s["text"],
                evidence=tuple(s["evidence"]),
                statements=tuple(
                    NoteStatement(t["text"], tuple(t["evidence"]), bool(t["supported"]))
                    for t in s.get("statements", ())
                ),
            )
            for s in load(row[5])
        ),
        flags=tuple(RiskFlag(kind=f["kind"], evidence=tuple(f["evidence"])) for f in load(row[6])),
        draft=bool(row[7]),
        created_at=from_text(row[8]),
    )
