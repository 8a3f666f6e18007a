"""What the name rules share about the words around a name: the person verbs after it, the
relation nouns before it, a word's shape and where a sentence starts.

Split from :mod:`entity_rules` (which re-exports these names).
"""

from __future__ import annotations

import re

Hit = tuple[int, int, str, float]

# Verbs and words that follow a person's name ("X said", "X and I"), as a regex alternation.
NAME_VERBS = (
    r"said|says|told|tells|is|was|has|had|who|got|went|came|wants|wanted|lives|lived|works|worked"
    r"|called|calls|texted|texts|moved|died|left|thinks|thought|asked|asks|emailed|drove|picked"
    r"|and|keeps|kept|never|just|always"
)
# After a name that is also a word ("will", "grant"), a past-tense person verb shows it is the
# name: "my brother will texted me", "grant came". Modal or noun readings take other forms.
AMBIGUOUS_NAME_CONTEXT = re.compile(
    r"\s(?:called|texted|emailed|messaged|told|asked|came|picked\s+me|drove|said|left|yelled"
    r"|screamed|cried|laughed|showed\s+up|brought|sent|gave|wanted|moved|died|passed\s+away"
    r"|kept|got\s+(?:mad|angry|upset|home|back)|went|stopped|started|hugged|invited)\b"
)
# Relationship nouns that introduce a person ("my sister", "the manager"), as a regex
# alternation.
RELATIONS = (
    r"wife|husband|son|daughter|sister|brother|mom|mother|dad|father|friend|boyfriend|girlfriend"
    r"|partner|fianc[eé]e?|ex|ex-wife|ex-husband|ex-boyfriend|ex-girlfriend|boss|manager"
    r"|supervisor|co-?worker|roommate|sponsor|cousin|niece|nephew|aunt|uncle|grandma|grandmother"
    r"|grandpa|grandfather|step-?dad|step-?mom|stepson|stepdaughter|sister-in-law"
    r"|brother-in-law|mother-in-law|father-in-law|baby|kid|child|neighbou?r|landlord|lawyer"
    r"|attorney|therapist|psychiatrist|doctor|counselor|caseworker|case worker|teacher|coach"
    r"|pastor|advisor|adviser|labmate|classmate|nurse|dietitian|endocrinologist|rep"
    r"|colleague|buddy|pal|bestie|twin|stepbrother|stepsister|grandson|granddaughter|aide"
    r"|principal|officer|detective|investigator|nanny|babysitter|tutor|mentor|ob|pcp|surgeon"
    r"|physical therapist|social worker|probation officer|parole officer|caseworker|tenant"
    # Grandparents and kin as families say them, and godparents, trainers, co-parents.
    r"|mamaw|papaw|meemaw|mawmaw|granny|nana|grandmom|granddad|grandad|abuela|abuelo|abuelita"
    r"|abuelito|nonna|nonno|lola|lolo|bubbe|zayde|auntie|godmother|godfather|stepmother"
    r"|stepfather|trainer|comadre|compadre"
    # Friends and partners as speech says them: "my girl destiny", "my homie reese".
    r"|girl|boy|homie|homeboy|homegirl"
)
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
PLACE_PREP = re.compile(
    r"\b(?:in|from|to|near|outside|outside of|at|around|of|moved to|lives in|visit|visiting)\s+$",
    re.IGNORECASE,
)


def clean_word(word: str) -> str:
    """The word without its possessive "'s"."""
    return word[:-2] if word.lower().endswith("'s") else word


def followed_by_past_person_verb(text: str, end: int) -> bool:
    """True when a past-tense person verb ('called', 'came', 'said') follows ``end``."""
    return AMBIGUOUS_NAME_CONTEXT.match(text, end) is not None


def followed_by_name_verb(text: str, end: int) -> bool:
    """True when a person-like verb ('said', 'shoved', "'s") follows position ``end``."""
    # One space only: across a run of blanks (a redacted identifier) the verb is not its.
    return bool(re.match(rf"(?:'s\b|,|\s(?:{NAME_VERBS}|[a-z]+ed)\b)", text[end : end + 20]))


def is_sentence_start(text: str, index: int) -> bool:
    """True when ``index`` opens a sentence or a speaker turn."""
    before = text[max(0, index - 3) : index]
    return index == 0 or bool(re.search(r"(?:[.!?:\"]\s*|\n\s*|^\s*)$", before))
