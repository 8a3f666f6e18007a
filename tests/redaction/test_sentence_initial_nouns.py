"""Regression: sentence-initial common nouns before a 'person verb' are not names."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(RedactionSettings(), RedactionModels.load(with_encoder=False))


@pytest.mark.parametrize(
    "text",
    [
        "Transcription works on this computer.",
        "Medication works well for me.",
        "Meditation keeps me calm in the evenings.",
    ],
)
def test_abstract_nouns_opening_a_sentence_are_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_a_real_name_opening_a_sentence_is_still_redacted(redactor: Redactor) -> None:
    result = redactor.redact("Kendrick works nights now.")
    assert "Kendrick" not in result.text and "[NAME 1]" in result.text
