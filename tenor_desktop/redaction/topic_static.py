"""A cheap sentence scorer for the built-in topics: static MiniLM wordpiece vectors, no encoder.

Each wordpiece of the pinned MiniLM vocabulary was run alone through the int8 graph once,
offline; a softmax regression on the mean of a sentence's wordpiece vectors separates the
built-in topics from ordinary talk (``bench/topic_static_build.py``, tunable data only). Both
steps are linear, so the resource holds one row of logits per wordpiece
(``resources/topic_head/static_scorer.npz``): a sentence's logits are the mean of its
wordpieces' rows plus a bias. Scoring costs one tokenisation and a small gather, about a
hundredth of an embedding, so it can read sentences the semantic-field gate (``topic_gate``)
would not send to the encoder. It knows only the built-in topics.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from tenor_desktop.redaction.errors import RedactionConfigError
from tenor_desktop.redaction.minilm import minilm_model_dir
from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.pinned_arrays import load_pinned_arrays
from tenor_desktop.redaction.topic_head import NONE_LABEL

# Words as the MiniLM tokenizer splits them before wordpieces (on spaces and punctuation; it
# lowercases): each distinct word is split into wordpieces once and its rows summed once.
_WORD = re.compile(r"\w+|[^\w\s]")
# Distinct words remembered (a session's vocabulary is far smaller); the memo starts over
# when full.
_MEMO_WORDS = 50_000
# Pinned checksum of the committed resource (bench/topic_static_build.py prints it).
STATIC_SCORER_SHA256 = "66c5c681a568be74e7be98ebcc7328df565a89c115cbab0c11d01619ebb12676"


def static_scorer_path() -> Path:
    """``resources/topic_head/static_scorer.npz`` of this checkout or installed tree."""
    return Path(__file__).resolve().parents[2] / "resources" / "topic_head" / "static_scorer.npz"


class StaticTopicScorer:
    """Probabilities of each built-in topic (and of none) from a sentence's wordpieces."""

    def __init__(
        self, rows: FloatArray, bias: FloatArray, labels: tuple[str, ...], tokenizer: Tokenizer
    ) -> None:
        if rows.ndim != 2 or rows.shape[1] != len(labels) or bias.shape != (len(labels),):
            raise RedactionConfigError("The static topic scorer's rows do not match its labels.")
        if NONE_LABEL not in labels or rows.shape[0] != tokenizer.get_vocab_size():
            raise RedactionConfigError("The static topic scorer does not fit the tokenizer.")
        self.labels = labels
        self._rows = rows.astype(np.float32)
        self._bias = bias.astype(np.float32)
        self._none = labels.index(NONE_LABEL)
        self._tokenizer = tokenizer
        self._words: dict[str, tuple[FloatArray, int]] = {}

    @classmethod
    def load(
        cls, path: Path | None = None, *, sha256: str | None = STATIC_SCORER_SHA256
    ) -> StaticTopicScorer:
        """Read and verify the resource; a missing, damaged or unpinned file is a configuration
        error (``sha256=None`` skips the check: the build script's folds only)."""
        arrays = load_pinned_arrays(path or static_scorer_path(), sha256, "static topic scorer")
        try:
            labels = tuple(str(label) for label in arrays["labels"])
            rows, bias = arrays["rows"], arrays["bias"]
        except KeyError as error:
            raise RedactionConfigError("The static topic scorer file is damaged.") from error
        tokenizer = Tokenizer.from_file(str(minilm_model_dir() / "tokenizer.json"))
        tokenizer.no_truncation()
        tokenizer.no_padding()
        return cls(rows, bias, labels, tokenizer)

    def _word(self, word: str) -> tuple[FloatArray, int]:
        """The summed rows of a word's wordpieces and their count (memoised)."""
        known = self._words.get(word)
        if known is None:
            if len(self._words) >= _MEMO_WORDS:
                self._words.clear()
            ids = self._tokenizer.encode(word, add_special_tokens=False).ids
            known = (self._rows[ids].sum(axis=0, dtype=np.float64), len(ids))
            self._words[word] = known
        return known

    def logits(self, sentence: str) -> FloatArray:
        """The mean of the sentence's wordpiece rows plus the bias."""
        total = np.zeros(len(self.labels), dtype=np.float64)
        pieces = 0
        for word in _WORD.findall(sentence.lower()):
            rows, count = self._word(word)
            total += rows
            pieces += count
        out: FloatArray = (total / max(pieces, 1) + self._bias).astype(np.float32)
        return out

    def probabilities(self, sentences: list[str]) -> FloatArray:
        """(n, labels) softmax probabilities."""
        logits = np.zeros((len(sentences), len(self.labels)), dtype=np.float32)
        for row, sentence in enumerate(sentences):
            logits[row] = self.logits(sentence)
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        out: FloatArray = exp / exp.sum(axis=1, keepdims=True)
        return out

    def topic_probability(self, sentence: str) -> float:
        """Probability that ``sentence`` tells one of the built-in topics."""
        logits = self.logits(sentence)
        none = float(np.exp(logits - logits[self._none]).sum())
        return 1.0 - 1.0 / none
