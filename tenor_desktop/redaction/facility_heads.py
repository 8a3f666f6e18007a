"""Facilities named lowercase by a few words and a facility word, with no article before them.

"i quit kennedy village", "after stonegate clinic closed", "honestly summit realty is the
only place", "i'm on the waitlist for pine hollow apartments". English puts an article or a
possessive before a clinic, a village or a realty that is no name ("a new clinic", "my old
gym", "the county library"); a bare run of words before a facility word is its name. So the
words before a facility word (``_HEADS``) are taken when nothing before them is an article,
possessive, number or adjective of kind, and at least one of them names something: no
generic adjective ("new", "local"), kind word ("high", "medical", "family") or stop word.
A chain before it ("walmart pharmacy") locates nobody and is left.

Runs on spoken-normalised text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import STOP_WORDS, Hit
from tenor_desktop.redaction.facility_words import KIND_WORDS, TWO_WORD_HEADS, head_pattern
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import KIN_WORDS, NOT_PERSON, TITLE_WORDS
from tenor_desktop.redaction.place_shapes import CHAINS
from tenor_desktop.redaction.text_case import lower_same_length

# Without a slot only these heads are taken (a company or service word, "... services",
# "... health", names a kind too often): the two-word heads and single words of places.
_HEADS = head_pattern(
    TWO_WORD_HEADS
    | frozenset(
        "elementary academy college clinic hospital church assembly tavern inn diner cafe bakery"
        " salon gym fitness library pharmacy market grill apartments manor village daycare"
        " preschool montessori realty motors landscaping construction plumbing electric freight"
        " logistics poultry fabrication brewing brewery pediatrics dental partners associates"
        " industries foods farms analytics technologies consulting staffing pharmaceuticals"
        " aerospace".split()
    )
)
_HEAD = re.compile(rf"(?<![\w'-])(?:{_HEADS})(?![\w'-])")
_MODIFIER_WORD = re.compile(r"(?<![\w'])([a-z][a-z'-]*)\s+$")
# Words before the name that make the phrase a kind, not a name.
_DETERMINERS = frozenset(
    "a an the my your his her our their its this that these those some any every each no one"
    " two three another other which what whose whichever".split()
)
_GENERIC = KIND_WORDS
# Whose place it is ("grandma's village", "my mom's clinic"): a person, not a name.
_PEOPLE = NOT_PERSON | KIN_WORDS | TITLE_WORDS
# Verbs a facility's name follows ("i quit", "we love"): never part of the name.
_VERBS = frozenset(
    "quit join joined leave visit visited call text email love hate like miss try tried use"
    " start started attend attend attended tour toured choose chose pick picked recommend"
    " recommended run runs ran own owns owned manage manages managed clean cleans cleaned"
    " honestly maybe probably basically literally think thought know knew guess mean meant"
    " hope wish feel felt believe see saw hear heard known been friends since until till like"
    " near past behind beside besides toward towards across against among during without"
    " within under above below between throughout upon though although unless whether than"
    " even ever yet pretty quite rather all both half find finds found need needs needed want"
    " wants get gets got rent rents rented buy buys bought sell sells sold build builds built"
    " fix fixes fixed teach teaches taught help helps helped open opens opened".split()
)
_SUBJECT = re.compile(r"\b(?:i|you|we|they|he|she|who|to)\s+$")
_TRADE_VERB = re.compile(r"\b(?:do|does|did|doing|in|into)\s+$")
# Verbs of doing a trade ("i do landscaping", "he's in construction") are no names' slots.
_TRADE_HEADS = frozenset(
    "landscaping construction plumbing electric freight logistics fabrication brewing"
    " fitness realty".split()
)


def find_bare_facilities(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Facilities of the shape in the module docstring (``text`` spoken-normalised)."""
    low = lower_same_length(text)
    for head in _HEAD.finditer(low):
        words: list[tuple[int, str]] = []
        position = head.start()
        while len(words) < 3:
            match = _MODIFIER_WORD.search(low, max(0, position - 30), position)
            if match is None:
                break
            word = match.group(1)
            if word in STOP_WORDS or word in _DETERMINERS or word in _VERBS:
                break
            if _SUBJECT.search(low, max(0, match.start(1) - 8), match.start(1)):
                break  # "i teach middle school": the word after a subject is its verb
            if word.endswith(("ly", "ing", "ed")) and word not in lex.places:
                break
            stem = word.removesuffix("'s")
            # "gabe's daycare", "Aiden's daycare": whose it is; "Murphy's Tavern": a name.
            owner = stem != word and (not text[match.start(1)].isupper() or stem in lex.first_names)
            if stem in _PEOPLE or owner:
                break  # "grandma's village", "aiden's daycare": whose it is
            words.insert(0, (match.start(1), word))
            position = match.start(1)
        if not words or _after_determiner(low, words[0][0]):
            continue
        names = [w for _, w in words if w not in _GENERIC and w not in lex.medications]
        if not names or any(w in CHAINS or w in lex.not_phi_names for _, w in words):
            continue
        if head.group() in _TRADE_HEADS and _TRADE_VERB.search(
            low, max(0, words[0][0] - 12), words[0][0]
        ):
            continue
        yield words[0][0], head.end(), "LOCATION", 0.55


def _after_determiner(low: str, start: int) -> bool:
    """Whether an article, possessive or number stands right before ``start``."""
    before = re.search(r"([a-z0-9']+)\W*$", low[max(0, start - 20) : start])
    if before is None:
        return False
    word = before.group(1)
    return word in _DETERMINERS or word.endswith("'s") or word.isdigit()
