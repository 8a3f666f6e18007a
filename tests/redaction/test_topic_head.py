"""The linear topic head: its trained file, its probabilities, and its place in detection."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import tenor_desktop.redaction.topic_detector as topic_detector
import tenor_desktop.redaction.topic_example_store as topic_example_store
from tenor_desktop.redaction import RedactionModels
from tenor_desktop.redaction.errors import RedactionConfigError
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import TopicDetector
from tenor_desktop.redaction.topic_head import NONE_LABEL, TopicHead

# Written for these tests, in none of the training files, and with no topic word.
LOCKED_IN = "my stepfather used to lock me in the basement when i talked back."


def test_trained_head_knows_every_builtin_topic_and_none() -> None:
    head = TopicHead.load()
    assert head.labels == (NONE_LABEL, *(c.name for c in BUILTIN_CATEGORIES))


def test_probabilities_are_a_distribution_per_sentence(models: RedactionModels) -> None:
    assert models.encoder is not None
    # The head was trained on the int8 graph's embeddings: without it ready, the float
    # fallback gives other vectors ("i walked the dog." then leans to SELF_HARM).
    assert models.encoder.wait_for_fast_backend(timeout=10.0, quantized=True)
    vectors = models.encoder.encode(["i walked the dog.", LOCKED_IN], quantized=True)
    probs = TopicHead.load().probabilities(vectors)
    assert probs.shape == (2, 7)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, rtol=1e-5)
    assert probs[0].argmax() == 0  # ordinary talk
    assert TopicHead.load().labels[int(probs[1].argmax())] == "ABUSE"


def test_damaged_or_mismatched_head_is_a_configuration_error(tmp_path: Path) -> None:
    damaged = tmp_path / "head.npz"
    damaged.write_bytes(b"not an archive")
    with pytest.raises(RedactionConfigError):
        TopicHead.load(damaged)
    with pytest.raises(RedactionConfigError):
        TopicHead(np.zeros((384, 3), np.float32), np.zeros(7, np.float32), ("NONE", "A", "B"))


def _examples_never_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bars no similarity can clear: only the head can name an embedding topic.

    Its reach (how far below the bar it may still name a topic) is opened wide here; the
    reach itself is tested in test_topics_near_misses.
    """
    bars = {category.name: 2.0 for category in BUILTIN_CATEGORIES}
    monkeypatch.setattr(topic_example_store, "CALIBRATED_BARS", bars)
    monkeypatch.setattr(topic_detector, "HEAD_REACH", 5.0)


def test_head_names_a_topic_the_examples_miss(
    models: RedactionModels, monkeypatch: pytest.MonkeyPatch
) -> None:
    _examples_never_decide(monkeypatch)
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    monkeypatch.setattr(topic_detector, "HEAD_BAR", 1.01)  # the head can never be sure
    assert detector.detect(LOCKED_IN) == []
    monkeypatch.setattr(topic_detector, "HEAD_BAR", 0.8)
    (span,) = detector.detect(LOCKED_IN)
    assert (span.category, span.source) == ("ABUSE", "embedding")
    assert 0.8 <= span.confidence <= 1.0


def test_head_respects_enabled_categories(
    models: RedactionModels, monkeypatch: pytest.MonkeyPatch
) -> None:
    _examples_never_decide(monkeypatch)
    monkeypatch.setattr(topic_detector, "HEAD_BAR", 0.8)
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    assert detector.detect(LOCKED_IN, enabled=["IMMIGRATION", "SELF_HARM"]) == []


def test_head_rescues_whole_sentences_not_clauses(
    models: RedactionModels, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sure of the abuse clause (0.99) but not of the whole run-on (0.76): nothing found."""
    _examples_never_decide(monkeypatch)
    run_on = (
        "we spent the whole weekend at the lake house with all the cousins,"
        " and my stepfather used to lock me in the basement when i talked back."
    )
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    monkeypatch.setattr(topic_detector, "HEAD_BAR", 0.9)
    assert detector.detect(run_on) == []
    monkeypatch.setattr(topic_detector, "HEAD_BAR", 0.7)
    assert [span.category for span in detector.detect(run_on)] == ["ABUSE"]
