"""The default engine: faster-whisper (tiny.en int8 on CPU) streamed with VAD gating.

How a stream becomes text:

1. Silero VAD classifies every 32 ms window. Outside speech only a short pre-roll is kept;
   Whisper is never run on silence, so long pauses cannot produce invented text.
2. While someone speaks, a cheap text-only decode of the utterance so far (greedy, shortened
   encoder input: ``partial_decode``) runs about every ``partial_seconds``, first after
   ``first_partial_seconds`` of speech. Each yields a PARTIAL event. Decodes run on the caller's
   thread, so the next one is planned only after the last returned (never more partial work
   than ``partial_cpu_share`` of real time), and none runs once the speaker has gone quiet:
   the end of the utterance must not wait behind a partial.
3. Utterances longer than ``agreement_after_seconds`` (a monologue without pauses) are also
   re-decoded with word timestamps every ``step_seconds``; LocalAgreement-2 commits the words two
   consecutive decodes agree on. Committed words up to a sentence end become a FINAL event and
   the window is trimmed there, keeping decodes short.
4. When the VAD hears the end of the utterance (``vad.min_silence_ms`` of quiet) or on
   ``finish``, a final pass re-decodes the rest of the utterance at once with a wider beam and
   word timestamps, and commits it.

Events carry word-timestamp times, a speaker label and the mean word probability as
confidence (``segment_emitter``). Speaker labels are placed off the transcription path
(``speaker_labeller``): a FINAL carries a provisional label (the last one given) and a SPEAKER
event follows from ``poll`` when the voice is placed differently; ``finish`` waits for the
labeller and relabels the stream's segments with the whole-session clustering.
``SingleSpeaker`` is applied inline.

Audio copies: the engine keeps the utterance in an ``AudioWindow`` (zeroed as it is dropped)
and hands faster-whisper views of it, never extra copies. What faster-whisper and CTranslate2
copy internally is listed in ``whisper_decode``.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from tenor_desktop.transcription.audio_window import AudioWindow
from tenor_desktop.transcription.diarization import OnlineSpeakerClustering, SpeakerTracker
from tenor_desktop.transcription.errors import TranscriptionError
from tenor_desktop.transcription.local_agreement import LocalAgreement, Word
from tenor_desktop.transcription.models import MODEL_NAMES, WhisperModelCache
from tenor_desktop.transcription.partial_decode import PartialDecoder
from tenor_desktop.transcription.protocol import SAMPLE_RATE, Pcm, TranscriptEvent
from tenor_desktop.transcription.segment_emitter import SegmentEmitter
from tenor_desktop.transcription.streaming_settings import (
    QUIET_WINDOWS_NO_PARTIAL,
    StreamingSettings,
)
from tenor_desktop.transcription.vad import WINDOW_SAMPLES, SpeechGate, StreamingVad
from tenor_desktop.transcription.whisper_decode import decode_words, trimmed_encoder_model

__all__ = ["OfflineTranscriber", "StreamingSettings"]


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
        self._partials = PartialDecoder(self._whisper)
        self._decoder: Any = (
            trimmed_encoder_model(self._whisper) if self._settings.trim_encoder else self._whisper
        )
        self._emitter = SegmentEmitter(
            speakers if speakers is not None else OnlineSpeakerClustering()
        )
        self._vad = StreamingVad()
        self._gate = SpeechGate(self._settings.vad)
        capacity = int((self._settings.max_window_seconds + 10) * SAMPLE_RATE)
        self._window = AudioWindow(capacity)
        self._agreement = LocalAgreement()
        self._started = False
        self._fed_end = 0
        self._vad_pos = 0
        self._ack = 0
        self._next_partial = 0
        self._next_agreement = 0
        self._closed = False
        self._last_voice_end = 0
        self.decode_seconds = 0.0  # Whisper time spent, for benchmarks

    @property
    def name(self) -> str:
        """Engine id."""
        return "offline"

    def feed(self, pcm: Pcm, start_sample: int) -> None:
        """Take audio contiguous with what came before; run VAD and, in speech, Whisper."""
        self._check_open()
        if not self._started:
            self._started = True
            self._fed_end = self._vad_pos = self._ack = start_sample
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
        if self._gate.in_speech:
            self._decode_in_speech()

    def poll(self) -> list[TranscriptEvent]:
        """Events since the last call (late speaker labels last)."""
        return self._emitter.take()

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
        return self.poll() + self._emitter.final_relabel()

    def label_speakers_inline(self) -> None:
        """Label each FINAL before it is emitted (no late SPEAKER events); call before feeding.

        For wrappers that map this engine's labels at once (``FallbackTranscriber``).
        """
        self._emitter.label_inline()

    def close(self) -> None:
        """Zero the engine's audio copies. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._emitter.close()
        self._window.zeroize()
        self._vad.zeroize()
        self._partials.zeroize()

    # -- internals ----------------------------------------------------------------------

    @staticmethod
    def _samples(seconds: float) -> int:
        return int(seconds * SAMPLE_RATE)

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
            self._next_partial = window_start + self._samples(self._settings.first_partial_seconds)
            self._next_agreement = begin + self._agreement_after
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

    def _decode_in_speech(self) -> None:
        """Run at most one decode for this block: agreement when due, else a partial."""
        settings = self._settings
        long_enough = len(self._window) >= self._agreement_after
        if long_enough and self._fed_end >= self._next_agreement:
            spent = self._decode_step()
            self._next_agreement = self._fed_end + max(self._samples(settings.step_seconds), spent)
            self._next_partial = max(self._next_partial, self._fed_end + self._partial_gap(spent))
        elif (
            self._fed_end >= self._next_partial
            and self._gate.quiet_windows < QUIET_WINDOWS_NO_PARTIAL
        ):
            spent = self._partial_step()
            self._next_partial = self._fed_end + self._partial_gap(spent)

    @property
    def _agreement_after(self) -> int:
        """Window length from which LocalAgreement decodes run (well before the window cap)."""
        settings = self._settings
        return self._samples(min(settings.agreement_after_seconds, settings.max_window_seconds / 2))

    def _partial_gap(self, spent_samples: int) -> int:
        share = max(0.05, self._settings.partial_cpu_share)
        return max(self._samples(self._settings.partial_seconds), int(spent_samples / share))

    def _timed(self, began: float) -> int:
        spent = time.perf_counter() - began
        self.decode_seconds += spent
        return int(spent * SAMPLE_RATE)

    def _partial_step(self) -> int:
        """Cheap text-only decode of the utterance so far; returns its cost in samples."""
        began = time.perf_counter()
        partial = self._partials.decode(self._window.view(None, self._fed_end))
        spent = self._timed(began)
        if partial.text:
            self._emitter.partial_text(
                self._window.start * 1000 // SAMPLE_RATE,
                self._fed_end * 1000 // SAMPLE_RATE,
                partial.text,
            )
        return spent

    def _decode(self, end_sample: int, beam: int) -> list[Word]:
        audio = self._window.view(None, end_sample)
        return decode_words(
            self._decoder,
            audio,
            offset_seconds=self._window.start / SAMPLE_RATE,
            beam_size=beam,
            prompt=self._emitter.committed_text(self._settings.prompt_chars),
        )

    def _decode_step(self) -> int:
        """Word-timestamped decode for LocalAgreement; returns its cost in samples."""
        began = time.perf_counter()
        self._agreement.insert(self._decode(self._fed_end, self._settings.streaming_beam))
        spent = self._timed(began)
        self._emit_complete_sentences()
        too_long = len(self._window) > self._settings.max_window_seconds * SAMPLE_RATE
        if too_long:
            self._force_commit()
        pending = self._agreement.committed + self._agreement.tail
        if pending:
            self._emitter.partial_words(pending)
        return spent

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
            self._window.drop_before(self._fed_end - self._samples(self._settings.step_seconds))
            self._ack = max(self._ack, self._window.start)

    def _finish_utterance(self, end_sample: int) -> None:
        end_sample = min(end_sample, self._fed_end)
        if end_sample - self._window.start >= self._settings.vad.min_speech_ms * 16:
            began = time.perf_counter()
            words = self._decode(end_sample, self._settings.final_beam)
            self._timed(began)
            # Whisper likes to close an utterance with invented words ("Thank you.") over the
            # trailing silence; words that start after the last voiced window are dropped.
            voice_end = (self._last_voice_end + self._settings.tail_pad_ms * 16) / SAMPLE_RATE
            self._agreement.commit_all([w for w in words if w.start < voice_end])
            if self._agreement.committed:
                self._emit_final(self._agreement.take_committed())
        self._agreement.reset()
        self._emitter.clear_partial()
        self._release_until(end_sample)

    def _emit_final(self, words: list[Word]) -> None:
        """Emit committed words as FINAL segments, then trim the window after them."""
        self._emitter.finals(words, self._window)
        end_sample = round(words[-1].end * SAMPLE_RATE)
        self._release_until(min(end_sample, self._fed_end))
