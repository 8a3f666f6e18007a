"""Short answers and fragments that carry the topic of the sentence before them (real MiniLM).

"yeah, twice last week." after a question about drinking, or "and i go." after a disclosure,
only makes sense beside it; a bare yes, a denial and an acknowledgement carry nothing.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import TOPIC_CATEGORIES, RedactionModels, RedactionSettings, Redactor
from tenor_desktop.redaction.topic_carry import answer_shaped, opens_like_an_answer


@pytest.fixture(scope="module")
def redactor(models: RedactionModels) -> Redactor:
    """A redactor with every built-in topic on."""
    return Redactor(RedactionSettings(topics=frozenset(TOPIC_CATEGORIES)), models)


def _topics(redactor: Redactor, text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for span in redactor.redact(text).topics:
        found.setdefault(text[span.start : span.end], set()).add(span.category)
    return found


@pytest.mark.parametrize(
    "sentence",
    ["yeah, twice last week.", "and i go.", "three four a night.", "weekends, mostly."],
)
def test_an_answer_with_something_of_its_own_is_answer_shaped(sentence: str) -> None:
    assert answer_shaped(sentence)


@pytest.mark.parametrize(
    "sentence", ["yes.", "no, no.", "not like that.", "yeah i know.", "okay.", "that's exactly it."]
)
def test_a_bare_yes_a_denial_or_an_acknowledgement_is_not(sentence: str) -> None:
    assert not answer_shaped(sentence)


def test_an_answer_to_a_topic_question_opens_with_yes_or_a_quantity() -> None:
    assert opens_like_an_answer("yeah, maybe twice a week after client dinners.")
    assert opens_like_an_answer("three or four on a bad night, sometimes more.")
    assert not opens_like_an_answer("no, not since the summer.")
    assert not opens_like_an_answer("yeah, i went to the store after work.")


def test_a_quantity_after_a_drinking_question_carries_its_topic(redactor: Redactor) -> None:
    text = "Therapist: How much are you drinking these days?\nClient: Yeah, twice last week."
    assert _topics(redactor, text) == {
        "How much are you drinking these days?": {"SUBSTANCE_USE"},
        "Yeah, twice last week.": {"SUBSTANCE_USE"},
    }


def test_a_continuation_after_a_disclosure_carries_its_topic(redactor: Redactor) -> None:
    text = "Client: I finish a whole bottle of vodka most nights. And then some."
    found = _topics(redactor, text)
    assert found.get("And then some.") == {"SUBSTANCE_USE"}


def test_a_denial_or_an_unrelated_answer_carries_nothing(redactor: Redactor) -> None:
    text = (
        "Therapist: Have you had any thoughts of ending your life?\n"
        "Client: No.\n"
        "Therapist: How much are you drinking these days?\n"
        "Client: Not like that.\n"
        "Therapist: And work?\n"
        "Client: Busy, we had two new hires."
    )
    found = _topics(redactor, text)
    assert "No." not in found
    assert "Not like that." not in found
    assert "Busy, we had two new hires." not in found


def test_a_clinicians_short_reply_takes_no_topic(redactor: Redactor) -> None:
    text = "Client: I finish a whole bottle of vodka most nights.\nTherapist: And then some."
    assert "And then some." not in _topics(redactor, text)
