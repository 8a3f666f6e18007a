"""The hashed n-gram gate scorer (``topic_static_ngrams``) and how ``topic_gate`` asks it.

Real resource; probe sentences written for these tests.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import numpy as np
import pytest

from tenor_desktop.redaction import topic_gate
from tenor_desktop.redaction.errors import RedactionConfigError
from tenor_desktop.redaction.topic_gate import opens_gate
from tenor_desktop.redaction.topic_static_ngrams import (
    BUCKETS,
    NGRAM_SCORER_SHA256,
    NgramTopicScorer,
    ngram_ids,
    ngram_scorer_path,
)

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def scorer() -> NgramTopicScorer:
    return NgramTopicScorer.load()


def test_committed_resource_matches_its_pinned_checksum() -> None:
    data = ngram_scorer_path().read_bytes()
    assert hashlib.sha256(data).hexdigest() == NGRAM_SCORER_SHA256


def test_a_damaged_or_missing_resource_is_a_configuration_error(tmp_path: Path) -> None:
    damaged = tmp_path / "topic_static_ngrams.npz"
    data = bytearray(ngram_scorer_path().read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(RedactionConfigError, match="checksum"):
        NgramTopicScorer.load(damaged)
    with pytest.raises(RedactionConfigError):
        NgramTopicScorer.load(damaged, sha256=None)
    with pytest.raises(RedactionConfigError):
        NgramTopicScorer.load(tmp_path / "missing.npz")


def test_weights_must_fill_a_power_of_two_of_buckets() -> None:
    with pytest.raises(RedactionConfigError):
        NgramTopicScorer(np.zeros(1000, dtype=np.float32), 0.0)


def test_features_are_stable_and_order_aware() -> None:
    # crc32, not Python's salted hash: the same ids in every process.
    assert ngram_ids("He took my pills.") == ngram_ids("he  TOOK my pills")
    assert ngram_ids("my pills took he") != ngram_ids("he took my pills")
    assert all(0 <= i < BUCKETS for i in ngram_ids("I don't want to be here anymore."))
    assert ngram_ids("") == sorted(set(ngram_ids("")))


def test_scores_are_probabilities_of_the_summed_weights(scorer: NgramTopicScorer) -> None:
    sentence = "I keep thinking about swallowing everything in the medicine cabinet."
    odds = scorer._bias + float(scorer._weights[ngram_ids(sentence)].sum())
    assert abs(scorer.log_odds(sentence) - odds) < 1e-4
    assert abs(scorer.topic_probability(sentence) - 1.0 / (1.0 + np.exp(-odds))) < 1e-6


def test_disclosures_score_above_ordinary_talk(scorer: NgramTopicScorer) -> None:
    disclosures = [
        "I want to go to sleep and never open my eyes again.",
        "He counts every dollar I spend and takes my paycheck.",
        "I was drinking every night until I blacked out.",
    ]
    ordinary = [
        "We had a nice weekend and the kids enjoyed the beach.",
        "My daughter has a soccer game on Saturday afternoon.",
        "The appointment with the dentist went fine.",
    ]
    low = max(scorer.topic_probability(s) for s in ordinary)
    assert all(scorer.topic_probability(s) > low for s in disclosures)


def test_the_ngram_bar_opens_and_alone_closes_for_built_in_topics_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fixed = NgramTopicScorer(np.zeros(BUCKETS, dtype=np.float32), 2.0)  # p = 0.88 for all
    monkeypatch.setattr(topic_gate, "ngram_scorer", lambda: fixed)
    ordinary = "We are thinking about repainting the kitchen this spring."
    monkeypatch.setattr(topic_gate, "NGRAM_BAR", 0.8)
    assert opens_gate(ordinary, builtin_only=True)
    # A custom category enabled: the n-gram scorer (built-in topics only) is not asked.
    assert not opens_gate(ordinary, builtin_only=False)
    monkeypatch.setattr(topic_gate, "NGRAM_BAR", 0.9)
    monkeypatch.setattr(topic_gate, "NGRAM_ALONE", True)
    # Alone, a field word no longer opens it below the bar.
    assert not opens_gate("We drank a bottle of wine at dinner.", builtin_only=True)
    monkeypatch.setattr(topic_gate, "NGRAM_BAR", 1.01)
    assert opens_gate("We drank a bottle of wine at dinner.", builtin_only=True)


def test_the_build_is_deterministic() -> None:
    sys.path.insert(0, str(BENCH))
    from topic_static_ngram_build import fit

    rows: list[tuple[str | None, str]] = [
        ("SELF_HARM", "i wanted to end it all"),
        ("SUBSTANCE_USE", "i drank a whole bottle"),
        (None, "we went to the beach"),
        (None, "the kids had a game"),
    ]
    first = fit(rows)
    second = fit(rows)
    assert first[0].tobytes() == second[0].tobytes() and first[1] == second[1]
