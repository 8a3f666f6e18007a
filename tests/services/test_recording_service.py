"""RecordingService on a real vault with a deterministic protocol-level transcriber double.

The transcriber double implements the committed Transcriber protocol (no remote service is
imitated); the audio source writes a synthetic array into the session ring like the capture
consumer does. The real microphone + real Whisper path is tests/e2e/.
"""

# ruff: noqa: F811  (the vault fixtures are imported from tests/vault/conftest.py by name)
from __future__ import annotations

import itertools
import os
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from tenor_desktop.audio.capture import MicrophoneCapture
from tenor_desktop.audio.capture_events import CaptureEvent, DeviceLost
from tenor_desktop.audio.devices import DeviceSelector, refresh_devices
from tenor_desktop.audio.errors import NoInputDeviceError
from tenor_desktop.audio.ring_buffer import SecureRingBuffer
from tenor_desktop.core.models import RedactionMark, SessionStatus
from tenor_desktop.services.deletion_service import DeletionService
from tenor_desktop.services.recording_events import (
    AudioNotPinned,
    EngineCommitForced,
    PartialText,
    RecordingError,
    RecordingEvent,
    SegmentStored,
    StatusChanged,
    TranscriptionFailed,
)
from tenor_desktop.services.recording_service import RecordingService, Redaction
from tenor_desktop.transcription.protocol import EventKind, Pcm, TranscriptEvent
from tenor_desktop.vault.repositories import ClientRepository, SegmentRepository, SessionRepository
from tenor_desktop.vault.vault import Vault
from tests.audio.virtual_mic import start_private_mic, stop_private_mic
from tests.vault.conftest import (  # noqa: F401 (pytest fixtures, used by name)
    clock,
    template_vault_dir,
    vault,
    vault_dir,
)

Emit = Callable[[CaptureEvent], None]
CONSENT = datetime(2026, 1, 5, 8, 59, tzinfo=UTC)


class WordTranscriber:
    """Emits one partial and one final word per ``span`` samples and acknowledges them."""

    def __init__(self, span: int = 8_000, *, acknowledge: bool = True, fail_on_feed: int = 0):
        self.span = span
        self.acknowledge = acknowledge
        self.fail_on_feed = fail_on_feed
        self.feeds: list[tuple[int, int]] = []
        self.closed = False
        self.finishes = 0
        self._events: list[TranscriptEvent] = []
        self._committed = -1
        self._fed_end = -1

    @property
    def name(self) -> str:
        return "words"

    def feed(self, pcm: Pcm, start_sample: int) -> None:
        assert pcm.dtype == np.float32 and pcm.ndim == 1
        assert self._fed_end in (-1, start_sample), "audio must be contiguous"
        if self.fail_on_feed and len(self.feeds) + 1 == self.fail_on_feed:
            raise RuntimeError("engine crashed")
        if self._committed < 0:
            self._committed = start_sample
        self.feeds.append((start_sample, pcm.shape[0]))
        self._fed_end = start_sample + pcm.shape[0]
        while self.acknowledge and self._fed_end - self._committed >= self.span:
            self._commit(self._committed + self.span)

    def _commit(self, end: int) -> None:
        start_ms, end_ms = self._committed // 16, end // 16
        word = f"word{start_ms // 500}"
        self._events.append(TranscriptEvent(EventKind.PARTIAL, start_ms, end_ms, word))
        self._events.append(TranscriptEvent(EventKind.FINAL, start_ms, end_ms, word, "S1", 0.9))
        self._committed = end

    def poll(self) -> list[TranscriptEvent]:
        events, self._events = self._events, []
        return events

    def acknowledged_sample(self) -> int:
        return max(self._committed, 0)

    def finish(self) -> list[TranscriptEvent]:
        self.finishes += 1
        if self._fed_end > self._committed >= 0:
            self._commit(self._fed_end)
        return self.poll()

    def close(self) -> None:
        self.closed = True


class ArraySource:
    """Writes ``audio`` into the ring at ``speed`` times real time; waits when the ring is full."""

    def __init__(self, ring: SecureRingBuffer, audio: np.ndarray, speed: float = 8.0) -> None:
        self.ring = ring
        self.audio = audio
        self.speed = speed
        self.paused = threading.Event()
        self.stopping = threading.Event()
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self.thread.start()

    def pause(self) -> None:
        self.paused.set()

    def resume(self) -> None:
        self.paused.clear()

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join()

    def _run(self) -> None:
        position, block = 0, 320
        while position < len(self.audio):
            if self.paused.is_set() and not self.stopping.is_set():
                time.sleep(0.005)
                continue
            count = min(block, len(self.audio) - position, self.ring.free_space())
            if count > 0:
                position += self.ring.write(self.audio[position : position + count])
            time.sleep(block / 16_000 / self.speed)
        self.done.set()


def noise(seconds: float) -> np.ndarray:
    return (np.random.default_rng(7).standard_normal(round(seconds * 16_000)) * 0.1).astype(
        np.float32
    )


class Rig:
    """A RecordingService on the test vault, recording everything that happens."""

    def __init__(
        self,
        vault: Vault,
        audio: np.ndarray,
        *,
        transcriber: Callable[[], WordTranscriber] = WordTranscriber,
        speed: float = 8.0,
        **options: object,
    ) -> None:
        self.client = ClientRepository(vault).add("Client A")
        self.sessions = SessionRepository(vault)
        self.segments = SegmentRepository(vault)
        self.events: list[RecordingEvent] = []
        self.ready: list[str] = []
        self.transcribers: list[WordTranscriber] = []
        self.sources: list[ArraySource] = []

        def make_transcriber() -> WordTranscriber:
            self.transcribers.append(transcriber())
            return self.transcribers[-1]

        def make_source(ring: SecureRingBuffer, _emit: Emit) -> ArraySource:
            self.sources.append(ArraySource(ring, audio, speed))
            return self.sources[-1]

        self.service = RecordingService(
            self.sessions,
            self.segments,
            transcriber_factory=make_transcriber,
            capture_factory=make_source,
            discard_transcript=DeletionService(vault).delete_transcript,
            on_ready=self.ready.append,
            on_event=self.events.append,
            **options,  # type: ignore[arg-type]
        )

    def start(self) -> str:
        return self.service.start(self.client.id, CONSENT)

    def wait_for_source(self) -> None:
        assert self.sources[-1].done.wait(30)

    def of(self, kind: type) -> list[RecordingEvent]:
        return [event for event in list(self.events) if isinstance(event, kind)]

    def fed_samples(self) -> int:
        return sum(count for t in self.transcribers for _start, count in t.feeds)


def test_segments_are_stored_while_recording_and_stop_wipes_the_audio(vault: Vault) -> None:
    rig = Rig(vault, noise(4.0))
    session_id = rig.start()
    deadline = time.monotonic() + 20
    while not rig.segments.list(session_id) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert rig.segments.list(session_id), "a segment must be in the vault before stop"
    assert rig.sessions.get(session_id).status == SessionStatus.RECORDING
    rig.wait_for_source()
    ring = rig.service.buffer
    assert ring is not None

    result = rig.service.stop()

    assert result.audio_cleared and ring.is_zero() and ring.closed
    assert result.duration_ms == 4_000
    assert rig.fed_samples() == 64_000  # every sample reached the engine exactly once
    stored = rig.segments.list(session_id)
    assert [segment.text for segment in stored] == [f"word{i}" for i in range(8)]
    assert result.segment_count == 8 and result.text.split() == [s.text for s in stored]
    session = rig.sessions.get(session_id)
    assert session.status == SessionStatus.READY
    assert session.consent_at == CONSENT and session.duration_ms == 4_000
    assert rig.ready == [session_id]
    assert rig.transcribers[0].closed
    assert rig.of(PartialText) and len(rig.of(SegmentStored)) == 8
    assert rig.service.session_id is None


def test_unpinned_audio_memory_is_reported(vault: Vault) -> None:
    rig = Rig(vault, noise(0.5), lock_memory=False)
    session_id = rig.start()
    assert rig.of(AudioNotPinned) == [AudioNotPinned(session_id, "not requested")]
    rig.wait_for_source()
    assert rig.service.stop().audio_cleared


def test_redact_hook_runs_before_anything_is_stored(vault: Vault) -> None:
    def redact(text: str) -> Redaction:
        return "[NAME] " + text, [RedactionMark(0, 6, "NAME")]

    rig = Rig(vault, noise(1.0), redact=redact)
    session_id = rig.start()
    rig.wait_for_source()
    rig.service.stop()
    stored = rig.segments.list(session_id)
    assert stored and all(segment.text.startswith("[NAME] word") for segment in stored)
    assert stored[0].redactions == (RedactionMark(0, 6, "NAME"),)


def test_pause_and_resume_are_recorded(vault: Vault) -> None:
    rig = Rig(vault, noise(2.0), speed=4.0)
    session_id = rig.start()
    rig.service.pause()
    assert rig.sessions.get(session_id).status == SessionStatus.PAUSED
    with pytest.raises(RecordingError):
        rig.service.pause()
    rig.service.resume()
    rig.wait_for_source()
    rig.service.stop()
    statuses = [event.status for event in rig.of(StatusChanged)]  # type: ignore[union-attr]
    assert statuses == [
        SessionStatus.RECORDING,
        SessionStatus.PAUSED,
        SessionStatus.RECORDING,
        SessionStatus.PROCESSING,
        SessionStatus.READY,
    ]


def test_abort_discards_audio_and_transcript(vault: Vault) -> None:
    rig = Rig(vault, noise(3.0))
    session_id = rig.start()
    rig.wait_for_source()
    deadline = time.monotonic() + 20
    while not rig.segments.list(session_id) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert rig.segments.list(session_id)
    ring = rig.service.buffer
    assert ring is not None

    rig.service.abort()

    assert ring.is_zero() and ring.closed
    assert rig.segments.list(session_id) == []
    assert rig.sessions.get(session_id).status == SessionStatus.ABORTED
    assert rig.ready == []


def test_buffer_pressure_forces_a_commit_and_loses_nothing(vault: Vault) -> None:
    # A 2-second ring and an engine that never commits on its own: without the forced commit
    # the ring would fill after one second and audio would have nowhere to go.
    rig = Rig(
        vault,
        noise(6.0),
        transcriber=lambda: WordTranscriber(acknowledge=False),
        buffer_seconds=2.0,
        high_water=0.5,
    )
    session_id = rig.start()
    rig.wait_for_source()
    result = rig.service.stop()
    assert rig.of(EngineCommitForced)
    # The same engine goes on after each forced commit (it keeps the session's speakers), fed
    # one contiguous stream, and is closed once at the end.
    (engine,) = rig.transcribers
    assert engine.closed
    assert rig.fed_samples() == 96_000
    assert all(a + n == b for (a, n), (b, _m) in itertools.pairwise(engine.feeds))
    assert engine.finishes >= 3
    ring = rig.service.buffer
    assert ring is not None and ring.dropped_samples == 0 and ring.is_zero()
    stored = rig.segments.list(session_id)
    covered = sum(segment.end_ms - segment.start_ms for segment in stored)
    assert covered == 6_000 and result.duration_ms == 6_000


def test_engine_failure_is_reported_and_the_audio_still_wiped(vault: Vault) -> None:
    rig = Rig(vault, noise(2.0), transcriber=lambda: WordTranscriber(fail_on_feed=3))
    session_id = rig.start()
    rig.wait_for_source()
    result = rig.service.stop()
    assert [type(e) for e in rig.of(TranscriptionFailed)] == [TranscriptionFailed]
    assert "crashed" not in repr(rig.of(TranscriptionFailed))  # error kind only
    assert result.audio_cleared
    assert rig.sessions.get(session_id).status == SessionStatus.FAILED
    assert rig.ready == []


def test_microphone_that_cannot_open_fails_the_session_cleanly(vault: Vault) -> None:
    rig = Rig(vault, noise(1.0))
    rings: list[SecureRingBuffer] = []

    def broken(ring: SecureRingBuffer, _emit: Emit) -> ArraySource:
        rings.append(ring)
        raise NoInputDeviceError("The microphone could not be opened.")

    rig.service._capture_factory = broken
    with pytest.raises(NoInputDeviceError):
        rig.start()
    assert rings[0].is_zero() and rings[0].closed
    failed = rig.sessions.list_for_client(rig.client.id)
    assert [session.status for session in failed] == [SessionStatus.FAILED]
    assert rig.transcribers[0].closed
    assert rig.service.session_id is None


def test_only_one_session_at_a_time(vault: Vault) -> None:
    rig = Rig(vault, noise(0.5))
    rig.start()
    with pytest.raises(RecordingError):
        rig.start()
    rig.wait_for_source()
    rig.service.stop()


def test_restart_capture_continues_the_same_session_contiguously(vault: Vault) -> None:
    rig = Rig(vault, noise(1.0))
    session_id = rig.start()
    rig.wait_for_source()
    rig.service.restart_capture()  # e.g. after DeviceLost, the clinician picks another mic
    assert len(rig.sources) == 2
    rig.wait_for_source()
    result = rig.service.stop()
    assert result.duration_ms == 2_000
    assert rig.fed_samples() == 32_000
    assert len(rig.segments.list(session_id)) == 4
    with pytest.raises(RecordingError):
        rig.service.restart_capture()


@pytest.mark.pulse
def test_microphone_vanishing_mid_session_keeps_and_transcribes_what_was_captured(
    vault: Vault, tmp_path_factory: pytest.TempPathFactory
) -> None:
    directory = Path(str(tmp_path_factory.mktemp("mic")))
    private = start_private_mic(directory)
    previous = os.environ.get("PULSE_SERVER")
    os.environ["PULSE_SERVER"] = private.server
    refresh_devices()
    try:
        rig = Rig(vault, noise(0.1))
        captures: list[MicrophoneCapture] = []

        def microphone(ring: SecureRingBuffer, emit: Emit) -> MicrophoneCapture:
            choice = DeviceSelector(lambda: None, lambda _name: None).choose()
            captures.append(MicrophoneCapture(ring, choice, emit))
            return captures[-1]

        rig.service._capture_factory = microphone
        session_id = rig.start()
        assert captures[0].wait_for_audio(10)
        time.sleep(1.5)
        pid = private.server_pid()
        assert pid is not None
        os.kill(pid, 9)  # our private server only, by PID
        deadline = time.monotonic() + 5
        while not rig.of(DeviceLost) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert rig.of(DeviceLost), "the UI must hear that the microphone is gone"
        ring = rig.service.buffer
        assert ring is not None
        result = rig.service.stop()
        assert result.duration_ms >= 1_000
        assert rig.fed_samples() == ring.written_position
        assert rig.sessions.get(session_id).status == SessionStatus.READY
        assert len(rig.segments.list(session_id)) >= 2  # 0.5 s words from the kept audio
        assert result.audio_cleared
    finally:
        if previous is None:
            os.environ.pop("PULSE_SERVER", None)
        else:
            os.environ["PULSE_SERVER"] = previous
        stop_private_mic(directory)
        refresh_devices()
