"""Transcript segments as stored: redacted text plus label-only redaction marks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.core.ids import new_segment_id
from tenor_desktop.core.models import RedactionMark, Segment
from tenor_desktop.vault.errors import NotFound
from tenor_desktop.vault.repositories._codec import check_id, dump, load
from tenor_desktop.vault.repositories.audit import AuditLog
from tenor_desktop.vault.vault import Vault

_SELECT = (
    "SELECT id, session_id, seq, start_ms, end_ms, speaker, text, confidence, redactions"
    " FROM segments"
)
MAX_SPEAKER_LENGTH = 80


class SegmentRepository:
    """Append and read final transcript segments; each append commits on its own."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._audit = AuditLog(vault)

    def append(
        self,
        session_id: str,
        *,
        start_ms: int,
        end_ms: int,
        speaker: str,
        text: str,
        confidence: float | None = None,
        redactions: Sequence[RedactionMark] = (),
    ) -> Segment:
        """Store one segment at the end of the session's transcript and commit it."""
        if start_ms < 0 or end_ms < start_ms:
            raise ValidationError("A segment must have 0 <= start_ms <= end_ms.")
        if not speaker or len(speaker) > MAX_SPEAKER_LENGTH:
            raise ValidationError(f"A speaker label must be 1 to {MAX_SPEAKER_LENGTH} characters.")
        marks = _check_marks(text, redactions)
        with self._vault.transaction() as connection:
            if not connection.execute(
                "SELECT 1 FROM sessions WHERE id = ?", (session_id,)
            ).fetchone():
                raise NotFound(f"No session with id {check_id(session_id, 'session')}.")
            seq = connection.execute(
                "SELECT coalesce(max(seq), -1) + 1 FROM segments WHERE session_id = ?",
                (session_id,),
            ).fetchone()[0]
            # Ids are unique across devices (note evidence refers to them after sync) and
            # still grow within this vault even if another device's clock ran ahead.
            cursor = connection.execute(
                "INSERT INTO segments(id, session_id, seq, start_ms, end_ms, speaker, text,"
                " confidence, redactions) VALUES"
                " (max(?, coalesce((SELECT max(id) FROM segments), 0) + 1),"
                " ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new_segment_id(),
                    session_id,
                    seq,
                    start_ms,
                    end_ms,
                    speaker,
                    text,
                    confidence,
                    dump(marks),
                ),
            )
            segment_id = int(cursor.lastrowid)
        return Segment(
            id=segment_id,
            session_id=session_id,
            seq=int(seq),
            start_ms=start_ms,
            end_ms=end_ms,
            speaker=speaker,
            text=text,
            confidence=confidence,
            redactions=tuple(redactions),
        )

    def list(self, session_id: str) -> list[Segment]:
        """The session's segments in order (empty after the transcript was deleted)."""
        rows = self._vault.read(_SELECT + " WHERE session_id = ? ORDER BY seq", (session_id,))
        return [_segment(row) for row in rows]

    def get(self, segment_id: int) -> Segment:
        """One segment by id; raise NotFound."""
        rows = self._vault.read(_SELECT + " WHERE id = ?", (segment_id,))
        if not rows:
            raise NotFound(f"No segment with id {int(segment_id)}.")
        return _segment(rows[0])

    def update_text(
        self, segment_id: int, text: str, redactions: Sequence[RedactionMark] = ()
    ) -> None:
        """Replace a segment's stored text: a clinician's correction, a live sentence redacted late.

        The old row cell is zeroed (``secure_delete``) and its index terms leave the client's
        search index entry by entry (FTS5 ``secure-delete``); :meth:`scrub` then pushes the old
        page images out of the WAL.
        """
        marks = _check_marks(text, redactions)
        with self._vault.transaction() as connection:
            cursor = connection.execute(
                "UPDATE segments SET text = ?, redactions = ? WHERE id = ?",
                (text, dump(marks), segment_id),
            )
            if cursor.rowcount == 0:
                raise NotFound(f"No segment with id {int(segment_id)}.")
            self._audit.record_in(connection, "update", "segment", str(int(segment_id)))

    def scrub(self) -> bool:
        """Checkpoint and truncate the WAL; False when another reader kept it from finishing."""
        return self._vault.checkpoint()

    def update_speaker(self, segment_id: int, speaker: str) -> None:
        """Replace a segment's speaker label (placed after the segment was stored)."""
        if not speaker or len(speaker) > MAX_SPEAKER_LENGTH:
            raise ValidationError(f"A speaker label must be 1 to {MAX_SPEAKER_LENGTH} characters.")
        with self._vault.transaction() as connection:
            cursor = connection.execute(
                "UPDATE segments SET speaker = ? WHERE id = ?", (speaker, segment_id)
            )
            if cursor.rowcount == 0:
                raise NotFound(f"No segment with id {int(segment_id)}.")


def _check_marks(text: str, redactions: Sequence[RedactionMark]) -> list[dict[str, Any]]:
    if not isinstance(text, str):
        raise ValidationError("Segment text must be a string.")
    marks = []
    for mark in redactions:
        if not 0 <= mark.start <= mark.end <= len(text) or not mark.label:
            raise ValidationError("A redaction mark must lie inside the stored text.")
        marks.append({"start": mark.start, "end": mark.end, "label": mark.label})
    return marks


def _segment(row: Any) -> Segment:
    return Segment(
        id=int(row[0]),
        session_id=row[1],
        seq=int(row[2]),
        start_ms=int(row[3]),
        end_ms=int(row[4]),
        speaker=row[5],
        text=row[6],
        confidence=None if row[7] is None else float(row[7]),
        redactions=tuple(
            RedactionMark(start=int(m["start"]), end=int(m["end"]), label=str(m["label"]))
            for m in load(row[8])
        ),
    )
