"""How speech segments become voice embeddings, and how embeddings are compared.

Two embeddings exist, each packaged as a ``VoiceSpace`` with its own distance and the
thresholds calibrated for it (``bench/diarization_bench.py``):

* the trained voice encoder (``voice_encoder``: resemblyzer's d-vector network on numpy),
  compared by cosine distance. This is the default;
* the fallback when that model is missing: the MFCC + pitch statistics below, compared by
  Euclidean distance. ``tenor doctor`` reports which one is in use.

The fallback embedding summarises a stretch of speech by the timbre of the vocal tract (mean
and spread of 19 MFCCs over the louder frames) and by the voice's pitch (median and spread of
log F0 over voiced frames). That is much weaker than the trained encoder: it separates voices
whose pitch or timbre differ clearly, and can split one real speaker into two labels.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tenor_desktop.transcription.errors import ModelUnavailableError
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

_log = logging.getLogger(__name__)

# Voice-encoder thresholds, in cosine distance (1 - similarity); calibration in diarization.py.
ENCODER_MIN_SECONDS = 0.5
ENCODER_STRONG_SECONDS = 1.5
ENCODER_PRIOR_SCATTER = 0.15
ENCODER_MERGE_SEPARATION = 0.12
ENCODER_NEW_SPEAKER_SEPARATION = 0.15
ENCODER_SMOOTHING = 0.03


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


Distances = Callable[[npt.NDArray[np.float64], npt.NDArray[np.float64]], npt.NDArray[np.float64]]


@dataclass(frozen=True)
class VoiceSpace:
    """An embedding, its distance and the thresholds calibrated for it.

    Two groups of segments are told apart by their *separation*: the mean distance between
    their members minus ``scatter_weight`` times the mean distance within them (pooled; a pair
    of single segments is assumed to scatter by ``prior_scatter``). A voice whose short
    segments scatter widely is therefore not split, while two very steady voices that sit
    close together still are.

    Args:
        name: shown by ``tenor doctor`` and in benchmark results.
        embed: embedding of a segment, None when it is too short or silent.
        embed_many: ``embed`` over several segments (batched where that is faster).
        distances: (n, m) distances between rows of two (n, d) and (m, d) arrays.
        scatter_weight: 1 for the separation above, 0 for plain average linkage.
        prior_scatter: assumed within-speaker distance when nothing is measured yet.
        merge_separation: whole-recording clustering merges groups separated by less.
        new_speaker_separation: live labelling opens a new speaker only for a segment
            separated by more than this from every known speaker.
        min_seconds: shortest segment worth embedding at all.
        strong_seconds: segments at least this long may found a new speaker; shorter ones are
            only ever assigned to an existing one (short embeddings are noisy).
        smoothing: the previous segment's speaker is kept while its centroid is at most this
            much farther than the nearest one.
    """

    name: str
    embed: Callable[[Pcm], npt.NDArray[np.float64] | None]
    embed_many: Callable[[list[Pcm]], list[npt.NDArray[np.float64] | None]]
    distances: Distances
    scatter_weight: float
    prior_scatter: float
    merge_separation: float
    new_speaker_separation: float
    min_seconds: float
    strong_seconds: float
    smoothing: float


def euclidean_distances(
    a: npt.NDArray[np.float64], b: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Pairwise Euclidean distances between the rows of ``a`` and ``b``."""
    return np.asarray(np.linalg.norm(a[:, None, :] - b[None, :, :], axis=2), dtype=np.float64)


def cosine_distances(
    a: npt.NDArray[np.float64], b: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Pairwise ``1 - cosine similarity`` between the rows of ``a`` and ``b``."""
    a_unit = a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-12)
    b_unit = b / np.maximum(np.linalg.norm(b, axis=1, keepdims=True), 1e-12)
    return np.asarray(1.0 - a_unit @ b_unit.T, dtype=np.float64)


# Measured on two espeak-ng voices of different pitch and one LibriVox reader (see the module
# docstring of ``diarization``); this embedding cannot tell same-gender voices apart reliably.
MFCC_SPACE = VoiceSpace(
    name="MFCC + pitch statistics (fallback)",
    embed=voice_embedding,
    embed_many=lambda clips: [voice_embedding(c) for c in clips],
    distances=euclidean_distances,
    scatter_weight=0.0,
    prior_scatter=0.0,
    merge_separation=10.0,
    new_speaker_separation=10.0,
    min_seconds=_MIN_SECONDS,
    strong_seconds=_MIN_SECONDS,
    smoothing=1.5,
)


def encoder_space() -> VoiceSpace:
    """The trained voice encoder's space; raises ``ModelUnavailableError`` if it is missing."""
    from tenor_desktop.transcription.voice_encoder import shared_voice_encoder

    encoder = shared_voice_encoder()

    def usable(audio: Pcm) -> bool:
        long_enough = len(audio) >= ENCODER_MIN_SECONDS * SAMPLE_RATE
        return long_enough and bool(
            np.sqrt(np.mean(np.square(audio, dtype=np.float64))) >= _MIN_RMS
        )

    def embed_many(clips: list[Pcm]) -> list[npt.NDArray[np.float64] | None]:
        audio = [np.asarray(c, dtype=np.float32) for c in clips]
        kept = [i for i, a in enumerate(audio) if usable(a)]
        vectors = encoder.embed_many([audio[i] for i in kept], lower_loud=True)
        result: list[npt.NDArray[np.float64] | None] = [None] * len(clips)
        for i, vector in zip(kept, vectors, strict=True):
            result[i] = vector.astype(np.float64)
        return result

    def embed(pcm: Pcm) -> npt.NDArray[np.float64] | None:
        return embed_many([pcm])[0]

    return VoiceSpace(
        name="voice encoder (resemblyzer d-vectors)",
        embed=embed,
        embed_many=embed_many,
        distances=cosine_distances,
        scatter_weight=1.0,
        prior_scatter=ENCODER_PRIOR_SCATTER,
        merge_separation=ENCODER_MERGE_SEPARATION,
        new_speaker_separation=ENCODER_NEW_SPEAKER_SEPARATION,
        min_seconds=ENCODER_MIN_SECONDS,
        strong_seconds=ENCODER_STRONG_SECONDS,
        smoothing=ENCODER_SMOOTHING,
    )


def default_voice_space() -> VoiceSpace:
    """The voice encoder when it is installed and intact, otherwise the MFCC fallback."""
    try:
        return encoder_space()
    except ModelUnavailableError as error:
        # Only the error's kind is logged; ``tenor doctor`` shows the full reason.
        kind = type(error).__name__
        _log.warning("Voice encoder unavailable (%s): speaker labels use the MFCC fallback", kind)
        return MFCC_SPACE
