"""A small voice embedding computed with numpy alone (no neural network, no torch).

The embedding summarises a stretch of speech by the timbre of the vocal tract (mean and spread
of 19 MFCCs over the louder frames) and by the voice's pitch (median and spread of log F0 over
voiced frames). That is much weaker than a trained speaker encoder, but it separates the
voices in a room of two to four people whose pitch or timbre differ, which is the common case
in therapy (therapist and client, couples, families).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from tenor_desktop.transcription.protocol import SAMPLE_RATE, Pcm

Embedding = npt.NDArray[np.float64]

_FRAME = 400  # 25 ms
_HOP = 160  # 10 ms
_FFT = 512
_MELS = 40
_CEPSTRA = 20
_MIN_SECONDS = 0.4
_MIN_RMS = 1e-4  # about -80 dBFS: digital silence has no voice to describe
_PITCH_MIN_HZ = 60.0
_PITCH_MAX_HZ = 400.0
_VOICING = 0.45
# Weight of the pitch dimensions relative to one cepstral dimension: pitch is the most
# robust single cue between speakers, so it counts like several cepstra.
PITCH_WEIGHT = 6.0


def _mel_filterbank() -> npt.NDArray[np.float64]:
    def to_mel(hz: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        return np.asarray(2595.0 * np.log10(1.0 + hz / 700.0), dtype=np.float64)

    edges_mel = np.linspace(to_mel(np.array(60.0)), to_mel(np.array(7600.0)), _MELS + 2)
    edges_hz = 700.0 * (10 ** (edges_mel / 2595.0) - 1.0)
    bins = np.fft.rfftfreq(_FFT, 1.0 / SAMPLE_RATE)
    bank = np.zeros((_MELS, len(bins)))
    for m in range(_MELS):
        left, centre, right = edges_hz[m], edges_hz[m + 1], edges_hz[m + 2]
        rising = (bins - left) / (centre - left)
        falling = (right - bins) / (right - centre)
        bank[m] = np.clip(np.minimum(rising, falling), 0.0, None)
    return bank


def _dct_matrix() -> npt.NDArray[np.float64]:
    n = np.arange(_MELS)
    k = np.arange(_CEPSTRA)[:, None]
    return np.asarray(
        np.cos(np.pi * k * (2 * n + 1) / (2 * _MELS)) * np.sqrt(2.0 / _MELS), dtype=np.float64
    )


def _frames(pcm: npt.NDArray[np.float64], size: int) -> npt.NDArray[np.float64]:
    count = 1 + (len(pcm) - size) // _HOP
    index = np.arange(size)[None, :] + _HOP * np.arange(count)[:, None]
    return np.asarray(pcm[index], dtype=np.float64)


def _pitch_track(frames: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """F0 in Hz of voiced frames (autocorrelation peak), empty when nothing is voiced."""
    centred = frames - frames.mean(axis=1, keepdims=True)
    spectrum = np.fft.rfft(centred, n=2 * frames.shape[1], axis=1)
    autocorr = np.fft.irfft(np.abs(spectrum) ** 2, axis=1)[:, : frames.shape[1]]
    energy = autocorr[:, :1] + 1e-12
    lo, hi = int(SAMPLE_RATE / _PITCH_MAX_HZ), int(SAMPLE_RATE / _PITCH_MIN_HZ)
    region = autocorr[:, lo:hi] / energy
    lags = np.argmax(region, axis=1)
    peaks = region[np.arange(len(region)), lags]
    voiced = peaks > _VOICING
    return np.asarray(SAMPLE_RATE / (lags[voiced] + lo), dtype=np.float64)


def voice_embedding(pcm: Pcm) -> Embedding | None:
    """Embedding of a stretch of speech, or None when it is too short or silent."""
    audio = np.asarray(pcm, dtype=np.float64)
    if len(audio) < _MIN_SECONDS * SAMPLE_RATE or np.sqrt(np.mean(audio**2)) < _MIN_RMS:
        return None
    frames = _frames(audio, _FRAME) * np.hamming(_FRAME)
    power = np.abs(np.fft.rfft(frames, n=_FFT, axis=1)) ** 2
    log_energy = np.log10(power.sum(axis=1) + 1e-10)
    loud = log_energy > log_energy.max() - 3.0  # within 30 dB of the loudest frame
    if loud.sum() < 20:
        return None
    log_mel = np.log(power[loud] @ _mel_filterbank().T + 1e-8)
    cepstra = log_mel @ _dct_matrix().T
    timbre = np.concatenate([cepstra[:, 1:].mean(axis=0), cepstra[:, 1:].std(axis=0)])
    pitch_frames = _frames(audio, 640)
    pitch_loud = np.log10((pitch_frames**2).sum(axis=1) + 1e-10)
    f0 = _pitch_track(pitch_frames[pitch_loud > pitch_loud.max() - 3.0])
    if len(f0) >= 5:
        log_f0 = np.log2(f0)
        pitch = np.array([np.median(log_f0), np.percentile(log_f0, 90) - np.percentile(log_f0, 10)])
    else:
        pitch = np.array([np.log2(150.0), 0.0])
    return np.concatenate([timbre, PITCH_WEIGHT * pitch])
