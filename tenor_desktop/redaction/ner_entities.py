"""Which spaCy entities are identifiers, and with which label (PERSON -> NAME, places -> LOCATION).

spaCy's small model tags organisations, brands and role words too; these rules keep only
entities that locate or name a person.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction import capitalised_names, entity_rules
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import KIN_WORDS, NATIONALITIES

# (start, end, label, confidence, tier) as the PHI detector resolves them.
Candidate = tuple[int, int, str, float, str]
_ORG_NOT_PLACE = frozenset(
    "facebook instagram google visa mastercard medicare medicaid amazon netflix uber lyft tiktok "
    "twitter linkedin youtube snapchat onlyfans zoom apple microsoft iphone android reddit "
    "whatsapp venmo paypal cashapp spotify ice cps dcfs fbi dea va hr er icu aa na "
    "honda toyota ford chevy chevrolet nissan subaru tesla bmw kia hyundai jeep dodge "
    "volkswagen mazda lexus acura buick gmc audi target walmart costco starbucks mcdonald's "
    "discord hulu pinterest tinder hinge bumble grindr facetime chatgpt siri alexa fitbit "
    "headspace peloton duolingo doordash grubhub zelle irs dmv ssa uscis cdc fda usps ups fedex "
    "dhs tsa congress senate parliament legislature".split()
) | {"food bank", "food pantry", "the food bank", "soup kitchen"}
_NUMBERED_TITLE = re.compile(r"[A-Z][a-z]+ (?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$")
_TRAILING_WORD = re.compile(r"\s+(?:on|in|at|of|and|near|by|to|from)$", re.IGNORECASE)
_NAME_PREFIX = re.compile(
    r"^(?:dr|mr|mrs|ms|miss|officer|professor|grandma|grandpa|aunt|uncle)\.?\s+", re.I
)


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s([a-z]+)\b")


def _noun_modifier(text: str, start: int, end: int, lower: str, lex: Lexicons) -> bool:
    """A word English knows but no name list holds, between an article and an everyday noun:
    part of a thing's name ("the ferris wheel"); not "a Kowalczyk kid", "the Garcia kids"."""
    after = _WORD_AFTER.match(text, end)
    return (
        after is not None
        and after.group(1) in lex.everyday_words
        and _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None
        and (lower in lex.common_words or lower in lex.proper_only)
        and not (lower in lex.first_names or lower in lex.surnames or lower in lex.broad_names)
    )


def _everyday_phrase(words: list[str], lower: str, lex: Lexicons) -> bool:
    """Everyday English only, and no listed place or name: after "the", a kind of place or
    thing the model tagged ("the county hospital", "the lake house"), not a name."""
    return (
        lower not in lex.places
        and all(w in lex.everyday_words for w in words)
        and not any(w in lex.places or w in lex.first_names or w in lex.surnames for w in words)
    )


def map_entity(text: str, start: int, end: int, kind: str, lex: Lexicons) -> Candidate | None:
    """A candidate identifier from one spaCy entity, or None when it is not PHI."""
    surface = text[start:end]
    prefix = _NAME_PREFIX.match(surface)
    if prefix:
        start += prefix.end()
        surface = text[start:end]
        kind = "PERSON"
    article = surface.lower().startswith("the ")
    if article:
        start += 4
        surface = surface[4:]
    if surface.endswith("'s"):
        end -= 2
        surface = surface[:-2]
    # "golden corral on route 1": the model can take the preposition after a name along.
    trailing = _TRAILING_WORD.search(surface)
    if trailing:
        end -= len(trailing.group())
        surface = surface[: trailing.start()]
    lower = surface.lower()
    if not surface or any(ch.isdigit() for ch in surface) or "\n" in surface:
        return None
    words = lower.split()
    if lower in _ORG_NOT_PLACE:
        return None
    if all(
        w.strip(".,") in entity_rules.ROLE_WORDS
        or w.strip(".,") in entity_rules.TITLE_WORDS
        or w.strip(".,") in KIN_WORDS
        or w in lex.medications
        for w in words
    ):
        return None
    if _NUMBERED_TITLE.match(surface):
        return None  # "Title IX", "Schedule II": a law's or a class's title
    if len(words) == 1 and lower in NATIONALITIES:
        return None  # "a Navajo police officer", "Korean dramas"
    if len(words) == 1 and capitalised_names.titled(text, start, lower, lex):
        return None  # "watched The Crown", "drank a Monster", "a new Ring doorbell"
    if kind == "PERSON":
        if not any(ch.isupper() for ch in surface):
            return None
        if len(words) == 1 and surface.isalpha() and surface.isupper() and 3 <= len(surface) <= 5:
            return None  # "VIN", "EMT", "DEA": an acronym said, no person
        if len(words) == 1 and _noun_modifier(text, start, end, lower, lex):
            return None  # "rode the Ferris wheel": a word of a thing's name, no person
        # A lone capitalised word opening a sentence ("Email me...") is often not a name;
        # keep it only when the lexicons know it (other mentions are still propagated).
        if (
            len(words) == 1
            and words[0] not in lex.first_names
            and words[0] not in lex.surnames
            and entity_rules.is_sentence_start(text, start)
            and (
                not entity_rules.followed_by_name_verb(text, end)
                # "Guilty, mostly": an everyday word and a comma open an answer, not a name.
                or (words[0] in lex.common_words and text.startswith(",", end))
            )
        ):
            return None
        # "Grace under pressure", "Mark my words": a word-name opening a sentence is a name
        # only before a person verb ("Grace called").
        if (
            len(words) == 1
            and words[0] in lex.ambiguous_names
            and entity_rules.is_sentence_start(text, start)
            and not entity_rules.followed_by_past_person_verb(text, end)
        ):
            return None
        return start, end, "NAME", 0.8, "ner"
    if len(words) == 1 and lower not in lex.places and entity_rules.is_sentence_start(text, start):
        # "Honesty matters": an unknown word opening a sentence is rarely a place or facility.
        return None
    if kind != "PERSON" and words[0] in lex.first_names and lower not in lex.places:
        kind = "PERSON"
    if article and len(words) > 1 and surface.islower() and _everyday_phrase(words, lower, lex):
        return None  # "the county hospital", "the bachelor party", "the lake house"
    if kind in ("GPE", "LOC", "FAC"):
        if lower in lex.not_phi_places or (surface.isupper() and len(surface) <= 3):
            return None
        name_like = lower in lex.first_names and lower not in lex.places
        return start, end, "LOCATION", 0.7 if name_like else 0.8, "ner"
    if kind == "ORG":
        if surface.isupper() or lower in _ORG_NOT_PLACE or lower in lex.not_phi_places:
            return None
        return start, end, "LOCATION", 0.6, "ner"
    return None
