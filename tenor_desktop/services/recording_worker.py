"""The transcription worker: ring buffer → transcriber → final segments, on its own thread.

It reads unread audio from the session ring, feeds the engine, hands final events to
``store_final`` as they arrive (so a crash loses seconds of transcript, never the session),
reports partial text, passes late speaker labels (SPEAKER events) to ``store_speaker``, and
acknowledges committed audio so the ring zeroes it at once.

Each block is read into one preallocated scratch buffer that is zeroed after every feed, so
reading leaves no copies of the audio behind (engines copy what they keep).

Back-pressure: when the ring passes its high-water mark while the engine sits on a lot of
audio it has read but not committed, the worker forces a commit (``finish()``) and feeds the
same engine on, so the session keeps its speaker labels and context. Nothing is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np

from tenor_desktop.audio.ring_buffer import SAMPLE_RATE, SecureRingBuffer
from tenor_desktop.services.recording_events import (
    EngineCommitForced,
    PartialText,
    RecordingEvent,
    TranscriptionFailed,
)
from tenor_desktop.transcription.protocol import EventKind, Transcriber, TranscriptEvent

_FEED_SAMPLES = SAMPLE_RATE // 4
_MIN_FORCE_SAMPLES = SAMPLE_RATE  # forcing a commit over less than this cannot free much


class TranscriptionWorker:
    """Runs one session's transcription loop until :meth:`finish` or :meth:`abort`."""

    def __init__(
        self,
        session_id: str,
        ring: SecureRingBuffer,
        transcriber: Transcriber,
        store_final: Callable[[TranscriptEvent], None],
        on_event: Callable[[RecordingEvent], None],
        *,
        store_speaker: Callable[[TranscriptEvent], None] | None = None,
        idle_seconds: float = 0.02,
    ) -> None:
        """Wire the loop; ``transcriber`` is the session's engine, already built."""
        self._session_id = session_id
        self._ring = ring
        self._transcriber = transcriber
        self._store_final = store_final
        self._on_event = on_event
        self._store_speaker = store_speaker or (lambda _event: None)
        self._idle = idle_seconds
        shape = (_FEED_SAMPLES,) if ring.channels == 1 else (_FEED_SAMPLES, ring.channels)
        self._scratch = np.zeros(shape, dtype=np.float32)
        self._finishing = threading.Event()
        self._aborting = threading.Event()
        self._thread = threading.Thread(target=self._run, name="transcription", daemon=True)
        self.fed_samples = 0
        self.forced_commits = 0
        self.failed = False

    def start(self) -> None:
        """Start the worker thread."""
        self._thread.start()

    def finish(self) -> None:
        """Transcribe everything left in the ring, flush the engine, and wait for the end."""
        self._finishing.set()
        self._thread.join()

    def abort(self) -> None:
        """Stop as soon as the current engine call returns; nothing more is stored."""
        self._aborting.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            self._loop()
            if not self._aborting.is_set():
                self._deliver(self._transcriber.finish())
                # finish() commits everything fed, so all of it may be zeroed now.
                self._ring.acknowledge(self._ring.read_position)
        except Exception as error:  # reported, never silent; stop/abort still wipe the audio
            self.failed = True
            self._on_event(TranscriptionFailed(self._session_id, type(error).__name__))
        finally:
            self._scratch.fill(0.0)
            self._transcriber.close()

    def _loop(self) -> None:
        while not self._aborting.is_set():
            fed = self._feed_once()
            self._deliver(self._transcriber.poll())
            self._ring.acknowledge(self._transcriber.acknowledged_sample())
            if self._ring.under_pressure() and self._ring.read_position - (
                self._ring.acknowledged_position
            ) >= min(_MIN_FORCE_SAMPLES, self._ring.capacity // 4):
                self._force_commit()
            if not fed:
                if self._finishing.is_set():
                    return
                self._aborting.wait(self._idle)

    def _feed_once(self) -> bool:
        start, count = self._ring.read_into(self._scratch)
        if count == 0:
            return False
        try:
            # Engines copy what they keep (Transcriber.feed); the block is reused and wiped.
            self._transcriber.feed(self._scratch[:count], start)
        finally:
            self._scratch[:count] = 0.0
        self.fed_samples += count
        return True

    def _force_commit(self) -> None:
        self.forced_commits += 1
        self._on_event(EngineCommitForced(self._session_id, self._ring.fill_ratio()))
        self._deliver(self._transcriber.finish())
        # finish() committed everything read so far; the engine takes the next audio as before.
        self._ring.acknowledge(self._ring.read_position)

    def _deliver(self, events: list[TranscriptEvent]) -> None:
        for event in events:
            if event.kind == EventKind.FINAL:
                self._store_final(event)
            elif event.kind == EventKind.SPEAKER:
                self._store_speaker(event)
            else:
                self._on_event(
                    PartialText(
                        self._session_id, event.start_ms, event.end_ms, event.speaker, event.text
                    )
                )
