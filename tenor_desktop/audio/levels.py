"""Input level metering (RMS and peak in dBFS) and the "your microphone is silent" detector.

Muted or wrong microphones are the most common failure in session recorders, so the capture
tells the UI when the input has been digital silence for a while. The threshold is on the
peak: a working microphone in a quiet room still shows noise around -70..-50 dBFS, while a
muted or disconnected one sits far below.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FLOOR_DBFS = -120.0


@dataclass(frozen=True)
class LevelReading:
    """Loudness of one metering window."""

    rms_dbfs: float
    peak_dbfs: float


def to_dbfs(amplitude: float) -> float:
    """Convert a linear amplitude (1.0 = full scale) to dBFS, floored at -120."""
    if amplitude <= 0.0:
        return FLOOR_DBFS
    return max(FLOOR_DBFS, 20.0 * math.log10(amplitude))


class LevelMeter:
    """Accumulates 16 kHz mono audio and yields one reading per window (50 ms = 20 per second)."""

    def __init__(
        self,
        *,
        sample_rate: int = 16_000,
        window_seconds: float = 0.05,
        silence_threshold_dbfs: float = -65.0,
        silence_warning_seconds: float = 10.0,
    ) -> None:
        """Configure window length and the silence warning."""
        self.window = max(1, round(sample_rate * window_seconds))
        self._sample_rate = sample_rate
        self._threshold = silence_threshold_dbfs
        self._warn_after = round(silence_warning_seconds * sample_rate)
        self._sum_squares = 0.0
        self._peak = 0.0
        self._filled = 0
        self._silent_samples = 0
        self.silence_warned = False

    @property
    def silent_seconds(self) -> float:
        """How long the input has been continuously silent."""
        return self._silent_samples / self._sample_rate

    def process(self, samples: npt.NDArray[np.float32]) -> list[LevelReading]:
        """Meter ``samples``; return the readings of every window they completed."""
        readings: list[LevelReading] = []
        offset = 0
        total = samples.shape[0]
        while offset < total:
            take = min(self.window - self._filled, total - offset)
            part = samples[offset : offset + take]
            self._sum_squares += float(np.dot(part, part))
            self._peak = max(self._peak, float(np.max(np.abs(part))))
            self._filled += take
            offset += take
            if self._filled == self.window:
                readings.append(self._close_window())
        return readings

    def silence_started(self) -> bool:
        """True exactly once when the silence passes the warning time."""
        if not self.silence_warned and self._silent_samples >= self._warn_after:
            self.silence_warned = True
            return True
        return False

    def silence_ended(self) -> bool:
        """True exactly once when sound returns after a warning."""
        if self.silence_warned and self._silent_samples == 0:
            self.silence_warned = False
            return True
        return False

    def _close_window(self) -> LevelReading:
        reading = LevelReading(
            rms_dbfs=to_dbfs(math.sqrt(self._sum_squares / self.window)),
            peak_dbfs=to_dbfs(self._peak),
        )
        if reading.peak_dbfs < self._threshold:
            self._silent_samples += self.window
        else:
            self._silent_samples = 0
        self._sum_squares = 0.0
        self._peak = 0.0
        self._filled = 0
        return reading
