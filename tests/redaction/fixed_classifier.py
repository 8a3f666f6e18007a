"""A stand-in for the topic classifier's surface, with fixed probabilities per sentence.

The rules that read the classifier (``topic_exchange``, ``topic_means_reading``) call
``windows`` then ``probabilities``; this stand-in answers each sentence index with the row it
was given and records which indices were read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np


class FixedClassifier:
    """Labels NONE, SUBSTANCE_USE, SELF_HARM; ``rows`` maps a sentence index to its row."""

    labels = ("NONE", "SUBSTANCE_USE", "SELF_HARM")
    general = None
    context_words = 24

    def __init__(self, rows: dict[int, list[float]]) -> None:
        self.rows = rows
        self.read: list[int] = []

    def windows(
        self, _text: str, _sentences: Any, indices: Sequence[int], _previous: str = ""
    ) -> list[str]:
        self.read += indices
        return [str(index) for index in indices]

    def probabilities(self, windows: Sequence[str]) -> Any:
        return np.array([self.rows[int(w)] for w in windows], dtype=np.float32)
