"""The static topic scorer (``topic_static``) and the gate it opens (``topic_gate.opens_gate``).

Real resource, real MiniLM tokenizer and int8 graph; probe sentences written for these tests.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import numpy as np
import pytest

from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor, topic_gate
from tenor_desktop.redaction.errors import RedactionConfigError
from tenor_desktop.redaction.topic_catalogue import TopicCategory
from tenor_desktop.redaction.topic_detector import TopicDetector
from tenor_desktop.redaction.topic_gate import opens_gate, worth_embedding
from tenor_desktop.redaction.topic_static import (
    STATIC_SCORER_SHA256,
    StaticTopicScorer,
    static_scorer_path,
)

BENCH = Path(__file__).resolve().parents[2] / "bench"

# Indirect disclosures without a word of the topics' semantic fields.
INDIRECT = [
    "I want to go to sleep and never open my eyes again.",
    "Sometimes I think everyone would manage fine if I just stopped.",
    "He counts every dollar I spend and takes my paycheck.",
    "i keep thinking about swallowing everything in the medicine cabinet.",
]
# Ordinary session talk, also without a field word.
ORDINARY = [
    "We had a nice weekend and the kids enjoyed the beach.",
    "My sister is coming to visit next month with her husband.",
    "We are thinking about repainting the kitchen this spring.",
    "My daughter has a soccer game on Saturday afternoon.",
    "The appointment with the dentist went fine.",
    "My boss asked me to lead the new project.",
]


@pytest.fixture(scope="module")
def scorer() -> StaticTopicScorer:
    return StaticTopicScorer.load()


def test_committed_resource_matches_its_pinned_checksum() -> None:
    data = static_scorer_path().read_bytes()
    assert hashlib.sha256(data).hexdigest() == STATIC_SCORER_SHA256


def test_a_damaged_resource_is_a_configuration_error(tmp_path: Path) -> None:
    damaged = tmp_path / "static_scorer.npz"
    data = bytearray(static_scorer_path().read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(RedactionConfigError, match="checksum"):
        StaticTopicScorer.load(damaged)
    # Unpinned (the build's own folds), the damage is still caught when the arrays are read.
    with pytest.raises(RedactionConfigError):
        StaticTopicScorer.load(damaged, sha256=None)
    with pytest.raises(RedactionConfigError):
        StaticTopicScorer.load(tmp_path / "missing.npz")


def test_rows_that_do_not_fit_the_tokenizer_are_refused(scorer: StaticTopicScorer) -> None:
    with pytest.raises(RedactionConfigError):
        StaticTopicScorer(
            np.zeros((10, len(scorer.labels)), dtype=np.float32),
            np.zeros(len(scorer.labels), dtype=np.float32),
            scorer.labels,
            scorer._tokenizer,
        )


@pytest.mark.parametrize("sentence", INDIRECT)
def test_indirect_disclosures_are_likely_topics(scorer: StaticTopicScorer, sentence: str) -> None:
    assert not worth_embedding(sentence)
    assert scorer.topic_probability(sentence) >= 0.95


@pytest.mark.parametrize("sentence", ORDINARY)
def test_ordinary_talk_is_unlikely(scorer: StaticTopicScorer, sentence: str) -> None:
    assert not worth_embedding(sentence)
    assert scorer.topic_probability(sentence) < 0.3


def test_gate_opens_on_indirect_probes_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(topic_gate, "STATIC_BAR", 0.95)
    assert all(opens_gate(sentence) for sentence in INDIRECT)
    assert not any(opens_gate(sentence) for sentence in ORDINARY)
    # A field word opens it whatever the scorer says.
    assert opens_gate("We drank a bottle of wine at dinner.")
    monkeypatch.setattr(topic_gate, "STATIC_BAR", 1.01)
    assert not any(opens_gate(sentence) for sentence in INDIRECT)


def test_scores_do_not_depend_on_the_word_memo(scorer: StaticTopicScorer) -> None:
    fresh = StaticTopicScorer.load()
    first = [fresh.topic_probability(s) for s in INDIRECT + ORDINARY]
    again = [fresh.topic_probability(s) for s in reversed(INDIRECT + ORDINARY)]
    assert first == list(reversed(again))
    # The word memo gives the wordpieces of the whole sentence.
    ids = scorer._tokenizer.encode(INDIRECT[2], add_special_tokens=False).ids
    whole = scorer._rows[ids].mean(axis=0) + scorer._bias
    assert np.allclose(scorer.logits(INDIRECT[2]), whole, atol=1e-5)


def test_the_build_is_deterministic() -> None:
    sys.path.insert(0, str(BENCH))
    from topic_static_model import fit, logit_table

    rng = np.random.default_rng(7)
    features = rng.standard_normal((300, 16)).astype(np.float32)
    targets = rng.integers(0, 4, size=300)
    table = rng.standard_normal((50, 16)).astype(np.float32)
    first = logit_table(table, fit(features, targets, 4)[0])
    second = logit_table(table, fit(features, targets, 4)[0])
    assert first.tobytes() == second.tobytes()


def test_a_wordpiece_vector_is_the_same_every_run(models: RedactionModels) -> None:
    sys.path.insert(0, str(BENCH))
    from topic_static_model import piece_vector

    encoder = models.encoder
    assert encoder is not None
    assert encoder.wait_for_fast_backend(quantized=True)
    index = encoder._tokenizer.token_to_id("paycheck") or encoder._tokenizer.token_to_id("pay")
    first = piece_vector(encoder, index)
    assert abs(float(np.linalg.norm(first)) - 1.0) < 1e-4
    for _ in range(3):
        assert piece_vector(encoder, index).tobytes() == first.tobytes()


def test_the_floor_closes_field_words_only_for_built_in_topics(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentence = "The traffic on the way here was terrible this morning."
    assert worth_embedding(sentence)
    monkeypatch.setattr(topic_gate, "STATIC_FLOOR", 0.5)
    assert not opens_gate(sentence, builtin_only=True)
    # A custom category is enabled: the word gate opens as before.
    assert opens_gate(sentence, builtin_only=False)
    # A field word in a likely disclosure stays open.
    assert opens_gate("I drank until I passed out again last night.", builtin_only=True)


def test_the_gate_sends_an_indirect_disclosure_to_the_embedding(models: RedactionModels) -> None:
    # No field word: before the static scorer only embed_all reached it.
    sentence = "I want to go to sleep and never open my eyes again."
    assert not worth_embedding(sentence)
    settings = RedactionSettings(phi_enabled=False, topics=frozenset({"SELF_HARM"}))
    result = Redactor(settings, models).redact(sentence)
    assert result.text == "[Redacted: self-harm]"
    assert result.risk_flags == frozenset({"SELF_HARM"})


def test_ordinary_talk_with_a_field_word_is_not_embedded_for_built_in_topics(
    models: RedactionModels,
) -> None:
    sentence = "The traffic on the way here was terrible this morning."
    assert worth_embedding(sentence)
    assert not opens_gate(sentence, builtin_only=True)
    settings = RedactionSettings(phi_enabled=False, topics=frozenset({"SELF_HARM", "ABUSE"}))
    assert Redactor(settings, models).redact(sentence).text == sentence


def test_a_custom_category_keeps_the_word_gate(models: RedactionModels) -> None:
    housing = TopicCategory(
        name="HOUSING",
        display="housing",
        phrases=(),
        examples=(
            "We got an eviction notice from the landlord.",
            "The landlord says we have to be out by the end of the month.",
            "We might lose the apartment if we cannot pay the rent.",
        ),
    )
    sentence = (
        "Our landlord says we have to be out by the end of the month, we are losing the apartment."
    )
    # A field word ("end"), but the scorer, which knows only the built-in topics, finds it
    # unlikely: the floor would keep it from the encoder if only built-in topics were on.
    assert worth_embedding(sentence)
    assert not opens_gate(sentence, builtin_only=True)
    found = TopicDetector(models.encoder, [housing]).detect(sentence)
    assert [span.category for span in found] == ["HOUSING"]
