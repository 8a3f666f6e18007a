"""The other side of an exchange about a topic (``topic_exchange``, EXCHANGE_BAR).

The clinician's follow-up on a disclosure ("and how many of those are you going through on a
normal day?") holds no word of the topic's field, so the gate shuts it out; read next to the
disclosure, the classifier is sure of it, and the answer after it then carries the topic. An
unrelated line next to a disclosure (logistics, the end of the session) stays untouched.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import (
    TOPIC_CATEGORIES,
    RedactionModels,
    RedactionSettings,
    Redactor,
    topic_detector,
    topic_detector_settings,
)
from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_exchange import exchange_neighbours, exchange_topics
from tests.redaction.fixed_classifier import FixedClassifier

TEXT = "i drink a lot. how much? five a night. anyway. ok."
SENTENCES = [(0, 14), (15, 24), (25, 38), (39, 46), (47, 50)]
KNOWN = ("SUBSTANCE_USE", "SELF_HARM")


def _found(*indices: int, category: str = "SUBSTANCE_USE") -> list[TopicSpan]:
    return [TopicSpan(*SENTENCES[i], category, 0.95, "lexicon") for i in indices]


def test_the_sentences_on_either_side_of_a_topic_sentence_may_take_its_topic() -> None:
    unplaced = {i: frozenset[str]() for i in range(1, 5)}
    wanted = exchange_neighbours(SENTENCES, _found(2), unplaced, KNOWN)
    assert wanted == {1: {"SUBSTANCE_USE"}, 3: {"SUBSTANCE_USE"}}


def test_a_barred_category_and_a_placed_sentence_are_left_alone() -> None:
    unplaced = {1: frozenset({"SUBSTANCE_USE"}), 2: frozenset[str](), 3: frozenset[str]()}
    # 1 bars the topic (a negation or look-alike); 0 is placed by the lexicon itself.
    assert exchange_neighbours(SENTENCES, _found(0, 2), unplaced, KNOWN) == {3: {"SUBSTANCE_USE"}}
    # Only custom or unknown categories: nothing to ask the classifier.
    assert exchange_neighbours(SENTENCES, _found(2, category="PETS"), unplaced, KNOWN) == {}


def test_across_turns_only_the_neighbour_in_the_other_speakers_turn_is_read() -> None:
    unplaced = {i: frozenset[str]() for i in range(1, 5)}
    # "how much?" is the clinician's; the disclosure and the answer after it the client's.
    turns = [(15, 24)]
    wanted = exchange_neighbours(SENTENCES, _found(0), unplaced, KNOWN, turns)
    assert wanted == {1: {"SUBSTANCE_USE"}}
    assert exchange_neighbours(SENTENCES, _found(2), unplaced, KNOWN, turns) == {
        1: {"SUBSTANCE_USE"}
    }


def test_a_neighbour_takes_the_topic_at_the_exchange_bar_and_is_read_once() -> None:
    classifier = FixedClassifier({3: [0.55, 0.45, 0.0]})
    wanted = {1: frozenset({"SUBSTANCE_USE"}), 3: frozenset({"SUBSTANCE_USE"})}
    already = {1: {"NONE": 0.3, "SUBSTANCE_USE": 0.6, "SELF_HARM": 0.1}}
    spans = exchange_topics(classifier, TEXT, SENTENCES, wanted, already, 0.5)  # type: ignore[arg-type]
    assert [(s.start, s.category) for s in spans] == [(15, "SUBSTANCE_USE")]
    assert classifier.read == [3]  # sentence 1 was read already
    spans = exchange_topics(classifier, TEXT, SENTENCES, wanted, already, 0.4)  # type: ignore[arg-type]
    assert [s.start for s in spans] == [15, 39]


@pytest.fixture(scope="module")
def redactor(models: RedactionModels) -> Redactor:
    """A redactor with every built-in topic on."""
    return Redactor(RedactionSettings(topics=frozenset(TOPIC_CATEGORIES)), models)


def _sentence_topics(redactor: Redactor, text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for span in redactor.redact(text).topics:
        found.setdefault(text[span.start : span.end], set()).add(span.category)
    return found


EXCHANGES = [
    (
        "Client: I've been taking the oxycodone my sister had left over from her surgery.\n"
        "Therapist: And how many of those are you going through on a normal day?\n"
        "Client: Four, sometimes five if my back is bad.",
        "And how many of those are you going through on a normal day?",
        "SUBSTANCE_USE",
    ),
    (
        "Client: My stepdad used to hit me with his belt when he was drunk.\n"
        "Therapist: Were there marks that a teacher or a neighbour ever noticed on you?\n"
        "Client: Once, in gym class, but I told them I fell off my bike.",
        "Were there marks that a teacher or a neighbour ever noticed on you?",
        "ABUSE",
    ),
]


@pytest.mark.parametrize(("text", "follow_up", "category"), EXCHANGES)
def test_a_follow_up_on_a_disclosure_is_redacted_with_it(
    redactor: Redactor, monkeypatch: pytest.MonkeyPatch, text: str, follow_up: str, category: str
) -> None:
    monkeypatch.setattr(topic_detector, "EXCHANGE_BAR", 1.01)
    assert category not in _sentence_topics(redactor, text).get(follow_up, set())  # rule off
    monkeypatch.setattr(topic_detector, "EXCHANGE_BAR", topic_detector_settings.EXCHANGE_BAR)
    found = _sentence_topics(redactor, text)
    assert category in found[follow_up]
    answer = text.rsplit("Client: ", 1)[1]
    assert category in found[answer]  # carried from the follow-up


@pytest.mark.parametrize(
    "text",
    [
        "Client: I've been taking the oxycodone my sister had left over from her surgery.\n"
        "Therapist: Let's find a time for next week, does Thursday at four still work for you?",
        "Client: My stepdad used to hit me with his belt when he was drunk.\n"
        "Therapist: We're almost out of time today, so let's pick this up next week.",
    ],
)
def test_an_unrelated_line_next_to_a_disclosure_stays_untouched(
    redactor: Redactor, text: str
) -> None:
    found = _sentence_topics(redactor, text)
    assert len(found) == 1  # only the disclosure


def test_the_exchange_rule_ships_on() -> None:
    assert vars(topic_detector)["EXCHANGE_BAR"] == topic_detector_settings.EXCHANGE_BAR <= 1.0


@pytest.mark.parametrize(("text", "follow_up", "category"), EXCHANGES)
def test_a_follow_up_in_the_next_live_segment_is_read_with_the_disclosure(
    redactor: Redactor, text: str, follow_up: str, category: str
) -> None:
    disclosure, question, _answer = text.split("\n")
    session = redactor.new_session()
    first = session.redact_segment(disclosure)
    assert category in {topic.category for topic in first.topics}
    second = session.redact_segment(question)
    assert [(t.category, t.source) for t in second.topics] == [(category, "exchange")]
    assert second.text.endswith("]")  # the follow-up is redacted, not stored as said


def test_an_exchange_in_a_live_segment_does_not_lead_on_to_the_next(redactor: Redactor) -> None:
    disclosure, question, answer = EXCHANGES[0][0].split("\n")
    session = redactor.new_session()
    for segment in (disclosure, question):
        session.redact_segment(segment)
    # The follow-up took its topic from the exchange; the answer after it is not read for it.
    assert not any(t.source == "exchange" for t in session.redact_segment(answer).topics)
