"""Lowercase names found as rare words in person slots: "since paulette left", "i asked quill"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import (
    AMBIGUOUS_NAME_CONTEXT,
    NOT_NAME_WORDS,
    Hit,
    clean_word,
)
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import NOT_PERSON, TITLE_WORDS, everyday_inflection
from tenor_desktop.redaction.rare_words import is_rare_word

# Before a subject: the start of a clause.
_CLAUSE_OPENER = re.compile(
    r"(?:^|[.!?:,]\s*|\n\s*|\b(?:and|since|until|till|when|because|but|so|then|that|after"
    r"|before|while|until|like)\s+)$",
    re.IGNORECASE,
)


# Present-tense person verbs (and "X and i"), for rare subject words: "since gideon says".
_PRESENT_PERSON_VERB = re.compile(
    r"\s+(?:says|tells|wants|thinks|texts|calls|yells|screams|cries|laughs|knows|asks"
    r"|and\s+i|and\s+me)\b"
)
# Rare words that act like subjects or objects but are not people: apps, services, chat
# shorthand, clinical acronyms.
_NOT_PERSON_WORDS = frozenset(
    "lol lmao omg idk tbh brb chatgpt siri alexa google tinder hinge bumble grindr snapchat "
    "instagram facebook tiktok twitter reddit discord uber lyft venmo zelle doordash grubhub "
    "youtube netflix zoom facetime whatsapp hr it 911 ems cps dcfs covid ptsd adhd ocd bpd "
    "cbt dbt emdr ssri ssris snri iop php aa na".split()
)


def find_rare_word_subjects(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Lowercase rare words as the subject of a person verb: "since paulette left".

    "Rare" means outside the embedding model's vocabulary of everyday words; medication names
    are rare too and are excluded. Without that vocabulary this finds nothing.
    """
    if not lex.common_words:
        return
    matches = sorted(
        [*AMBIGUOUS_NAME_CONTEXT.finditer(text), *_PRESENT_PERSON_VERB.finditer(text)],
        key=lambda m: m.start(),
    )
    for match in matches:
        before = text[max(0, match.start() - 40) : match.start()]
        word = re.search(r"([a-z][a-z'-]{2,})$", before)
        if word is None:
            continue
        surface = clean_word(word.group(1))
        lower = surface.lower()
        if (
            not surface.isalpha()
            or lower in lex.common_words
            or lower in lex.medications
            or lower in NOT_NAME_WORDS
            or lower in _NOT_PERSON_WORDS
            or lower in NOT_PERSON
            or lower in TITLE_WORDS  # "gramma said no"
            or not _CLAUSE_OPENER.search(before[: word.start(1)])
        ):
            continue
        start = match.start() - len(before) + word.start(1)
        yield start, start + len(surface), "NAME", 0.6


# Verbs whose object is usually a person: "i asked quill", "she texted marguerite".
_PERSON_OBJECT_VERB = re.compile(
    r"\b(?:asked|ask|told|tell|texted|text|called|call|emailed|messaged|met|hugged|invited"
    r"|visited|married|dating|dated|blocked|ghosted|broke\s+up\s+with|talked\s+to|talk\s+to"
    r"|spoke\s+to|spoke\s+with|hanging\s+out\s+with|hung\s+out\s+with)\s+([a-z][a-z'-]{2,})\b",
    re.IGNORECASE,
)


# "That's called sextortion", "it's called grooming", "what is called ...": "called" names a
# term there ("i called quill" is a person called).
_TERM_NAMED = re.compile(
    r"\b(?:that's|that\s+is|it's|it\s+is|this\s+is|which\s+is|is|was|are|were)\s+called$",
    re.IGNORECASE,
)


def find_rare_word_objects(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Rare lowercase words as the object of a person verb: "i asked quill if she was okay".

    Same "rare" test as :func:`find_rare_word_subjects`.
    """
    if not lex.common_words:
        return
    for match in _PERSON_OBJECT_VERB.finditer(text):
        if _TERM_NAMED.search(text, max(0, match.start() - 20), match.start() + 6):
            continue  # "that's called sextortion": the name of a thing, not a person called
        surface = clean_word(match.group(1))
        lower = surface.lower()
        if is_rare_word(surface, lex) and not (
            lower in NOT_NAME_WORDS
            or everyday_inflection(lower, lex)  # "hanging out with coworkers"
            or lower in lex.places
            or lower in _NOT_PERSON_WORDS
            or lower in NOT_PERSON
        ):
            yield match.start(1), match.start(1) + len(surface), "NAME", 0.6
