"""A fine-tuned MiniLM topic classifier: low-rank weight updates and a softmax head.

The prototype rules (``topic_embedding``) ask how close a sentence's general-purpose embedding
comes to labelled sentences; on unseen transcripts ordinary talk often stood as close. This
classifier changes the representation itself: ``bench/train_topic_adapter.py`` (torch, at
build time only) trained rank-8 updates of every attention and feed-forward matrix of the
six layers, with a softmax head over the built-in topics and none, on the tunable labelled
sentences, each read after the sentence before it (``CONTEXT_MARK``), so a short answer or a
follow-up question is judged with what it answers. The app merges the updates into a sibling
of the shared encoder (``MiniLMEncoder.tuned``: its own int8 graph, the numpy pass until then)
and never imports torch. The file (``resources/topic_head/adapter.npz``) is verified against
its pinned checksum at load, like the model it adapts.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from tenor_desktop.redaction.errors import ModelIntegrityError, RedactionConfigError
from tenor_desktop.redaction.minilm import LAYER_MATRICES, MiniLMEncoder
from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.pinned_arrays import load_pinned_arrays
from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_blend import with_head

# sha256 of resources/topic_head/adapter.npz as written by bench/train_topic_adapter.py.
ADAPTER_SHA256 = "75bf8d8a1cf64582d4bab77e5bdae56c206e7ff33495b4b03ced71a99c83a241"
# The previous sentence is joined to the judged one with this mark, as in training; only its
# last CONTEXT_WORDS words are kept, so the judged sentence is never truncated away.
CONTEXT_MARK = " || "
CONTEXT_WORDS = 24


def topic_adapter_path() -> Path:
    """``resources/topic_head/adapter.npz`` of this checkout or installed tree."""
    return Path(__file__).resolve().parents[2] / "resources" / "topic_head" / "adapter.npz"


def joined_with_context(sentence: str, previous: str, words: int = CONTEXT_WORDS) -> str:
    """The classifier's input: the last ``words`` words of ``previous`` (if any), the mark,
    then ``sentence``."""
    before = " ".join(previous.split()[-words:]) if words > 0 else ""
    return f"{before}{CONTEXT_MARK}{sentence}" if before else sentence


class TopicClassifier:
    """Probabilities of each built-in topic and of none, for sentences read in context."""

    def __init__(
        self,
        encoder: MiniLMEncoder,
        weights: FloatArray,
        bias: FloatArray,
        labels: tuple[str, ...],
        context_words: int = CONTEXT_WORDS,
        general: MiniLMEncoder | None = None,
    ) -> None:
        if weights.shape != (len(labels), 384) or bias.shape != (len(labels),):
            raise RedactionConfigError("The topic classifier's head does not match its labels.")
        self.labels = labels
        # How many words of the sentence before it each sentence is read with (as trained).
        self.context_words = context_words
        # The general encoder it was tuned from: the linear head's input (``topic_blend``).
        self.general = general
        self._encoder = encoder
        self._weights = np.ascontiguousarray(weights.T, dtype=np.float32)
        self._bias = bias.astype(np.float32)

    @classmethod
    def load(
        cls, encoder: MiniLMEncoder, path: Path | None = None, *, verify_checksum: bool = True
    ) -> TopicClassifier:
        """Read the adapter, check its checksum and merge it into a sibling of ``encoder``."""
        data = load_pinned_arrays(
            path or topic_adapter_path(),
            ADAPTER_SHA256 if verify_checksum else None,
            "topic classifier",
            checksum_error=ModelIntegrityError,
        )
        try:
            deltas = {
                (layer, key): (
                    data[f"{layer}.{key}.b"].astype(np.float32)
                    @ data[f"{layer}.{key}.a"].astype(np.float32)
                )
                for layer in range(6)
                for key in LAYER_MATRICES
                if f"{layer}.{key}.a" in data
            }
            labels = tuple(str(label) for label in data["labels"])
            weights, bias = data["head.w"], data["head.b"]
            # Files before stop 21 carry neither: all six layers, 24 words of context.
            depth = int(data["depth"]) if "depth" in data else 6
            words = int(data["context_words"]) if "context_words" in data else CONTEXT_WORDS
        except (KeyError, ValueError) as error:
            raise RedactionConfigError("The topic classifier file is damaged.") from error
        try:
            tuned = encoder.tuned(deltas, depth=depth)
        except ValueError as error:
            raise RedactionConfigError("The topic classifier file is damaged.") from error
        return cls(tuned, weights, bias, labels, words, encoder)

    def windows(
        self,
        text: str,
        sentences: Sequence[tuple[int, int]],
        indices: Sequence[int],
        previous: str = "",
    ) -> list[str]:
        """The classifier's input for each sentence of ``indices``: read after the sentence
        before it (``previous`` before the first one)."""
        return [
            joined_with_context(
                text[slice(*sentences[index])],
                text[slice(*sentences[index - 1])] if index else previous,
                self.context_words,
            )
            for index in indices
        ]

    def probabilities(self, windows: Sequence[str]) -> FloatArray:
        """(n, labels) softmax probabilities for classifier inputs (``joined_with_context``)."""
        if not windows:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        # The int8 graph and the numpy pass differ by up to ~0.3 in a probability near the bar:
        # wait for the graph (built once, under a second) so a verdict never depends on timing.
        self._encoder.wait_for_fast_backend(timeout=10.0, quantized=True)
        vectors = self._encoder.encode(list(windows), quantized=True)
        logits = vectors @ self._weights + self._bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        out: FloatArray = exp / exp.sum(axis=1, keepdims=True)
        return out


def topic_probabilities(
    classifier: TopicClassifier,
    text: str,
    sentences: Sequence[tuple[int, int]],
    order: Sequence[int],
    previous: str = "",
) -> FloatArray:
    """(len(order), labels) probabilities of the sentences of ``order``, each read after the
    sentence before it and blended with the linear head (``topic_blend``), as judged."""
    windows = classifier.windows(text, sentences, order, previous)
    return with_head(
        classifier.probabilities(windows),
        classifier.labels,
        classifier.general,
        [text[slice(*sentences[index])] for index in order],
    )


def by_label(labels: Sequence[str], row: FloatArray) -> dict[str, float]:
    """One sentence's probabilities (a row of ``topic_probabilities``) by label."""
    return {label: float(p) for label, p in zip(labels, row, strict=True)}


def classified_topics(
    classifier: TopicClassifier,
    text: str,
    sentences: Sequence[tuple[int, int]],
    candidates: dict[int, frozenset[str]],
    names: Sequence[str],
    bar: float,
    previous: str = "",
    read: dict[int, dict[str, float]] | None = None,
) -> list[TopicSpan]:
    """The topic the classifier is sure of (``bar``) for each candidate sentence.

    ``previous`` is the sentence before the text (a live segment's predecessor): the first
    sentence is read after it, as every other one is read after the sentence before it.
    ``candidates`` maps a sentence's index to the categories it must not get (a look-alike
    idiom, a negated phrase); only categories in ``names`` are given, one per sentence.
    ``read``, when given, receives each candidate's probabilities by label.
    """
    order = sorted(candidates)
    if not order:
        return []
    probs = topic_probabilities(classifier, text, sentences, order, previous)
    if read is not None:
        for row, index in enumerate(order):
            read[index] = by_label(classifier.labels, probs[row])
    columns = [(k, label) for k, label in enumerate(classifier.labels) if label in names]
    chosen: list[tuple[int, str, float]] = []
    for row, index in enumerate(order):
        allowed = [(k, label) for k, label in columns if label not in candidates[index]]
        if not allowed:
            continue
        column, label = max(allowed, key=lambda c: probs[row, c[0]])
        if float(probs[row, column]) >= bar:
            chosen.append((index, label, float(probs[row, column])))
    return [
        TopicSpan(*sentences[index], label, round(probability, 3), "classifier")
        for index, label, probability in chosen
    ]
