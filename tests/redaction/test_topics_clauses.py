"""Clause windows: sentences over LONG_WORDS words are also judged clause by clause."""

from __future__ import annotations

from typing import Any

import pytest

from tenor_desktop.redaction import RedactionModels
from tenor_desktop.redaction.minilm import MiniLMEncoder
from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import TopicDetector
from tenor_desktop.redaction.topic_windows import clauses


class _Recording:
    """The real encoder, remembering what it was asked to embed."""

    def __init__(self, encoder: MiniLMEncoder) -> None:
        self._encoder = encoder
        self.seen: list[str] = []

    def encode(self, sentences: list[str], *, quantized: bool = False) -> FloatArray:
        self.seen += sentences
        return self._encoder.encode(sentences, quantized=quantized)

    def encode_cached(self, sentences: tuple[str, ...], *, quantized: bool = False) -> FloatArray:
        return self._encoder.encode_cached(sentences, quantized=quantized)

    def wait_for_fast_backend(self, timeout: float = 60.0, *, quantized: bool = False) -> bool:
        return self._encoder.wait_for_fast_backend(timeout, quantized=quantized)

    def tuned(self, deltas: Any, *, depth: int = 6) -> MiniLMEncoder:
        return self._encoder.tuned(deltas, depth=depth)


def test_a_sentence_of_fifteen_words_has_clauses() -> None:
    sentence = "my job is going well and my boss likes me, but my permit runs out in june."
    assert 14 < len(sentence.split()) <= 18
    assert len(clauses(sentence, 0, len(sentence))) >= 2


def test_only_clauses_with_a_field_word_are_embedded(models: RedactionModels) -> None:
    assert models.encoder is not None
    recording = _Recording(models.encoder)
    detector = TopicDetector(recording, BUILTIN_CATEGORIES)  # type: ignore[arg-type]
    sentence = (
        "the weather was lovely all week and the garden looks great, but he put his hands on"
        " me again on friday"
    )
    found = detector.detect(sentence)
    assert [t.category for t in found] == ["ABUSE"]
    clauses = [text for text in recording.seen if text != sentence]
    assert clauses and all("hands on" in text for text in clauses)


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        (
            "work was fine and the kids were good, but i got wasted alone again on friday night.",
            "SUBSTANCE_USE",
        ),
        (
            "my job is going well and my boss likes me, but my work permit runs out in june.",
            "IMMIGRATION",
        ),
    ],
)
def test_a_disclosure_in_one_clause_of_a_medium_sentence_is_found(
    models: RedactionModels, sentence: str, category: str
) -> None:
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    assert category in [t.category for t in detector.detect(sentence)]
