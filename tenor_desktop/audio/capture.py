"""Microphone capture: PortAudio → staging ring → (consumer thread) 16 kHz mono ring.

Two threads touch audio here:

* the PortAudio callback copies ``indata`` into a preallocated staging
  :class:`SecureRingBuffer` at the device rate and counts status flags. Nothing else: no
  allocation of audio, no logging, no locks, no I/O, no events;
* the consumer thread (started by :meth:`MicrophoneCapture.start`) downmixes, resamples to
  16 kHz, writes into the session ring, meters levels, watches for silence, overflows and a
  vanished device, and reports :mod:`capture_events` to ``on_event``.

When the session ring has no room, the consumer leaves audio in the staging ring instead of
dropping it; only if the staging ring also fills does the callback drop frames, and that is
reported as :class:`AudioDropped`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt
import sounddevice as sd

from tenor_desktop.audio.capture_events import (
    AudioDropped,
    CaptureEvent,
    CaptureFailed,
    DeviceFallback,
    DeviceLost,
    InputOverflow,
    LevelChanged,
    SilenceEnded,
    SilenceWarning,
)
from tenor_desktop.audio.devices import DeviceChoice
from tenor_desktop.audio.emergency_zeroizer import EmergencyZeroizer
from tenor_desktop.audio.errors import NoInputDeviceError
from tenor_desktop.audio.levels import LevelMeter
from tenor_desktop.audio.resampler import PolyphaseResampler
from tenor_desktop.audio.ring_buffer import SAMPLE_RATE, SecureRingBuffer

PREFERRED_RATES = (48_000, 44_100, 16_000)
_COST_SLOTS = 4096
_STARTUP_GRACE_NS = 5_000_000_000

StreamFactory = Callable[..., Any]


class MicrophoneCapture:
    """Captures one input device into ``output`` (16 kHz mono) until stopped."""

    def __init__(
        self,
        output: SecureRingBuffer,
        choice: DeviceChoice,
        on_event: Callable[[CaptureEvent], None],
        *,
        samplerate: int | None = None,
        block_seconds: float = 0.02,
        staging_seconds: float = 10.0,
        silence_warning_seconds: float = 10.0,
        stall_seconds: float = 3.0,
        poll_seconds: float = 0.01,
        zeroizer: EmergencyZeroizer | None = None,
        stream_factory: StreamFactory = sd.InputStream,
    ) -> None:
        """Prepare buffers and filters; nothing is opened until :meth:`start`."""
        self._output = output
        self._choice = choice
        self._on_event = on_event
        self.device_name = choice.device.name
        self.channels, self.samplerate = _negotiate(choice, samplerate)
        self._blocksize = max(1, round(self.samplerate * block_seconds))
        self._staging = SecureRingBuffer(
            max(self._blocksize * 4, round(self.samplerate * staging_seconds)),
            channels=self.channels,
        )
        self._zeroizer = zeroizer
        if zeroizer is not None:
            zeroizer.protect(self._staging)
        max_block = max(self._blocksize * 8, round(self.samplerate * 0.2))
        self._raw_scratch: npt.NDArray[np.float32] = np.zeros(
            (max_block, self.channels), dtype=np.float32
        )
        self._mono_scratch: npt.NDArray[np.float32] = np.zeros(max_block, dtype=np.float32)
        self._resampler = PolyphaseResampler(self.samplerate, SAMPLE_RATE, max_block=max_block)
        self._meter = LevelMeter(silence_warning_seconds=silence_warning_seconds)
        self._stall_ns = int(stall_seconds * 1e9)
        self._poll = poll_seconds
        self._stream_factory = stream_factory
        self._stream: Any = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        # Written by the callback only (one writer each); read by the consumer.
        self._callbacks = 0
        self._input_overflows = 0
        self._last_callback_ns = 0
        self._costs_ns: npt.NDArray[np.int64] = np.zeros(_COST_SLOTS, dtype=np.int64)
        # Consumer-side state.
        self._paused = False
        self._stream_finished = False
        self._lost = False
        self._reported_overflows = 0
        self._reported_dropped = 0
        self._watch_from_ns = 0
        self._callbacks_at_watch = 0

    # -- public --------------------------------------------------------------------------------

    @property
    def callbacks(self) -> int:
        """Number of PortAudio callbacks so far."""
        return self._callbacks

    @property
    def dropped_frames(self) -> int:
        """Device-rate frames the staging ring could not take (reported, never silent)."""
        return self._staging.dropped_samples

    @property
    def input_overflows(self) -> int:
        """PortAudio input-overflow flags seen so far."""
        return self._input_overflows

    @property
    def lost(self) -> bool:
        """True once the device stopped delivering audio mid-session."""
        return self._lost

    @property
    def memory_locked(self) -> bool:
        """Whether the staging ring is pinned in RAM."""
        return self._staging.memory_lock.locked

    def callback_costs_ns(self) -> npt.NDArray[np.int64]:
        """Durations of the most recent callbacks (up to 4096), in nanoseconds."""
        count = min(self._callbacks, _COST_SLOTS)
        return self._costs_ns[:count].copy()

    def start(self) -> None:
        """Open the device and start capturing; raises NoInputDeviceError if it cannot open."""
        try:
            self._stream = self._stream_factory(
                device=self._choice.device.index,
                samplerate=self.samplerate,
                channels=self.channels,
                dtype="float32",
                blocksize=self._blocksize,
                callback=self._on_audio,
                finished_callback=self._on_finished,
            )
            self._stream.start()
        except (sd.PortAudioError, ValueError) as error:
            raise NoInputDeviceError("The microphone could not be opened.") from error
        self._watch_from_ns = time.perf_counter_ns()
        self._callbacks_at_watch = self._callbacks
        if self._choice.fell_back and self._choice.requested:
            self._on_event(DeviceFallback(self._choice.requested, self.device_name))
        self._thread = threading.Thread(target=self._consume, name="audio-consumer", daemon=True)
        self._thread.start()

    def wait_for_audio(self, timeout: float) -> bool:
        """Block until the first callback arrived (tests start playback only then)."""
        deadline = time.monotonic() + timeout
        while self._callbacks == 0 and time.monotonic() < deadline:
            time.sleep(0.005)
        return self._callbacks > 0

    def pause(self) -> None:
        """Stop taking audio from the device; the session ring keeps what it has."""
        if self._stream is not None and not self._paused and not self._lost:
            self._paused = True
            self._stream.stop()

    def resume(self) -> None:
        """Start taking audio again after :meth:`pause`."""
        if self._stream is not None and self._paused and not self._lost:
            self._watch_from_ns = time.perf_counter_ns()
            self._callbacks_at_watch = self._callbacks
            self._stream.start()
            self._paused = False

    def stop(self) -> None:
        """Close the device, move every staged frame into the session ring, wipe staging."""
        self._paused = True
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
                stream.close()
            except sd.PortAudioError:
                stream.abort()
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._discard_scratch()
        self._staging.close()
        if self._zeroizer is not None:
            self._zeroizer.release(self._staging)

    # -- PortAudio callback (real-time: copy and count, nothing else) --------------------------

    def _on_audio(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:  # noqa: ARG002
        started = time.perf_counter_ns()
        if status and status.input_overflow:
            self._input_overflows += 1
        self._staging.write(indata)
        index = self._callbacks
        self._last_callback_ns = started
        self._costs_ns[index % _COST_SLOTS] = time.perf_counter_ns() - started
        self._callbacks = index + 1

    def _on_finished(self) -> None:
        # PortAudio also calls this when we stop the stream ourselves (pause/stop).
        if not self._paused:
            self._stream_finished = True

    # -- consumer thread -----------------------------------------------------------------------

    def _consume(self) -> None:
        try:
            self._consume_until_stopped()
        except Exception as error:  # the thread must never die silently
            self._lost = True
            self._on_event(CaptureFailed(type(error).__name__))

    def _consume_until_stopped(self) -> None:
        while not self._stop.wait(self._poll):
            while self._drain_once():
                pass
            self._report_counters()
            self._check_device()
        # Final drain after the stream closed; bounded, because a full session ring (consumer
        # gone) must not hang stop(). Whatever cannot move is reported as dropped.
        deadline = time.monotonic() + 5.0
        while self._staging.available() and time.monotonic() < deadline:
            if not self._drain_once():
                time.sleep(self._poll)
        leftover = self._staging.available()
        if leftover:
            self._staging.dropped_samples += leftover
        self._report_counters()

    def _drain_once(self) -> bool:
        room = (self._output.free_space() - 2) * self._resampler.down // self._resampler.up
        limit = min(self._raw_scratch.shape[0], self._staging.available(), room)
        if limit <= 0:
            return False
        start, count = self._staging.read_into(self._raw_scratch[:limit])
        raw = self._raw_scratch[:count]
        mono = self._mono_scratch[:count]
        if self.channels == 1:
            mono[:] = raw[:, 0]
        else:
            np.mean(raw, axis=1, out=mono)
        self._staging.acknowledge(start + count)  # zeroes the staged copy
        resampled = self._resampler.process(mono)
        self._output.write(resampled)
        readings = self._meter.process(resampled)
        raw.fill(0.0)
        mono.fill(0.0)
        resampled.fill(0.0)
        if readings:
            last = readings[-1]
            self._on_event(LevelChanged(last.rms_dbfs, last.peak_dbfs))
        if self._meter.silence_started():
            self._on_event(SilenceWarning(self._meter.silent_seconds))
        elif self._meter.silence_ended():
            self._on_event(SilenceEnded())
        return True

    def _report_counters(self) -> None:
        if self._input_overflows > self._reported_overflows:
            self._reported_overflows = self._input_overflows
            self._on_event(InputOverflow(self._reported_overflows))
        if self._staging.dropped_samples > self._reported_dropped:
            self._reported_dropped = self._staging.dropped_samples
            self._on_event(AudioDropped(self._reported_dropped))

    def _check_device(self) -> None:
        if self._paused or self._lost:
            return
        reason = ""
        if self._stream_finished:
            reason = "stream ended"
        else:
            last = max(self._last_callback_ns, self._watch_from_ns)
            # Opening a device can take seconds before the first block; be patient until then.
            waiting_for_first = self._callbacks == self._callbacks_at_watch
            limit = max(self._stall_ns, _STARTUP_GRACE_NS) if waiting_for_first else self._stall_ns
            if time.perf_counter_ns() - last > limit:
                reason = "no audio from device"
        if reason:
            self._lost = True
            self._on_event(DeviceLost(self.device_name, reason))

    def _discard_scratch(self) -> None:
        self._raw_scratch.fill(0.0)
        self._mono_scratch.fill(0.0)
        self._resampler.clear()


def _negotiate(choice: DeviceChoice, samplerate: int | None) -> tuple[int, int]:
    """Pick (channels, rate): mono if the device allows, 48 kHz if it allows, else its default."""
    device = choice.device
    channels = 1
    rates = [samplerate] if samplerate else [*PREFERRED_RATES, round(device.default_samplerate)]
    for rate in rates:
        for candidate in (1, min(2, device.max_channels)):
            try:
                sd.check_input_settings(
                    device=device.index, channels=candidate, dtype="float32", samplerate=rate
                )
            except (sd.PortAudioError, ValueError):
                continue
            return candidate, rate
    if samplerate:
        raise NoInputDeviceError("The microphone does not support the requested sample rate.")
    return channels, round(device.default_samplerate)
