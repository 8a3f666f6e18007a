"""Placeholders, sessions, cross-segment context, topics, risk flags and settings."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import (
    ClientRedactionOverride,
    RedactionModels,
    RedactionSettings,
    Redactor,
    TopicCategory,
    settings_for_client,
)
from tenor_desktop.redaction.errors import RedactionConfigError


def test_same_person_gets_same_placeholder_across_segments(models: RedactionModels) -> None:
    session = Redactor(RedactionSettings(), models).new_session()
    first = session.redact_segment("Gregory Hale called me into his office.")
    second = session.redact_segment("I think gregory was just stressed. Melissa agrees.")
    assert first.text.startswith("[NAME 1]")
    assert "[NAME 1] was just stressed" in second.text
    assert "[NAME 2] agrees" in second.text


def test_replacements_carry_labels_only(models: RedactionModels) -> None:
    result = Redactor(RedactionSettings(), models).redact("Email me at ana.ruiz@example.com today.")
    assert result.text == "Email me at [EMAIL 1] today."
    (replacement,) = result.replacements
    assert result.text[replacement.start : replacement.end] == "[EMAIL 1]"
    assert replacement.label == "EMAIL"
    assert "ana" not in repr(result.replacements)


def test_identifier_split_across_segments_is_caught(models: RedactionModels) -> None:
    session = Redactor(RedactionSettings(), models).new_session()
    first = session.redact_segment("you can call me at six one seven, five five five,")
    second = session.redact_segment("oh one four three if anything changes")
    assert "five five five" not in first.text
    assert "oh one four three" not in second.text
    assert second.spans[0].start == 0


def test_lookahead_stream_removes_both_halves_of_split_email(models: RedactionModels) -> None:
    session = Redactor(RedactionSettings(), models).new_session()
    assert session.push("you can write to jdoe at gmail") is None
    first = session.push("dot com whenever you want")
    second = session.flush()
    assert first is not None and second is not None
    assert first.text == "you can write to [EMAIL 1]"
    assert second.text == "[EMAIL 1] whenever you want"
    assert session.flush() is None


def test_topic_sentence_replaced_and_self_harm_flagged(models: RedactionModels) -> None:
    settings = RedactionSettings(topics=frozenset({"SELF_HARM", "IMMIGRATION"}))
    text = (
        "Client: Work was fine. Last night I thought about killing myself. My asylum case is open."
    )
    result = Redactor(settings, models).redact(text)
    assert "[Redacted: self-harm]" in result.text
    assert "[Redacted: immigration status]" in result.text
    assert "Work was fine." in result.text
    assert result.risk_flags == frozenset({"SELF_HARM"})


def test_topics_off_keeps_text_and_raises_no_flag(models: RedactionModels) -> None:
    result = Redactor(RedactionSettings(), models).redact("I thought about killing myself.")
    assert result.text == "I thought about killing myself."
    assert result.risk_flags == frozenset()


def test_a_model_catches_paraphrase_without_lexicon_words(models: RedactionModels) -> None:
    settings = RedactionSettings(topics=frozenset({"SELF_HARM"}))
    result = Redactor(settings, models).redact(
        "Client: I stood on the roof for a while last night and thought about stepping off."
    )
    assert [(t.category, t.source) for t in result.topics] == [("SELF_HARM", "classifier")]


def test_custom_category_by_phrases_and_examples(models: RedactionModels) -> None:
    gambling = TopicCategory(
        "GAMBLING",
        "gambling",
        (r"sports betting", r"casino"),
        ("I lost my paycheck at the slots.",),
    )
    settings = RedactionSettings(topics=frozenset({"GAMBLING"}), custom_categories=(gambling,))
    result = Redactor(settings, models).redact("I went to the casino again. The weather was nice.")
    assert result.text == "[Redacted: gambling] The weather was nice."


def test_client_override_and_round_trip() -> None:
    practice = RedactionSettings(topics=frozenset({"SELF_HARM"}), topic_embed_all=True)
    override = ClientRedactionOverride(topics=frozenset({"ABUSE"}), phi_enabled=False)
    effective = settings_for_client(practice, override)
    assert effective.topics == frozenset({"ABUSE"}) and not effective.phi_enabled
    assert effective.topic_embed_all
    assert RedactionSettings.from_dict(effective.to_dict()) == effective
    assert not RedactionSettings.from_dict({"topics": ["ABUSE"]}).topic_embed_all
    assert settings_for_client(practice, None) is practice


def test_unknown_category_is_rejected() -> None:
    with pytest.raises(RedactionConfigError):
        RedactionSettings(topics=frozenset({"ASTROLOGY"}))
