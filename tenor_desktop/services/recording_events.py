"""What the recording service tells the UI, and the errors it raises.

Events arrive on worker threads (capture consumer, transcription worker); the UI adapter turns
them into queued Qt signals. Capture events (levels, silence, device lost, ...) are forwarded
unchanged. No event or error message carries audio; only :class:`PartialText` carries text,
because the clinician sees it live, and it is never logged.
"""

from __future__ import annotations

from dataclasses import dataclass

from tenor_desktop.audio.capture_events import CaptureEvent
from tenor_desktop.core.errors import TenorError
from tenor_desktop.core.models import Segment, SessionStatus


class RecordingError(TenorError):
    """A recording could not be started, stopped or continued."""


class AudioNotClearedError(RecordingError):
    """The session audio buffer was not all zeros after stop/abort."""


@dataclass(frozen=True)
class StatusChanged:
    """The session moved to a new status."""

    session_id: str
    status: SessionStatus


@dataclass(frozen=True)
class PartialText:
    """Provisional words for the live view; may still change, never stored."""

    session_id: str
    start_ms: int
    end_ms: int
    speaker: str
    text: str


@dataclass(frozen=True)
class SegmentStored:
    """A final segment was committed to the vault (already redacted if redaction is on)."""

    segment: Segment


@dataclass(frozen=True)
class SpeakerRelabelled:
    """A stored segment got a different speaker label (placed late, or relabelled at stop)."""

    segment: Segment


@dataclass(frozen=True)
class SegmentRevised:
    """A stored segment's text changed: the next segment showed its last sentence was a topic."""

    segment: Segment


@dataclass(frozen=True)
class EngineCommitForced:
    """The buffer was filling up, so the engine was told to commit everything it had."""

    session_id: str
    fill_ratio: float


@dataclass(frozen=True)
class TranscriptionFailed:
    """The transcriber raised; the audio stays in RAM until stop/abort wipes it."""

    session_id: str
    error_kind: str


@dataclass(frozen=True)
class AudioNotPinned:
    """The session ring could not be locked in RAM (it may be swapped); audio is still zeroed."""

    session_id: str
    reason: str


@dataclass(frozen=True)
class StopResult:
    """Outcome of :meth:`RecordingService.stop`."""

    session_id: str
    segment_count: int
    text: str
    duration_ms: int
    audio_cleared: bool


RecordingEvent = (
    StatusChanged
    | PartialText
    | SegmentStored
    | SpeakerRelabelled
    | SegmentRevised
    | EngineCommitForced
    | TranscriptionFailed
    | AudioNotPinned
    | CaptureEvent
)
