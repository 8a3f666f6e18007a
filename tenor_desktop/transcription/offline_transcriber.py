"""The default engine: faster-whisper (tiny.en int8 on CPU) streamed with VAD gating.

How a stream becomes text:

1. Silero VAD classifies every 32 ms window. Outside speech only a short pre-roll is kept;
   Whisper is never run on silence, so long pauses cannot produce invented text.
2. While someone speaks, the audio of the current utterance grows in a window that Whisper
   re-decodes about every ``step_seconds`` (or as long as a decode takes, if longer). Each
   decode yields a PARTIAL event.
3. LocalAgreement-2 commits the words two consecutive decodes agree on. Committed words up to a
   sentence end become a FINAL event and the window is trimmed there, keeping decodes short.
4. When the VAD hears the end of the utterance (or on ``finish``), a final pass re-decodes the
   rest of the utterance with a wider beam and commits it.

Events carry word-timestamp times, a speaker label from the injected speaker tracker and the
mean word probability as confidence.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from tenor_desktop.transcription.audio_window import AudioWindow
from tenor_desktop.transcription.diarization import OnlineSpeakerClustering, SpeakerTracker
from tenor_desktop.transcription.errors import TranscriptionError
from tenor_desktop.transcription.local_agreement import LocalAgreement, Word, join_words
from tenor_desktop.transcription.models import MODEL_NAMES, WhisperModelCache
from tenor_desktop.transcription.protocol import SAMPLE_RATE, EventKind, Pcm, TranscriptEvent
from tenor_desktop.transcription.vad import WINDOW_SAMPLES, SpeechGate, StreamingVad, VadSettings
from tenor_desktop.transcription.whisper_decode import decode_words


@dataclass(frozen=True)
class StreamingSettings:
    """Tuning of the streaming policy."""

    step_seconds: float = 1.0
    max_window_seconds: float = 20.0
    preroll_ms: int = 300
    tail_pad_ms: int = 250
    streaming_beam: int = 1
    final_beam: int = 5
    # Earlier text as Whisper's prompt: off by default, because on tiny.en it made end-of-
    # utterance hallucinations ("Thank you for watching") more likely without improving WER.
    prompt_chars: int = 0
    vad: VadSettings = field(default_factory=VadSettings)


class OfflineTranscriber:
    """Streaming Whisper transcriber implementing ``protocol.Transcriber``."""

    def __init__(
        self,
        model: str = "tiny",
        *,
        cpu_threads: int = 2,
        models: WhisperModelCache | None = None,
        speakers: SpeakerTracker | None = None,
        settings: StreamingSettings | None = None,
    ) -> None:
        if model not in MODEL_NAMES:
            raise TranscriptionError(f"Unknown model '{model}'; choose tiny or base.")
        self.model_name = model
        self._settings = settings or StreamingSettings()
        self._whisper: Any = (models or WhisperModelCache()).get(model, cpu_threads)
        self._speakers = speakers if speakers is not None else OnlineSpeakerClustering()
        self._vad = StreamingVad()
        self._gate = SpeechGate(self._settings.vad)
        capacity = int((self._settings.max_window_seconds + 10) * SAMPLE_RATE)
        self._window = AudioWindow(capacity)
        self._agreement = LocalAgreement()
        self._events: list[TranscriptEvent] = []
        self._started = False
        self._fed_end = 0
        self._vad_pos = 0
        self._ack = 0
        self._last_decode_end = 0
        self._prompt = ""
        self._partial_shown = False
        self._closed = False
        self._next_step = self._step_samples
        self._last_voice_end = 0

    @property
    def name(self) -> str:
        """Engine id."""
        return "offline"

    def feed(self, pcm: Pcm, start_sample: int) -> None:
        """Take audio contiguous with what came before; run VAD and, in speech, Whisper."""
        self._check_open()
        if not self._started:
            self._started = True
            self._fed_end = self._vad_pos = self._ack = self._last_decode_end = start_sample
            self._window.reset(start_sample)
        elif start_sample != self._fed_end:
            raise TranscriptionError(
                f"Audio must be contiguous: expected sample {self._fed_end}, got {start_sample}."
            )
        samples = np.asarray(pcm, dtype=np.float32).reshape(-1)
        self._window.append(samples)
        self._fed_end += len(samples)
        for probability in self._vad.probabilities(samples):
            self._on_vad_window(float(probability))
        if self._gate.in_speech and self._fed_end - self._last_decode_end >= self._next_step:
            self._decode_step()

    def poll(self) -> list[TranscriptEvent]:
        """Events since the last call."""
        events, self._events = self._events, []
        return events

    def acknowledged_sample(self) -> int:
        """Audio before this sample is transcribed as FINAL or was silence."""
        return self._ack

    def finish(self) -> list[TranscriptEvent]:
        """Commit everything fed so far and return the remaining events."""
        self._check_open()
        if self._started and self._gate.in_speech:
            self._finish_utterance(self._fed_end)
            self._gate = SpeechGate(self._settings.vad)
        elif self._started:
            self._release_until(self._fed_end)
        return self.poll()

    def close(self) -> None:
        """Zero the engine's audio copies. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._window.zeroize()
        self._vad.zeroize()

    # -- internals ----------------------------------------------------------------------

    @property
    def _step_samples(self) -> int:
        return int(self._settings.step_seconds * SAMPLE_RATE)

    def _check_open(self) -> None:
        if self._closed:
            raise TranscriptionError("The transcriber is closed.")

    def _on_vad_window(self, probability: float) -> None:
        window_start = self._vad_pos
        self._vad_pos += WINDOW_SAMPLES
        if probability >= self._settings.vad.threshold:
            self._last_voice_end = self._vad_pos
        change = self._gate.step(probability)
        if change == "start":
            preroll = self._settings.preroll_ms * SAMPLE_RATE // 1000
            begin = max(self._window.start, window_start - preroll)
            self._window.drop_before(begin)
            self._ack = max(self._ack, self._window.start)
            self._last_decode_end = begin
        elif change == "end":
            quiet = self._settings.vad.min_silence_ms * SAMPLE_RATE // 1000
            pad = self._settings.tail_pad_ms * SAMPLE_RATE // 1000
            self._finish_utterance(min(self._vad_pos, self._vad_pos - quiet + pad))
        if not self._gate.in_speech:
            preroll = self._settings.preroll_ms * SAMPLE_RATE // 1000
            self._release_until(self._vad_pos - preroll)

    def _release_until(self, sample: int) -> None:
        """Silence before ``sample`` is no longer needed: drop it and acknowledge it."""
        self._window.drop_before(sample)
        self._ack = max(self._ack, self._window.start)

    def _decode(self, end_sample: int, beam: int) -> list[Word]:
        audio = self._window.view(None, end_sample)
        return decode_words(
            self._whisper,
            audio,
            offset_seconds=self._window.start / SAMPLE_RATE,
            beam_size=beam,
            prompt=self._prompt[-self._settings.prompt_chars :]
            if self._settings.prompt_chars
            else "",
        )

    def _decode_step(self) -> None:
        self._last_decode_end = self._fed_end
        began = time.perf_counter()
        self._agreement.insert(self._decode(self._fed_end, self._settings.streaming_beam))
        # Never plan more decoding than the CPU can do in real time: on a loaded laptop the
        # step grows to the time a decode takes, instead of the session falling behind.
        spent = int((time.perf_counter() - began) * SAMPLE_RATE)
        self._next_step = max(self._step_samples, spent)
        self._emit_complete_sentences()
        too_long = len(self._window) > self._settings.max_window_seconds * SAMPLE_RATE
        if too_long:
            self._force_commit()
        pending = self._agreement.committed + self._agreement.tail
        if pending:
            self._push(EventKind.PARTIAL, pending, speaker="", confidence=None)
            self._partial_shown = True

    def _emit_complete_sentences(self) -> None:
        committed = self._agreement.committed
        last_end = max((i for i, w in enumerate(committed) if w.ends_sentence), default=-1)
        if last_end >= 0:
            self._emit_final(self._agreement.take_committed(last_end + 1))

    def _force_commit(self) -> None:
        """The window is too long for Whisper: commit what is there except the edge word."""
        if not self._agreement.committed and len(self._agreement.tail) > 1:
            self._agreement.commit_all(self._agreement.tail[:-1])
        if self._agreement.committed:
            self._emit_final(self._agreement.take_committed())
        else:
            # Nothing recognisable in 20 s of "speech": treat it as noise.
            self._window.drop_before(self._fed_end - self._step_samples)
            self._ack = max(self._ack, self._window.start)

    def _finish_utterance(self, end_sample: int) -> None:
        end_sample = min(end_sample, self._fed_end)
        if end_sample - self._window.start >= self._settings.vad.min_speech_ms * 16:
            words = self._decode(end_sample, self._settings.final_beam)
            # Whisper likes to close an utterance with invented words ("Thank you.") over the
            # trailing silence; words that start after the last voiced window are dropped.
            voice_end = (self._last_voice_end + self._settings.tail_pad_ms * 16) / SAMPLE_RATE
            self._agreement.commit_all([w for w in words if w.start < voice_end])
            if self._agreement.committed:
                self._emit_final(self._agreement.take_committed())
        self._agreement.reset()
        if self._partial_shown:
            # An empty partial tells listeners that nothing is pending any more.
            self._events.append(TranscriptEvent(EventKind.PARTIAL, 0, 0, "", speaker=""))
            self._partial_shown = False
        self._release_until(end_sample)
        self._last_decode_end = self._window.start

    def _emit_final(self, words: list[Word]) -> None:
        """Emit committed words as FINAL segments, one per sentence, then trim the window."""
        sentence: list[Word] = []
        for word in words:
            sentence.append(word)
            if word.ends_sentence:
                self._emit_segment(sentence)
                sentence = []
        if sentence:
            self._emit_segment(sentence)
        end_sample = round(words[-1].end * SAMPLE_RATE)
        self._release_until(min(end_sample, self._fed_end))

    def _emit_segment(self, words: list[Word]) -> None:
        begin = int(words[0].start * SAMPLE_RATE)
        end = int(words[-1].end * SAMPLE_RATE)
        speaker = self._speakers.label(self._window.view(begin, end))
        confidence = float(np.mean([w.probability for w in words]))
        self._push(EventKind.FINAL, words, speaker=speaker, confidence=confidence)
        self._prompt = (self._prompt + " " + join_words(words))[-1000:]

    def _push(
        self, kind: EventKind, words: list[Word], speaker: str, confidence: float | None
    ) -> None:
        self._events.append(
            TranscriptEvent(
                kind=kind,
                start_ms=int(words[0].start * 1000),
                end_ms=int(words[-1].end * 1000),
                text=join_words(words),
                speaker=speaker,
                confidence=confidence,
            )
        )
