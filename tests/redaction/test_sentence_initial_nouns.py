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


@pytest.mark.parametrize(
    "text",
    [
        "Client: Badly. Sex has turned into a chore, we only do it on ovulation days.",
        "Client: Honestly? Dinner has turned into a fight every night.",
        "Client: Work turned ugly after the merger.",
    ],
)
def test_a_thing_that_turned_into_another_is_no_person(redactor: Redactor, text: str) -> None:
    # "turned" speaks of a person only as an age turned ("River turned sixteen").
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Client: River is in the hospital again.",
        "Client: Skyler turned 21 last week.",
    ],
)
def test_a_person_cue_still_makes_an_opening_word_a_name(redactor: Redactor, text: str) -> None:
    assert text.split(": ")[1].split()[0] not in redactor.redact(text).text
