"""Capitalised words no list explains, mid-sentence or before a person verb: likely names.

Split from :mod:`entity_rules`. Everyday words capitalised at a sentence start ("Summer is the
hardest season", "Winter is rough") or as a heading-like noun ("Breathing exercises") are not
names: a word of the everyday vocabulary that no name list holds needs a mid-sentence capital
and a name-like shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import (
    EVERYDAY_ADVERBS,
    Hit,
    is_sentence_start,
)
from tenor_desktop.redaction.initial_names import everyday_opening
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import (
    KIN_WORDS,
    NATIONALITIES,
    NOT_PERSON,
    ROLE_WORDS,
    TITLE_WORDS,
    never_a_name,
)

_CAPITALISED = re.compile(r"(?<![\w@.'-])[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\b(?!'(?:ve|re|ll|d|m|t)\b)")
# Capitalised mid-sentence words that are not identifiers.
_COMMON_CAPITALISED = frozenset(
    "god jesus christ lord bible church christmas thanksgiving easter halloween hanukkah ramadan "
    "english spanish french german chinese arabic catholic christian muslim jewish buddhist hindu "
    "black white latino latina latinx asian american mexican african european indian native "
    "internet google facebook instagram tiktok twitter youtube netflix amazon uber zoom iphone "
    "mom mommy dad daddy mama papa grandma grandpa nana granny auntie "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday okay ok hey hi yes no oh "
    "medicare medicaid covid ptsd adhd ocd ssri er icu aa na cbt dbt emdr visa mastercard "
    "civic shield blue cross honda toyota ford chevy tesla jeep nissan subaru walmart target "
    "costco starbucks mcdonald's venmo paypal cashapp xbox playstation nintendo "
    "reddit snapchat whatsapp discord spotify hulu pinterest linkedin tinder hinge bumble grindr "
    "facetime chatgpt siri alexa fitbit headspace peloton duolingo doordash grubhub lyft zelle "
    "gatorade tylenol advil".split()
)
# Titles and offices written with a capital before a name or in an office's name ("Brother
# Hales", "Chief Moody's party", "the U.S. Attorney's office"): the title is no name itself.
_TITLES = (
    TITLE_WORDS
    | ROLE_WORDS
    | frozenset(
        "brother sister bishop deacon imam rabbi chaplain chief attorney sheriff deputy mayor"
        " senator governor president commissioner councilman councilwoman superintendent"
        " warden trooper agent".split()
    )
)
_INITIAL_NAME_VERB = re.compile(
    r"(?:'s\s+[a-z]+|\s+(?:said|says|told|tells|asked|asks|texted|texts|called|calls|keeps|kept"
    r"|wants|wanted|thinks|thought|and\s+I|and\s+me|is|was|has|had|just|went|got|came|never"
    r"|always|still|will|would|can|could|didn't|doesn't|isn't|wasn't|won't|lives|works))\b"
)
_PRONOUN_LIKE = frozenset(
    "nobody everyone someone somebody anyone everybody anybody nothing something everything "
    "anything none neither people things life work school home mom dad let today tonight "
    "money dinner lunch therapy sleep food everything nothing traffic weather class church "
    "insurance rent it's this that which anniversaries holidays birthdays weekends".split()
)


# Seasons and times of day open sentences about time, not people ("Winter is rough").
_TIME_WORDS = frozenset(
    "summer winter spring fall autumn morning mornings evening evenings night nights weekend "
    "weekends holiday holidays".split()
)


# Endings of abstract and common nouns that a name almost never has.
_NOUN_SUFFIXES = (
    "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship", "ing", "ery",
    "ology", "ture", "ics",
)  # fmt: skip


def find_capitalised_unknowns(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Mid-sentence capitalised words no list explains: in a transcript, almost always a name.

    Sentence-initial ones count only when a person verb follows ("Ottoline keeps texting").
    """
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        lower = word.lower()
        if (
            never_a_name(lower, lex)
            or lower in _COMMON_CAPITALISED
            or lower in _PRONOUN_LIKE
            or lower in EVERYDAY_ADVERBS
            or lower in KIN_WORDS
            or (lower in _TITLES and lower not in lex.first_names)
            or lower in NOT_PERSON  # "doing Pilates", "she's a Scorpio"
            or lower in NATIONALITIES  # "Korean dating shows", "Turkish dramas"
            or _ROMAN_NUMERAL_AFTER.match(text, match.end())  # "Title IX", "Schedule II"
        ):
            continue
        if lower.endswith("ly") and lower in lex.common_words and lower not in lex.first_names:
            continue  # "Lately [NAME] has been weird": an adverb, not a name.
        if lower.endswith("s") and (lower[:-1] in _COMMON_CAPITALISED):
            continue
        if lower.endswith("ing") and not (lower in lex.first_names or lower in lex.surnames):
            stem = lower[:-3]
            if stem in lex.everyday_words or stem + "e" in lex.everyday_words:
                continue  # "Sometimes Journaling", "Box Breathing": a gerund, not a name
        sentence_start = is_sentence_start(text, match.start())
        if sentence_start and (
            not _INITIAL_NAME_VERB.match(text, match.end())
            # "Medication works…", "Transcription keeps…": abstract-noun endings are not names.
            or lower.endswith(_NOUN_SUFFIXES)
        ):
            continue
        listed = lower in lex.first_names or lower in lex.surnames
        if titled(text, match.start(), lower, lex):
            continue  # "watched The Office", "drank a Monster", "a new Ring doorbell"
        if sentence_start and everyday_opening(text, lower, match.end(), lex):
            continue  # "Anger has been", "Guilt kept me awake", "Hope keeps me going".
        if (lower in lex.common_words or lower in lex.everyday_words) and not listed:
            # "Summer is the hardest season", "Exercise and Breathing exercises", "Sometimes
            # Journaling".
            if (sentence_start and lower in _TIME_WORDS) or lower.endswith(_NOUN_SUFFIXES):
                continue
        label = "LOCATION" if lower in lex.places and lower not in lex.first_names else "NAME"
        yield match.start(), match.end(), label, 0.5


# A title's article said mid-sentence ("we watched The Office"): what follows is a title.
_TITLE_ARTICLE = re.compile(r"(?<=[a-z,] )The $")
# A determiner, maybe with an adjective, before a product: "a Monster", "a new Ring doorbell".
_DETERMINER = re.compile(
    r"\b(?:a|an|the|another|some|my|his|her|our|their|your|this|that)"
    r" (?:(?:new|old|big|little|whole|cold|free|large|small) )?$",
    # Written with its capital too: "My Manager keeps", "with the Neighbors".
    re.IGNORECASE,
)
_NEXT_CAPITAL = re.compile(r" [A-Z]")
# What a drink or a vehicle is counted or described by: "a couple shots of Fireball", "a fifth
# of Crown", "a white Peterbilt", "two White Claws", "the silver Tacoma, plate ...".
_PRODUCT_BEFORE = re.compile(
    r"(?:\b(?:shots?|fifths?|pints?|bottles?|cans?|case|glass|handle|sip|six-pack|twelve-pack)"
    r" of |\b(?:a|an|the|another|his|her|my|their|our|two|three|four|five|six|couple)"
    r" (?:(?:new|old|used|beat-up|white|black|silver|red|blue|gray|grey|green|gold) )$)",
    re.IGNORECASE,
)
# "had a Sprite", "drove an Altima": an unlisted word after "a" is a thing, not a person.
_INDEFINITE = re.compile(r"\b(?:a|an|another) $")
_PRODUCT_END = re.compile(
    r"(?:[.,;!?]|$|\s+(?:and|or|with|at|in|on|for|from|instead|before|after|because|but|so"
    r"|then|to)\b)"
)
_ROMAN_NUMERAL_AFTER = re.compile(r" (?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})\b")


def titled(text: str, start: int, lower: str, lex: Lexicons) -> bool:
    """An unlisted capitalised word after a title's article ("The Bear", "The Notebook"), or an
    everyday word after a determiner ("a Coke", "the Score"; not a place: "the Heights" may be
    a neighbourhood): a title or product, no person. ``lower`` is the word lowercased."""
    before = text[max(0, start - 20) : start]
    if _PRODUCT_BEFORE.search(before):
        return True
    if lower in lex.first_names or lower in lex.surnames:
        return False
    if (
        _INDEFINITE.search(before)
        and lower not in lex.places
        and _PRODUCT_END.match(text, start + len(lower)) is not None
    ):
        # Said as the thing itself ("had a Sprite and went home"), not before a person ("a
        # Kowalczyk kid"); an everyday word before its noun is taken below ("a Gratitude
        # journal").
        return True
    if _TITLE_ARTICLE.search(before):
        return True
    determiner = _DETERMINER.search(before)
    return (
        determiner is not None
        # "behind the Save Mart": a run of capitals is a name of its own.
        and _NEXT_CAPITAL.match(text, start + len(lower)) is None
        and lower in lex.everyday_words
        and (lower not in lex.places or not determiner.group().lower().startswith("the"))
    )
