"""A live segment's last sentence redacted late, once the next segment shows it was a topic.

In the whole transcript the exchange rule redacts the question before a disclosure ("has she
said anything to you about what he did?" before "only that he told her it was their secret");
recording live, the question was stored before the answer was heard. The session reads the
pair again when the answer leads with a topic and hands the previous segment's new stored form
over once (``take_revision``), matching what the whole transcript stores.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import TOPIC_CATEGORIES, RedactionModels, RedactionSettings, Redactor
from tenor_desktop.redaction.redaction_session import RedactionSession

ASKED_STATUS = (
    "Rosa keeps checking the mail for the letter. You mentioned her husband is worried"
    " about his status."
)
ANSWER_STATUS = "He has DACA but it runs out in August and the renewal costs a lot."
ASKED_ABUSE = (
    "She told the school counselor something. Has she said anything to you about what he did?"
)
ANSWER_ABUSE = "Only that he told her it was their secret and she would get in trouble."


@pytest.fixture(scope="module")
def topic_redactor(models: RedactionModels) -> Redactor:
    return Redactor(RedactionSettings(topics=frozenset(TOPIC_CATEGORIES)), models)


def _live(redactor: Redactor, first: str, second: str) -> tuple[str, RedactionSession]:
    session = redactor.new_session()
    stored = session.redact_segment(first).text
    session.redact_segment(second)
    return stored, session


@pytest.mark.parametrize(
    ("first", "second", "placeholder"),
    [
        (ASKED_STATUS, ANSWER_STATUS, "[Redacted: immigration status]"),
        (ASKED_ABUSE, ANSWER_ABUSE, "[Redacted: abuse]"),
    ],
)
def test_the_question_before_a_disclosure_is_redacted_once_the_answer_is_heard(
    topic_redactor: Redactor, first: str, second: str, placeholder: str
) -> None:
    stored, session = _live(topic_redactor, first, second)
    try:
        revision = session.take_revision()
        assert session.take_revision() is None  # handed over once
    finally:
        session.close()
    asked = first[first.rindex(". ") + 2 :]
    assert asked in stored  # stored before the answer was heard
    assert revision is not None
    revised = revision.result.text
    assert revised.endswith(placeholder) and asked not in revised
    assert revised == stored[: stored.rindex(asked)] + placeholder
    whole = topic_redactor.redact(f"Therapist: {first}\nClient: {second}").text
    assert whole.splitlines()[0] == f"Therapist: {revised}"  # as the whole transcript stores it


def test_a_revision_keeps_the_identifiers_and_marks_before_the_sentence(
    topic_redactor: Redactor,
) -> None:
    stored, session = _live(topic_redactor, ASKED_STATUS, ANSWER_STATUS)
    try:
        revision = session.take_revision()
    finally:
        session.close()
    assert revision is not None
    result = revision.result
    assert stored.startswith("[NAME 1] ") and result.text.startswith("[NAME 1] ")
    labels = [(r.label, result.text[r.start : r.end]) for r in result.replacements]
    assert labels == [
        ("NAME", "[NAME 1]"),
        ("TOPIC:IMMIGRATION", "[Redacted: immigration status]"),
    ]
    assert "IMMIGRATION" in {t.category for t in result.topics}
    assert all(not signal.self_harm for signal in revision.signals)


def test_no_revision_when_the_next_segment_tells_no_topic(topic_redactor: Redactor) -> None:
    _stored, session = _live(topic_redactor, ASKED_ABUSE, "She said they went to the zoo.")
    try:
        assert session.take_revision() is None
    finally:
        session.close()


def test_no_revision_for_a_topic_the_clinician_did_not_choose(models: RedactionModels) -> None:
    others = frozenset(TOPIC_CATEGORIES) - {"IMMIGRATION"}
    redactor = Redactor(RedactionSettings(topics=others), models)
    _stored, session = _live(redactor, ASKED_STATUS, ANSWER_STATUS)
    try:
        assert session.take_revision() is None
    finally:
        session.close()


def test_identifiers_only_keeps_no_sentence_and_revises_nothing(models: RedactionModels) -> None:
    redactor = Redactor(RedactionSettings(), models)
    _stored, session = _live(redactor, ASKED_STATUS, ANSWER_STATUS)
    try:
        assert session.take_revision() is None
        assert session._previous is None  # nothing of the sentences is held
    finally:
        session.close()


def test_close_forgets_the_previous_segment_and_any_revision(topic_redactor: Redactor) -> None:
    _stored, session = _live(topic_redactor, ASKED_ABUSE, ANSWER_ABUSE)
    session.close()
    assert session.take_revision() is None
    assert session._previous is None
    session.redact_segment(ANSWER_ABUSE)
    assert session.take_revision() is None  # no previous segment after close
    session.close()
