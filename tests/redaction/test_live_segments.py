"""Live segments (no speaker labels, one at a time) are read as the whole transcript is."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor


def _live(models: RedactionModels, segments: list[str]) -> list[str]:
    session = Redactor(RedactionSettings(), models).new_session()
    try:
        return [session.redact_segment(segment).text for segment in segments]
    finally:
        session.close()


@pytest.mark.parametrize(
    ("segments", "expected"),
    [
        # A finished sentence makes the next segment a new turn: turn-opening names are read.
        (["How is your daughter?", "honor is doing better."], "[NAME 1] is doing better."),
        (["Who helped you move?", "quill, you remember, the neighbour."], "[NAME 1], you"),
        (["Who came by?", "yeah, fenella."], "yeah, [NAME 1]."),
    ],
)
def test_turn_opening_names_are_found_without_speaker_labels(
    models: RedactionModels, segments: list[str], expected: str
) -> None:
    assert _live(models, segments)[1].startswith(expected)


def test_everyday_word_opening_an_answer_is_not_a_name(models: RedactionModels) -> None:
    texts = _live(models, ["How did that feel?", "Guilty, mostly about Beth."])
    assert texts[1] == "Guilty, mostly about [NAME 1]."


def test_number_split_mid_sentence_still_reads_as_one(models: RedactionModels) -> None:
    texts = _live(
        models, ["you can call me at six one seven, five five five,", "oh one four three"]
    )
    assert "five five five" not in texts[0]
    assert "oh one four three" not in texts[1]


def test_house_number_after_a_birthday_cue_is_an_address(models: RedactionModels) -> None:
    texts = _live(
        models,
        [
            "i need your address and birthday for the form",
            "one one nine five larkin hollow road, marshfield.",
        ],
    )
    assert texts[1] == "[LOCATION 1], [LOCATION 2]."
