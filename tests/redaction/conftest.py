# ruff: noqa: E501  (node ids of tests are kept whole)
"""Shared, real models for redaction tests (loaded once per test session)."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor, topic_detector
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import TopicDetector


@pytest.fixture(scope="session")
def models() -> RedactionModels:
    """Lexicons, spaCy NER and MiniLM, loaded from the installed packages."""
    return RedactionModels.load()


@pytest.fixture(scope="module")
def redactor(models: RedactionModels) -> Redactor:
    """A redactor with the default settings (identifiers only)."""
    return Redactor(RedactionSettings(), models)


@pytest.fixture(scope="module")
def lexicon() -> TopicDetector:
    """The topic detector's phrases only (no encoder, no head): the frames decide."""
    return TopicDetector(None, BUILTIN_CATEGORIES)


# Tests of the prototype-embedding rules (bank similarity, head rescue and veto, clauses,
# embed_all): with only built-in topics enabled the fine-tuned classifier now judges instead,
# so these run with it off and the prototype rules on, as a custom category still uses them.
PROTOTYPE_RULE_TESTS = frozenset(
    {
        "test_topic_bank.py::test_a_long_sentence_the_lexicon_placed_gets_a_second_topic_when_examples_and_head_agree",
        "test_topic_head.py::test_head_names_a_topic_the_examples_miss",
        "test_topic_head.py::test_head_rescues_whole_sentences_not_clauses",
        "test_topics.py::test_embed_all_setting_reaches_sentences_the_gate_skips",
        "test_topics_clauses.py::test_only_clauses_with_a_field_word_are_embedded",
        "test_topics_near_misses.py::test_head_vetoes_an_embedding_fire_it_holds_for_ordinary_talk",
        "test_topics_near_misses.py::test_head_rescues_only_where_the_examples_cleared_the_bar[0.03-False]",
        "test_topics_near_misses.py::test_a_plain_denial_gets_no_embedding_topic",
        "test_topics_near_misses.py::test_a_settled_status_gets_no_embedding_immigration",
    }
)
# Curated sentences the classifier gets wrong (stop 20): false fires on ordinary sentences and
# misses of indirect wording the prototype rules had been written for. Strict: a case that
# starts passing must be taken off this list. (Five more failed with the first adapter; the
# near-miss sentences added before the second were written from examples that paraphrased
# some of them, so their passing now is no evidence that the classifier generalises.) The
# stop 24 retrain (more rows, from writers who never saw these tests) fixed three of them and
# the indirect 'borrowed documents' miss, and made the locksmith sentence a false self-harm.
CLASSIFIER_REGRESSIONS = frozenset(
    {
        "test_topic_carry.py::test_a_clinicians_short_reply_takes_no_topic",
        "test_topics_indirect.py::test_a_look_alike_idiom_gets_no_embedding_topic[i slept with my phone under my pillow in case he called.]",
        "test_topics_indirect.py::test_look_alikes_through_the_gate_are_no_topic[i sat in my car in the driveway for a while before i could go inside.]",
        "test_topics_indirect.py::test_look_alikes_through_the_gate_are_no_topic[my uncle calls when he's short on cash and it drives my mom crazy.]",
    }
)


def _short_id(item: pytest.Item) -> str:
    return item.nodeid.rsplit("/", 1)[-1]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the classifier's known regressions as strict expected failures."""
    for item in items:
        if _short_id(item) in CLASSIFIER_REGRESSIONS:
            item.add_marker(
                pytest.mark.xfail(strict=True, reason="known topic-classifier error (stops 20-26)")
            )


@pytest.fixture(autouse=True)
def _prototype_rules_for_their_tests(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Classifier off, prototype rules on, for the tests of those rules."""
    if _short_id(request.node) in PROTOTYPE_RULE_TESTS:
        monkeypatch.setattr(topic_detector, "CLASSIFIER_BAR", 1.01)
        monkeypatch.setattr(topic_detector, "CLASSIFIER_WITH_EMBEDDING", True)
