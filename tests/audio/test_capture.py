"""MicrophoneCapture against a real PulseAudio virtual microphone through PortAudio."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile

from tenor_desktop.audio.capture import MicrophoneCapture
from tenor_desktop.audio.capture_events import (
    AudioDropped,
    CaptureEvent,
    DeviceFallback,
    DeviceLost,
    LevelChanged,
    SilenceEnded,
    SilenceWarning,
)
from tenor_desktop.audio.devices import DeviceChoice, DeviceSelector, refresh_devices
from tenor_desktop.audio.resampler import PolyphaseResampler
from tenor_desktop.audio.ring_buffer import SecureRingBuffer
from tests.audio.virtual_mic import (
    VirtualMic,
    speak,
    start_private_mic,
    stop_private_mic,
    virtual_mic,
)

__all__ = ["virtual_mic"]
pytestmark = pytest.mark.pulse


class Events:
    """Thread-safe event recorder with a wait helper."""

    def __init__(self) -> None:
        self.items: list[CaptureEvent] = []
        self._lock = threading.Lock()

    def __call__(self, event: CaptureEvent) -> None:
        with self._lock:
            self.items.append(event)

    def of(self, kind: type) -> list[CaptureEvent]:
        with self._lock:
            return [event for event in self.items if isinstance(event, kind)]

    def wait_for(self, kind: type, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.of(kind):
                return True
            time.sleep(0.02)
        return False


def default_choice() -> DeviceChoice:
    return DeviceSelector(lambda: None, lambda _name: None).choose()


@pytest.fixture
def capture_factory(virtual_mic: VirtualMic) -> Iterator[Callable[..., MicrophoneCapture]]:
    made: list[MicrophoneCapture] = []

    def make(ring: SecureRingBuffer, events: Events, **options: Any) -> MicrophoneCapture:
        choice = options.pop("choice", None) or default_choice()
        capture = MicrophoneCapture(ring, choice, events, **options)
        made.append(capture)
        return capture

    yield make
    for capture in made:
        capture.stop()


def best_alignment(reference: np.ndarray, captured: np.ndarray) -> float:
    """Peak normalised cross-correlation of reference inside captured."""
    spectrum = np.fft.rfft(captured, 2 * len(captured)) * np.conj(
        np.fft.rfft(reference, 2 * len(captured))
    )
    correlation = np.fft.irfft(spectrum)[: len(captured) - len(reference)]
    lag = int(np.argmax(correlation))
    window = captured[lag : lag + len(reference)]
    return float(np.dot(window, reference) / (np.linalg.norm(window) * np.linalg.norm(reference)))


def test_speech_arrives_as_16k_mono_matching_the_played_file(
    virtual_mic: VirtualMic, capture_factory: Callable[..., MicrophoneCapture], tmp_path: Path
) -> None:
    wav = speak("the quick brown fox jumps over the lazy dog", tmp_path)
    played, rate = soundfile.read(wav, dtype="float32")
    resampler = PolyphaseResampler(rate)
    reference = np.concatenate(
        [resampler.process(played[i : i + 4096]).copy() for i in range(0, len(played), 4096)]
    )
    ring = SecureRingBuffer(16_000 * 30)
    events = Events()
    capture = capture_factory(ring, events)
    capture.start()
    assert capture.wait_for_audio(10)
    started = time.monotonic()
    virtual_mic.play(wav)
    time.sleep(0.3)
    elapsed = time.monotonic() - started
    capture.stop()

    assert capture.samplerate == 48_000 and capture.channels == 1
    _start, captured = ring.read(ring.available())
    # Everything from first callback to stop, at 16 kHz (not 48 kHz, not 44.1 kHz).
    assert elapsed * 16_000 * 0.8 < captured.shape[0] < (elapsed + 2.0) * 16_000
    assert best_alignment(reference.astype(np.float64), captured.astype(np.float64)) > 0.9
    levels = events.of(LevelChanged)
    assert len(levels) >= 0.7 * 20 * elapsed  # ~20 readings per second
    assert max(level.peak_dbfs for level in levels) > -20  # type: ignore[union-attr]
    assert capture.dropped_frames == 0 and not events.of(AudioDropped)
    assert capture.callback_costs_ns().shape[0] == capture.callbacks > 0
    assert capture._staging.is_zero() and capture._staging.closed


def test_silence_warning_and_its_end(
    virtual_mic: VirtualMic, capture_factory: Callable[..., MicrophoneCapture], tmp_path: Path
) -> None:
    wav = speak("can you hear me now", tmp_path)
    events = Events()
    capture = capture_factory(SecureRingBuffer(16_000 * 30), events, silence_warning_seconds=1.0)
    capture.start()
    assert events.wait_for(SilenceWarning, 8)
    assert not events.of(SilenceEnded)
    virtual_mic.play(wav)
    assert events.wait_for(SilenceEnded, 5)


def test_pause_stops_taking_audio_and_resume_continues(
    capture_factory: Callable[..., MicrophoneCapture],
) -> None:
    ring = SecureRingBuffer(16_000 * 30)
    events = Events()
    capture = capture_factory(ring, events)
    capture.start()
    assert capture.wait_for_audio(10)
    capture.pause()
    time.sleep(0.2)
    paused_at = ring.written_position
    time.sleep(3.5)  # longer than the stall timeout: a pause is not a lost device
    assert ring.written_position == paused_at
    capture.resume()
    deadline = time.monotonic() + 10
    while ring.written_position < paused_at + 16_000 * 0.3 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert ring.written_position >= paused_at + 16_000 * 0.3
    assert not events.of(DeviceLost)


def test_fallback_is_announced_when_the_remembered_device_is_gone(
    capture_factory: Callable[..., MicrophoneCapture],
) -> None:
    choice = DeviceSelector(lambda: "Unplugged USB Mic", lambda _name: None).choose()
    events = Events()
    capture = capture_factory(SecureRingBuffer(16_000 * 5), events, choice=choice)
    capture.start()
    assert events.of(DeviceFallback) == [DeviceFallback("Unplugged USB Mic", choice.device.name)]


def test_full_session_ring_is_reported_as_dropped_audio_not_hidden(
    capture_factory: Callable[..., MicrophoneCapture],
) -> None:
    # Nobody reads or acknowledges the 0.25 s session ring, so staging fills, then drops.
    events = Events()
    capture = capture_factory(SecureRingBuffer(4_000), events, staging_seconds=0.25)
    capture.start()
    assert events.wait_for(AudioDropped, 10)
    assert capture.dropped_frames > 0


def test_device_disappearing_mid_session_is_reported_and_audio_is_kept(
    tmp_path_factory: pytest.TempPathFactory, virtual_mic: VirtualMic
) -> None:
    directory = Path(str(tmp_path_factory.mktemp("lost")))
    private = start_private_mic(directory)
    os.environ["PULSE_SERVER"] = private.server
    refresh_devices()
    try:
        ring = SecureRingBuffer(16_000 * 30)
        events = Events()
        capture = MicrophoneCapture(ring, default_choice(), events)
        capture.start()
        assert capture.wait_for_audio(10)
        time.sleep(1.0)
        pid = private.server_pid()
        assert pid is not None
        os.kill(pid, 9)  # the microphone vanishes (our own private server, by PID)
        assert events.wait_for(DeviceLost, 5)
        assert capture.lost
        kept = ring.written_position
        started = time.monotonic()
        capture.stop()
        assert time.monotonic() - started < 3
        assert kept >= 16_000 * 0.8
        assert ring.available() == ring.written_position >= kept
    finally:
        os.environ["PULSE_SERVER"] = virtual_mic.server
        stop_private_mic(directory)
        refresh_devices()
