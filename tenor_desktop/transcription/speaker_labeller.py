"""Speaker labelling off the transcription path: a bounded queue and one low-priority thread.

Placing a voice costs the voice encoder about a second of CPU per segment on an idle laptop
(several under load), far more than the final Whisper pass. Run on the transcription thread
it delayed every final and the next partial, so the engine now emits each FINAL at once with
a provisional speaker (the last label given) and hands the segment's audio to this labeller.
Its thread embeds and places the voice, and the engine reports the result as a SPEAKER event
(``protocol.EventKind``); the recording service then updates the stored segment.

Audio: the labeller gets its own copy of at most ``MAX_EMBED_SECONDS`` of each segment
(``spread_excerpt``: pieces spread over the segment, so a long turn is still sampled
throughout), and that copy is zeroed as soon as the voice has been embedded, when a job is
dropped, and at ``close``. At most ``max_pending`` copies wait at a time; a segment arriving
when the queue is full keeps its provisional label (counted in ``skipped``), so the queue can
never grow with a CPU that falls behind.

At ``final_relabel`` (the end of a stream) the tracker's whole-session clustering
(``OnlineSpeakerClustering.final_labels``, from kept embeddings, no audio) re-decides every
labelled segment; only labels that change are reported.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections import deque
from dataclasses import dataclass

import numpy as np

from tenor_desktop.transcription.diarization import SpeakerTracker, speaker_label
from tenor_desktop.transcription.protocol import SAMPLE_RATE, EventKind, Pcm, TranscriptEvent

MAX_EMBED_SECONDS = 6.0
_EXCERPT_PIECES = 3
_MAX_PENDING = 8
_THREAD_NICENESS = 5  # below the transcription thread: finals and partials come first

SpanKey = tuple[int, int]  # (start_ms, end_ms) of the FINAL event


def spread_excerpt(audio: Pcm, max_seconds: float = MAX_EMBED_SECONDS) -> Pcm:
    """A fresh copy of ``audio``, or of ``_EXCERPT_PIECES`` pieces spread over it when longer.

    The pieces total ``max_seconds``; the first starts at the beginning and the last ends at
    the end, the others evenly between. The caller owns (and zeroes) the copy.
    """
    cap = int(max_seconds * SAMPLE_RATE)
    if len(audio) <= cap:
        return np.array(audio, dtype=np.float32, copy=True)
    piece = cap // _EXCERPT_PIECES
    out = np.empty(piece * _EXCERPT_PIECES, dtype=np.float32)
    last_start = len(audio) - piece
    for index in range(_EXCERPT_PIECES):
        begin = last_start * index // (_EXCERPT_PIECES - 1)
        out[index * piece : (index + 1) * piece] = audio[begin : begin + piece]
    return out


def speaker_events(labels: list[tuple[SpanKey, str]]) -> list[TranscriptEvent]:
    """SPEAKER events for ``(span, label)`` results of the labeller."""
    return [
        TranscriptEvent(EventKind.SPEAKER, start_ms, end_ms, "", speaker=label)
        for (start_ms, end_ms), label in labels
    ]


@dataclass
class _Job:
    key: SpanKey
    audio: Pcm


class DeferredSpeakerLabeller:
    """Labels final segments on its own thread; results are collected with :meth:`take`."""

    def __init__(self, tracker: SpeakerTracker, max_pending: int = _MAX_PENDING) -> None:
        self._tracker = tracker
        self._max_pending = max(1, max_pending)
        self._lock = threading.Condition()
        self._queue: deque[_Job] = deque()
        self._busy = False
        self._closed = False
        self._results: list[tuple[SpanKey, str]] = []
        self._labelled: list[SpanKey] = []  # in the tracker's history order
        self._shown: dict[SpanKey, str] = {}  # what each segment was last reported as
        self._last = speaker_label(0)
        self.skipped = 0
        self.failed = 0
        self._thread: threading.Thread | None = None  # started by the first segment

    def provisional(self) -> str:
        """Label for a segment whose voice is not placed yet: the last label given."""
        with self._lock:
            return self._last

    def submit(self, key: SpanKey, audio: Pcm, shown: str) -> None:
        """Queue a segment (its audio is copied here); ``shown`` is its provisional label."""
        with self._lock:
            self._shown[key] = shown
            if self._closed or len(self._queue) >= self._max_pending:
                self.skipped += 1
                return
            self._queue.append(_Job(key, spread_excerpt(audio)))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="speaker-labels", daemon=True
                )
                self._thread.start()
            self._lock.notify_all()

    def take(self) -> list[tuple[SpanKey, str]]:
        """Labels that differ from what their segment was shown with, since the last call."""
        with self._lock:
            taken, self._results = self._results, []
        return taken

    def wait_idle(self) -> None:
        """Block until every queued segment has been labelled."""
        with self._lock:
            while (self._queue or self._busy) and not self._closed:
                self._lock.wait(0.5)

    def final_relabel(self) -> list[tuple[SpanKey, str]]:
        """Re-decide every labelled segment with the whole stream in view; changed ones only."""
        self.wait_idle()
        final_labels = getattr(self._tracker, "final_labels", None)
        if final_labels is None:
            return self.take()
        with self._lock:
            labels: list[str] = final_labels()
            for key, label in zip(self._labelled, labels, strict=False):
                self._report(key, label)
            if self._labelled and len(labels) == len(self._labelled):
                self._last = labels[-1]
        return self.take()

    def close(self) -> None:
        """Stop the thread and zero every queued copy. Safe to call twice."""
        with self._lock:
            self._closed = True
            for job in self._queue:
                job.audio.fill(0.0)
            self._queue.clear()
            self._lock.notify_all()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()

    # -- the labelling thread -------------------------------------------------------------

    def _run(self) -> None:
        with contextlib.suppress(AttributeError, OSError):  # Linux: niceness is per thread
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), _THREAD_NICENESS)
        while True:
            with self._lock:
                while not self._queue and not self._closed:
                    self._lock.wait()
                if self._closed:
                    return
                job = self._queue.popleft()
                self._busy = True
            try:
                label = self._tracker.label(job.audio)
            except Exception:  # a failed embedding keeps the provisional label
                label = None
            finally:
                job.audio.fill(0.0)
            with self._lock:
                self._busy = False
                if label is None:
                    self.failed += 1
                else:
                    self._labelled.append(job.key)
                    self._last = label
                    self._report(job.key, label)
                self._lock.notify_all()

    def _report(self, key: SpanKey, label: str) -> None:
        """Queue a SPEAKER result when ``label`` differs from what the segment shows (locked)."""
        if self._shown.get(key) != label:
            self._shown[key] = label
            self._results.append((key, label))
