"""A placed sentence is read for a second topic only when the static scorer gives one mass."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import RedactionModels, topic_detector
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_decision_trace import SentenceTrace
from tenor_desktop.redaction.topic_detector import TopicDetector
from tenor_desktop.redaction.topic_placed_second import second_topic_likely

OTHERS_THAN_SUBSTANCE = ("IMMIGRATION", "SEXUAL_CONTENT", "ABUSE", "CRIMINAL", "SELF_HARM")


@pytest.fixture(scope="module")
def detector(models: RedactionModels) -> TopicDetector:
    """The detector with every built-in topic."""
    return TopicDetector(models.encoder, BUILTIN_CATEGORIES)


def test_the_scorer_asks_for_mass_on_a_category_the_sentence_may_still_get() -> None:
    bender = "We went on a bender all weekend."
    assert not second_topic_likely(bender, OTHERS_THAN_SUBSTANCE, floor=0.03)
    assert second_topic_likely(bender, OTHERS_THAN_SUBSTANCE, floor=0.0)
    overdose = "I overdosed last year because I didn't want to be alive anymore."
    assert second_topic_likely(overdose, OTHERS_THAN_SUBSTANCE, floor=0.03)
    assert not second_topic_likely(overdose, (), floor=0.03)


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        # a drug placed by the lexicon, the reason or the act told around it
        ("I overdosed last year because I didn't want to be alive anymore.", "SELF_HARM"),
        ("My stepdad used to knock me around when he was drunk.", "ABUSE"),
    ],
)
def test_a_known_second_topic_is_still_read_and_found(
    detector: TopicDetector, sentence: str, second: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The overdose as the attempt's means would then drop the use (topic_means_reading).
    monkeypatch.setattr(topic_detector, "MEANS_SELF_HARM_BAR", 1.01)
    trace: dict[int, SentenceTrace] = {}
    found = {(t.category, t.source) for t in detector.detect(sentence, trace=trace)}
    assert ("SUBSTANCE_USE", "lexicon") in found and (second, "classifier") in found
    assert trace[0].read == "gate"


def test_a_placed_sentence_with_no_second_topic_in_sight_is_not_read(
    detector: TopicDetector,
) -> None:
    # Before the static scorer's floor, the classifier read every placed sentence (~2 ms each).
    trace: dict[int, SentenceTrace] = {}
    found = detector.detect("We went on a bender all weekend.", trace=trace)
    assert [t.category for t in found] == ["SUBSTANCE_USE"]
    assert trace[0].read == ""
