"""Places named the British and Irish way: surgeries, primaries, care homes, clubs, closes
and parades, named hills, family firms; and the everyday talk that shares their words."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _places(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "i'm still registered at [[pellworth road surgery]] so i'll book there",
        "she's in year two at [[saint colman's primary]] now",
        "i'm a dinner lady at [[ashgrove infants]] three days a week",
        "mum's moved into [[thornbury care home]] and she hates the food",
        "we sat in [[lewisham a and e]] all night with him",
        "he plays on the wing for [[kilmacud rfc]] on saturdays",
    ],
)
def test_british_facility_is_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _places(redactor, text) == expected


@pytest.mark.parametrize(
    "marked",
    [
        "the new flat is on [[pendleford close]] near the park",
        "she lives just off [[wexley parade]] above the chemist",
        "i drop him at the [[fenwick street]] branch every morning",
    ],
)
def test_british_street_is_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _places(redactor, text) == expected


@pytest.mark.parametrize(
    "marked",
    [
        "we walked up [[ramsden hill]] and sat for a while",
        "then we drove up to [[corrib hill]] where we used to sit",
        "it's good it's at [[brackwell and daughters]] the bakery and i start at five",
        "we've got a new director at [[ashcombe and reed]] and she's restructuring everything",
    ],
)
def test_named_hills_and_firms_are_places(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _places(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "after her knee surgery at the local surgery she could not walk",
        "the doctor looked at it on close inspection",
        "we walked up the hill and on a long walk after",
        "i went over to sarah hill's for tea",
        "i work at the shop and hate it",
        "he's in the primary school down the road and he's doing fine",
        "i left the high street branch early",
        "she's in a care home now and it's fine",
    ],
)
def test_everyday_talk_with_british_place_words_is_not_phi(redactor: Redactor, text: str) -> None:
    assert _places(redactor, text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "i used to meet him outside the [[co op on kings road]] after school",
    ],
)
def test_british_chain_on_its_street_is_one_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _places(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "she's still recovering from bariatric surgery and can't lift much",
        "the study was about hiv infants in the clinic",
    ],
)
def test_medical_words_before_everyday_heads_are_no_place(redactor: Redactor, text: str) -> None:
    # Only the head's phrase is asked about: another finder's reading of the word is its own.
    assert not [p for p in _places(redactor, text) if "surgery" in p or "infants" in p]
