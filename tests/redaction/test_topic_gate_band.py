"""The second way to the classifier for sentences the gate shut out (``topic_gate_band``)."""

from __future__ import annotations

from typing import Any

import pytest

from tenor_desktop.redaction import topic_gate_band
from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_decision_rules import kept_classifier_topics
from tenor_desktop.redaction.topic_gate_band import band_bar

TEXT = "any drugs again? i went over to his place and stayed. then we ate."
SENTENCES = [(0, 16), (17, 53), (54, 66)]


class _Scorer:
    def __init__(self, probability: float) -> None:
        self.probability = probability

    def topic_probability(self, _sentence: str) -> float:
        return self.probability


def _bar(probability: float, **bars: float) -> Any:
    values = {"static_floor": 1.01, "band_bar": 0.8, "after_question_bar": 1.01, **bars}
    return lambda index, pointed: band_bar(TEXT, index, SENTENCES, pointed, set(), **values)


def test_an_answer_to_a_question_through_the_gate_is_read_at_its_own_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(topic_gate_band, "static_scorer", lambda: _Scorer(0.0))
    read = _bar(0.0, after_question_bar=0.7)
    assert read(1, {0}) == 0.7
    assert read(1, set()) == 0.7  # "drugs" is a field word
    assert (
        band_bar(
            "why? then we ate.",
            1,
            [(0, 4), (5, 17)],
            set(),
            set(),
            static_floor=1.01,
            band_bar=0.8,
            after_question_bar=0.7,
        )
        is None
    )
    assert read(2, {0, 1}) is None  # the sentence before is no question
    assert _bar(0.0)(1, {0}) is None  # off


def test_the_static_band_reads_a_likely_sentence_at_the_band_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(topic_gate_band, "static_scorer", lambda: _Scorer(0.6))
    assert _bar(0.6, static_floor=0.5)(2, set()) == 0.8
    assert _bar(0.6, static_floor=0.7)(2, set()) is None
    assert _bar(0.6, static_floor=0.5, after_question_bar=0.6)(1, {0}) == 0.6  # the lower


def test_a_banded_sentence_keeps_a_verdict_only_at_its_own_bar() -> None:
    spans = [TopicSpan(*SENTENCES[1], "SUBSTANCE_USE", 0.75, "classifier")]
    kept = kept_classifier_topics(spans, SENTENCES, {}, set(), bar=0.5, second_bar=1.01)
    assert kept == spans
    kept = kept_classifier_topics(
        spans, SENTENCES, {}, set(), bar=0.5, second_bar=1.01, sentence_bars={1: 0.8}
    )
    assert kept == []
