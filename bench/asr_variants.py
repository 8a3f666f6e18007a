"""Variants of the offline engine for ``asr_voices_bench``, applied through its model cache.

``VariantModels`` stands in for the engine's ``WhisperModelCache`` and hands out the shared
models altered for one variant, so the engine's own code runs unchanged:

* ``pre_emphasis_K``: Whisper's log-Mel input is pre-emphasised, ``y[n] = x[n] - K x[n-1]``;
* ``name=value`` joined by ``+``: keyword arguments every ``transcribe`` call gets instead of
  the engine's own (``initial_prompt=KEY`` and ``hotwords=KEY`` take their text from ``PROMPTS``).
"""

from __future__ import annotations

import copy
from typing import Any

import numpy as np

from tenor_desktop.transcription.models import WhisperModelCache

# Setting descriptions for ``initial_prompt=KEY`` variants, written without looking at either
# sentence set's wording.
PROMPTS = {
    "counselling": "A counselling session between a therapist and a client.",
    "transcript": (
        "Transcript of a psychotherapy session. The therapist and the client speak in plain, "
        "everyday English."
    ),
    "therapy_words": "therapist, client, counselling, session, feelings, anxiety, relationship",
}


class _EmphasisingFeatures:
    """Stands in for faster-whisper's feature extractor; pre-emphasises its input first."""

    def __init__(self, extractor: Any, coefficient: float) -> None:
        self._extractor = extractor
        self._coefficient = np.float32(coefficient)

    def __call__(self, waveform: Any, *args: Any, **kwargs: Any) -> Any:
        x = np.asarray(waveform, dtype=np.float32).reshape(-1)
        filtered = x.copy()
        filtered[1:] -= self._coefficient * x[:-1]
        try:
            return self._extractor(filtered, *args, **kwargs)
        finally:
            filtered.fill(0.0)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._extractor, name)


def decoding_options(variant: str) -> dict[str, Any]:
    """``beam_size=8+initial_prompt=counselling`` -> keyword arguments for ``transcribe``.

    ``stream.prompt_chars=800`` -> ``{"prompt_chars": 800}`` likewise.
    """
    options: dict[str, Any] = {}
    for item in variant.split("+"):
        key, _, raw = item.removeprefix("stream.").partition("=")
        value: Any = raw
        if key in ("initial_prompt", "hotwords"):
            value = PROMPTS[raw]
        elif raw in ("None", "True", "False"):
            value = {"None": None, "True": True, "False": False}[raw]
        elif raw.lstrip("-").isdigit():
            value = int(raw)
        else:
            try:
                value = float(raw)
            except ValueError:
                value = raw
        options[key] = value
    return options


def with_decoding_options(model: Any, options: dict[str, Any]) -> Any:
    """A shallow copy of ``model`` whose ``transcribe`` always uses ``options``.

    The copy gets a subclass rather than an instance attribute, so copies made of it later
    (the streaming engine's trimmed-encoder model) keep the options.
    """
    base = type(model)

    class WithOptions(base):  # type: ignore[misc, valid-type]
        def transcribe(self, audio: Any, *args: Any, **kwargs: Any) -> Any:
            return base.transcribe(self, audio, *args, **{**kwargs, **options})

    altered = copy.copy(model)
    altered.__class__ = WithOptions
    return altered


class VariantModels(WhisperModelCache):
    """The shared model cache, handing out models altered for one variant."""

    def __init__(self, base: WhisperModelCache, variant: str) -> None:
        super().__init__()
        self._base = base
        self._variant = variant

    def get(self, name: str, cpu_threads: int = 2) -> Any:
        if self._variant.startswith("model="):  # the same engine on another Whisper model
            return self._base.get(self._variant.removeprefix("model="), cpu_threads)
        model = self._base.get(name, cpu_threads)
        if "=" in self._variant:
            return with_decoding_options(model, decoding_options(self._variant))
        if not self._variant.startswith("pre_emphasis_"):
            return model
        altered = copy.copy(model)
        coefficient = float(self._variant.removeprefix("pre_emphasis_"))
        altered.feature_extractor = _EmphasisingFeatures(model.feature_extractor, coefficient)
        return altered
