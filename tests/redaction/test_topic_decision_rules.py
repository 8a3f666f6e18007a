"""Which classifier verdicts the topic detector keeps, and what it traces for error analysis."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor, topic_detector
from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_decision_rules import kept_classifier_topics, overridable_bars
from tenor_desktop.redaction.topic_decision_trace import SentenceTrace
from tenor_desktop.redaction.topic_detector import TopicDetector
from tenor_desktop.redaction.topic_explain import describe, explain

SENTENCES = [(0, 10), (11, 20), (21, 30)]


def _span(index: int, category: str, probability: float) -> TopicSpan:
    return TopicSpan(*SENTENCES[index], category, probability, "classifier")


def test_a_placed_sentence_needs_the_second_bar_and_an_override_its_own() -> None:
    spans = [_span(0, "ABUSE", 0.55), _span(1, "CRIMINAL", 0.3), _span(2, "SUBSTANCE_USE", 0.9)]
    kept = kept_classifier_topics(
        spans, SENTENCES, {2: {"SUBSTANCE_USE": 0.95}}, {1}, bar=0.5, second_bar=0.25
    )
    assert [s.category for s in kept] == ["ABUSE", "CRIMINAL"]
    kept = kept_classifier_topics(spans, SENTENCES, {}, {1}, bar=0.5, second_bar=1.01)
    assert [s.category for s in kept] == ["ABUSE", "SUBSTANCE_USE"]


def test_a_denial_always_bars_and_a_bar_above_one_is_never_overridden() -> None:
    bars = overridable_bars(
        frozenset({"SUBSTANCE_USE", "ABUSE"}),
        frozenset({"CRIMINAL"}),
        frozenset({"ABUSE"}),
        discount_bar=0.9,
        look_alike_bar=1.01,
    )
    assert bars == {"SUBSTANCE_USE": 0.9}


def test_the_trace_says_what_was_barred_and_read(models: RedactionModels) -> None:
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    text = "yeah i used sunday no saturday night meth with my cousin out at his place"
    trace: dict[int, SentenceTrace] = {}
    detector.detect(text, trace=trace)
    assert trace[0].barred.get("SUBSTANCE_USE") == "discounted phrase"
    assert trace[0].read == "gate"
    report = explain(detector, text, 0, len(text), trace)
    row = report["classifier"][0]
    assert row["read"] == "gate" and sum(row["probabilities"].values()) <= 1.0 + 1e-6
    assert "clf " in describe(report) and "discounted phrase" in describe(report)


def test_a_placed_sentence_gets_the_second_topic_the_classifier_is_sure_of(
    models: RedactionModels, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "overdosed" places the sentence in SUBSTANCE_USE; the reason given is self-harm, which
    # only the classifier reads (PLACED_SECOND_BAR), and it must still raise the risk flag.
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    sentence = "I overdosed last year because I didn't want to be alive anymore."
    found = {(t.category, t.source) for t in detector.detect(sentence)}
    # The overdose is the attempt's means, not a use (topic_means_reading): SELF_HARM alone.
    assert found == {("SELF_HARM", "classifier")}
    with monkeypatch.context() as patched:
        patched.setattr(topic_detector, "MEANS_SELF_HARM_BAR", 1.01)
        found = {(t.category, t.source) for t in detector.detect(sentence)}
    assert found == {("SUBSTANCE_USE", "lexicon"), ("SELF_HARM", "classifier")}
    assert [t.category for t in detector.detect("We went on a bender all weekend.")] == [
        "SUBSTANCE_USE"
    ]
    settings = RedactionSettings(topics=frozenset({"SELF_HARM", "SUBSTANCE_USE"}))
    assert Redactor(settings, models).redact(sentence).risk_flags == frozenset({"SELF_HARM"})
