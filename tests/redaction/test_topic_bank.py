"""The nearest-neighbour bank of labelled sentences, and the second topic beside a phrase."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import tenor_desktop.redaction.topic_detector as topic_detector
from tenor_desktop.redaction import RedactionModels
from tenor_desktop.redaction.errors import RedactionConfigError
from tenor_desktop.redaction.topic_bank import TopicBank
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES, TopicCategory
from tenor_desktop.redaction.topic_detector import TopicDetector
from tenor_desktop.redaction.topic_head import NONE_LABEL

LABELS = (NONE_LABEL, *(c.name for c in BUILTIN_CATEGORIES))


def test_shipped_bank_holds_every_builtin_topic_and_ordinary_talk() -> None:
    bank = TopicBank.load()
    assert bank.names == LABELS
    for category in BUILTIN_CATEGORIES:
        vectors = bank.topic(category.name)
        assert vectors is not None and len(vectors) >= 200
        # int8 codes back to near-unit vectors
        np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=0.02)
    assert len(bank.ordinary()) > 1000
    assert bank.topic(NONE_LABEL) is None
    assert bank.topic("GAMBLING") is None


def test_saved_bank_reads_back_within_int8_rounding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The writer is build-time code (bench/), not part of the app.
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "bench"))
    from topic_bank_file import quantise, save_bank

    rng = np.random.default_rng(4)
    vectors = rng.standard_normal((5, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    labels = [NONE_LABEL, "ABUSE", NONE_LABEL, "SELF_HARM", "ABUSE"]
    path = tmp_path / "bank.npz"
    save_bank(path, vectors, labels, LABELS)
    bank = TopicBank.load(path)
    abuse = bank.topic("ABUSE")
    assert abuse is not None and abuse.shape == (2, 384)
    _codes, scale = quantise(vectors)
    np.testing.assert_allclose(abuse, vectors[[1, 4]], atol=scale)
    np.testing.assert_allclose(bank.ordinary(), vectors[[0, 2]], atol=scale)
    immigration = bank.topic("IMMIGRATION")
    assert immigration is not None and immigration.shape == (0, 384)


def test_damaged_or_mismatched_bank_is_a_configuration_error(tmp_path: Path) -> None:
    damaged = tmp_path / "bank.npz"
    damaged.write_bytes(b"not an archive")
    with pytest.raises(RedactionConfigError):
        TopicBank.load(damaged)
    with pytest.raises(RedactionConfigError):
        TopicBank(np.zeros((3, 384), np.float32), np.zeros(2, np.int8), LABELS)
    with pytest.raises(RedactionConfigError):
        TopicBank(np.zeros((2, 384), np.float32), np.zeros(2, np.int8), ("ABUSE",))


def test_builtin_topics_are_judged_against_the_bank(models: RedactionModels) -> None:
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    examples = detector.example_vectors()
    bank = TopicBank.load()
    for category in BUILTIN_CATEGORIES:
        banked = bank.topic(category.name)
        assert banked is not None
        np.testing.assert_array_equal(examples[category.name], banked)
    np.testing.assert_array_equal(detector.internals().neutral, bank.ordinary())


def test_custom_categories_and_added_examples_are_embedded(models: RedactionModels) -> None:
    assert models.encoder is not None
    abuse = next(c for c in BUILTIN_CATEGORIES if c.name == "ABUSE")
    added = "he makes me sleep in the garage when he's angry."
    extended = TopicCategory(abuse.name, abuse.display, abuse.phrases, (*abuse.examples, added))
    gambling = TopicCategory(
        "GAMBLING", "gambling", ("casino",), ("i lost the rent money at the casino again.",)
    )
    detector = TopicDetector(models.encoder, [extended, gambling])
    examples = detector.example_vectors()
    banked = TopicBank.load().topic("ABUSE")
    assert banked is not None
    assert len(examples["ABUSE"]) == len(banked) + 1
    own = models.encoder.encode([added], quantized=True)[0]
    np.testing.assert_allclose(examples["ABUSE"][-1], own, atol=1e-5)
    assert examples["GAMBLING"].shape == (1, 384)


# Written for this test: 'beers' places it in SUBSTANCE_USE; a night in a cell is CRIMINAL too.
PULLED_OVER = (
    "i got pulled over on the way home after six beers and spent the whole night in a cell."
)


def test_a_long_sentence_the_lexicon_placed_gets_a_second_topic_when_examples_and_head_agree(
    models: RedactionModels, monkeypatch: pytest.MonkeyPatch
) -> None:
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    # Off by default (its cost in throughput).
    assert [s.category for s in detector.detect(PULLED_OVER)] == ["SUBSTANCE_USE"]
    monkeypatch.setattr(topic_detector, "SECOND_BAR", 0.9)
    spans = detector.detect(PULLED_OVER)
    assert {(s.category, s.source) for s in spans} == {
        ("SUBSTANCE_USE", "lexicon"),
        ("CRIMINAL", "embedding"),
    }
    # A short one is not embedded again.
    short = "i got pulled over after six beers and spent the night in a cell."
    assert [s.category for s in detector.detect(short)] == ["SUBSTANCE_USE"]


def test_no_second_topic_when_the_head_disagrees(
    models: RedactionModels, monkeypatch: pytest.MonkeyPatch
) -> None:
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    assert detector.internals().head is not None
    # The head is never this sure: the examples alone do not add a topic to a placed sentence.
    monkeypatch.setattr(topic_detector, "SECOND_BAR", 0.99999)
    assert [s.category for s in detector.detect(PULLED_OVER)] == ["SUBSTANCE_USE"]
