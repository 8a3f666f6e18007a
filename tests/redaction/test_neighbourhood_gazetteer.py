"""Neighbourhoods of the gazetteer added in stop 23 (resources/lexicons/neighbourhoods.txt).

The sentences are invented for these tests. A listed neighbourhood is a place after a place
preposition, after "in the", or capitalised; the same words in a sentence that locates no one,
or a neighbourhood's name said as a person's, stay text.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.lexicons import Lexicons, default_lexicon_dir
from tests.redaction.marked_text import unmark


def _places(redactor: Redactor, text: str) -> list[tuple[int, int, str]]:
    return [
        (s.start, s.end, text[s.start : s.end])
        for s in redactor.redact(text).spans
        if s.label == "LOCATION"
    ]


@pytest.mark.parametrize(
    "marked",
    [
        "Client: we moved to [[east passyunk]] when my mom got sick.",
        "Client: he grew up in [[Bay Ridge]] and never left.",
        "Client: my aunt still lives in [[frankford]] by the el.",
        "Client: i stayed with my cousin in [[jane and finch]] that winter.",
        "Client: she's from [[Little Village]], her whole family is.",
        "Client: we used to hang out in the [[ironbound]] after school.",
        "Client: my sister rents a place near [[lake merritt]] now.",
        "Client: he got jumped over in [[sandtown-winchester]].",
        "Client: my grandma's house in [[Cheektowaga]] has a porch.",
        "Client: we drove out to [[rancho cordova]] for the funeral.",
        "Client: my grandpa has a little place by the [[ironbound]], near the church.",
        "Client: i walked past the [[garden district]] and kept going.",
        # Names with a number reach the finders as digits ("little 5 points").
        "Client: my uncle has a barbershop off [[eight mile]].",
        "Client: we grew up in the [[fifth ward]], all of us.",
        "Client: she rents a room by the [[little five points]] now.",
        "Client: they moved to [[five points]] last spring.",
    ],
)
def test_listed_neighbourhoods_in_locating_contexts_are_found(
    redactor: Redactor, marked: str
) -> None:
    text, expected = unmark(marked)
    found = _places(redactor, text)
    assert [surface for _s, _e, surface in found] == expected
    for start, end, surface in found:
        assert text[start:end] == surface
        assert text.index(surface) == start


@pytest.mark.parametrize(
    "text",
    [
        "Client: i think the whole east end of the hallway flooded.",
        "Client: she likes the arts district vibe, you know, murals.",
        "Client: the mission for me this week is just sleep.",
        "Client: i was in the zone six hours straight at work.",
        "Client: my boss said the plaza meeting got moved.",
        "Client: i sat by the window the whole visit.",
        "Client: we drove past the old mill on the way.",
        "Client: we lost by five points in the last quarter.",
        "Client: my blood sugar went up to five points over.",
        "Client: my son is in the fifth grade this year.",
    ],
)
def test_everyday_phrases_left_out_of_the_list_stay_text(redactor: Redactor, text: str) -> None:
    assert _places(redactor, text) == []


def test_everyday_words_and_given_names_are_not_one_word_entries() -> None:
    lex = Lexicons.load()
    added = _added()
    for word in ("mission", "division", "midway", "crossroads", "travis", "jordan", "baker"):
        assert word not in added
    assert not [
        entry
        for entry in added
        if " " not in entry and (entry in lex.everyday_words or entry in lex.first_names)
    ]


def _added() -> frozenset[str]:
    """The entries of the stop-23 block (the file's older entries keep "flushing", "hilltop")."""
    text = (default_lexicon_dir() / "neighbourhoods.txt").read_text(encoding="utf-8")
    block = text.split("# Added in stop 23", 1)[1].splitlines()[1:]
    return frozenset(line.strip() for line in block if line.strip() and not line.startswith("#"))


def test_no_entry_starts_with_the() -> None:
    assert not [entry for entry in _added() if entry.startswith("the ")]
