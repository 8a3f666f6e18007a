"""A linear topic head on MiniLM sentence embeddings (softmax regression, trained offline).

The prototype rule in ``topic_detector`` asks how close a sentence is to a few hand-picked
examples; the head weighs every direction of the embedding that separated the built-in topics
from ordinary talk in the whole training set (``bench/train_topic_head.py``: tuning sentences,
the dev, tuning, training3 and training4 transcripts, the catalogue's examples and written
training sentences, never a judged set).
It costs one small matrix product on vectors the detector has already computed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tenor_desktop.redaction.errors import RedactionConfigError
from tenor_desktop.redaction.minilm_numpy import FloatArray

NONE_LABEL = "NONE"


def topic_head_path() -> Path:
    """``resources/topic_head/head.npz`` of this checkout or installed tree."""
    return Path(__file__).resolve().parents[2] / "resources" / "topic_head" / "head.npz"


class TopicHead:
    """Probabilities of each built-in topic (and of none) for unit sentence embeddings."""

    def __init__(self, weights: FloatArray, bias: FloatArray, labels: tuple[str, ...]) -> None:
        if weights.shape != (weights.shape[0], len(labels)) or bias.shape != (len(labels),):
            raise RedactionConfigError("The topic head's weights do not match its labels.")
        self.labels = labels
        self._weights = weights.astype(np.float32)
        self._bias = bias.astype(np.float32)

    @classmethod
    def load(cls, path: Path | None = None) -> TopicHead:
        """Read the trained head; a missing or damaged file is a configuration error."""
        try:
            with np.load(path or topic_head_path(), allow_pickle=False) as data:
                labels = tuple(str(label) for label in data["labels"])
                return cls(data["weights"], data["bias"], labels)
        except (OSError, KeyError, ValueError) as error:
            raise RedactionConfigError("The topic head could not be read.") from error

    def probabilities(self, vectors: FloatArray) -> FloatArray:
        """(n, labels) softmax probabilities for (n, 384) embeddings."""
        logits = vectors @ self._weights + self._bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        out: FloatArray = exp / exp.sum(axis=1, keepdims=True)
        return out
