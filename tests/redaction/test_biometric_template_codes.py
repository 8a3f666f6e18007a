"""A code read after the word "template" (the stored form of a print or a face: "it shows up as
user zero one, template f p seven seven three") is BIOMETRIC, and is found at all: before, the
two spelled letters and three digits had no cue. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _biometric(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "BIOMETRIC"]


@pytest.mark.parametrize(
    "marked",
    [
        "the lock lists me as user two, template [[h k four one nine]]",
        "the gym app keeps my template, [[f t eight eight two]], on file",
    ],
)
def test_codes_after_template(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _biometric(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I used the resume template they gave me, it's version 2",
        "the template for the letter is in the shared drive",
    ],
)
def test_templates_of_documents_hold_no_code(redactor: Redactor, text: str) -> None:
    assert list(redactor.redact(text).spans) == []
