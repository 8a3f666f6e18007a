"""Invented text is recognised from Whisper's own scores and an impossible speaking rate."""

from __future__ import annotations

from types import SimpleNamespace

from tenor_desktop.transcription.whisper_decode import (
    _comparable,
    _repeats,
    segment_words,
    usable_segment,
)


def segment(
    words: list[tuple[float, float, str]],
    *,
    no_speech: float = 0.05,
    logprob: float = -0.2,
    compression: float = 1.1,
) -> SimpleNamespace:
    """A segment shaped like faster-whisper's (only the fields the filter reads)."""
    return SimpleNamespace(
        no_speech_prob=no_speech,
        avg_logprob=logprob,
        compression_ratio=compression,
        words=[SimpleNamespace(start=a, end=b, word=w, probability=0.9) for a, b, w in words],
    )


SPEECH = [(0.0, 0.3, " I've"), (0.3, 0.6, " been"), (0.6, 1.0, " sleeping")]


def test_real_speech_is_kept_and_shifted() -> None:
    kept = segment(SPEECH)
    assert usable_segment(kept)
    words = segment_words(kept, offset_seconds=10.0)
    assert [(w.start, w.text) for w in words] == [
        (10.0, " I've"),
        (10.3, " been"),
        (10.6, " sleeping"),
    ]


def test_thank_you_over_silence_is_dropped() -> None:
    assert not usable_segment(
        segment([(4.2, 4.4, " Thank"), (4.4, 4.6, " you.")], no_speech=0.67, logprob=-0.88)
    )
    # High no-speech alone is not enough: quiet real speech can score that way.
    assert usable_segment(segment(SPEECH, no_speech=0.7, logprob=-0.2))


def test_loops_are_dropped() -> None:
    assert not usable_segment(segment(SPEECH, compression=3.1))
    crammed = [(5.0 + i * 0.01, 5.01 + i * 0.01, " see") for i in range(30)]
    assert not usable_segment(segment(crammed, compression=1.5))


def test_a_segment_that_only_repeats_the_one_before_is_spotted() -> None:
    # Seen with the trimmed encoder input: Whisper closed a sentence early and said it again.
    said = _comparable(" It sounds like you're carrying a lot.")
    assert _repeats(_comparable("it sounds like you're carrying a lot"), said)
    assert _repeats(_comparable(" carrying a lot"), said)
    # Short answers and new words are not repeats.
    assert not _repeats(_comparable(" A lot."), said)
    assert not _repeats(_comparable(" You're carrying so much."), said)
