"""Events the microphone capture reports to whoever listens (the recording service, the UI).

They are plain frozen dataclasses delivered on the capture's consumer thread; the UI adapter
turns them into queued Qt signals. None of them carries audio.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LevelChanged:
    """Input loudness over the last ~50 ms."""

    rms_dbfs: float
    peak_dbfs: float


@dataclass(frozen=True)
class SilenceWarning:
    """The input has been silent this long: wrong or muted microphone?"""

    silent_seconds: float


@dataclass(frozen=True)
class SilenceEnded:
    """Sound came back after a silence warning."""


@dataclass(frozen=True)
class DeviceFallback:
    """The remembered microphone is gone; another one is in use."""

    requested: str
    used: str


@dataclass(frozen=True)
class DeviceLost:
    """The microphone stopped delivering audio mid-session; captured audio is kept."""

    device_name: str
    reason: str


@dataclass(frozen=True)
class InputOverflow:
    """PortAudio reported that the device overran before our callback ran (audio glitch)."""

    total_overflows: int


@dataclass(frozen=True)
class AudioDropped:
    """Our staging buffer was full, so frames could not be stored. Never silent."""

    total_dropped_frames: int


@dataclass(frozen=True)
class CaptureFailed:
    """The consumer thread hit an unexpected error; capture stopped, captured audio is kept."""

    error_kind: str


CaptureEvent = (
    LevelChanged
    | SilenceWarning
    | SilenceEnded
    | DeviceFallback
    | DeviceLost
    | InputOverflow
    | AudioDropped
    | CaptureFailed
)
