"""Protocol test doubles for the recording flow: an audio source and a word transcriber.

The source writes a synthetic signal into the session's RAM ring in real time (like the
PortAudio consumer would) until it is stopped; the transcriber implements the Transcriber
protocol and emits one partial and one final utterance per half second of audio, cycling
through ``SCRIPT``. Everything else (vault, redaction, recorder, window) is real.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from tenor_desktop.audio.capture_events import LevelChanged, SilenceWarning
from tenor_desktop.audio.ring_buffer import SecureRingBuffer
from tenor_desktop.transcription.protocol import EventKind, Pcm, TranscriptEvent

SCRIPT = (
    "Gregory Hale called me again on Monday.",
    "I have been sleeping badly all week.",
    "We agreed to keep a sleep diary.",
)
SPAN_SAMPLES = 8_000  # half a second at 16 kHz


class LoopSource:
    """Writes a quiet tone (or, ``silent``, zeros) into the ring until stopped.

    Like the microphone consumer it reports levels, and a silence warning after one second
    of silence.
    """

    def __init__(
        self,
        ring: SecureRingBuffer,
        emit: Callable[[Any], None],
        speed: float = 4.0,
        *,
        silent: bool = False,
    ) -> None:
        self.ring = ring
        self.emit = emit
        self.speed = speed
        self.silent = silent
        self.paused = threading.Event()
        self.stopping = threading.Event()
        self.written = 0
        self.thread = threading.Thread(target=self._run, daemon=True)
        tone = 0.05 * np.sin(np.arange(320, dtype=np.float32) * 0.2)
        self.block = np.zeros(320, np.float32) if silent else tone.astype(np.float32)

    def start(self) -> None:
        self.thread.start()

    def pause(self) -> None:
        self.paused.set()

    def resume(self) -> None:
        self.paused.clear()

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(10)

    def _run(self) -> None:
        warned = False
        while not self.stopping.is_set():
            if not self.paused.is_set() and self.ring.free_space() >= len(self.block):
                self.written += self.ring.write(self.block)
                if self.written % 3_200 == 0:
                    self.emit(LevelChanged(-90.0 if self.silent else -26.0, -20.0))
                if self.silent and not warned and self.written >= 16_000:
                    self.emit(SilenceWarning(self.written / 16_000))
                    warned = True
            time.sleep(len(self.block) / 16_000 / self.speed)


class ScriptTranscriber:
    """Emits the script line by line, one per ``SPAN_SAMPLES`` of audio; acknowledges them."""

    name = "script"

    def __init__(self) -> None:
        self._events: list[TranscriptEvent] = []
        self._committed = -1
        self._fed_end = -1
        self._line = 0

    def feed(self, pcm: Pcm, start_sample: int) -> None:
        if self._committed < 0:
            self._committed = start_sample
        self._fed_end = start_sample + pcm.shape[0]
        while self._fed_end - self._committed >= SPAN_SAMPLES:
            self._commit(self._committed + SPAN_SAMPLES)

    def _commit(self, end: int) -> None:
        start_ms, end_ms = self._committed // 16, end // 16
        text = SCRIPT[self._line % len(SCRIPT)]
        self._line += 1
        speaker = "S1" if self._line % 2 else "S2"
        self._events.append(TranscriptEvent(EventKind.PARTIAL, start_ms, end_ms, text[:12]))
        self._events.append(TranscriptEvent(EventKind.FINAL, start_ms, end_ms, text, speaker, 0.9))
        self._committed = end

    def poll(self) -> list[TranscriptEvent]:
        events, self._events = self._events, []
        return events

    def acknowledged_sample(self) -> int:
        return max(self._committed, 0)

    def finish(self) -> list[TranscriptEvent]:
        return self.poll()

    def close(self) -> None:
        self._events = []


class SourceLog:
    """Keeps the sources a factory made, so tests can look at them."""

    def __init__(self, speed: float = 4.0, *, silent: bool = False) -> None:
        self.speed = speed
        self.silent = silent
        self.sources: list[LoopSource] = []

    def __call__(self, ring: SecureRingBuffer, emit: Callable[[Any], None]) -> LoopSource:
        self.sources.append(LoopSource(ring, emit, self.speed, silent=self.silent))
        return self.sources[-1]
