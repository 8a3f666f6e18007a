"""Audio held for replay until Deepgram acknowledges it, and its wire encoding.

Privacy rule: this is the only copy of session audio the Deepgram engine keeps. It lives in
RAM, every chunk is overwritten with zeros as soon as final results cover it (or at
``zeroize()``), and nothing here ever writes or logs samples.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

import numpy as np

from tenor_desktop.transcription.protocol import Pcm


def pcm_to_linear16(pcm: Pcm) -> bytearray:
    """Encode float32 samples in [-1, 1] as little-endian 16-bit PCM (``x * 32767``, truncated).

    Returns a mutable buffer so the caller can zero it once it has been sent; the float and
    integer temporaries made here are zeroed before returning.
    """
    scaled = np.clip(pcm, -1.0, 1.0)
    scaled *= 32767.0
    ints = scaled.astype("<i2")
    encoded = bytearray(ints.tobytes())
    scaled.fill(0.0)
    ints.fill(0)
    return encoded


class PendingAudio:
    """Unacknowledged audio as contiguous chunks keyed by absolute start sample."""

    def __init__(self) -> None:
        self._chunks: deque[tuple[int, Pcm]] = deque()
        self._start = 0
        self._end = 0

    @property
    def start_sample(self) -> int:
        """First sample still held (the first unacknowledged one)."""
        return self._start

    @property
    def end_sample(self) -> int:
        """One past the last sample held."""
        return self._end

    @property
    def sample_count(self) -> int:
        """Samples currently held."""
        return self._end - self._start

    def append(self, pcm: Pcm, start_sample: int) -> None:
        """Keep a private copy of ``pcm``, which must start where the held audio ends."""
        if self._chunks and start_sample != self._end:
            raise ValueError("audio must be contiguous")
        if not self._chunks:
            self._start = start_sample
        self._chunks.append((start_sample, np.array(pcm, dtype=np.float32, copy=True)))
        self._end = start_sample + len(pcm)

    def release_before(self, sample: int) -> None:
        """Zero and forget every sample before ``sample`` (acknowledged audio)."""
        while self._chunks and sample > self._chunks[0][0]:
            start, chunk = self._chunks[0]
            covered = min(sample - start, len(chunk))
            chunk[:covered] = 0.0
            if covered == len(chunk):
                self._chunks.popleft()
            else:
                self._chunks[0] = (start + covered, chunk[covered:])
        self._start = max(self._start, min(sample, self._end))
        if not self._chunks:
            self._start = max(self._start, sample)
            self._end = max(self._end, self._start)

    def chunks_from(self, sample: int) -> Iterator[tuple[int, Pcm]]:
        """Yield (start, view) pieces covering [sample, end) in order; views are not copies."""
        for start, chunk in self._chunks:
            end = start + len(chunk)
            if end <= sample:
                continue
            skip = max(0, sample - start)
            yield start + skip, chunk[skip:]

    def copy_range(self, start: int, end: int) -> Pcm:
        """A contiguous copy of the held samples in [start, end) (clamped to what is held)."""
        pieces = [
            view[: max(0, end - piece_start)] for piece_start, view in self.chunks_from(start)
        ]
        pieces = [piece for piece in pieces if len(piece)]
        if not pieces:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate(pieces).astype(np.float32, copy=False)

    def copy_from(self, sample: int) -> Pcm:
        """One contiguous copy of [sample, end) (for handing audio to another engine)."""
        pieces = [view for _start, view in self.chunks_from(sample)]
        if not pieces:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate(pieces).astype(np.float32, copy=False)

    def zeroize(self) -> None:
        """Overwrite and drop everything held."""
        for _start, chunk in self._chunks:
            chunk[:] = 0.0
        self._chunks.clear()
        self._start = self._end
