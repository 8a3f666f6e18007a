"""PHI detection on speech-style text, traps that are not PHI, and the scoring target."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.spoken_forms import normalise_spoken

HELDOUT = Path(__file__).parent / "data" / "heldout.jsonl"


def _labels(redactor: Redactor, text: str) -> dict[str, str]:
    return {text[s.start : s.end]: s.label for s in redactor.redact(text).spans}


def test_spoken_numbers_map_back_to_original_offsets() -> None:
    norm = normalise_spoken("call six one seven, five five five, oh one four three now")
    assert norm.text == "call 617, 555, 0143 now"
    start = norm.text.index("617")
    assert norm.to_original(start, start + 3) == (5, 18)


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("my sister natalie lives in fort collins", "natalie", "NAME"),
        ("my sister natalie lives in fort collins", "fort collins", "LOCATION"),
        (
            "call me at six one seven, five five five, oh one four three",
            "six one seven, five five five, oh one four three",
            "PHONE",
        ),
        ("write to jay dot moss at gmail dot com please", "jay dot moss at gmail dot com", "EMAIL"),
        ("the portal is portal dot northwind dot org", "portal dot northwind dot org", "URL"),
        ("she turned ninety-four last week", "ninety-four", "DATE"),
        ("the appointment is on march fifth", "march fifth", "DATE"),
        ("their fax is 412-555-0198", "412-555-0198", "FAX"),
        ("my social is 123-45-6789", "123-45-6789", "SSN"),
        ("the pump serial number is QX-55821", "QX-55821", "DEVICE"),
        ("my member ID is HPX-449201", "HPX-449201", "HEALTH_PLAN"),
        ("the plate is KLM-4410", "KLM-4410", "VEHICLE"),
        ("the login came from 203.0.113.9 again", "203.0.113.9", "IP"),
        ("Dr. Okonjo said it was fine.", "Okonjo", "NAME"),
        ("he lives at 1520 Elmhurst Avenue now", "1520 Elmhurst Avenue", "LOCATION"),
        ("my boss, kwame adeyemi, called me", "kwame adeyemi", "NAME"),
        ("the account is 4471029934 at my bank", "4471029934", "ACCOUNT"),
        (
            "find me on tiktok at sadgirl underscore ninety nine",
            "sadgirl underscore ninety nine",
            "ID",
        ),
        ("my mom passed on Christmas Eve, 2019, at home", "Christmas Eve, 2019", "DATE"),
        ("I live at 77 Elm Street, Springfield, IL 62704.", "62704", "LOCATION"),
        ("my wife's name is svetlana and she is from kyiv", "kyiv", "LOCATION"),
    ],
)
def test_identifiers_are_found_with_their_label(
    redactor: Redactor, text: str, surface: str, label: str
) -> None:
    assert _labels(redactor, text).get(surface) == label


@pytest.mark.parametrize(
    "text",
    [
        "Therapist: How are you?\nClient: I hope things may get better in 2019.",
        "I take 10 mg of Lexapro and my PHQ-9 score of 14 went down.",
        "We talked for ninety minutes on Tuesday about Texas and Mexico.",
        "Will you come to the march next week?",
        "I have been sober for two years.",
    ],
)
def test_traps_are_not_redacted(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).spans == ()


def test_own_heldout_set_meets_recall_target(redactor: Redactor) -> None:
    rows = [json.loads(line) for line in HELDOUT.read_text().splitlines()]
    found = total = 0
    for row in rows:
        spans = redactor.redact(row["text"]).spans
        for gold in row["phi"]:
            total += 1
            covered = sum(
                1
                for i in range(gold["start"], gold["end"])
                if any(s.start <= i < s.end for s in spans)
            )
            found += covered >= 0.8 * (gold["end"] - gold["start"])
    assert found / total >= 0.95
