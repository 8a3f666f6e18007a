"""Workplaces, schools and clinics said lowercase after a slot that names one.

With capitals the NER model and the capitalised-name rules find "worked at Baptist Memorial"
and "my gym, Iron Works Fitness". Speech recognition writes "worked at baptist memorial" and
"my gym, iron works fitness", and lowercased, dev loses most of its workplaces and facilities.
What still marks them is the slot: a verb or noun of affiliation ("worked at", "years at",
"pt at", "my son's school,", "the clinic,") followed by a short name that either ends in an
organisation or facility word ("... memorial", "... insurance group", "... learning center")
or opens with a word that is not everyday English ("at dunmore", "at purdue").

Runs on spoken-normalised text (lowercased here); yields ``(start, end, "LOCATION", conf)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import Hit
from tenor_desktop.redaction.facility_words import (
    DENOMINATIONS,
    FACILITY_HEADS,
    KIND_WORDS,
    SERVICE_HEADS,
)
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.text_case import lower_same_length

# Slots that name a workplace, school, clinic or congregation next.
_SLOT = re.compile(
    r"\b(?:(?:work(?:s|ed|ing)?|job|shifts?|overnights|years|months|been|hired|employed|intern"
    r"|interning|volunteer(?:s|ed|ing)?|pt|therapy|rehab|treatment|appointments?|surgery"
    r"|born|delivered|church|mass|services|classes|school|nurse|teacher|manager|tech|cook|chef"
    r"|cashier|barista|bartender|server|waiter|waitress|hostess|dishwasher|driver|janitor"
    r"|custodian|clerk|receptionist|aide|cna|lpn|teller|mechanic|guard|supervisor|advocate"
    r"|caseworker|paralegal|secretary|stocker|housekeeper|student|sophomore|junior|senior"
    r"|freshman|room|dorm|unit|condo)\s+at"
    r"|(?:i'm|i\s+am|she's|he's|they're|we're)\s+at"
    r"|(?:let\s+go|fired|laid\s+off|graduated|transferred|discharged|released)\s+from"
    r"|(?:attends|attended|attend|enrolled\s+(?:at|in)|admitted\s+to)"
    r"|(?:school|daycare|preschool|gym|clinic|church|employer|office|job|work|hospital"
    r"|practice|pharmacy|shelter|program|college|university|company|firm|plant|factory"
    r"|warehouse|store|restaurant|center|facility|agency),)"
    r"\s+(?P<article>the\s+)?"
)
# Any place preposition: only a name that ends in an organisation word is taken after it.
_PLAIN_SLOT = re.compile(r"\b(?:at|from|to|since|near|outside|into|by|with)\s+(?P<article>the\s+)?")
# Words that end an organisation's or facility's name (a home too: "sunrise senior home").
_HEADS = FACILITY_HEADS | {"home"}
_HEAD_RE = re.compile(r"\b(?:" + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")\b")
# A name runs over at most four words and stops at what follows a name.
_STOP = frozenset(
    "for since on in or but so next twice called who which that is was were are has had "
    "last this every with to until because when where now then again before after about "
    "from by as if it it's i i'm he she they we you my his her their our a an of the at into "
    "near your its this that these those some any one there here home work no be being".split()
)
_WORD = re.compile(r"[a-z][a-z0-9'&-]*")


def find_affiliation_places(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Organisations and facilities named lowercase after an affiliation slot."""
    low = lower_same_length(text)
    heads = _HEAD_RE.search(low) is not None
    taken: set[int] = set()
    for strong, pattern in ((True, _SLOT), (False, _PLAIN_SLOT)):
        if not strong and not heads:
            continue
        for slot in pattern.finditer(low):
            if slot.end() in taken or "   " in low[slot.start() : slot.end()]:
                # A blank run is a redacted name: what follows it is not that name.
                continue
            words = _name_words(low, slot.end())
            if not words:
                continue
            article = slot.group("article") is not None
            end = _end_of_name([w.group() for w in words], lex, strong=strong, article=article)
            if end:
                taken.add(slot.end())
                yield words[0].start(), words[end - 1].end(), "LOCATION", 0.7


def _name_words(low: str, start: int) -> list[re.Match[str]]:
    """Up to four words from ``start``, stopping at punctuation or a word that ends a name."""
    words: list[re.Match[str]] = []
    position = start
    while len(words) < 4:
        match = _WORD.match(low, position)
        if match is None or match.group() in _STOP or match.group().endswith("'s"):
            break
        words.append(match)
        gap = re.match(r"[ \t]+", low[match.end() :])
        if gap is None:
            break
        position = match.end() + gap.end()
    return words


def _end_of_name(words: list[str], lex: Lexicons, *, strong: bool, article: bool) -> int:
    """How many of ``words`` make the name (0: not a name)."""
    # The longest run that ends in an organisation word, past words that name it.
    for size in range(len(words), 1, -1):
        head, modifiers = words[size - 1], words[: size - 1]
        if head not in _HEADS or not _named(modifiers, lex, article=article):
            continue
        if head in SERVICE_HEADS and all(w in lex.everyday_words for w in modifiers):
            continue
        return size
    if not strong or article:
        return 0
    # After a strong slot, a first word that is not everyday English: "at dunmore"; the rare
    # words said with it, joined by a particle, are its name too ("at casa do porco").
    first = words[0]
    contraction = "'" in first and not first.endswith("'s")
    if (
        _rare(first, lex)
        and not contraction
        and first not in lex.first_names
        and not first.isdigit()
        and len(first) > 3
    ):
        size = 1
        while size < len(words):
            if _rare(words[size], lex) and len(words[size]) > 2:
                size += 1
            elif (
                words[size] in _PARTICLES
                and size + 1 < len(words)
                and (_rare(words[size + 1], lex) or size + 2 == len(words))
            ):
                size += 2
            else:
                break
        return size
    return 0


def _rare(word: str, lex: Lexicons) -> bool:
    return word not in lex.common_words and word not in lex.everyday_words


# Particles inside a name in Spanish, Portuguese, Italian and French ("pupuseria la ceiba");
# the last word after one is the name's, even an everyday one ("panaderia del sol").
_PARTICLES = frozenset("de do da del della di du des la le el dos das".split())


_GENERIC = frozenset("new old big little local same other public private whole".split())


def _named(words: list[str], lex: Lexicons, *, article: bool) -> bool:
    """Whether the words before an organisation word name it ("riverside", not "the new").

    English says "at the hospital" of a hospital that is no name, so after "the" a single
    everyday word ("the night school") is a kind, not a name; without it one is enough.
    """
    if words[0] == "and" or (article and words[0] in _GENERIC) or all(w in _HEADS for w in words):
        return False
    if all(w in KIND_WORDS or w in _HEADS or w == "and" for w in words):
        return False
    if article and all(w in DENOMINATIONS for w in words):
        return False
    if not article:
        return True
    return len(words) >= 2 or words[0] not in lex.everyday_words
