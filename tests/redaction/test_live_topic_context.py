"""A live segment's first sentence is judged after the previous segment's last one.

The recording pipeline redacts one final segment at a time; the topic classifier reads each
sentence after the one before it, so without the previous segment a short answer ("yeah,
twice") lost the question that made it sensitive. The session keeps that sentence with its
identifiers blanked, in memory only, and forgets it on close.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import TOPIC_CATEGORIES, RedactionModels, RedactionSettings, Redactor

ANSWER = "yeah, twice since we last met."


@pytest.fixture(scope="module")
def topic_redactor(models: RedactionModels) -> Redactor:
    return Redactor(RedactionSettings(topics=frozenset(TOPIC_CATEGORIES)), models)


def _topics_of_second(redactor: Redactor, first: str, second: str) -> list[str]:
    session = redactor.new_session()
    try:
        session.redact_segment(first)
        return [t.category for t in session.redact_segment(second).topics]
    finally:
        session.close()


def test_an_answer_in_the_next_segment_takes_the_questions_topic(
    topic_redactor: Redactor,
) -> None:
    asked = _topics_of_second(topic_redactor, "have you cut yourself again since then?", ANSWER)
    assert asked == ["SELF_HARM"]


def test_the_same_answer_after_an_ordinary_question_has_no_topic(
    topic_redactor: Redactor,
) -> None:
    assert _topics_of_second(topic_redactor, "have you been back to the gym?", ANSWER) == []


def test_the_answer_alone_has_no_topic(topic_redactor: Redactor) -> None:
    session = topic_redactor.new_session()
    try:
        assert session.redact_segment(ANSWER).topics == ()
    finally:
        session.close()


def test_queued_segments_read_their_predecessor_too(topic_redactor: Redactor) -> None:
    session = topic_redactor.new_session()
    try:
        assert session.push("have you cut yourself again since then?") is None
        first = session.push(ANSWER)
        last = session.flush()
    finally:
        session.close()
    assert first is not None and last is not None
    assert [t.category for t in last.topics] == ["SELF_HARM"]


def test_the_kept_sentence_holds_no_identifier_and_is_forgotten(
    topic_redactor: Redactor,
) -> None:
    session = topic_redactor.new_session()
    session.redact_segment("i told my sister about it. my email is jdoe at gmail dot com")
    kept = session._topic_tail.sentence
    assert "email is" in kept
    assert "jdoe" not in kept and "gmail" not in kept
    session.close()
    assert session._topic_tail.sentence == ""
    assert not session._topic_tail.told


ASKED = "can i ask about your drinking in general, not just that night?"


def _topics_of_segments(redactor: Redactor, segments: list[str]) -> list[list[tuple[str, str]]]:
    session = redactor.new_session()
    try:
        return [
            [(t.category, t.source) for t in session.redact_segment(segment).topics]
            for segment in segments
        ]
    finally:
        session.close()


def test_a_short_answer_in_the_next_segment_carries_the_question(
    topic_redactor: Redactor,
) -> None:
    # In the whole transcript "it's mostly weekends." carries the drinking it answers; a live
    # segment holding only the answer must carry it too, or the stored text says what was hid.
    whole = topic_redactor.redact(ASKED + "\n" + "it's mostly weekends.")
    assert [t.category for t in whole.topics if t.start > len(ASKED)] == ["SUBSTANCE_USE"]
    assert _topics_of_segments(topic_redactor, [ASKED, "it's mostly weekends."])[1] == [
        ("SUBSTANCE_USE", "context")
    ]


def test_a_reply_after_a_disclosure_in_the_next_segment_is_read_on_its_own(
    topic_redactor: Redactor,
) -> None:
    # Live segments carry no speaker: after a statement the next segment is most often the
    # clinician's reflection, which the whole transcript does not carry either.
    told = "i sold pills out of my car for a while."
    assert _topics_of_segments(topic_redactor, [told, "it sounds like a lot."])[1] == []


def test_a_denial_in_the_next_segment_carries_nothing(topic_redactor: Redactor) -> None:
    assert _topics_of_segments(topic_redactor, [ASKED, "no."])[1] == []
