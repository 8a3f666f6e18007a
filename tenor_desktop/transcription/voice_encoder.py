"""A trained speaker encoder (resemblyzer's GE2E d-vector model) running on numpy alone.

The weights come from the ``resemblyzer`` package, installed without its dependencies (it
declares torch, which the app never imports, and its ``__init__`` imports torch, so the package
is located with ``importlib.util.find_spec`` and never executed). ``pretrained.pt`` is read into
memory once, its sha256 compared with the value pinned here, and the verified bytes are parsed
by a restricted unpickler (``torch_weights``) into numpy arrays.

An utterance is embedded as resemblyzer does: volume raised (never lowered) to -30 dBFS, mel
spectrogram, 1.6 s partial windows (160 frames) about 1.3 per second, each window through the
network, and the mean of the window embeddings scaled to unit length. Embeddings are
non-negative and unit-length; cosine similarity compares them.
"""

from __future__ import annotations

import hashlib
import hmac
import importlib.util
import itertools
import threading
from pathlib import Path

import numpy as np
import numpy.typing as npt

from tenor_desktop.transcription.errors import ModelUnavailableError
from tenor_desktop.transcription.protocol import SAMPLE_RATE, Pcm
from tenor_desktop.transcription.torch_weights import load_legacy_checkpoint
from tenor_desktop.transcription.voice_encoder_lstm import (
    SpeakerNetwork,
    embed_mels,
    network_from_state,
)
from tenor_desktop.transcription.voice_encoder_mel import HOP, mel_spectrogram

# sha256 of resemblyzer 0.1.4's pretrained.pt. A different file is a different (or tampered)
# model and is refused.
WEIGHTS_SHA256 = "39373b86598fa3da9fcddee6142382efe09777e8d37dc9c0561f41f0070f134e"
WEIGHTS_PACKAGE = "resemblyzer"
PARTIAL_FRAMES = 160  # 1.6 s windows, as the network was trained
_TARGET_DBFS = -30.0
_BATCH = 64  # windows per forward pass: bounds memory at ~45 MB of gate activations
_CLIPS_PER_PASS = 32

Embedding = npt.NDArray[np.float32]


def installed_weights_path() -> Path:
    """Where the installed resemblyzer package keeps ``pretrained.pt``; raise if absent."""
    spec = importlib.util.find_spec(WEIGHTS_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailableError(
            "The voice encoder is not installed (package resemblyzer, see requirements/models.txt)."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "pretrained.pt"


def read_verified_weights(path: Path) -> bytes:
    """The weight file's bytes after a sha256 check; raise on missing or corrupt."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ModelUnavailableError(
            f"The voice encoder weights cannot be read ({type(error).__name__})."
        ) from error
    if not hmac.compare_digest(hashlib.sha256(data).hexdigest(), WEIGHTS_SHA256):
        raise ModelUnavailableError(
            "The voice encoder weights do not match their pinned checksum."
            " Reinstall the resemblyzer package."
        )
    return data


def normalise_volume(pcm: Pcm, lower_loud: bool = False) -> Pcm:
    """Scale quiet audio up to -30 dBFS RMS; louder audio is left alone unless ``lower_loud``."""
    audio = np.asarray(pcm, dtype=np.float32)
    rms = float(np.sqrt(np.mean(np.square(audio, dtype=np.float64)))) if len(audio) else 0.0
    if rms <= 0.0:
        return audio
    gain_db = _TARGET_DBFS - 20.0 * np.log10(rms)
    if gain_db <= 0.0 and not lower_loud:
        return audio
    return (audio * np.float32(10.0 ** (gain_db / 20.0))).astype(np.float32)


def window_starts(samples: int, rate: float = 1.3, min_coverage: float = 0.75) -> list[int]:
    """First frame of each 160-frame partial window covering ``samples`` samples.

    Windows start every ``1 / rate`` seconds; a last window less than ``min_coverage`` full is
    dropped unless it is the only one (resemblyzer's ``compute_partial_slices``).
    """
    frames = int(np.ceil((samples + 1) / HOP))
    step = round(SAMPLE_RATE / rate / HOP)
    if not 0 < step <= PARTIAL_FRAMES:
        raise ValueError("window rate out of range")
    starts = list(range(0, max(1, frames - PARTIAL_FRAMES + step + 1), step))
    coverage = (samples - starts[-1] * HOP) / (PARTIAL_FRAMES * HOP)
    if coverage < min_coverage and len(starts) > 1:
        starts.pop()
    return starts


class VoiceEncoder:
    """Embeds speech into 256-d unit vectors whose cosine similarity tracks speaker identity."""

    def __init__(self, network: SpeakerNetwork) -> None:
        self._network = network

    @classmethod
    def load(cls, path: Path | None = None) -> VoiceEncoder:
        """Verify and load the weights (default: the installed resemblyzer package)."""
        data = read_verified_weights(path if path is not None else installed_weights_path())
        checkpoint = load_legacy_checkpoint(data)
        state = checkpoint.get("model_state") if isinstance(checkpoint, dict) else None
        if not isinstance(state, dict):
            raise ModelUnavailableError("The voice encoder checkpoint has no model state.")
        return cls(network_from_state(state))

    def _windows(
        self, pcm: Pcm, rate: float, min_coverage: float, lower_loud: bool
    ) -> tuple[list[int], Embedding]:
        """Start sample and mel spectrogram (rows) of each 1.6 s partial window."""
        audio = normalise_volume(pcm, lower_loud)
        starts = window_starts(len(audio), rate, min_coverage)
        needed = (starts[-1] + PARTIAL_FRAMES) * HOP
        if needed > len(audio):
            levelled = audio
            audio = np.pad(audio, (0, needed - len(audio)))
            if not np.shares_memory(levelled, pcm):
                levelled.fill(0)
        mel = mel_spectrogram(audio)
        if not np.shares_memory(audio, pcm):  # copies of the audio are zeroed, never kept
            audio.fill(0)
        windows = np.stack([mel[s : s + PARTIAL_FRAMES] for s in starts])
        mel.fill(0)
        return [s * HOP for s in starts], windows

    def _forward(self, windows: Embedding) -> Embedding:
        rows = [
            embed_mels(self._network, windows[i : i + _BATCH])
            for i in range(0, len(windows), _BATCH)
        ]
        return np.concatenate(rows)

    def embed_windows(
        self, pcm: Pcm, rate: float = 1.3, min_coverage: float = 0.75, lower_loud: bool = False
    ) -> tuple[list[int], Embedding]:
        """Start sample and embedding (rows) of each 1.6 s partial window of ``pcm``.

        Args:
            pcm: 16 kHz mono speech.
            rate: windows per second (1.6 s windows overlap above 0.625).
            min_coverage: how full the last window must be to count.
            lower_loud: also turn loud audio down to -30 dBFS. resemblyzer only raises quiet
                audio; diarization levels both ways so one voice near and far from the
                microphone embeds alike.
        """
        starts, windows = self._windows(pcm, rate, min_coverage, lower_loud)
        embedded = self._forward(windows)
        windows.fill(0)
        return starts, embedded

    def embed(self, pcm: Pcm, lower_loud: bool = False) -> Embedding:
        """Unit-length embedding of one utterance (mean of its window embeddings)."""
        return self.embed_many([pcm], lower_loud)[0]

    def embed_many(self, clips: list[Pcm], lower_loud: bool = False) -> list[Embedding]:
        """``embed`` for several utterances, their windows batched through the network.

        Batching matters: one window at a time costs about twice as much per window.
        """
        result: list[Embedding] = []
        for first in range(0, len(clips), _CLIPS_PER_PASS):  # bounds the mel windows held
            per_clip = [
                self._windows(c, 1.3, 0.75, lower_loud)[1]
                for c in clips[first : first + _CLIPS_PER_PASS]
            ]
            windows = np.concatenate(per_clip)
            embedded = self._forward(windows)
            for spectrogram in (windows, *per_clip):
                spectrogram.fill(0)
            bounds = np.cumsum([0] + [len(w) for w in per_clip])
            for begin, end in itertools.pairwise(bounds):
                mean = embedded[begin:end].mean(axis=0)
                norm = float(np.linalg.norm(mean))
                result.append((mean / norm if norm > 0 else mean).astype(np.float32))
        return result


_shared: VoiceEncoder | None = None
_shared_error: ModelUnavailableError | None = None
_shared_lock = threading.Lock()


def shared_voice_encoder() -> VoiceEncoder:
    """The process-wide encoder, loaded and verified on first use; raises if unavailable.

    A failure is remembered, so a missing model costs one lookup, not one per segment.
    """
    global _shared, _shared_error
    with _shared_lock:
        if _shared is None and _shared_error is None:
            try:
                _shared = VoiceEncoder.load()
            except ModelUnavailableError as error:
                _shared_error = error
        if _shared_error is not None:
            raise _shared_error
        assert _shared is not None  # noqa: S101 - set just above when no error was recorded
        return _shared
