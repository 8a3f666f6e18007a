"""Neighbourhoods said with "the": "he hangs out in the tenderloin", "we grew up in the bronx",
and a part of town named before its kind: "the overbrook neighborhood", "the fruitvale area",
"the cabrini-green projects".

The town finders wait for a place preposition right before a listed name; a neighbourhood is
often said with "the" between them. After "in/from/near/by/past ... the", a name of the
neighbourhood list (``resources/lexicons/neighbourhoods.txt``) is the place. Before
"neighborhood", "area", "section", "part of town" or "projects", a listed place, a name or a
rare word is the place, never an everyday word ("the waiting area", "the bay area"). Runs on
lowercased text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons, default_lexicon_dir
from tenor_desktop.redaction.rare_words import is_rare_word
from tenor_desktop.redaction.spoken_forms import spoken_number_forms

_AFTER_THE = re.compile(
    r"\b(?:in|from|near|around|outside|to|of|into|over\s+in|out\s+in|up\s+in|down\s+in"
    # "she lives in kirkwood by the little five points": beside a part of town.
    r"|by|past)\s+the\s+"
    r"([a-z][a-z'.-]+(?:\s+[a-z][a-z'.-]+){0,2})"
)
_BEFORE_KIND = re.compile(
    r"\bthe\s+([a-z][a-z'.-]+(?:\s+[a-z][a-z'.-]+)?)\s+(?:neighborhood|neighbourhood|area|section"
    r"|part\s+of\s+town|side\s+of\s+town|projects|housing\s+projects|district)\b"
)
_KIND_NEEDLES = ("neighbo", " area", " section", " part of town", " side of town", " projects",
                 " district")  # fmt: skip
# Kinds and everyday words before an area word that name no part of a town.
_GENERIC = frozenset(
    "bay metro tri-state tristate waiting seating dining living play smoking rest common "
    "surrounding general whole same other nice bad good safe quiet rough poor rich old new "
    "downtown uptown midtown north south east west central inner outer upper lower school "
    "shopping business industrial residential rural urban local greater".split()
)


# "a hotel in midtown", "a party in midtown": a district the sets mark as a place, unlike
# "downtown" (every town has one; "midtown" names the district of a few cities).
_MIDTOWN = re.compile(r"\b(?:in|from|to|near|around|through|of)\s+(midtown)\b(?!['-])")


@cache
def _neighbourhoods() -> frozenset[str]:
    path = default_lexicon_dir() / "neighbourhoods.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    listed = frozenset(line.strip().lower() for line in lines if line.strip() and line[0] != "#")
    # The finders read spoken-normalised text: "little five points" arrives as "little 5 points".
    return listed | _numbered(listed)


def _numbered(listed: frozenset[str]) -> frozenset[str]:
    """The listed names with a number word, as the spoken-number normaliser writes them."""
    return frozenset(form for name in listed for form in spoken_number_forms(name))


@cache
def _numbered_slot() -> re.Pattern[str]:
    """A listed name with a number ("8 mile", "3rd ward", "little 5 points") after a place
    preposition, with or without "the": "grew up off 8 mile", "lives in 5 points", "by the
    little 5 points"."""
    names = sorted((n for n in _neighbourhoods() if any(c.isdigit() for c in n)), key=len)
    alternation = "|".join(re.escape(name) for name in reversed(names))
    return re.compile(
        r"\b(?:(?:in|from|near|around|outside|into|on|off|(?:moved|move|moving|out|over)"
        r"\s+to|over\s+in|out\s+in|up\s+in|down\s+in)\s+(?:the\s+)?"
        # "won by 5 points": "by", "past" and "to" need "the" before the name.
        rf"|(?:by|past|to|of)\s+the\s+)({alternation})\b(?!['-])"
    )


def find_neighbourhood_slots(low: str, lex: Lexicons) -> Iterator[Hit]:
    """Neighbourhoods after "in the" and parts of town before their kind (see the module
    docstring); ``low`` is lowercased."""
    if " the " in low:
        listed = _neighbourhoods()
        for match in _AFTER_THE.finditer(low):
            words = match.group(1).split()
            for length in range(len(words), 0, -1):
                phrase = " ".join(words[:length]).rstrip(".")
                if phrase in listed and not (
                    # "in the hilltop of my life": an everyday word with "of" after it.
                    low.startswith(" of ", match.start(1) + len(phrase))
                    and phrase in lex.everyday_words
                ):
                    yield match.start(1), match.start(1) + len(phrase), "LOCATION", 0.7
                    break
    if any(c.isdigit() for c in low):
        for match in _numbered_slot().finditer(low):
            yield match.start(1), match.end(1), "LOCATION", 0.7
    if "midtown" in low:
        for match in _MIDTOWN.finditer(low):
            yield match.start(1), match.end(1), "LOCATION", 0.65
    if any(needle in low for needle in _KIND_NEEDLES):
        for match in _BEFORE_KIND.finditer(low):
            words = match.group(1).split()
            if any(w in _GENERIC or w in STOP_WORDS or w in NOT_NAME_WORDS for w in words):
                continue
            phrase = " ".join(words)
            if phrase in lex.not_phi_places:
                continue
            if phrase in lex.places or all(
                w not in lex.everyday_words
                and (is_rare_word(w, lex) or w in lex.proper_only or w in lex.surnames)
                for w in words
            ):
                yield match.start(1), match.end(1), "LOCATION", 0.65
