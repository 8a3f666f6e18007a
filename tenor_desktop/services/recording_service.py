"""RecordingService: start → capture → RAM ring → transcriber → vault segments → stop.

Life cycle of one session::

    start(client_id, consent_at)   session row (status recording, consent time) in the vault,
                                   a fresh SecureRingBuffer, the transcriber, the microphone
    pause() / resume()             the microphone stops/starts; transcription continues
    restart_capture()              reopen the microphone after DeviceLost or a device change
    stop()                         drain the microphone, flush the engine, store the last
                                   segments, zeroize the ring and verify it, status ready,
                                   then ``on_ready(session_id)`` (redaction/notes hook in here)
    abort()                        stop everything, zeroize, discard the stored transcript,
                                   status aborted

Privacy rules enforced here: audio lives only in the ring (and the engine's own working
memory); every final segment passes ``redact`` before it is stored; the ring is wiped on stop,
abort, any exception on those paths, and by the :class:`EmergencyZeroizer` on exit/SIGTERM.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from tenor_desktop.audio.capture_events import CaptureEvent
from tenor_desktop.audio.emergency_zeroizer import EmergencyZeroizer
from tenor_desktop.audio.ring_buffer import SAMPLE_RATE, SecureRingBuffer
from tenor_desktop.core.clock import Clock, SystemClock
from tenor_desktop.core.models import RedactionMark, Segment, SessionStatus
from tenor_desktop.services.recording_events import (
    AudioNotClearedError,
    AudioNotPinned,
    RecordingError,
    RecordingEvent,
    SegmentRevised,
    SegmentStored,
    SpeakerRelabelled,
    StatusChanged,
    StopResult,
)
from tenor_desktop.services.recording_ports import (
    AudioSource,
    RevisingRedaction,
    SegmentStore,
    SessionStore,
    SpeakerUpdates,
    TextRevisions,
)
from tenor_desktop.services.recording_worker import TranscriptionWorker
from tenor_desktop.transcription.protocol import Transcriber, TranscriptEvent

Redaction = str | tuple[str, Sequence[RedactionMark]]
Redact = Callable[[str], Redaction]


CaptureFactory = Callable[[SecureRingBuffer, Callable[[CaptureEvent], None]], AudioSource]
TranscriberFactory = Callable[[], Transcriber]  # one engine per session


def no_redaction(text: str) -> Redaction:
    """The default hook: store the text as transcribed."""
    return text


class RecordingService:
    """Runs at most one live session at a time. Call its methods off the UI thread."""

    def __init__(
        self,
        sessions: SessionStore,
        segments: SegmentStore,
        *,
        transcriber_factory: TranscriberFactory,
        capture_factory: CaptureFactory,
        discard_transcript: Callable[[str], None],
        clock: Clock | None = None,
        redact: Redact = no_redaction,
        on_ready: Callable[[str], None] | None = None,
        on_event: Callable[[RecordingEvent], None] | None = None,
        zeroizer: EmergencyZeroizer | None = None,
        buffer_seconds: float = 12 * 60,
        high_water: float = 0.75,
        lock_memory: bool = True,
    ) -> None:
        """Wire the recorder. ``discard_transcript(session_id)`` deletes stored segments."""
        self._sessions = sessions
        self._segments = segments
        self._transcriber_factory = transcriber_factory
        self._capture_factory = capture_factory
        self._discard_transcript = discard_transcript
        self._clock = clock or SystemClock()
        self._redact = redact
        self._on_ready = on_ready
        self._emit: Callable[[RecordingEvent], None] = on_event or (lambda _event: None)
        self._zeroizer = zeroizer
        self._capacity = round(buffer_seconds * SAMPLE_RATE)
        self._high_water = high_water
        self._lock_memory = lock_memory
        self._session_id: str | None = None
        self._status: SessionStatus | None = None
        self._ring: SecureRingBuffer | None = None
        self._capture: AudioSource | None = None
        self._worker: TranscriptionWorker | None = None
        self._stored: list[Segment] = []
        # A revision's old text may still sit in the WAL (a reader blocked the scrub).
        self._scrub_owed = False

    @property
    def session_id(self) -> str | None:
        """The live session, if any."""
        return self._session_id

    @property
    def status(self) -> SessionStatus | None:
        """Status of the live (or last) session."""
        return self._status

    @property
    def buffer(self) -> SecureRingBuffer | None:
        """The live (or last, already zeroized) audio ring; for status display and tests."""
        return self._ring

    def start(self, client_id: str, consent_at: datetime) -> str:
        """Create the session (recording the consent time) and start capturing."""
        if self._session_id is not None:
            raise RecordingError("A session is already being recorded.")
        session = self._sessions.create(
            client_id, started_at=self._clock.now(), consent_at=consent_at
        )
        self._session_id = session.id
        self._stored = []
        self._scrub_owed = False
        ring = SecureRingBuffer(
            self._capacity, high_water=self._high_water, lock_memory=self._lock_memory
        )
        self._ring = ring
        if self._zeroizer is not None:
            self._zeroizer.protect(ring)
        try:
            transcriber = self._transcriber_factory()
            self._worker = TranscriptionWorker(
                session.id,
                ring,
                transcriber,
                self._store_final,
                self._emit,
                store_speaker=self._store_speaker,
            )
            self._worker.start()
            self._capture = self._capture_factory(ring, self._emit)
            self._capture.start()
        except BaseException:
            self._tear_down()
            self._finish_status(SessionStatus.FAILED, duration_ms=0)
            raise
        self._set_status(SessionStatus.RECORDING)
        if not ring.memory_lock.locked:
            self._emit(AudioNotPinned(session.id, ring.memory_lock.reason))
        return session.id

    def pause(self) -> None:
        """Stop listening; what was captured keeps being transcribed."""
        if self._capture is None or self._status != SessionStatus.RECORDING:
            raise RecordingError("No recording is running.")
        self._capture.pause()
        self._set_status(SessionStatus.PAUSED)

    def resume(self) -> None:
        """Listen again after :meth:`pause`."""
        if self._capture is None or self._status != SessionStatus.PAUSED:
            raise RecordingError("The recording is not paused.")
        self._capture.resume()
        self._set_status(SessionStatus.RECORDING)

    def restart_capture(self) -> None:
        """Reopen the microphone (after DeviceLost, or another device was chosen).

        The old capture is drained and closed first, so the ring keeps a single producer and
        the session's audio stays contiguous; the factory picks the device again.
        """
        if self._session_id is None or self._ring is None:
            raise RecordingError("No recording is running.")
        if self._capture is not None:
            self._capture.stop()
            self._capture = None
        self._capture = self._capture_factory(self._ring, self._emit)
        self._capture.start()
        if self._status == SessionStatus.PAUSED:
            self._capture.pause()

    def stop(self) -> StopResult:
        """Finish the session: flush, store the last text, wipe and verify the audio."""
        session_id, ring = self._require_session()
        self._set_status(SessionStatus.PROCESSING)
        failed = False
        try:
            if self._capture is not None:
                self._capture.stop()
                self._capture = None
            if self._worker is not None:
                self._worker.finish()
                failed = self._worker.failed
        except BaseException:
            self._tear_down()
            self._finish_status(SessionStatus.FAILED, duration_ms=0)
            raise
        cleared = self._tear_down()
        if self._scrub_owed and isinstance(self._segments, TextRevisions):
            # Every segment is stored now; no later write would push the old text out.
            self._scrub_owed = not self._segments.scrub()
        duration_ms = ring.written_position * 1000 // SAMPLE_RATE
        status = SessionStatus.FAILED if failed or not cleared else SessionStatus.READY
        self._finish_status(status, duration_ms=duration_ms)
        if not cleared:
            raise AudioNotClearedError("The session audio could not be cleared from memory.")
        result = StopResult(
            session_id=session_id,
            segment_count=len(self._stored),
            text=" ".join(segment.text for segment in self._stored),
            duration_ms=duration_ms,
            audio_cleared=cleared,
        )
        if status == SessionStatus.READY and self._on_ready is not None:
            self._on_ready(session_id)
        return result

    def abort(self) -> None:
        """Discard the session: stop, wipe the audio, delete what was stored, mark aborted."""
        session_id, _ring = self._require_session()
        try:
            if self._worker is not None:
                self._worker.abort()
        finally:
            cleared = self._tear_down()
        self._discard_transcript(session_id)
        self._stored = []
        self._finish_status(SessionStatus.ABORTED, duration_ms=0)
        if not cleared:
            raise AudioNotClearedError("The session audio could not be cleared from memory.")

    # -- internals -----------------------------------------------------------------------------

    def _require_session(self) -> tuple[str, SecureRingBuffer]:
        if self._session_id is None or self._ring is None:
            raise RecordingError("No recording is running.")
        return self._session_id, self._ring

    def _store_final(self, event: TranscriptEvent) -> None:
        text = event.text.strip()
        if not text or self._session_id is None:
            return
        redacted = self._redact(text)
        stored_text, marks = (redacted, ()) if isinstance(redacted, str) else redacted
        self._revise_previous()
        segment = self._segments.append(
            self._session_id,
            start_ms=event.start_ms,
            end_ms=max(event.start_ms, event.end_ms),
            speaker=event.speaker,
            text=stored_text,
            confidence=event.confidence,
            redactions=marks,
        )
        self._stored.append(segment)
        self._emit(SegmentStored(segment))

    def _revise_previous(self) -> None:
        """Store the previous segment again when the redaction hook revised it (a question
        the segment just redacted showed to be about a topic), and push the old text out."""
        if not isinstance(self._redact, RevisingRedaction) or not self._stored:
            return
        revision = self._redact.take_revision()
        if revision is None or not isinstance(self._segments, TextRevisions):
            return
        text, marks = revision
        previous = self._stored[-1]
        self._segments.update_text(previous.id, text, marks)
        self._scrub_owed = not self._segments.scrub()
        self._stored[-1] = revised = replace(previous, text=text, redactions=tuple(marks))
        self._emit(SegmentRevised(revised))

    def _store_speaker(self, event: TranscriptEvent) -> None:
        """A late label for the stored segment with the event's span: update it, tell the UI."""
        span = (event.start_ms, max(event.start_ms, event.end_ms))
        for index in range(len(self._stored) - 1, -1, -1):
            segment = self._stored[index]
            if (segment.start_ms, segment.end_ms) == span:
                if segment.speaker == event.speaker:
                    return
                if isinstance(self._segments, SpeakerUpdates):
                    self._segments.update_speaker(segment.id, event.speaker)
                self._stored[index] = relabelled = replace(segment, speaker=event.speaker)
                self._emit(SpeakerRelabelled(relabelled))
                return

    def _tear_down(self) -> bool:
        """Stop whatever still runs and zeroize the ring; True when verified all zeros."""
        try:
            if self._capture is not None:
                self._capture.stop()
        finally:
            self._capture = None
            if self._worker is not None:
                self._worker.abort()  # a no-op join when the worker already finished
            self._worker = None
        ring = self._ring
        if ring is None:
            return True
        try:
            ring.close()
        except Exception:  # ZeroizeError or worse: wipe without verification, report below
            ring.emergency_zeroize()
        if self._zeroizer is not None:
            self._zeroizer.release(ring)
        return ring.is_zero()

    def _set_status(self, status: SessionStatus) -> None:
        if self._session_id is None:
            return
        self._sessions.set_status(self._session_id, status)
        self._status = status
        self._emit(StatusChanged(self._session_id, status))

    def _finish_status(self, status: SessionStatus, *, duration_ms: int) -> None:
        if self._session_id is None:
            return
        session_id = self._session_id
        self._sessions.set_status(
            session_id, status, ended_at=self._clock.now(), duration_ms=duration_ms
        )
        self._status = status
        self._session_id = None
        self._emit(StatusChanged(session_id, status))
