"""One call into faster-whisper, returning words with absolute times, hallucinations removed.

Whisper invents text where there is no speech ("Thank you.", "Thanks for watching", or a phrase
looping dozens of times), mostly at the end of an utterance. Silero VAD keeps silence away from
the model; ``usable_segment`` drops what still slips through, using Whisper's own scores and the
speaking rate.

Audio copies. What Tenor creates is zeroed: the streaming engine passes views of its
``AudioWindow`` (zeroed as audio is dropped and at ``close``), the partial decoder zeroes its
padded copy and the features after each decode, the VAD zeroes its batch arrays. Copies made
inside faster-whisper 1.2 / CTranslate2 4.x cannot be reached from here and are freed without
being zeroed (the allocator may hand the pages to later allocations; nothing is written to disk):

* ``FeatureExtractor.__call__``: ``waveform.astype(np.float32)`` (always a copy: it tests the
  dtype with ``is not``), ``np.pad`` of the waveform, the reflect-padded STFT input and its
  frames, the complex spectrum (invertible back to audio) and the Mel features;
* ``transcribe(vad_filter=True)`` (whole-file transcription only): the speech chunks
  concatenated into one array;
* ``get_ctranslate2_storage`` / ``StorageView``: the features as handed to CTranslate2, and the
  encoder output (a learned representation of the audio) in CTranslate2's own allocator.
"""

from __future__ import annotations

import copy
import math
import re
from typing import Any

import numpy as np

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


_FRAMES_PER_SECOND = 100
_FULL_FRAMES = 3000  # Whisper's 30 s input
_TRIM_PAD_FRAMES = 100  # one second of padding after the audio


def trimmed_encoder_model(model: Any) -> Any:
    """A shallow copy of a faster-whisper model whose encoder skips most of the padding.

    faster-whisper pads every decode to Whisper's 30 s input; for an utterance of a few seconds
    the encoder then spends most of its time on padding (0.58 s instead of 0.08 s for 3 s of
    speech, measured on a loaded 2-core machine). The copy shares the loaded CTranslate2 model;
    ``decode_words`` sets ``encoder_frames`` for each call so the encoder sees only the audio and
    a second of padding. On a short input Whisper now and then closes a segment early and
    repeats it over the padding; ``decode_words`` notices (a rejected or repeated segment) and
    decodes that audio again with the untrimmed model, kept as ``untrimmed``.
    """
    trimmed = copy.copy(model)
    encode_full = model.encode

    def encode(features: Any) -> Any:
        frames = int(getattr(trimmed, "encoder_frames", 0))
        if not 0 < frames < features.shape[-1]:
            return encode_full(features)
        shortened = np.ascontiguousarray(features[..., :frames])
        try:
            return encode_full(shortened)
        finally:
            shortened.fill(0.0)  # our copy of the Mel features (the encoder output is separate)

    trimmed.encode = encode
    trimmed.encoder_frames = 0
    trimmed.untrimmed = model
    return trimmed


def encoder_frames_for(samples: int) -> int:
    """Encoder frames covering ``samples`` of 16 kHz audio plus padding (even, at most 30 s)."""
    frames = math.ceil(samples / 160) + _TRIM_PAD_FRAMES
    return min(_FULL_FRAMES, frames + frames % 2)


def _transcribe_words(
    model: Any, audio: Pcm, offset_seconds: float, beam_size: int, prompt: str
) -> tuple[list[Word], bool]:
    """Words of the usable segments, and False when a segment was rejected or repeated."""
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
    clean = True
    previous: list[str] = []
    for segment in segments:
        text = _comparable(str(segment.text))
        if usable_segment(segment) and not _repeats(text, previous):
            words.extend(segment_words(segment, offset_seconds))
        else:
            clean = False
        previous = text
    return words, clean


def _comparable(text: str) -> list[str]:
    """Lower-case words without punctuation, for spotting a repeated segment."""
    return re.sub(r"[^\w']+", " ", text.lower()).split()


def _repeats(words: list[str], previous: list[str]) -> bool:
    """True when a segment of 3+ words only repeats a stretch of the segment before it."""
    if len(words) < 3:
        return False
    return any(previous[i : i + len(words)] == words for i in range(len(previous) - len(words) + 1))


def decode_words(
    model: Any, audio: Pcm, *, offset_seconds: float, beam_size: int, prompt: str = ""
) -> list[Word]:
    """Decode ``audio`` (English) and return its words shifted by ``offset_seconds``.

    ``model`` may be a ``trimmed_encoder_model``; its encoder then covers only ``audio``, and a
    suspicious result is decoded again over the full 30 s input.
    """
    if len(audio) == 0:
        return []
    untrimmed = getattr(model, "untrimmed", None)
    if untrimmed is None:
        return _transcribe_words(model, audio, offset_seconds, beam_size, prompt)[0]
    model.encoder_frames = encoder_frames_for(len(audio))
    words, clean = _transcribe_words(model, audio, offset_seconds, beam_size, prompt)
    if not clean:
        words = _transcribe_words(untrimmed, audio, offset_seconds, beam_size, prompt)[0]
    return words
