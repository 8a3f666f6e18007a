"""Cheap text-only decodes for partial (still changing) text while someone is speaking.

faster-whisper always pads audio to Whisper's 30 s input, so each call pays for encoding 30 s
even when the utterance so far is one second long. Partial text is shown for a moment and then
replaced, so it is decoded here more cheaply, straight through CTranslate2:

* the log-Mel features cover only the audio held plus a second of padding, so the encoder runs
  on a fraction of the 30 s frame (measured: 0.08 s instead of 0.58 s for 3 s of speech on a
  loaded 2-core machine);
* greedy search, no timestamps, no word alignment.

Final text never comes from here: it is decoded by faster-whisper over the full 30 s frame with
word timestamps (``whisper_decode.decode_words``).

Privacy: the padded copy of the audio built here is zeroed after use, and so are the features.
faster-whisper's feature extractor still makes internal copies (float32 cast, padding, STFT
frames) that are freed without being zeroed; see ``whisper_decode`` for the full list.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Any

import numpy as np

from tenor_desktop.transcription.protocol import SAMPLE_RATE, Pcm

_HOP = 160  # samples per Mel frame
_PAD_SECONDS = 1.0
_MAX_FRAMES = 3000  # Whisper's 30 s input
# The same hallucination thresholds as the final decodes (whisper_decode).
_NO_SPEECH_PROBABILITY = 0.6
_LOW_LOGPROB = -0.5
_MAX_COMPRESSION_RATIO = 2.4
# A partial never needs more tokens than fast speech produces (about 5 per second).
_TOKENS_PER_SECOND = 6
_SPARE_TOKENS = 8


@dataclass(frozen=True)
class PartialText:
    """Text of a partial decode and how sure Whisper was that it heard speech."""

    text: str
    no_speech_probability: float
    avg_logprob: float


def _compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / max(1, len(zlib.compress(data)))


class PartialDecoder:
    """Greedy, text-only Whisper decodes over a shortened encoder input."""

    def __init__(self, whisper: Any) -> None:
        from faster_whisper.tokenizer import Tokenizer

        self._whisper = whisper
        self._tokenizer = Tokenizer(
            whisper.hf_tokenizer,
            whisper.model.is_multilingual,
            task="transcribe",
            language="en",
        )
        self._prompt = [*self._tokenizer.sot_sequence, self._tokenizer.no_timestamps]
        self._padded = np.zeros(0, dtype=np.float32)

    def decode(self, audio: Pcm) -> PartialText:
        """Text of ``audio`` (at most 29 s), or empty text when it looks invented."""
        if len(audio) == 0:
            return PartialText("", 1.0, 0.0)
        pad = int(_PAD_SECONDS * SAMPLE_RATE)
        length = min(len(audio) + pad, (_MAX_FRAMES - 1) * _HOP)
        if len(self._padded) < length:
            self._padded.fill(0.0)
            self._padded = np.zeros(length, dtype=np.float32)
        padded = self._padded[:length]
        used = min(len(audio), length)
        padded[:used] = audio[:used]
        padded[used:].fill(0.0)
        features: Any = None
        encoder_input: Any = None
        try:
            features = self._whisper.feature_extractor(padded, padding=0)
            frames = min(_MAX_FRAMES, features.shape[-1] - features.shape[-1] % 2)
            encoder_input = np.ascontiguousarray(features[:, :frames])
            encoder_output = self._whisper.encode(encoder_input)
            budget = int(used / SAMPLE_RATE * _TOKENS_PER_SECOND) + _SPARE_TOKENS
            result = self._whisper.model.generate(
                encoder_output,
                [self._prompt],
                beam_size=1,
                max_length=len(self._prompt) + budget,
                return_scores=True,
                return_no_speech_prob=True,
                suppress_blank=True,
                suppress_tokens=[-1],
            )[0]
        finally:
            padded.fill(0.0)
            for array in (features, encoder_input):
                if array is not None:
                    array.fill(0.0)
        tokens = result.sequences_ids[0]
        avg_logprob = float(result.scores[0]) * len(tokens) / (len(tokens) + 1)
        text = self._tokenizer.decode(tokens).strip()
        no_speech = float(result.no_speech_prob)
        invented = no_speech > _NO_SPEECH_PROBABILITY and avg_logprob < _LOW_LOGPROB
        if invented or _compression_ratio(text) > _MAX_COMPRESSION_RATIO:
            text = ""
        return PartialText(text, no_speech, avg_logprob)

    def zeroize(self) -> None:
        """Overwrite the padding buffer (it is already zeroed after every decode)."""
        self._padded.fill(0.0)
