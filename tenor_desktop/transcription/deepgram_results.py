"""Turn Deepgram ``Results`` messages into transcript events on the session clock.

Deepgram times are seconds from the start of one websocket stream; ``origin_sample`` is the
absolute session sample that stream began with (it changes after a reconnect, because the
new stream starts with the replayed, unacknowledged audio).
"""

from __future__ import annotations

from typing import Any

from tenor_desktop.transcription.protocol import SAMPLE_RATE, EventKind, TranscriptEvent


def speaker_label(index: int | None) -> str:
    """Deepgram's 0-based diarization index as the label the app shows ("Speaker 1", ...)."""
    return f"Speaker {(index or 0) + 1}"


def stream_end_sample(results: Any, origin_sample: int) -> int:
    """Absolute sample where a (final) result's audio window ends."""
    end_seconds = float(results.start) + float(results.duration)
    return origin_sample + round(end_seconds * SAMPLE_RATE)


def _ms(seconds: float, origin_sample: int) -> int:
    return origin_sample * 1000 // SAMPLE_RATE + round(seconds * 1000)


def results_to_events(results: Any, origin_sample: int) -> list[TranscriptEvent]:
    """Events for one ``Results`` message: finals split into runs of one speaker each.

    Args:
        results: an SDK ``ListenV1Results`` (attribute access; unknown fields ignored).
        origin_sample: absolute session sample of the stream's time zero.
    """
    alternatives = results.channel.alternatives
    if not alternatives:
        return []
    best = alternatives[0]
    text = (best.transcript or "").strip()
    if not text:
        return []
    kind = EventKind.FINAL if results.is_final else EventKind.PARTIAL
    words = list(best.words or [])
    if not words:
        start = float(results.start)
        return [
            TranscriptEvent(
                kind=kind,
                start_ms=_ms(start, origin_sample),
                end_ms=_ms(start + float(results.duration), origin_sample),
                text=text,
                confidence=float(best.confidence),
            )
        ]
    if kind is EventKind.PARTIAL:
        # Interim speaker guesses are unstable; one partial per message is what the UI needs.
        return [_event(kind, words, origin_sample)]
    runs: list[list[Any]] = [[words[0]]]
    for word in words[1:]:
        if word.speaker == runs[-1][-1].speaker:
            runs[-1].append(word)
        else:
            runs.append([word])
    return [_event(kind, run, origin_sample) for run in runs]


def _event(kind: EventKind, words: list[Any], origin_sample: int) -> TranscriptEvent:
    text = " ".join((word.punctuated_word or word.word) for word in words)
    confidence = sum(float(word.confidence) for word in words) / len(words)
    return TranscriptEvent(
        kind=kind,
        start_ms=_ms(float(words[0].start), origin_sample),
        end_ms=_ms(float(words[-1].end), origin_sample),
        text=text,
        speaker=speaker_label(words[0].speaker),
        confidence=round(confidence, 4),
    )
