"""A spelled code said right after a biometric id's name ("the badge reads bio id k t three
three nine one") is one BIOMETRIC span with the name; before, the code alone was found and took
the label of "badge" or "card". A code the finders open with "id" ("under palm i d ...") keeps
its extent and takes the label BIOMETRIC. With "is" between them the code stays alone. Sentences
invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _spans(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "the new card says bio id k t three three nine one on the back",
            "bio id k t three three nine one",
        ),
        ("my badge reads palm id r w two zero eight four", "palm id r w two zero eight four"),
    ],
)
def test_code_after_a_biometric_id_name_takes_the_name(
    redactor: Redactor, text: str, code: str
) -> None:
    assert _spans(redactor, text) == [(code, "BIOMETRIC")]


def test_code_opened_with_id_after_the_name_is_biometric(redactor: Redactor) -> None:
    text = "they checked me in under palm i d four four one nine two"
    assert [label for _, label in _spans(redactor, text)] == ["BIOMETRIC"]


def test_code_after_is_stays_alone(redactor: Redactor) -> None:
    text = "My palm ID is PV-66120-4 now."
    assert _spans(redactor, text) == [("PV-66120-4", "BIOMETRIC")]
