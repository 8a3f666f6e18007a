"""Sentence-level sensitive-topic detection: phrase lexicon plus MiniLM similarity.

A sentence belongs to a category when one of the category's phrases occurs in it, or when
its embedding is close enough to one of the category's example sentences. Embeddings are
only computed for sentences long enough to carry a disclosure and holding a cue word, which
keeps the numpy forward pass within the throughput budget.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from tenor_desktop.redaction.errors import RedactionConfigError
from tenor_desktop.redaction.minilm import FloatArray, MiniLMEncoder
from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_catalogue import TopicCategory

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"')\]]*|$)")
_SPEAKER_PREFIX = re.compile(r"[ \t]*[A-Z][A-Za-z]*(?:\s\d+)?:\s*")
_MIN_WORDS = 5
# Words that make a sentence worth embedding: people, bodies, acts and states that
# disclosures are built from. Sentences without any are skipped (a cost cut, not a filter on
# what the lexicon sees).
_CUE = re.compile(
    r"\b(?:i|me|my|myself|he|him|his|she|her|they|them|we|us|kid|kids|mom|dad|police|court"
    r"|pills?|drink\w*|drug\w*|hurt\w*|die|dead|death|kill\w*|life|sex\w*|bed|body|hit\w*"
    r"|hospital|jail|prison|border|country|papers|visa)\b",
    re.IGNORECASE,
)
DEFAULT_THRESHOLD = 0.6
# Missing a self-harm disclosure costs more than an extra redaction, so its bar is lower.
_THRESHOLD_OFFSET = {"SELF_HARM": -0.05}


@dataclass(frozen=True, slots=True)
class _CompiledCategory:
    category: TopicCategory
    pattern: re.Pattern[str] | None
    examples: FloatArray


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``, without speaker labels and surrounding spaces."""
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.start(), match.end()
        prefix = (
            _SPEAKER_PREFIX.match(text, start, end)
            if start == 0 or text[start - 1] == "\n"
            else None
        )
        if prefix is not None:
            start = prefix.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


class TopicDetector:
    """Finds sentences about the enabled sensitive topics."""

    def __init__(
        self,
        encoder: MiniLMEncoder | None,
        categories: Sequence[TopicCategory],
        *,
        threshold: float = DEFAULT_THRESHOLD,
        embed_all: bool = False,
    ) -> None:
        self._encoder = encoder
        self._threshold = threshold
        self._embed_all = embed_all
        self._categories = [self._compile(category) for category in categories]

    def _compile(self, category: TopicCategory) -> _CompiledCategory:
        if not category.phrases and not category.examples:
            raise RedactionConfigError("A topic category needs phrases or example sentences.")
        pattern = None
        if category.phrases:
            try:
                pattern = re.compile(r"\b(?:" + "|".join(category.phrases) + r")\b", re.IGNORECASE)
            except re.error as error:
                raise RedactionConfigError("A topic phrase is not a valid pattern.") from error
        if self._encoder is not None and category.examples:
            examples = self._encoder.encode(list(category.examples))
        else:
            examples = np.zeros((0, 384), dtype=np.float32)
        return _CompiledCategory(category, pattern, examples)

    @property
    def category_names(self) -> list[str]:
        """Names of the categories this detector looks for."""
        return [compiled.category.name for compiled in self._categories]

    def detect(self, text: str, enabled: Sequence[str] | None = None) -> list[TopicSpan]:
        """Topic spans (one per sentence and category) for the ``enabled`` categories."""
        active = [c for c in self._categories if enabled is None or c.category.name in enabled]
        if not active:
            return []
        sentences = split_sentences(text)
        found: list[TopicSpan] = []
        to_embed: list[int] = []
        lexical: list[set[str]] = []
        for index, (start, end) in enumerate(sentences):
            sentence = text[start:end]
            hits = {
                c.category.name
                for c in active
                if c.pattern is not None and c.pattern.search(sentence)
            }
            lexical.append(hits)
            for name in sorted(hits):
                found.append(TopicSpan(start, end, name, 0.95, "lexicon"))
            words = len(sentence.split())
            if (
                self._encoder is not None
                and words >= _MIN_WORDS
                and (self._embed_all or _CUE.search(sentence))
            ):
                to_embed.append(index)
        if to_embed and self._encoder is not None:
            vectors = self._encoder.encode([text[slice(*sentences[i])] for i in to_embed])
            for row, index in enumerate(to_embed):
                start, end = sentences[index]
                for compiled in active:
                    if compiled.category.name in lexical[index] or not len(compiled.examples):
                        continue
                    score = float(np.max(compiled.examples @ vectors[row]))
                    bar = self._threshold + _THRESHOLD_OFFSET.get(compiled.category.name, 0.0)
                    if score >= bar:
                        found.append(
                            TopicSpan(
                                start, end, compiled.category.name, round(score, 3), "embedding"
                            )
                        )
        return sorted(found, key=lambda span: (span.start, span.category))

    def similarity(self, sentence: str) -> dict[str, float]:
        """Best cosine similarity of ``sentence`` to each category's examples (for inspection)."""
        if self._encoder is None:
            return {}
        vector = self._encoder.encode([sentence])[0]
        return {
            c.category.name: float(np.max(c.examples @ vector)) if len(c.examples) else 0.0
            for c in self._categories
        }
