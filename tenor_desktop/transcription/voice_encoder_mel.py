"""The voice encoder's input features: a 40-channel mel power spectrogram, in numpy.

The encoder was trained on ``librosa.feature.melspectrogram`` with resemblyzer's parameters,
so this reproduces librosa's conventions exactly rather than a textbook variant:

* 16 kHz audio, 400-sample (25 ms) periodic Hann window, 400-point FFT, 160-sample (10 ms) hop;
* frames centred on ``t * hop`` (the signal is reflect-padded by half a window each side, as
  librosa did when the model was trained), giving ``1 + len // hop`` frames;
* power spectrum ``|X|**2``; 40 triangular filters from 0 Hz to 8 kHz spaced on the Slaney mel
  scale (linear below 1 kHz, logarithmic above), each scaled to unit area ("slaney" norm);
* linear power, not a logarithm: the network takes the mel energies as they are.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import numpy.typing as npt

from tenor_desktop.transcription.protocol import SAMPLE_RATE

N_FFT = 400
HOP = 160
N_MELS = 40
_F_SP = 200.0 / 3.0  # Slaney: 66.7 Hz per mel below 1 kHz
_MIN_LOG_HZ = 1000.0
_MIN_LOG_MEL = _MIN_LOG_HZ / _F_SP
_LOG_STEP = float(np.log(6.4) / 27.0)

Floats = npt.NDArray[np.float64]
Float32s = npt.NDArray[np.float32]


def hz_to_mel(hz: Floats) -> Floats:
    """Slaney mel value of each frequency in Hz."""
    hz = np.asarray(hz, dtype=np.float64)
    linear = hz / _F_SP
    logarithmic = _MIN_LOG_MEL + np.log(np.maximum(hz, _MIN_LOG_HZ) / _MIN_LOG_HZ) / _LOG_STEP
    return np.where(hz >= _MIN_LOG_HZ, logarithmic, linear)


def mel_to_hz(mel: Floats) -> Floats:
    """Frequency in Hz of each Slaney mel value (inverse of ``hz_to_mel``)."""
    mel = np.asarray(mel, dtype=np.float64)
    linear = mel * _F_SP
    logarithmic = _MIN_LOG_HZ * np.exp(_LOG_STEP * (np.maximum(mel, _MIN_LOG_MEL) - _MIN_LOG_MEL))
    return np.where(mel >= _MIN_LOG_MEL, logarithmic, linear)


@cache
def mel_filterbank() -> Float32s:
    """The (40, 201) matrix that turns a power spectrum into mel energies."""
    fft_hz = np.linspace(0.0, SAMPLE_RATE / 2, 1 + N_FFT // 2)
    edges = mel_to_hz(
        np.linspace(hz_to_mel(np.array(0.0)), hz_to_mel(np.array(8000.0)), N_MELS + 2)
    )
    widths = np.diff(edges)
    ramps = edges[:, None] - fft_hz[None, :]
    bank = np.zeros((N_MELS, len(fft_hz)))
    for m in range(N_MELS):
        rising = -ramps[m] / widths[m]
        falling = ramps[m + 2] / widths[m + 1]
        bank[m] = np.maximum(0.0, np.minimum(rising, falling))
    bank *= (2.0 / (edges[2 : N_MELS + 2] - edges[:N_MELS]))[:, None]
    result = bank.astype(np.float32)
    result.flags.writeable = False
    return result


@cache
def _window() -> Float32s:
    n = np.arange(N_FFT)
    window = (0.5 - 0.5 * np.cos(2.0 * np.pi * n / N_FFT)).astype(np.float32)  # periodic Hann
    window.flags.writeable = False
    return window


def frame_count(samples: int) -> int:
    """Number of spectrogram frames for ``samples`` samples of audio."""
    return 1 + samples // HOP


def _wipe(array: npt.NDArray[np.generic], unless_shared_with: npt.NDArray[np.generic]) -> None:
    """Zero a temporary copy of audio (never the caller's own array)."""
    if not np.shares_memory(array, unless_shared_with):
        array.fill(0)


def power_spectrogram(pcm: npt.NDArray[np.float32]) -> Float32s:
    """(frames, 201) power spectrum of centred, Hann-windowed frames.

    Every intermediate copy of the samples is zeroed before returning (the app's rule for
    audio held in RAM); the caller's array is left as it is.
    """
    audio = np.asarray(pcm, dtype=np.float32)
    if len(audio) <= N_FFT // 2:
        short = audio
        audio = np.pad(audio, (0, N_FFT // 2 + 1 - len(audio)))  # reflect needs a longer signal
        _wipe(short, pcm)
    padded = np.pad(audio, N_FFT // 2, mode="reflect")
    count = frame_count(len(audio))
    frames = np.lib.stride_tricks.sliding_window_view(padded, N_FFT)[::HOP][:count]
    windowed = frames * _window()
    spectrum = np.fft.rfft(windowed, axis=1)
    power = (spectrum.real**2 + spectrum.imag**2).astype(np.float32)
    for temporary in (audio, padded, windowed, spectrum):
        _wipe(temporary, pcm)
    return power


def mel_spectrogram(pcm: npt.NDArray[np.float32]) -> Float32s:
    """(frames, 40) mel power spectrogram, the voice encoder's input."""
    power = power_spectrogram(pcm)
    result: Float32s = power @ mel_filterbank().T
    power.fill(0)
    return result
