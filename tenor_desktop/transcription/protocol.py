"""The streaming transcriber contract every engine implements.

Audio is 16 kHz mono float32 in [-1, 1]. Sample positions are absolute from the start of the
session (sample 0 = first captured sample), so the ring buffer, the engine and the recording
service agree on what has been acknowledged and may be zeroed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import numpy as np
import numpy.typing as npt

SAMPLE_RATE = 16_000

Pcm = npt.NDArray[np.float32]


class EventKind(StrEnum):
    """Partial text may still change; final text is committed and will not.

    SPEAKER is a later speaker label for a FINAL event already returned: it names that segment
    by the same ``start_ms``/``end_ms`` and carries no text. Engines that label speakers off
    the transcription path (``speaker_labeller``) emit a FINAL with a provisional speaker at
    once and a SPEAKER event when the voice has been placed (or relabelled at ``finish``).
    """

    PARTIAL = "partial"
    FINAL = "final"
    SPEAKER = "speaker"


@dataclass(frozen=True)
class TranscriptEvent:
    """A piece of transcript for the span [start_ms, end_ms) of session time."""

    kind: EventKind
    start_ms: int
    end_ms: int
    text: str
    speaker: str = "Speaker 1"
    confidence: float | None = None


class Transcriber(Protocol):
    """A streaming speech-to-text engine.

    Threading: one worker thread calls every method; implementations need not be thread-safe.
    """

    @property
    def name(self) -> str:
        """Engine id for records and logs (``offline`` or ``deepgram``)."""
        ...

    def feed(self, pcm: Pcm, start_sample: int) -> None:
        """Hand over audio starting at absolute sample ``start_sample``, contiguous with before.

        The caller reuses and zeroes ``pcm`` after the call: keep a copy of what is needed.
        """
        ...

    def poll(self) -> list[TranscriptEvent]:
        """Return events produced since the last call, without blocking for long."""
        ...

    def acknowledged_sample(self) -> int:
        """Samples before this absolute position are final (or silence) and may be zeroed."""
        ...

    def finish(self) -> list[TranscriptEvent]:
        """Flush: commit everything fed so far and return the remaining events.

        The engine stays usable: audio fed afterwards continues the same session, with the
        same speaker labels (the recording worker relies on this for forced commits).
        """
        ...

    def close(self) -> None:
        """Release resources. Safe to call twice."""
        ...
