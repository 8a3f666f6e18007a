"""Tuning of the offline engine's streaming policy (see ``offline_transcriber``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tenor_desktop.transcription.vad import VadSettings


@dataclass(frozen=True)
class StreamingSettings:
    """Tuning of the streaming policy."""

    partial_seconds: float = 0.5
    first_partial_seconds: float = 0.5
    # Partial decodes may use at most this share of real time (a loaded CPU spaces them out).
    partial_cpu_share: float = 0.4
    agreement_after_seconds: float = 6.0
    step_seconds: float = 1.5
    max_window_seconds: float = 20.0
    preroll_ms: int = 300
    tail_pad_ms: int = 250
    streaming_beam: int = 1
    final_beam: int = 5
    # Word-timestamped decodes encode only the utterance (plus 1 s), not 30 s of padding.
    trim_encoder: bool = True
    # Earlier text as Whisper's prompt: off by default, because on tiny.en it made end-of-
    # utterance hallucinations ("Thank you for watching") more likely without improving WER.
    prompt_chars: int = 0
    vad: VadSettings = field(default_factory=VadSettings)


# Quiet VAD windows (32 ms each) after which no partial decode is started: the utterance is
# probably ending, and its final pass must not queue behind a partial.
QUIET_WINDOWS_NO_PARTIAL = 3
