"""The topic detector's bank of labelled sentence embeddings (nearest-neighbour examples).

The built-in topics are judged by how close a sentence comes to its nearest labelled training
sentences (``topic_detector.top_k_mean``): every tunable sentence that
``bench/train_topic_head.py`` trains the head on (written positives and hard negatives, the
catalogue's examples, ordinary talk, the sentences of the tunable transcripts), embedded by
the same int8 graph and stored as int8 with one scale (``resources/topic_head/bank.npz``,
written at build time by ``bench/topic_bank_file.py``; the app only reads it).
A few hundred hand-picked examples per topic left whole regions of indirect speech uncovered;
thousands of sentences cover them, and thousands of ordinary ones (denials, logistics, news
about strangers) stand beside them. Loading costs a few milliseconds; no sentence is embedded
at start-up.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tenor_desktop.redaction.errors import RedactionConfigError
from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.topic_head import NONE_LABEL


def topic_bank_path() -> Path:
    """``resources/topic_head/bank.npz`` of this checkout or installed tree."""
    return Path(__file__).resolve().parents[2] / "resources" / "topic_head" / "bank.npz"


class TopicBank:
    """Embeddings of labelled sentences, per built-in topic and for ordinary talk."""

    def __init__(self, vectors: FloatArray, labels: np.ndarray, names: tuple[str, ...]) -> None:
        if vectors.ndim != 2 or len(vectors) != len(labels) or NONE_LABEL not in names:
            raise RedactionConfigError("The topic bank's vectors do not match its labels.")
        self.names = names
        self._by_label = {
            name: np.ascontiguousarray(vectors[labels == index], dtype=np.float32)
            for index, name in enumerate(names)
        }

    @classmethod
    def load(cls, path: Path | None = None) -> TopicBank:
        """Read the bank; a missing or damaged file is a configuration error."""
        try:
            with np.load(path or topic_bank_path(), allow_pickle=False) as data:
                vectors = data["codes"].astype(np.float32) * float(data["scale"])
                names = tuple(str(name) for name in data["names"])
                return cls(vectors, data["labels"], names)
        except (OSError, KeyError, ValueError) as error:
            raise RedactionConfigError("The topic bank could not be read.") from error

    def topic(self, name: str) -> FloatArray | None:
        """Sentences labelled ``name`` (None for a topic the bank does not hold)."""
        if name == NONE_LABEL:
            return None
        return self._by_label.get(name)

    def ordinary(self) -> FloatArray:
        """Sentences labelled with no topic."""
        return self._by_label[NONE_LABEL]
