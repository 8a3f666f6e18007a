"""Drafting a stored session's note: transcript from the vault in, a new note version out.

The vault is reached only through the small protocols below (notes may not import vault), so the
services layer passes the real repositories and tests can pass them too. The session's risk
flags are written alongside each version, whichever provider drafted it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from tenor_desktop.core.models import Client, Note, Segment
from tenor_desktop.notes.errors import NoteError
from tenor_desktop.notes.note_editing import NoteSaver, save_version
from tenor_desktop.notes.note_writer import NoteWriter
from tenor_desktop.notes.offline_drafter import OFFLINE_PROVIDER
from tenor_desktop.notes.providers.base import DeltaCallback
from tenor_desktop.notes.transcript import lines_from_segments


class SegmentSource(Protocol):
    """``SegmentRepository.list``."""

    def list(self, session_id: str) -> list[Segment]:
        """The session's stored segments in order."""
        ...


class RiskFlagSink(Protocol):
    """``SessionRepository.set_risk_flags``."""

    def set_risk_flags(self, session_id: str, kinds: Sequence[str]) -> None:
        """Record the risk kinds found in the session."""
        ...


def draft_session_note(
    writer: NoteWriter,
    *,
    session_id: str,
    client: Client,
    segments: SegmentSource,
    notes: NoteSaver,
    sessions: RiskFlagSink,
    provider: str = OFFLINE_PROVIDER,
    template: str | None = None,
    on_delta: DeltaCallback | None = None,
) -> Note:
    """Draft with ``provider`` under the client's processing mode and save a new version.

    Evidence ids are the vault's ``Segment.id`` values. Raises NoteError on provider failure
    (nothing is saved then; the transcript is untouched).
    """
    stored = segments.list(session_id)
    if not stored:
        raise NoteError("This session has no transcript to draft a note from.")
    lines = lines_from_segments(stored)
    draft = writer.write(
        lines,
        template=template or client.default_template,
        provider=provider,
        processing_mode=client.processing_mode,
        on_delta=on_delta,
    )
    note = save_version(notes, session_id, draft)
    sessions.set_risk_flags(session_id, [flag.kind for flag in draft.flags])
    return note
