"""A restaurant or bar named by its owner and where it stands: "we met at Anthony's on the
waterfront", "we went to Mama Ninfa's on Navigation Boulevard", "he keeps showing up at the
Eddie's on Roland Avenue", "we ran into each other at Blake's on the Park".

After a place preposition, a name with "'s" and then "on" a street (one to three words ending
in a street's suffix) or "on the" and a word of a site by water, a park or a square is one
place, the street or site included: the sets mark "Blake's on the Park" whole. Said without
the "on" ("at dale's", "at priya's in bernal heights") it is someone's home, and the name
rules keep it a NAME. A relation or kind ("at my mom's", "at the doctor's on main street")
names no venue, nor does anyone said with "my", "his" ... ("at my nan's on washington
street": a relative's home), and "on" a day or date ("at st. anne's on february 14th") no street.

Runs on the accent-folded text, cased or not; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_context import RELATIONS
from tenor_desktop.redaction.name_words import KIN_WORDS
from tenor_desktop.redaction.speech_names import is_person_word

_STREET_SUFFIX = (
    r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|parkway|pkwy|highway|hwy"
    r"|pike|terrace)"
)
# Sites a venue is named after ("... on the Waterfront", "... on the Park", "... on the Bay").
_SITES = (
    r"(?:waterfront|riverfront|lakefront|oceanfront|beachfront|boardwalk|pier|wharf|harbor"
    r"|harbour|bay|river|lake|park|square|green|commons|plaza|bayou|creek|bluff|beach|strip)"
)
# Words before the owner's name that belong to the venue's name ("Mama Ninfa's", "Smokin
# Dave's", "Uncle Joe's"), said lowercase too.
_NAME_OPENERS = frozenset("mama papa mama's uncle aunt big little old ol' smokin smokey".split())
_VENUE = re.compile(
    r"(?<![\w'-])(?:at|to|from|near|by|outside|into|behind)\s+(?:the\s+)?"
    r"((?:([A-Za-z][a-z'-]+)\s+)?([A-Za-z][a-z-]+)'s)\s+on\s+"
    rf"(?:the\s+{_SITES}|(?:[A-Za-z0-9][A-Za-z0-9'-]*\s+){{1,3}}{_STREET_SUFFIX})\b"
    r"(?!['-])",
    re.IGNORECASE,
)
_POSSESSIVES = frozenset("my your his her our their".split())
_RELATION = re.compile(rf"(?:{RELATIONS})s?", re.IGNORECASE)
# A kind of person or shop whose "'s" is no owner's name: "at the doctor's", "at the
# neighbors'", "at the dentist's on elm street".
_KINDS = frozenset(
    "doctor doctors dentist dentists vet vets barber barbers butcher baker jeweler jewelers"
    " florist optometrist chiropractor lawyer lawyers neighbor neighbors neighbour folks"
    " parents people friend friends family somebody someone everybody anybody nobody one"
    " other another each mcdonald".split()
)


def find_owned_venues(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Venues of the shape in the module docstring."""
    if "'s on " not in text and "'S ON " not in text:
        return
    for match in _VENUE.finditer(text):
        opener, owner = match.group(2), match.group(3)
        # "at my nan's on washington street east": someone of mine, at home; the street rules
        # find the street (whole, with its direction) on their own.
        if not _owner_name(owner, lex) or (opener or "").lower() in _POSSESSIVES:
            continue
        start = match.start(1)
        if opener is not None and not _opens_name(opener):
            start = match.start(3)
        yield start, match.end(), "LOCATION", 0.6


def _owner_name(word: str, lex: Lexicons) -> bool:
    """A given name or a proper word ("Anthony", "Ninfa", "Lucky"), not a relation or kind."""
    lower = word.lower()
    if lower in STOP_WORDS or lower in KIN_WORDS or lower in _KINDS or _RELATION.fullmatch(lower):
        return False
    return word[0].isupper() or is_person_word(lower, lex)


def _opens_name(word: str) -> bool:
    """Whether ``word`` before the owner is part of the venue's name ("Mama", "Smokin")."""
    lower = word.lower()
    if lower in STOP_WORDS or _RELATION.fullmatch(lower) or lower in KIN_WORDS:
        return lower in _NAME_OPENERS
    return word[0].isupper() or lower in _NAME_OPENERS
