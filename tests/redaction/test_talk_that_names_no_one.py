"""Words that name no one and no place: a network's name before a hyphened word ("tiktok was
non-stop"), a verb before a site ("reading healthline dot com"), the protective services of a
state, "Social" said for the Social Security number, the kind of a Medicare plan, a term after
"that's called" or ending like one ("sextortion"), an adjective of a verb ("doable") and a
car's make ("the Buick, plate ..."). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _spans(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("honestly tiktok was non-stop last night", "non-stop"),
        ("i was reading healthline dot com about it all night", "reading"),
        ("Would it be okay if we call Adult Protective Services together?", "Adult"),
        ("we can report it to child protective services today", "child"),
        ("They also asked for Dad's Social, 412-55-7781, on every page.", "Social"),
        ("my moms social is six two one four four zero nine one three", "social"),
        ("they need my Medicare Advantage number every time", "Advantage"),
        ("that's called sextortion, and it's a crime", "sextortion"),
        ("that's called sextortion, and he's the one who did wrong", "sextortion"),
        ("Terrifying. But doable. She put her number on a sticky note.", "doable"),
        ("I still drive to church every Sunday in the Buick, plate 829 KRP.", "Buick"),
    ],
)
def test_words_that_name_no_one_stay_text(redactor: Redactor, text: str, kept: str) -> None:
    assert not any(kept in surface for surface, _ in _spans(redactor, text))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("i was reading healthline dot com about it", ("healthline dot com", "URL")),
        ("my insta handle is kay-bee now", ("kay-bee", "ID")),
        ("my psn is jrivers-22", ("jrivers-22", "ID")),
        (
            "This is your intake with Tri-County Family Services.",
            ("Tri-County Family Services", "LOCATION"),
        ),
    ],
)
def test_identifiers_beside_them_are_found(
    redactor: Redactor, text: str, wanted: tuple[str, str]
) -> None:
    assert wanted in _spans(redactor, text)
