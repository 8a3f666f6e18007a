"""What the recording service needs from the vault and the microphone (structural types)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol, runtime_checkable

from tenor_desktop.core.models import RedactionMark, Segment, Session, SessionStatus


class SessionStore(Protocol):
    """The part of the vault's SessionRepository the recorder needs."""

    def create(
        self, client_id: str, *, started_at: datetime, consent_at: datetime | None = None
    ) -> Session:
        """Create a session in status ``recording``."""
        ...

    def set_status(
        self,
        session_id: str,
        status: SessionStatus,
        *,
        ended_at: datetime | None = None,
        duration_ms: int | None = None,
    ) -> None:
        """Move the session to ``status``."""
        ...


class SegmentStore(Protocol):
    """The part of the vault's SegmentRepository the recorder needs."""

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
        """Store and commit one final segment."""
        ...


@runtime_checkable
class SpeakerUpdates(Protocol):
    """A SegmentStore that can also change a stored segment's speaker (the vault's can)."""

    def update_speaker(self, segment_id: int, speaker: str) -> None:
        """Replace the speaker label of one stored segment."""
        ...


@runtime_checkable
class TextRevisions(Protocol):
    """A SegmentStore that can replace a stored segment's text and leave no trace of the old."""

    def update_text(
        self, segment_id: int, text: str, redactions: Sequence[RedactionMark] = ()
    ) -> None:
        """Replace one stored segment's text and label-only marks."""
        ...

    def scrub(self) -> bool:
        """Push replaced text out of every file (the WAL); False when a reader blocked it."""
        ...


@runtime_checkable
class RevisingRedaction(Protocol):
    """A redaction hook that may revise the segment it redacted before the last one."""

    def take_revision(self) -> tuple[str, Sequence[RedactionMark]] | None:
        """The previous segment's new stored form (text, marks), once, or None."""
        ...


class AudioSource(Protocol):
    """A microphone (or test source) writing 16 kHz mono into the session ring."""

    def start(self) -> None:
        """Begin delivering audio."""
        ...

    def pause(self) -> None:
        """Stop delivering audio for now."""
        ...

    def resume(self) -> None:
        """Continue after pause."""
        ...

    def stop(self) -> None:
        """Deliver what is pending, then stop for good."""
        ...
