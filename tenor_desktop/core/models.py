"""Domain records shared by every layer. Plain frozen dataclasses, no behaviour beyond parsing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from tenor_desktop.core.errors import ValidationError


class ProcessingMode(StrEnum):
    """Where a client's data may be processed."""

    LOCAL_ONLY = "local_only"
    CLOUD_ALLOWED = "cloud_allowed"


class SessionStatus(StrEnum):
    """Life cycle of a session."""

    RECORDING = "recording"
    PAUSED = "paused"
    PROCESSING = "processing"
    READY = "ready"
    FAILED = "failed"
    ABORTED = "aborted"


NOTE_TEMPLATES = ("soap", "dap", "birp", "girp", "summary")
_TEMPLATE_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,39}$")


def check_template_key(key: str) -> str:
    """A built-in template or a clinician's own (an identifier-like key); else ValidationError.

    Whether a custom template exists is the note writer's question; stores only need the key
    to be well formed.
    """
    if key in NOTE_TEMPLATES or _TEMPLATE_KEY.match(key):
        return key
    raise ValidationError(
        f"Unknown note template; use one of {', '.join(NOTE_TEMPLATES)} or a custom template key."
    )


_AFTER_DAYS = re.compile(r"^after_days:([1-9][0-9]{0,4})$")


@dataclass(frozen=True)
class RetentionPolicy:
    """Automatic transcript deletion: ``never``, ``after_note`` or ``after_days:N``."""

    kind: str = "never"
    days: int | None = None

    @classmethod
    def parse(cls, text: str) -> RetentionPolicy:
        """Parse the stored/CLI form; raise ValidationError on anything else."""
        if text in ("never", "after_note"):
            return cls(kind=text)
        match = _AFTER_DAYS.match(text)
        if match:
            return cls(kind="after_days", days=int(match.group(1)))
        raise ValidationError(
            "Automatic deletion must be 'never', 'after_note' or 'after_days:N'"
            " (N from 1 to 99999)."
        )

    def __str__(self) -> str:
        return f"after_days:{self.days}" if self.kind == "after_days" else self.kind


@dataclass(frozen=True)
class Client:
    """A client, known only by a pseudonym."""

    id: str
    pseudonym: str
    processing_mode: ProcessingMode = ProcessingMode.LOCAL_ONLY
    retention: RetentionPolicy = field(default_factory=RetentionPolicy)
    default_template: str = "soap"
    created_at: datetime | None = None


@dataclass(frozen=True)
class Session:
    """One recorded or imported session."""

    id: str
    client_id: str
    started_at: datetime
    ended_at: datetime | None = None
    duration_ms: int = 0
    status: SessionStatus = SessionStatus.RECORDING
    consent_at: datetime | None = None
    risk_flags: tuple[str, ...] = ()
    transcript_deleted_at: datetime | None = None


@dataclass(frozen=True)
class RedactionMark:
    """Label-only record of a redaction inside the *stored* text; never the original."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Segment:
    """A final transcript segment as stored (redacted when redaction is on)."""

    id: int
    session_id: str
    seq: int
    start_ms: int
    end_ms: int
    speaker: str
    text: str
    confidence: float | None = None
    redactions: tuple[RedactionMark, ...] = ()


@dataclass(frozen=True)
class NoteStatement:
    """One statement of a note section, the segment ids it rests on, and whether they support it."""

    text: str
    evidence: tuple[int, ...] = ()
    supported: bool = True


@dataclass(frozen=True)
class NoteSection:
    """A section of a note and the segment ids each statement rests on.

    ``text`` and ``evidence`` summarise the section (the union of its statements' evidence);
    ``statements`` keeps the per-statement links (empty for a section typed by the clinician).
    """

    title: str
    text: str
    evidence: tuple[int, ...] = ()
    statements: tuple[NoteStatement, ...] = ()


@dataclass(frozen=True)
class RiskFlag:
    """A risk detected in the transcript, independent of the note provider."""

    kind: str
    evidence: tuple[int, ...] = ()


@dataclass(frozen=True)
class Note:
    """One version of a session's note."""

    id: str
    session_id: str
    version: int
    template: str
    provider: str
    sections: tuple[NoteSection, ...]
    flags: tuple[RiskFlag, ...] = ()
    draft: bool = True
    created_at: datetime | None = None
