"""Lowercase names no list holds, found from the person slot they fill, and words that stay.

"jess" is in the embedding vocabulary but is no everyday English word; "suvi" and "kav" are in
neither. Both kinds are names after verbs and phrases that take people ("blocked", "yelled at",
"waiting on", "jealous of", "known ... since"); everyday words in the same slots are not.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names


@pytest.mark.parametrize(
    "marked",
    [
        "Client: i blocked [[jess]] on everything last night.",
        "Client: i'm so mad at [[jess]] right now.",
        "Client: i yelled at [[jess]] and then felt awful.",
        "Client: i spent the whole day with [[suvi]].",
        "Client: i've known [[suvi]] since high school.",
        "Client: i waited for [[kav]] for an hour.",
        "Client: honestly i'm jealous of [[suvi]].",
        "Client: i ghosted [[rhiannon]] after the date.",
        "Client: i lied to [[tobin]] about where i was.",
        "Client: i'm meeting [[jess]] for coffee tomorrow.",
    ],
)
def test_unlisted_name_in_person_slot_is_found(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked, within=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Client: i blocked the number on everything last night.",
        "Client: i blocked out the whole weekend.",
        "Client: i blocked instagram on my phone.",
        "Client: i'm so mad at myself right now.",
        "Client: i'm angry at god, honestly.",
        "Client: i yelled at the tv and then felt awful.",
        "Client: i spent the night with anxiety.",
        "Client: i've been hanging out with coworkers a lot more.",
        "Client: i waited for uber for an hour.",
        "Client: i'm scared of spiders.",
        "Client: i was waiting on the bus.",
        "Client: i met a guy online and we talked for weeks.",
        "Client: me and spanish class just don't mix.",
        "Client: honestly me and christmas have never gotten along.",
        "Client: i talked to tho, like, everyone.",
        "Client: i lied to myself about it.",
        "Client: i think i'm in love with cooking.",
        "Client: i think i'm in love with pilates.",
    ],
)
def test_everyday_word_in_person_slot_stays(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
