"""Places named the British and Irish way: a GP surgery, a primary, a care home, a rugby club,
a close or a parade, a named hill, a family firm.

The finders of :mod:`facility_rules` and :mod:`street_rules` know American heads ("elementary",
"medical center", "drive"); talk from Britain and Ireland names the same places with other
words ("registered at pellworth road surgery", "a dinner lady at ashgrove infants", "the
flat is on pendleford close", "walked up ramsden hill", "a job at brackwell and daughters").
Each finder here reads the lowercased text and needs a word before the head that names something
(outside everyday English, or a listed surname or place): "at the local surgery", "after her
knee surgery", "on close inspection" and "up the hill" stay ordinary talk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, STOP_WORDS, Hit
from tenor_desktop.redaction.facility_words import KIND_WORDS
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.rare_words import is_rare_word

_PLACE_OPENER = (
    r"\b(?:at|to|from|in|into|near|outside|behind|by|past|of|with|against|for|it's|its)\s+"
    r"(?:the\s+)?"
)
# A name word: lowercase letters, a possessive allowed ("saint colman's primary").
_NAME_WORD = (
    r"(?!(?:the|a|an|at|to|from|in|into|on|of|and|my|our|your|his|her|their)\s)[a-z][a-z'-]+"
)
# Heads a British or Irish facility's name ends in: the GP's "surgery", a "primary" or an
# "infants" school, a "care home", "a and e" (casualty), a rugby or football club's initials.
_FACILITY = re.compile(
    rf"{_PLACE_OPENER}((?:{_NAME_WORD}\s+){{1,3}}"
    r"(?:surgery|primary|primary\s+school|infants|infant\s+school|juniors|junior\s+school"
    r"|care\s+home|nursing\s+home|a\s+and\s+e|a\s*&\s*e|rfc|afc|fc|gaa|health\s+centre"
    r"|medical\s+centre|leisure\s+centre|comprehensive|sixth\s+form|grammar\s+school))\b"
)
# Heads that are everyday nouns ("knee surgery", "premature infants"): a place only where one
# is, goes or works ("registered at ... surgery", "a teaching assistant at ... infants").
_WEAK_HEADS = frozenset({"surgery", "primary", "infants", "juniors"})
_WEAK_HEAD_OPENERS = frozenset({"at", "to", "it's", "its", "outside", "behind", "past"})
# Street words of Britain and Ireland the street finders do not take ("pendleford close",
# "wexley parade", "ivy mews"). Everyday nouns all: the words before must name something.
_STREET = re.compile(
    r"\b(?:on|off|at|in|to|from|near|down|up|onto|along|past|round|around|behind)\s+"
    rf"((?:{_NAME_WORD}\s+){{1,2}}"
    # Not "walk" or "rise": verbs too ("let saint francis walk all over me").
    r"(?:close|parade|crescent|mews|grove|gardens|wynd|chase|vale|terrace|row))\b"
)
# A street said as what a branch or a shop is known by: "the fenwick street branch". Not a
# facility's head ("the Ponce Street Clinic"): the facility finders take the whole name.
_STREET_AS_MODIFIER = re.compile(
    rf"\bthe\s+((?:{_NAME_WORD}\s+){{1,2}}(?:street|road|lane|avenue|close|parade|crescent))\s+"
    r"(?:branch|studio|studios|store|shop|office|offices|site|depot|flat|flats|campus)\b"
)
# A named hill, fell or heath walked on or up: "walked up ramsden hill", "on corrib hill".
_HILL = re.compile(
    r"\b(?:up|on|onto|atop|climb|climbed|climbing|over|(?:up|down|over)\s+to)\s+"
    rf"({_NAME_WORD}\s+(?:hill|fell|moor|heath|tor|beacon|downs))\b(?!')"
    # "on blue hill avenue": the street finders take the whole street.
    r"(?!\s+(?:road|rd|street|st|avenue|ave|drive|lane|way|place|court|terrace|boulevard)\b)"
)
# A family firm: "at brackwell and daughters", "for harris and sons".
_FAMILY_FIRM = re.compile(
    rf"{_PLACE_OPENER}({_NAME_WORD}\s+(?:and|&)\s+(?:sons?|daughters?|co|partners|brothers))\b"
)
# A firm named for two people or things after a work word: "a new director at ashcombe and reed".
_WORK_AT = (
    r"\b(?:work|works|worked|working|job|director|manager|lead|boss|started|hired|role|post"
    r"|contract|employed|intern|internship|placement|receptionist|assistant)\s+(?:at|for)\s+"
)
_PAIR_FIRM = re.compile(rf"{_WORK_AT}({_NAME_WORD}\s+(?:and|&)\s+{_NAME_WORD})\b")
# What follows "and" when the pair is two clauses, not a firm: "work at lidl and hate it".
_NOT_FIRM_WORDS = frozenset(
    "i i'm i've it it's that this then so just now still also really love loved hate hated like"
    " liked get got go went come came do did have had am was were is be been leave left stay"
    " stayed quit start started finish finished make made see saw take took think thought"
    " know knew want wanted need needed home back there here everyone everything".split()
)


def find_british_places(low: str, lex: Lexicons) -> Iterator[Hit]:
    """Facilities, streets, hills and firms named the British and Irish way (``low``: the
    text lowercased, same length)."""
    for match in _FACILITY.finditer(low):
        words = match.group(1).split()
        if words[-1] in _WEAK_HEADS and low[match.start() : match.start(1)].split()[0] not in (
            _WEAK_HEAD_OPENERS
        ):
            continue  # "recovering from bariatric surgery", "of premature infants"
        head_start = _head_index(words)
        if words[0] in ("saint", "st") or _names_something(words[:head_start], lex):
            yield match.start(1), match.end(1), "LOCATION", 0.7
    for match in _STREET.finditer(low):
        if _names_something(match.group(1).split()[:-1], lex):
            yield match.start(1), match.end(1), "LOCATION", 0.7
    for match in _STREET_AS_MODIFIER.finditer(low):
        # "the fenwick street branch": the venue word after it says a street is named, so
        # any word outside everyday English will do ("the high street branch" will not).
        names = match.group(1).split()[:-1]
        if all(_plain_name_word(w) and w not in lex.everyday_words for w in names):
            yield match.start(1), match.end(1), "LOCATION", 0.7
    for match in _HILL.finditer(low):
        word = match.group(1).split()[0]
        # "up to sarah hill's": a given name before "hill" is a person's.
        if _plain_name_word(word) and word not in KIND_WORDS and word not in lex.first_names:
            yield match.start(1), match.end(1), "LOCATION", 0.65
    for match in _FAMILY_FIRM.finditer(low):
        if _names_something(match.group(1).split()[:1], lex):
            yield match.start(1), match.end(1), "LOCATION", 0.7
    for match in _PAIR_FIRM.finditer(low):
        first, _and, second = match.group(1).split()
        if (
            _names_something([first], lex)
            and _plain_name_word(second)
            and second not in _NOT_FIRM_WORDS
        ):
            yield match.start(1), match.end(1), "LOCATION", 0.65


def _head_index(words: list[str]) -> int:
    """Where the facility head starts among ``words`` (heads are one to three words)."""
    for size in (3, 2):
        if len(words) > size and re.fullmatch(
            r"a and e|care home|nursing home|primary school|infant school|junior school"
            r"|health centre|medical centre|leisure centre|sixth form|grammar school",
            " ".join(words[-size:]),
        ):
            return len(words) - size
    return len(words) - 1


def _plain_name_word(word: str) -> bool:
    """Not a function word, a role or a possessive."""
    return word not in STOP_WORDS and word not in NOT_NAME_WORDS and not word.endswith("'s")


def _names_something(words: list[str], lex: Lexicons) -> bool:
    """Words before a head that name one place: none a function word, one outside everyday
    English (rare, a listed surname or place, a proper-only word)."""
    if not words or any(w in STOP_WORDS or w in NOT_NAME_WORDS for w in words):
        return False
    return any(_proper_word(w.removesuffix("'s"), lex) for w in words if w not in KIND_WORDS)


def _proper_word(word: str, lex: Lexicons) -> bool:
    if word in lex.everyday_words:
        return False
    return (
        is_rare_word(word, lex)
        or word in lex.surnames
        or word in lex.places
        or word in lex.proper_only
        or word in lex.first_names
    )
