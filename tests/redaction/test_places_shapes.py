"""Places said as parts of town, corners, "city of", owners' shops, short school names.

Each positive line was missed before these rules; the negatives are everyday talk that shares
their shapes (and everyday words that are also tiny towns), which must stay text.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "we moved to the [[ironbound section]] last year",
        "we live in the [[fishtown]] neighborhood",
        "we used to live in the [[oak park area]]",
        "my dad lives over in the [[south hills section]]",
        "we live out in the [[pine ridge]] subdivision",
        "my apartment is on the corner of [[fifth and pine]]",
        "they found her car at the corner of [[maple and 3rd]]",
        "i work for the city of [[garland]]",
        "they live on the east side of [[dayton]]",
        "she waits tables at [[rosie's diner]]",
        "my uncle owns [[dombrowski's auto]]",
        "she goes to [[kent state]] now",
        "he teaches at [[hollis prep]]",
        "my mom is at [[brookdale senior living]]",
        # A child's daycare is no business of that name: only the name is redacted.
        "i think [[aiden]]'s daycare called",
    ],
)
def test_place_shapes_are_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


@pytest.mark.parametrize(
    "text",
    [
        "i sat in the waiting area for an hour",
        "we were in the smoking section",
        "don't read the comments section",
        "he lives on the other side of town",
        "we moved to the nicer part of town",
        "we sat in the family section at church",
        "the cat sat in the corner of the room and cried",
        "i've always loved the town of my childhood",
        "we cooked in my mom's kitchen",
        "i think my son's daycare called",
        "i was in a bad state after that",
        "i've been doing meal prep on sundays",
        "she moved to washington state",
        "i just want to get back to normal",
        "we went to many places",
        "i moved to section 8 housing",
        "the east coast is expensive",
        "my family is from the midwest",
    ],
)
def test_everyday_talk_in_place_shapes_is_not_a_place(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
