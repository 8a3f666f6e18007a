"""Writing the topic bank (``resources/topic_head/bank.npz``): build time only.

The app reads the bank (``tenor_desktop.redaction.topic_bank``) and never writes one, so the
writer lives here with the training script rather than in the shipped package.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tenor_desktop.redaction.minilm_numpy import FloatArray


def quantise(vectors: FloatArray) -> tuple[np.ndarray, float]:
    """int8 codes and the scale that maps them back (``codes * scale``)."""
    peak = float(np.abs(vectors).max()) if len(vectors) else 1.0
    scale = peak / 127.0 if peak else 1.0
    codes = np.clip(np.rint(vectors / scale), -127, 127).astype(np.int8)
    return codes, scale


def save_bank(path: Path, vectors: FloatArray, labels: list[str], names: tuple[str, ...]) -> None:
    """Write ``vectors`` (one row per sentence, labelled from ``names``) as int8."""
    codes, scale = quantise(vectors)
    index = np.array([names.index(label) for label in labels], dtype=np.int8)
    np.savez_compressed(
        path, codes=codes, scale=np.float32(scale), labels=index, names=np.array(names)
    )
