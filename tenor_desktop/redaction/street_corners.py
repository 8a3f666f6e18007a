"""Street corners said as two streets: "off cesar chavez and soto", "on 30th and upas", "down
to kensington and allegheny", "a car wash on Speedway and Alvernon".

Dev marks a corner as one place. On spoken-normalised text ("eighty second" reads "82nd"), a
corner after a place preposition is taken when one side is a numbered street or carries a
street suffix and the other is no everyday phrase ("at 3rd and main", "on 82nd and foster";
not "in 2nd and 3rd grade"), or, after "on", "off" or "down to", when both sides are names no
one uses as everyday words, drugs, apps or days ("on zoloft and lithium" stays), one of them
possibly a common street name ("by central and san mateo"). "by" names a corner only after a
place ("the circle k by ina and oracle", not "raised by ina and oscar"); "corner," opens one
too ("on the same corner, 28th and broadway"). A verb after "and" ends the street: "on burnet
road and talked for hours" is one street and a clause.

Runs on spoken-normalised text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import NOT_PERSON
from tenor_desktop.redaction.place_shapes import CHAINS, name_like
from tenor_desktop.redaction.street_names import COMMON_STREETS
from tenor_desktop.redaction.text_case import lower_same_length

_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest ne nw se sw".split()
)
_DIRECTION = r"(?:(?:" + "|".join(sorted(_DIRECTIONS, key=len, reverse=True)) + r")\s+)?"
_SUFFIX = r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|place|pl|way|parkway)"
_SIDE = (
    rf"{_DIRECTION}(?:\d{{1,3}}(?:st|nd|rd|th)|[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)(?:\s+{_SUFFIX})?"
)
_CORNER = re.compile(
    rf"\b(?P<prep>on|off|at|near|by|of|down\s+to|over\s+to|to|around|corner,)\s+"
    rf"(?:the\s+(?:corner|intersection)\s+of\s+)?(?P<a>{_SIDE})\s+(?:and|&)\s+(?P<b>{_SIDE})\b"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:and|but|in|by|near|where|since|for|on|at|with|every|when|if|so"
    r"|right|across|above|behind|next|off|to|last|that|which|because)\b)",
    re.MULTILINE,
)
_NUMBERED = re.compile(r"\d{1,3}(?:st|nd|rd|th)\b")
_HAS_SUFFIX = re.compile(rf"\s{_SUFFIX}$")
_NOT_CORNER = frozenset(
    "grade grades time times floor period place half quarter year years day days week weeks"
    " month months base round step class shift street avenue road drive way"
    " sunday monday tuesday wednesday thursday friday saturday weekends"
    " january february march april may june july august september october november december"
    " medicaid medicare ssi ssdi snap wic disability probation parole".split()
)
_NAME_PREPS = ("on", "off", "down", "over", "by")
# "by" names a corner after a place said just before it ("the circle k by ina and oracle", "the
# war zone by central and san mateo"), not after a verb ("raised by ina and oscar").
_PLACE_BEFORE_BY = re.compile(r"\bthe\s+(?:[a-z0-9'&]+\s+){1,3}$")
# Past forms English says after "<street> and": the sentence goes on, no second street ("we met
# at the thai place on burnet road and talked for hours").
_PAST_VERBS = frozenset(
    "went got came ran left sat saw took made said told met drove ate drank bought brought"
    " thought felt found gave kept knew lost paid put sent slept spent stood held hit fell"
    " broke began wrote spoke rode swam sang won".split()
)


def find_street_corners(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Corners of the shapes in the module docstring (``text`` spoken-normalised)."""
    low = lower_same_length(text)
    if " and " not in low and "&" not in low:
        return
    for match in _CORNER.finditer(low):
        a, b = match.group("a"), match.group("b")
        marked = [bool(_NUMBERED.match(_strip(s)) or _HAS_SUFFIX.search(s)) for s in (a, b)]
        words = [w for w in (_strip(a) + " " + _strip(b)).split() if not _NUMBERED.match(w)]
        if any(w in _NOT_CORNER or w in STOP_WORDS for w in words):
            continue
        if _verb(_strip(b), lex):
            continue
        if all(_NUMBERED.match(_strip(s)) for s in (a, b)) and not any(
            _HAS_SUFFIX.search(s) for s in (a, b)
        ):
            continue
        if any(marked):
            if not all(_plain(w, lex) for w in words):
                continue
        elif not (
            match.group("prep").startswith(_NAME_PREPS)
            and all(
                _named(w, text[match.start(w_pos) :], lex) or _common_street(w)
                for w, w_pos in ((a, "a"), (b, "b"))
            )
            # One side at least is a name: "on main and park" may be two streets or talk.
            and not (_common_street(a) and _common_street(b))
            and (
                match.group("prep") != "by"
                or _PLACE_BEFORE_BY.search(low, max(0, match.start() - 40), match.start())
            )
        ):
            continue
        yield match.start("a"), match.end("b"), "LOCATION", 0.6


def _common_street(side: str) -> bool:
    """A side that is one of the commonest street names: "central", "main", "oak"."""
    return all(word in COMMON_STREETS for word in _strip(side).split())


def _strip(side: str) -> str:
    """A side without its direction and suffix words."""
    words = side.split()
    if len(words) > 1 and words[0] in _DIRECTIONS:
        words = words[1:]
    if len(words) > 1 and re.fullmatch(_SUFFIX, words[-1]):
        words = words[:-1]
    return " ".join(words)


def _verb(side: str, lex: Lexicons) -> bool:
    """A second side that is a verb said after "and": "talked", "went", "kept driving"."""
    word = side.split()[0]
    if word in COMMON_STREETS or word in lex.places or _NUMBERED.match(word):
        return False
    if word in _PAST_VERBS:
        return True
    return len(word) > 4 and word.endswith(("ed", "ing")) and word in lex.everyday_words


def _plain(word: str, lex: Lexicons) -> bool:
    """A street's name: no drug, app, brand or chain."""
    return not (word in lex.medications or word in lex.not_phi_names or word in CHAINS)


def _named(side: str, original: str, lex: Lexicons) -> bool:
    """Every word of ``side`` is a name (capitalised where written, or no everyday word)."""
    capitalised = original[:1].isupper()
    for word in _strip(side).split():
        if not _plain(word, lex) or word in NOT_PERSON or word in NOT_NAME_WORDS:
            return False
        listed = name_like(word, lex) or word in lex.places or word in lex.broad_cities
        if not capitalised and (word in lex.everyday_words or not listed):
            return False
    return True
