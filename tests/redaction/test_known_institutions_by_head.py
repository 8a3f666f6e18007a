"""The gazetteer tried by first word finds what the whole list's pattern finds.

``known_institutions`` matches at each word only the listed names that word can start (a
speed-up); these cases check, for every listed name and its spellings, that the shorter
pattern takes the same name as the pattern of the whole list.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.known_institutions import _gazetteer, _read_entries
from tenor_desktop.redaction.lexicons import Lexicons

_WORD = re.compile(r"[A-Za-z0-9]+")


def _spellings(entry: str) -> list[str]:
    words = entry.split()
    return [
        entry,
        entry.title(),
        entry.upper(),
        entry.replace(" ", "-"),
        entry.replace(".", ""),
        "".join(words[:2]) + " " + " ".join(words[2:]),
        words[0] + "s " + " ".join(words[1:]),
        # "at&t" said "atandt", "crypto.com" typed "cryptocom": where such a run is itself a
        # listed name's first word, the names of its shorter first word are tried too.
        " ".join([words[0].replace("&", "and").replace(".", ""), *words[1:]]),
    ]


def test_every_listed_name_matches_as_with_the_whole_list() -> None:
    gazetteer = _gazetteer(Lexicons.load())
    whole = gazetteer.whole()
    tried = 0
    for entry, _team in _read_entries():
        for spelling in _spellings(entry):
            text = f"{spelling} post 12, then home"
            first = _WORD.match(text)
            if first is None or first.group().lower() not in gazetteer.heads:
                continue
            expected = whole.match(text)
            found = gazetteer.starting(first.group().lower()).match(text)
            assert (found and found.span()) == (expected and expected.span()), entry
            tried += 1
    assert tried > 1000
