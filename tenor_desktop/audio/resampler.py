"""Streaming rational-ratio resampler (polyphase FIR) from the device rate to 16 kHz mono.

It runs in the capture consumer thread, never in the PortAudio callback. Every array that holds
audio is preallocated and wiped by :meth:`clear`, so resampling leaves no stray copies of speech
in freed memory. Quality target is speech recognition: a Blackman-windowed sinc with the
cut-off at 85% of the output Nyquist frequency and about 40 sinc lobes, which puts aliases of
everything above 8 kHz more than 60 dB down.
"""

from __future__ import annotations

from math import ceil, gcd

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]


_CUTOFF = 0.85  # of the lower Nyquist frequency


def _taps_per_phase(up: int, down: int, lobes: int) -> int:
    return ceil(lobes * max(up, down) / (up * _CUTOFF))


def _design_lowpass(up: int, down: int, taps_per_phase: int) -> npt.NDArray[np.float64]:
    """Windowed-sinc low-pass at the upsampled rate, scaled by ``up`` for zero-stuffing gain."""
    length = up * taps_per_phase
    cutoff = _CUTOFF / max(up, down)  # fraction of the upsampled Nyquist frequency
    centre = (length - 1) / 2.0
    n = np.arange(length, dtype=np.float64) - centre
    taps = cutoff * np.sinc(cutoff * n) * np.blackman(length)
    taps *= up / taps.sum()
    return taps


class PolyphaseResampler:
    """Converts blocks at ``input_rate`` to ``output_rate``, keeping state across blocks."""

    def __init__(
        self,
        input_rate: int,
        output_rate: int = 16_000,
        *,
        max_block: int = 8192,
        lobes: int = 40,
    ) -> None:
        """Prepare filters and scratch memory for blocks of at most ``max_block`` input frames."""
        if input_rate <= 0 or output_rate <= 0:
            raise ValueError("rates must be positive")
        common = gcd(input_rate, output_rate)
        self.up = output_rate // common
        self.down = input_rate // common
        self.max_block = max_block
        taps_per_phase = _taps_per_phase(self.up, self.down, lobes) if self.up != self.down else 1
        self._taps = taps_per_phase
        # phases[p, k] = h[p + k*up]; reversed order is handled by the gather indices.
        self._phases = (
            _design_lowpass(self.up, self.down, taps_per_phase)
            .reshape(taps_per_phase, self.up)
            .T.astype(np.float32)
        )
        history = taps_per_phase - 1
        self._extended: FloatArray = np.zeros(history + max_block, dtype=np.float32)
        max_out = (max_block * self.up) // self.down + 2
        self._gathered: FloatArray = np.zeros((max_out, taps_per_phase), dtype=np.float32)
        self._output: FloatArray = np.zeros(max_out, dtype=np.float32)
        self._lags = np.arange(taps_per_phase, dtype=np.int64)
        self._consumed = 0  # input frames seen so far
        self._produced = 0  # output frames emitted so far

    @property
    def passthrough(self) -> bool:
        """True when input and output rates are equal."""
        return self.up == self.down

    def output_frames_for(self, input_frames: int) -> int:
        """Upper bound on output frames ``input_frames`` more input can produce."""
        return (input_frames * self.up) // self.down + 1

    def process(self, block: FloatArray) -> FloatArray:
        """Resample one mono block; returns a view valid until the next call."""
        count = block.shape[0]
        if count > self.max_block:
            raise ValueError("block larger than max_block")
        if self.passthrough:
            self._output[:count] = block
            self._consumed += count
            self._produced += count
            return self._output[:count]
        history = self._taps - 1
        self._extended[history : history + count] = block
        total_in = self._consumed + count
        # Output j needs input index (j*down)//up < total_in.
        last_j = (total_in * self.up - 1) // self.down
        first_j = self._produced
        outputs = max(0, last_j - first_j + 1)
        if outputs:
            positions = np.arange(first_j, last_j + 1, dtype=np.int64) * self.down
            phase = positions % self.up
            source = positions // self.up - (self._consumed - history)
            indices = source[:, None] - self._lags[None, :]
            gathered = self._gathered[:outputs]
            np.take(self._extended, indices, out=gathered)
            np.einsum("jk,jk->j", self._phases[phase], gathered, out=self._output[:outputs])
            gathered.fill(0.0)
        # Keep the last taps-1 inputs as history for the next block.
        self._extended[:history] = self._extended[count : count + history]
        self._extended[history:].fill(0.0)
        self._consumed = total_in
        self._produced += outputs
        return self._output[:outputs]

    def clear(self) -> None:
        """Zero every scratch array that held audio."""
        self._extended.fill(0.0)
        self._gathered.fill(0.0)
        self._output.fill(0.0)
