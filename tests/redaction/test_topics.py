"""Topic detection: negation, the embedding gate, risk flags, and the int8 encoder behind it."""

from __future__ import annotations

import numpy as np
import pytest

from tenor_desktop.redaction import TOPIC_CATEGORIES, RedactionModels, RedactionSettings, Redactor
from tenor_desktop.redaction.minilm import _length_buckets
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import TopicDetector
from tenor_desktop.redaction.topic_gate import worth_embedding
from tenor_desktop.redaction.topic_windows import clauses


def _lexicon_only() -> TopicDetector:
    return TopicDetector(None, BUILTIN_CATEGORIES)


def test_a_negated_phrase_is_not_a_disclosure() -> None:
    detector = _lexicon_only()
    assert [t.category for t in detector.detect("He hit me when he was angry.")] == ["ABUSE"]
    assert detector.detect("My dad was strict but he never hit me.") == []
    assert detector.detect("I have never been arrested in my life.") == []
    # Negating something else is no negation of the act.
    found = detector.detect("He never stopped hitting me, even when I cried.")
    assert [t.category for t in found] == ["ABUSE"]


def test_self_harm_phrases_count_even_after_a_negation() -> None:
    # "I don't want to kill myself, but..." is still risk talk the clinician must see.
    found = _lexicon_only().detect("I don't know, I keep thinking about killing myself.")
    assert [t.category for t in found] == ["SELF_HARM"]


def test_spoken_cue_phrases_place_colloquial_disclosures() -> None:
    detector = _lexicon_only()
    cases = {
        "We went on a bender all weekend.": "SUBSTANCE_USE",
        "I'm out on bail until the hearing.": "CRIMINAL",
        "They started removal proceedings against my dad.": "IMMIGRATION",
    }
    for sentence, category in cases.items():
        assert [t.category for t in detector.detect(sentence)] == [category], sentence


def test_gate_skips_ordinary_talk_and_passes_topic_words() -> None:
    assert not worth_embedding("We had a nice weekend and the kids enjoyed the beach.")
    assert worth_embedding("Some nights I just want to disappear and never come back.")
    assert worth_embedding("He took my passport and my papers so I couldn't go anywhere.")


def test_gate_decides_what_is_embedded(models: RedactionModels) -> None:
    sentence = "I stood at the edge of the roof last night and thought about stepping off."
    gated = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    assert [t.category for t in gated.detect(sentence)] == ["SELF_HARM"]
    assert gated.detect("We had a nice weekend and the kids enjoyed the beach.") == []
    # A question is read for phrases only (in the client's voice): the screening question
    # names the topic, the ordinary one does not.
    asked = gated.detect("Have you had thoughts of ending your life this week?")
    assert [t.category for t in asked] == ["SELF_HARM"]
    assert gated.detect("Did the kids enjoy the beach this weekend?") == []


def test_embed_all_setting_reaches_sentences_the_gate_skips(models: RedactionModels) -> None:
    # No field word, and the static scorer finds it only somewhat likely (topic_gate).
    sentence = "I keep giving my things to friends so they have something to remember me by."
    assert not worth_embedding(sentence)
    gated = RedactionSettings(phi_enabled=False, topics=frozenset({"SELF_HARM"}))
    assert Redactor(gated, models).redact(sentence).text == sentence
    thorough = RedactionSettings(
        phi_enabled=False, topics=frozenset({"SELF_HARM"}), topic_embed_all=True
    )
    result = Redactor(thorough, models).redact(sentence)
    assert result.text == "[Redacted: self-harm]"
    assert result.risk_flags == frozenset({"SELF_HARM"})


def test_long_run_on_is_scored_clause_by_clause(models: RedactionModels) -> None:
    sentence = (
        "my sister called about the wedding plans and we argued about the seating chart for an"
        " hour, and then i found out my husband has been sleeping with his coworker for months"
    )
    parts = clauses(sentence, 0, len(sentence))
    assert len(parts) >= 2 and all(e - s < len(sentence) for s, e in parts)
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    assert [(t.category, t.start, t.end) for t in detector.detect(sentence)] == [
        ("SEXUAL_CONTENT", 0, len(sentence))
    ]


def test_self_harm_found_by_embedding_raises_the_risk_flag(models: RedactionModels) -> None:
    settings = RedactionSettings(topics=frozenset({"SELF_HARM"}))
    session = Redactor(settings, models).new_session()
    result = session.redact_segment(
        "Client: Honestly I've been giving it a lot of thought and I'd rather not wake up."
    )
    assert result.text.startswith("Client: [Redacted: self-harm]")
    assert "wake up" not in result.text
    assert result.risk_flags == frozenset({"SELF_HARM"})
    assert session.risk_flags == {"SELF_HARM"}


def test_length_buckets_cover_every_sentence_once_with_little_padding() -> None:
    lengths = [5, 40, 7, 6, 38, 12, 5, 64, 13, 6]
    buckets = _length_buckets(lengths, batch_size=3)
    assert sorted(i for bucket in buckets for i in bucket) == list(range(len(lengths)))
    for bucket in buckets:
        assert len(bucket) <= 3
        longest = max(lengths[i] for i in bucket)
        assert longest * len(bucket) <= 1.15 * sum(lengths[i] for i in bucket) + longest


def test_int8_encoder_stays_close_to_the_float_pass(models: RedactionModels) -> None:
    encoder = models.encoder
    assert encoder is not None
    if not encoder.wait_for_fast_backend():
        pytest.skip("onnxruntime is not installed")
    sentences = [
        "I've been drinking every night since the funeral.",
        "okay",
        "my visa ran out and I'm scared they'll send me back",
        "We talked about the kids' school and the holidays.",
    ]
    fast = encoder.encode(sentences, quantized=True)
    exact = encoder.encode(sentences)
    np.testing.assert_allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)
    cosines = (fast * exact).sum(axis=1)
    assert cosines.min() > 0.95
    assert not np.allclose(fast, exact, atol=1e-4)  # really the int8 graph
    # Neighbours stay neighbours.
    similar = encoder.encode(["I drink a lot every night."], quantized=True)[0]
    assert similar @ fast[0] > similar @ fast[3]


def test_topics_read_identifiers_blanked_so_a_second_pass_agrees(models: RedactionModels) -> None:
    redactor = Redactor(RedactionSettings(topics=frozenset(TOPIC_CATEGORIES)), models)
    # Before: the first call embedded "Tucson hope hope ..." (no topic), the second call the
    # same sentence without the town (self-harm).
    texts = [
        "Tucson hope hope hope me killing",
        "Jaxon Jaxon hope hope hope me killing",
        "Client: My sister Ottoline says I drink way too much every single night.",
    ]
    for text in texts:
        once = redactor.redact(text)
        twice = redactor.redact(once.text)
        assert twice.text == once.text
        assert not twice.topics or [t.category for t in twice.topics] == [
            t.category for t in once.topics
        ]
