"""An overdose or a bottle of pills read in context (``topic_means_reading``).

In a session about a suicide attempt, "the overdose" and "my mom's sleeping pills" name the
attempt's means: SELF_HARM, not SUBSTANCE_USE. An overdose of drugs keeps SUBSTANCE_USE.
"""

from __future__ import annotations

from typing import Any

import pytest

from tenor_desktop.redaction import (
    TOPIC_CATEGORIES,
    RedactionModels,
    RedactionSettings,
    Redactor,
    topic_detector,
)
from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_means_reading import means_as_self_harm, means_only_use
from tenor_desktop.redaction.topic_phrases import compile_category
from tests.redaction.fixed_classifier import FixedClassifier

USING = next(compile_category(c) for c in BUILTIN_CATEGORIES if c.name == "SUBSTANCE_USE")


@pytest.mark.parametrize(
    ("sentence", "means_only"),
    [
        ("can you tell me more about the overdose?", True),
        ("after i overdosed they kept me on the unit for a week.", True),
        ("i counted out my dad's sleeping pills on the sink.", True),
        ("i was drunk when i took the pills.", False),
        ("i smoked meth before the overdose.", False),
        ("we talked about my new job.", False),
    ],
)
def test_only_an_overdose_or_pills_tell_the_use(sentence: str, means_only: bool) -> None:
    assert means_only_use(sentence, USING) is means_only


TEXT = "the overdose. an overdose. i overdosed."
SENTENCES = [(0, 13), (14, 26), (27, 39)]
ACTIVE = [compile_category(c) for c in BUILTIN_CATEGORIES]


def _use(index: int) -> TopicSpan:
    return TopicSpan(*SENTENCES[index], "SUBSTANCE_USE", 0.95, "lexicon")


def test_the_use_gives_way_to_self_harm_only_when_the_classifier_favours_it() -> None:
    classifier: Any = FixedClassifier(
        {0: [0.1, 0.2, 0.7], 1: [0.1, 0.5, 0.4], 2: [0.0, 0.35, 0.65]}
    )
    found = [_use(0), _use(1), TopicSpan(*SENTENCES[2], "SELF_HARM", 0.95, "classifier"), _use(2)]
    kept = means_as_self_harm(classifier, TEXT, SENTENCES, found, ACTIVE, 0.6)
    told = sorted((span.start, span.category) for span in kept)
    # 0 becomes self-harm; 1 stays use; 2 had self-harm already and loses the use.
    assert told == [(0, "SELF_HARM"), (14, "SUBSTANCE_USE"), (27, "SELF_HARM")]
    # Off above 1.0: nothing changes.
    assert means_as_self_harm(classifier, TEXT, SENTENCES, found, ACTIVE, 1.01) == found


def test_a_self_harm_phrase_in_the_sentence_leaves_the_reading_to_the_lexicon() -> None:
    classifier: Any = FixedClassifier({0: [0.1, 0.2, 0.7]})
    found = [_use(0), TopicSpan(*SENTENCES[0], "SELF_HARM", 0.95, "lexicon")]
    assert means_as_self_harm(classifier, TEXT, SENTENCES, found, ACTIVE, 0.6) == found


@pytest.fixture(scope="module")
def topics_redactor(models: RedactionModels) -> Redactor:
    return Redactor(RedactionSettings(topics=frozenset(TOPIC_CATEGORIES)), models)


ATTEMPT = (
    "Therapist: What brought you to the hospital in the spring?\n"
    "Client: I wanted everything to stop, so I swallowed a whole bottle of my aunt's pills.\n"
    "Therapist: Can you tell me more about the overdose?\n"
)
DRUGS = (
    "Client: My cousin got into pressed pills last year and never stopped.\n"
    "Client: The overdose was fentanyl, the paramedics said.\n"
)


def _topics_of(redactor: Redactor, text: str, needle: str) -> set[str]:
    start = text.index(needle)
    return {t.category for t in redactor.redact(text).topics if t.start <= start < t.end}


def test_an_overdose_asked_about_after_an_attempt_is_self_harm(
    topics_redactor: Redactor, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = _topics_of(topics_redactor, ATTEMPT, "Can you tell me more")
    assert "SELF_HARM" in found
    assert "SUBSTANCE_USE" not in found
    monkeypatch.setattr(topic_detector, "MEANS_SELF_HARM_BAR", 1.01)
    assert "SUBSTANCE_USE" in _topics_of(topics_redactor, ATTEMPT, "Can you tell me more")


def test_an_overdose_of_drugs_keeps_substance_use(topics_redactor: Redactor) -> None:
    assert "SUBSTANCE_USE" in _topics_of(topics_redactor, DRUGS, "The overdose was")
