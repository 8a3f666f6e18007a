"""A title after a determiner, before an everyday word, begins a noun: "the nurse line"."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _redacted_words(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Client: You can always call the nurse line. They answer fast.", "line"),
        ("Therapist: A nurse exam can be done tonight if you want one.", "exam"),
        ("Therapist: The nurse examiner will explain each step first.", "examiner"),
        ("Client: Does your probation officer test every week?", "test"),
        ("Client: My officer certification will be gone after this.", "certification"),
        ("Therapist: Is anyone from the visiting nurse program coming?", "program"),
        ("Client: She says write to the nurse coordinator directly, by email.", "coordinator"),
        ("Client: Rafe's nurse line is open all night.", "line"),
    ],
)
def test_a_title_that_begins_a_noun_is_no_name(redactor: Redactor, text: str, word: str) -> None:
    assert not any(word in span for span in _redacted_words(redactor, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Client: the nurse abena comes on tuesdays.", "abena"),
        ("Client: my first sergeant moody says i drink too much.", "moody"),
        ("Client: Nurse Okafor checks on me.", "Okafor"),
        ("Client: my probation officer mister calloway wants an email.", "calloway"),
    ],
)
def test_a_person_after_the_title_is_still_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert name in " ".join(_redacted_words(redactor, text))
