"""Revising a stored segment's last sentence works on its redacted form, never on wrong words."""

from __future__ import annotations

from tenor_desktop.redaction.segment_revision import with_last_sentence_topics
from tenor_desktop.redaction.spans import PhiSpan, RedactionResult, Replacement, TopicSpan

DISPLAY = {"SUBSTANCE_USE": "substance use", "CRIMINAL": "criminal matter"}
# The segment as the detector read it: "Rosa" blanked in both sentences.
ORIGINAL = "I saw Rosa at noon. Did Rosa ask about the pills?"
VIEW = "I saw      at noon. Did      ask about the pills?"
STORED = RedactionResult(
    text="I saw [NAME 1] at noon. Did [NAME 1] ask about the pills?",
    spans=(PhiSpan(6, 10, "NAME", 0.9, "rule"), PhiSpan(24, 28, "NAME", 0.9, "rule")),
    replacements=(Replacement(6, 14, "NAME"), Replacement(28, 36, "NAME")),
)
LAST = (20, len(ORIGINAL))


def test_the_last_sentence_becomes_the_placeholder_and_earlier_marks_stay() -> None:
    topics = [TopicSpan(*LAST, "SUBSTANCE_USE", 0.7, "exchange")]
    revised = with_last_sentence_topics(STORED, VIEW, topics, DISPLAY)
    assert revised is not None
    assert revised.text == "I saw [NAME 1] at noon. [Redacted: substance use]"
    assert revised.replacements == (
        Replacement(6, 14, "NAME"),
        Replacement(24, 49, "TOPIC:SUBSTANCE_USE"),
    )
    assert revised.topics == tuple(topics) and revised.spans == STORED.spans
    assert revised.risk_flags == frozenset()


def test_two_topics_share_one_placeholder_and_self_harm_flags() -> None:
    topics = [
        TopicSpan(*LAST, "SELF_HARM", 0.6, "exchange"),
        TopicSpan(*LAST, "CRIMINAL", 0.6, "exchange"),
    ]
    revised = with_last_sentence_topics(STORED, VIEW, topics, DISPLAY)
    assert revised is not None
    assert revised.text.endswith("[Redacted: criminal matter, self_harm]")
    assert revised.replacements[-1].label == "TOPIC:CRIMINAL+SELF_HARM"
    assert revised.risk_flags == frozenset({"SELF_HARM"})


def test_text_after_the_sentence_keeps_its_marks_shifted() -> None:
    stored = RedactionResult(
        text=STORED.text + "  ",
        spans=STORED.spans,
        replacements=STORED.replacements,
    )
    topics = [TopicSpan(*LAST, "SUBSTANCE_USE", 0.7, "exchange")]
    revised = with_last_sentence_topics(stored, VIEW + "  ", topics, DISPLAY)
    assert revised is not None and revised.text.endswith("[Redacted: substance use]  ")


def test_nothing_is_revised_when_the_stored_words_differ_from_what_was_read() -> None:
    topics = [TopicSpan(*LAST, "SUBSTANCE_USE", 0.7, "exchange")]
    other_view = "I saw      at noon. Did      ask about the car?"
    assert with_last_sentence_topics(STORED, other_view, topics, DISPLAY) is None


def test_nothing_is_revised_for_a_span_that_is_not_the_last_sentence() -> None:
    first = [TopicSpan(0, 19, "SUBSTANCE_USE", 0.7, "exchange")]
    assert with_last_sentence_topics(STORED, VIEW, first, DISPLAY) is None
    assert with_last_sentence_topics(STORED, VIEW, [], DISPLAY) is None
