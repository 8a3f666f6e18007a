"""The prototype embedding's references: each category's example vectors and ordinary talk.

For a built-in topic the examples are the bank of labelled training sentences
(``topic_bank``) plus any example the clinician added; a custom category's are its own
example sentences. They are embedded once, at the first detection that needs them, with the
int8 onnxruntime graph, so the sentences compared with them come from the same graph. The
linear head (``topic_head``) that vetoes and rescues the embedding's verdicts is read here too,
and so are the calibrated bars each category's similarity must clear.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from tenor_desktop.redaction.minilm import MiniLMEncoder
from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.topic_bank import TopicBank
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES, TopicCategory
from tenor_desktop.redaction.topic_embedding import top_k_mean
from tenor_desktop.redaction.topic_head import TopicHead
from tenor_desktop.redaction.topic_neutral import NEUTRAL_TALK
from tenor_desktop.redaction.topic_prototypes import CALIBRATED_BARS, NEUTRAL_EXAMPLES

DEFAULT_THRESHOLD = 0.6
BUILTIN_NAMES = frozenset(category.name for category in BUILTIN_CATEGORIES)
_BUILTIN_EXAMPLES = {category.name: frozenset(category.examples) for category in BUILTIN_CATEGORIES}
NEUTRAL_SENTENCES = NEUTRAL_EXAMPLES + NEUTRAL_TALK


class ExampleStore:
    """Example and ordinary-talk embeddings of a detector's categories, computed once."""

    def __init__(
        self,
        encoder: MiniLMEncoder | None,
        categories: Sequence[TopicCategory],
        threshold: float = DEFAULT_THRESHOLD,
    ) -> None:
        self._encoder = encoder
        self._categories = tuple(categories)
        self._threshold = threshold
        self._vectors: dict[str, FloatArray] | None = None
        self._neutral = np.zeros((0, 384), dtype=np.float32)
        self.head = TopicHead.load() if encoder is not None else None
        self._bank = TopicBank.load() if encoder is not None else None

    def replace_models(self, head: TopicHead | None, bank: TopicBank | None) -> None:
        """Use another head and bank (benches' held-out folds); the vectors are recomputed."""
        self.head = head
        self._bank = bank
        self._vectors = None

    @property
    def neutral(self) -> FloatArray:
        """Ordinary therapy talk's embeddings (after ``vectors``)."""
        return self._neutral

    def vectors(self) -> dict[str, FloatArray]:
        """Each category's example embeddings, by name (categories with none are absent)."""
        if self._vectors is None:
            encoder = self._encoder
            vectors: dict[str, FloatArray] = {}
            if encoder is not None:
                # Sentences compared with the bank come from the same int8 graph.
                encoder.wait_for_fast_backend(timeout=10.0, quantized=True)
                for category in self._categories:
                    found = self._category_vectors(encoder, category)
                    if found is not None:
                        vectors[category.name] = found
                self._neutral = (
                    self._bank.ordinary()
                    if self._bank is not None
                    else encoder.encode_cached(NEUTRAL_SENTENCES, quantized=True)
                )
            self._vectors = vectors
        return self._vectors

    def _category_vectors(
        self, encoder: MiniLMEncoder, category: TopicCategory
    ) -> FloatArray | None:
        """A built-in topic's bank sentences plus any example the user added; a custom
        category's own examples (None when it has only phrases)."""
        banked = self._bank.topic(category.name) if self._bank is not None else None
        if banked is None or category.name not in BUILTIN_NAMES:
            if not category.examples:
                return None
            return encoder.encode_cached(category.examples, quantized=True)
        known = _BUILTIN_EXAMPLES[category.name]
        added = [example for example in category.examples if example not in known]
        if not added:
            return banked
        return np.vstack([banked, encoder.encode_cached(added, quantized=True)])

    def bar(self, name: str) -> float:
        """Similarity ``name`` needs: its calibrated bar, moved with the user's threshold."""
        calibrated = CALIBRATED_BARS.get(name)
        if calibrated is None or name not in BUILTIN_NAMES:
            return self._threshold
        return calibrated + (self._threshold - DEFAULT_THRESHOLD)

    def similarity(self, sentence: str) -> dict[str, float]:
        """Top-k similarity of ``sentence`` to each category's examples (for inspection)."""
        if self._encoder is None:
            return {}
        vectors = self.vectors()
        vector = self._encoder.encode([sentence], quantized=True)
        return {
            category.name: float(top_k_mean(vectors[category.name], vector)[0])
            if category.name in vectors
            else 0.0
            for category in self._categories
        }
