"""Streaming voice-activity detection with the Silero VAD model that faster-whisper ships.

The model runs on 512-sample windows (32 ms at 16 kHz) with 64 samples of left context and
carries its recurrent state between calls, so audio can arrive in blocks of any size. Whisper
only ever sees audio this detector calls speech: silence never turns into invented text.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tenor_desktop.transcription.errors import ModelUnavailableError
from tenor_desktop.transcription.protocol import Pcm

WINDOW_SAMPLES = 512
_CONTEXT_SAMPLES = 64
_STATE_SHAPE = (1, 1, 128)


def _silero_model_path() -> str:
    from faster_whisper.utils import get_assets_path

    return os.path.join(get_assets_path(), "silero_vad_v6.onnx")


@dataclass(frozen=True)
class VadSettings:
    """Thresholds in the style of Silero's own speech-timestamp logic."""

    threshold: float = 0.5
    neg_threshold: float = 0.35
    min_silence_ms: int = 500
    min_speech_ms: int = 200


class StreamingVad:
    """Speech probability per 512-sample window, stateful across ``probabilities`` calls."""

    def __init__(self) -> None:
        try:
            import onnxruntime
        except ImportError as error:  # pragma: no cover - onnxruntime is a hard dependency
            raise ModelUnavailableError("The voice detector needs onnxruntime.") from error
        options = onnxruntime.SessionOptions()
        options.inter_op_num_threads = 1
        options.intra_op_num_threads = 1
        options.log_severity_level = 4
        try:
            self._session = onnxruntime.InferenceSession(
                _silero_model_path(), providers=["CPUExecutionProvider"], sess_options=options
            )
        except Exception as error:  # onnxruntime raises its own untyped errors
            raise ModelUnavailableError(
                f"The voice detector model could not be loaded ({type(error).__name__})."
            ) from error
        self._pending = np.zeros(WINDOW_SAMPLES, dtype=np.float32)
        self._pending_count = 0
        self.reset()

    def reset(self) -> None:
        """Forget all state (start of a new stream)."""
        self._h = np.zeros(_STATE_SHAPE, dtype=np.float32)
        self._c = np.zeros(_STATE_SHAPE, dtype=np.float32)
        self._context = np.zeros(_CONTEXT_SAMPLES, dtype=np.float32)
        self._pending.fill(0.0)
        self._pending_count = 0

    def probabilities(self, pcm: Pcm) -> npt.NDArray[np.float32]:
        """Speech probabilities for every complete window the new audio closes."""
        take = min(WINDOW_SAMPLES - self._pending_count, len(pcm))
        self._pending[self._pending_count : self._pending_count + take] = pcm[:take]
        self._pending_count += take
        if self._pending_count < WINDOW_SAMPLES:
            return np.zeros(0, dtype=np.float32)
        rest = pcm[take:]
        whole = (len(rest) // WINDOW_SAMPLES) * WINDOW_SAMPLES
        audio = np.concatenate([self._pending, rest[:whole]]).astype(np.float32, copy=False)
        windows = audio.reshape(-1, WINDOW_SAMPLES)
        contexts = np.empty((len(windows), _CONTEXT_SAMPLES), dtype=np.float32)
        contexts[0] = self._context
        contexts[1:] = windows[:-1, -_CONTEXT_SAMPLES:]
        batch = np.concatenate([contexts, windows], axis=1)
        self._context = windows[-1, -_CONTEXT_SAMPLES:].copy()
        probs, self._h, self._c = self._session.run(
            None, {"input": batch, "h": self._h, "c": self._c}
        )
        leftover = rest[whole:]
        self._pending.fill(0.0)
        self._pending[: len(leftover)] = leftover
        self._pending_count = len(leftover)
        # Every array built here holds audio: zero them before numpy frees the memory.
        audio.fill(0.0)
        contexts.fill(0.0)
        batch.fill(0.0)
        return np.asarray(probs, dtype=np.float32).reshape(-1)

    def zeroize(self) -> None:
        """Overwrite the few samples of audio this detector keeps."""
        self._pending.fill(0.0)
        self._context.fill(0.0)
        self._pending_count = 0


class SpeechGate:
    """Turns window probabilities into speech start/end decisions with hysteresis."""

    def __init__(self, settings: VadSettings) -> None:
        self._settings = settings
        self._silence_windows_to_end = max(1, settings.min_silence_ms * 16 // WINDOW_SAMPLES)
        self.in_speech = False
        self._quiet_run = 0

    def step(self, probability: float) -> str | None:
        """Feed one window's probability; return ``"start"``, ``"end"`` or None."""
        if not self.in_speech:
            if probability >= self._settings.threshold:
                self.in_speech = True
                self._quiet_run = 0
                return "start"
            return None
        if probability < self._settings.neg_threshold:
            self._quiet_run += 1
            if self._quiet_run >= self._silence_windows_to_end:
                self.in_speech = False
                self._quiet_run = 0
                return "end"
        else:
            self._quiet_run = 0
        return None

    @property
    def quiet_windows(self) -> int:
        """Consecutive quiet windows at the current end of speech."""
        return self._quiet_run
