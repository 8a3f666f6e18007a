"""One call into faster-whisper, returning words with absolute times."""

from __future__ import annotations

from typing import Any

from tenor_desktop.transcription.local_agreement import Word
from tenor_desktop.transcription.protocol import Pcm

# A segment Whisper itself thinks is probably not speech and decoded with low confidence is
# dropped: this is where hallucinated "Thank you." on noise is caught.
_NO_SPEECH_PROBABILITY = 0.6
_LOW_LOGPROB = -1.0


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
        if segment.no_speech_prob > _NO_SPEECH_PROBABILITY and segment.avg_logprob < _LOW_LOGPROB:
            continue
        for word in segment.words or ():
            words.append(
                Word(
                    start=offset_seconds + float(word.start),
                    end=offset_seconds + float(word.end),
                    text=str(word.word),
                    probability=float(word.probability),
                )
            )
    return words
