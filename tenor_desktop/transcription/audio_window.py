"""The engine's private copy of the audio it still needs, zeroed as soon as it is dropped."""

from __future__ import annotations

import numpy as np

from tenor_desktop.transcription.protocol import Pcm


class AudioWindow:
    """Contiguous audio covering absolute samples ``[start, end)``.

    Preallocated; samples dropped from the front or released are overwritten with zeros so no
    copy of speech outlives its use inside the engine.
    """

    def __init__(self, capacity_samples: int) -> None:
        self._data = np.zeros(max(1, capacity_samples), dtype=np.float32)
        self._length = 0
        self.start = 0

    @property
    def end(self) -> int:
        """Absolute sample just after the last one held."""
        return self.start + self._length

    def __len__(self) -> int:
        return self._length

    def reset(self, start: int) -> None:
        """Empty the window (zeroing it) and place its start at ``start``."""
        self._data[: self._length].fill(0.0)
        self._length = 0
        self.start = start

    def append(self, pcm: Pcm) -> None:
        """Add audio at the end, growing the buffer if needed."""
        needed = self._length + len(pcm)
        if needed > len(self._data):
            bigger = np.zeros(max(needed, 2 * len(self._data)), dtype=np.float32)
            bigger[: self._length] = self._data[: self._length]
            self._data.fill(0.0)
            self._data = bigger
        self._data[self._length : needed] = pcm
        self._length = needed

    def view(self, begin: int | None = None, end: int | None = None) -> Pcm:
        """Audio between two absolute samples (clamped to what is held); a view, not a copy."""
        lo = self.start if begin is None else max(begin, self.start)
        hi = self.end if end is None else min(end, self.end)
        if hi <= lo:
            return self._data[:0]
        return self._data[lo - self.start : hi - self.start]

    def drop_before(self, sample: int) -> None:
        """Forget (and zero) audio before absolute ``sample``."""
        cut = min(max(0, sample - self.start), self._length)
        if cut == 0:
            return
        remaining = self._length - cut
        self._data[:remaining] = self._data[cut : self._length]
        self._data[remaining : self._length].fill(0.0)
        self._length = remaining
        self.start += cut

    def zeroize(self) -> None:
        """Overwrite the whole buffer, held or not."""
        self._data.fill(0.0)
        self._length = 0
