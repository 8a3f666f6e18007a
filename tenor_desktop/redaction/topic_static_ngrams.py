"""A cheap gate scorer from the words themselves: hashed word unigrams and bigrams.

The wordpiece scorer (``topic_static``) averages static vectors, so it cannot tell "took my
phone" from "took my pills" by word order, and a topic word drowns in a long sentence. This
one is a logistic regression over the sentence's distinct lowercased words and word pairs,
each hashed (crc32, deterministic across processes) into BUCKETS weights: a sentence's topic
log-odds are the bias plus the sum of its features' weights. Trained offline on the tunable
labelled sentences only (``bench/topic_static_ngram_build.py``; any built-in topic against
none); the resource (``resources/topic_head/topic_static_ngrams.npz``) holds the weights,
verified against the pinned sha256 at load. Scoring is a regex, a few crc32 calls and a
gather: a few microseconds a sentence, against about 2 ms for the classifier it gates.
"""

from __future__ import annotations

import math
import re
import zlib
from itertools import pairwise
from pathlib import Path

import numpy as np

from tenor_desktop.redaction.errors import RedactionConfigError
from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.pinned_arrays import load_pinned_arrays

# Words as the scorer reads them: letters and digits, with an apostrophe's tail ("don't").
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Hash buckets (a power of two); the trainer and the app must agree (the file records it).
BUCKETS = 1 << 18
# Pinned checksum of the committed resource (bench/topic_static_ngram_build.py prints it).
NGRAM_SCORER_SHA256 = "115912e8ad56860cbda4d2c6ec4511b8f8829f47c1a6a4f9bd4f04f79781f6a6"


def ngram_scorer_path() -> Path:
    """``resources/topic_head/topic_static_ngrams.npz`` of this checkout or installed tree."""
    return (
        Path(__file__).resolve().parents[2] / "resources" / "topic_head" / "topic_static_ngrams.npz"
    )


def ngram_ids(sentence: str, buckets: int = BUCKETS) -> list[int]:
    """The distinct hashed features of ``sentence``: its words and adjacent word pairs, with
    the sentence's start and end as words of their own (so "<s> so" differs from "so")."""
    words = ["<s>", *_WORD.findall(sentence.lower()), "</s>"]
    keys = {f"w {word}" for word in words[1:-1]}
    keys.update(f"b {a} {b}" for a, b in pairwise(words))
    mask = buckets - 1
    return sorted({zlib.crc32(key.encode("utf-8")) & mask for key in keys})


class NgramTopicScorer:
    """P(some built-in topic) of a sentence from its hashed word n-grams."""

    def __init__(self, weights: FloatArray, bias: float) -> None:
        if weights.ndim != 1 or weights.shape[0] & (weights.shape[0] - 1):
            raise RedactionConfigError("The n-gram topic scorer's weights are malformed.")
        self._weights = weights.astype(np.float32)
        self._buckets = int(weights.shape[0])
        self._bias = float(bias)

    @classmethod
    def load(
        cls, path: Path | None = None, *, sha256: str | None = NGRAM_SCORER_SHA256
    ) -> NgramTopicScorer:
        """Read and verify the resource; a missing, damaged or unpinned file is a configuration
        error (``sha256=None`` skips the check: benches' folds only)."""
        arrays = load_pinned_arrays(path or ngram_scorer_path(), sha256, "n-gram topic scorer")
        try:
            weights, bias = arrays["weights"], arrays["bias"]
            bias_value = float(np.asarray(bias).reshape(-1)[0])
        except (KeyError, IndexError, ValueError) as error:
            raise RedactionConfigError("The n-gram topic scorer file is damaged.") from error
        return cls(weights, bias_value)

    def log_odds(self, sentence: str) -> float:
        """The bias plus the weights of the sentence's features."""
        ids = ngram_ids(sentence, self._buckets)
        return self._bias + float(self._weights[ids].sum()) if ids else self._bias

    def topic_probability(self, sentence: str) -> float:
        """Probability that ``sentence`` tells one of the built-in topics."""
        odds = self.log_odds(sentence)
        if odds < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-odds))
