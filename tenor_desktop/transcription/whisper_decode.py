"""One call into faster-whisper, returning words with absolute times, hallucinations removed.

Whisper invents text where there is no speech ("Thank you.", "Thanks for watching", or a phrase
looping dozens of times), mostly at the end of an utterance. Silero VAD keeps silence away from
the model; ``usable_segment`` drops what still slips through, using Whisper's own scores and the
speaking rate.
"""

from __future__ import annotations

from typing import Any

from tenor_desktop.transcription.local_agreement import Word
from tenor_desktop.transcription.protocol import Pcm

# Measured: hallucinated tail segments score no-speech 0.67-0.75 with avg log-prob -0.88..-1.0,
# while real (synthetic and LibriVox) speech segments score -0.1..-0.3.
_NO_SPEECH_PROBABILITY = 0.6
_LOW_LOGPROB = -0.5
# Whisper's own threshold for a repetitive (looping) decode.
_MAX_COMPRESSION_RATIO = 2.4
# People say 2-4 words a second; a loop crammed into a fraction of a second says 20+.
_MAX_WORDS_PER_SECOND = 8.0


def usable_segment(segment: Any) -> bool:
    """False for a faster-whisper segment that is most likely invented, not heard."""
    if segment.no_speech_prob > _NO_SPEECH_PROBABILITY and segment.avg_logprob < _LOW_LOGPROB:
        return False
    if segment.compression_ratio > _MAX_COMPRESSION_RATIO:
        return False
    words: list[Any] = list(segment.words or [])
    if len(words) >= 3:
        duration = max(0.1, float(words[-1].end) - float(words[0].start))
        if len(words) / duration > _MAX_WORDS_PER_SECOND:
            return False
    return True


def segment_words(segment: Any, offset_seconds: float) -> list[Word]:
    """The words of one faster-whisper segment, shifted to session time."""
    return [
        Word(
            start=offset_seconds + float(word.start),
            end=offset_seconds + float(word.end),
            text=str(word.word),
            probability=float(word.probability),
        )
        for word in segment.words or ()
    ]


def decode_words(
    model: Any, audio: Pcm, *, offset_seconds: float, beam_size: int, prompt: str = ""
) -> list[Word]:
    """Decode ``audio`` (English) and return its words shifted by ``offset_seconds``."""
    if len(audio) == 0:
        return []
    segments, _info = model.transcribe(
        audio,
        language="en",
        beam_size=beam_size,
        word_timestamps=True,
        condition_on_previous_text=False,
        temperature=0.0,
        vad_filter=False,
        initial_prompt=prompt.strip() or None,
    )
    words: list[Word] = []
    for segment in segments:
        if usable_segment(segment):
            words.extend(segment_words(segment, offset_seconds))
    return words
