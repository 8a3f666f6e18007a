"""Towns: listed cities and rare words in place slots ("from riobamba", "lived on dellwood").

Split from :mod:`place_rules`, which runs these finders with its own. Each yields
``(start, end, label, confidence)`` on spoken-normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import (
    NOT_NAME_WORDS,
    PLACE_PREP,
    STOP_WORDS,
    WORD,
    Hit,
    clean_word,
)
from tenor_desktop.redaction.facility_words import FACILITY_HEADS, KIND_WORDS
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import NOT_PERSON
from tenor_desktop.redaction.place_shapes import CHAINS, name_like
from tenor_desktop.redaction.rare_words import is_rare_word
from tenor_desktop.redaction.street_names import COMMON_STREETS
from tenor_desktop.redaction.unambiguous_towns import unambiguous_town

# Before a lowercase word, "to" and "at" are too often followed by a verb or a noun.
_STRONG_PLACE_PREP = re.compile(
    r"\b(?:in|from|near|outside|outside of|around|(?:moved|move|moving|drove|drive|driving|flew"
    r"|fly|flying|heading|headed|back"
    r"|went|go|going|trip|relocated|transferred|up|down|over|out|bus|train|flight|flew|ride"
    r"|ticket|ferry|commute|drove)\s+to|lives in|visit|(?:out|way|just|right)\s+past"
    r"|visiting|(?:side|outskirts|edge|suburbs?|north|south|east|west|city|town)\s+of)\s+$",
    re.IGNORECASE,
)
# A street said without its suffix after a verb of living: "we lived on dellwood".
_LIVED_ON = re.compile(
    r"\b(?:live|lives|lived|living|grew\s+up|stay|stays|stayed|staying|house|apartment|place"
    r"|moved)\s+(?:(?:over|out|up|down|right|back)\s+)?(?:on|off)\s+([a-z][a-z'-]{2,})\b"
    # "...on dellwood street" is the street rule's; "lived on ramen for a month" is food.
    r"(?!\s+(?:street|avenue|road|lane|drive|for|and|alone|only|mostly|while)\b)"
)
_BARE_STREET_END = re.compile(
    r"\s*(?:[.,;!?]|$)|\s+(?:and|but|now|near|by|in|with|since|for\s+(?:years|a\s+while))\b",
    re.MULTILINE,
)
# A rare lowercase word after a strong place preposition: "from riobamba", "in tlaquepaque".
_RARE_TOWN = re.compile(
    r"\b(?:in|from|near|outside\s+of|outside|around|into|(?:moved|move|moving|drove|flew|fly"
    r"|relocated|transferred|went|going|trip|back|ticket|bus|flight|train"
    r"|(?:drive|drove|driving|head|headed|heading|went|go|going)\s+(?:up|down|out|over))\s+to"
    r"|born\s+in|(?:out|way|just|right)\s+past|past|(?:over|out|up|down|way)\s+by"
    r"|(?:took|take|takes|taking|brought|bring|sent)\s+(?:us|me|him|her|them)\s+(?:back\s+)?to"
    r"|grew\s+up\s+in|lives\s+in|visiting|visit|fled|escaped|(?:deported|sent)\s+(?:back\s+)?to)"
    # "da nang", "la ceiba": a particle opens the town's name.
    r"\s+(?P<particle>(?:la|da|el|le|las|los|de|des|al)\s+)?"
    r"(?P<word>[a-z][a-z'-]{3,})(?:\s+(?P<second>[a-z][a-z'-]{3,}))?\b"
)
# "ypsilanti is where i grew up": a rare word that opens a sentence, then where one lived.
_WHERE_I_LIVED = re.compile(
    r"(?:^|(?<=[.!?:]\s))([a-z][a-z'-]{3,})\s+is\s+where\s+(?:i|we|he|she|they|my\s+\w+)\s+"
    r"(?:grew\s+up|live|lived|was\s+born|were\s+born|am\s+from|are\s+from|stay|stayed)\b",
    re.MULTILINE,
)
# Rare words in idioms after "in": "in hindsight", "in lieu of".
_IDIOM_WORDS = frozenset(
    "hindsight lieu tandem retrospect earnest cahoots shambles "
    # Kinds of place the embedding vocabulary lacks: "picked her up from daycare".
    "daycare preschool playdate sleepaway detox inpatient outpatient halfway".split()
)
# Towns named by a word of an institution ("temple", "mission", "union"): said lowercase after
# "went to" or "at" they are the institution ("my parents went to temple"); only a verb of
# moving or living makes one the town ("we moved to temple").
_INSTITUTION_WORDS = FACILITY_HEADS | KIND_WORDS
_TOWN_VERB = re.compile(
    r"\b(?:moved|move|moving|relocated|lives|live|lived|living|born|raised|grew\s+up"
    r"|settled)\s+(?:to|in|out\s+to|down\s+to|up\s+to)\s+$"
)
# After these, "from X" names a person: "a text from kelechi".
_FROM_PERSON = re.compile(
    r"\b(?:text|texts|call|calls|message|messages|letter|email|note|gift|card|help|heard|hear"
    r"|visit|news|word|dm|dms|voicemail)\s+from\s+$"
)


# Verbs of living and moving that take a town ("we moved out to paterson", "he lives in
# hollis", "i drove down to owatonna"); matched on lowercased text.
_TOWN_SLOT = re.compile(
    r"\b(?:(?:live|lives|lived|living|grew\s+up|born|raised|settled|stationed|based)\s+(?:out\s+"
    r"|up\s+|down\s+|over\s+)?in|(?:moved|moving|move|relocated|relocating|drove|drive|driving"
    r"|flew|fly|flying|headed|heading|head)\s+(?:back\s+|out\s+|up\s+|down\s+|over\s+)?to)"
    r"\s+([a-z][a-z-]{2,})\b(?!')"
)


def find_named_towns(low: str, lex: Lexicons) -> Iterator[Hit]:
    """A proper-name word (rare, a listed name or a word English capitalises) after a verb of
    living or moving: a town the place lists may lack. ``low`` is lowercased."""
    for match in _TOWN_SLOT.finditer(low):
        word = match.group(1)
        if (
            word in lex.everyday_words
            or word in STOP_WORDS
            or word in NOT_NAME_WORDS
            or word in _IDIOM_WORDS
            or word in CHAINS
            or word in NOT_PERSON
            or word in lex.not_phi_places
            or word in lex.not_phi_names
            or word in lex.medications
            or not (name_like(word, lex) or word in lex.places)
        ):
            continue
        yield match.start(1), match.end(1), "LOCATION", 0.6


# Lowercase town words after a place preposition: "up to traverse city", "in cedar falls".
_TOWN_LOWER = re.compile(
    r"\b(?:in|from|to|near|outside)\s+((?:[a-z][a-z'-]+\s+){1,2}"
    r"(?:city|county|township|springs|falls|heights|beach|village|hills|glen|haven|grove|ridge"
    r"|valley|creek|bluffs?|woods|meadows|harbor|landing|crossing|junction|lake|park))\b"
)
# The newer town ends are everyday nouns after kind words too ("in the water park", "in a
# trailer park", "in deep woods"): their first word must not be one.
_TOWN_END_KINDS = frozenset(
    "skate water theme amusement trailer ball national state dog city public local nearby "
    "deep dark thick same other big little small whole entire new old nice quiet our my "
    "amusement industrial office business car parking".split()
)
_KIND_TOWN_ENDS = frozenset(
    "glen haven grove ridge valley creek bluff bluffs woods meadows harbor landing crossing "
    "junction lake park".split()
)
NOT_TOWN_WORDS = frozenset("big inner small same whole entire next other new old home".split())


def find_town_words(text: str) -> Iterator[Hit]:
    """Lowercase towns ending in a town word: \"up to traverse city\", \"in cedar falls\"."""
    for match in _TOWN_LOWER.finditer(text):
        words = match.group(1).split()
        if words[-1] in _KIND_TOWN_ENDS and any(w in _TOWN_END_KINDS for w in words[:-1]):
            continue
        if not any(w in STOP_WORDS or w in NOT_TOWN_WORDS for w in words[:-1]):
            yield match.start(1), match.end(1), "LOCATION", 0.7


# "the bellevue office", "the tacoma branch": a listed town naming one site of a workplace.
_TOWN_SITE = re.compile(
    r"\bthe\s+([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\s+(?:office|branch|location|campus|store"
    r"|clinic|plant|warehouse|facility|site|shelter|courthouse|airport|headquarters|hq)\b"
)
_SITE_NEEDLES = (" office", " branch", " location", " campus", " store", " clinic", " plant",
                 " warehouse", " facility", " site", " shelter", " courthouse", " airport",
                 " headquarters", " hq")  # fmt: skip


def find_town_sites(low: str, lex: Lexicons) -> Iterator[Hit]:
    """A listed town said before a kind of site ("the bellevue office"); ``low`` is
    lowercased. A town that is an everyday word ("the union office") is left alone."""
    if not any(needle in low for needle in _SITE_NEEDLES):
        return
    for match in _TOWN_SITE.finditer(low):
        words = match.group(1).split()
        for length in (len(words), 1):
            phrase = " ".join(words[-length:])
            if phrase not in lex.places or phrase in lex.not_phi_places:
                continue
            if length == 1 and (
                phrase in lex.everyday_words or phrase in STOP_WORDS or phrase in NOT_NAME_WORDS
            ):
                break
            yield match.end(1) - len(phrase), match.end(1), "LOCATION", 0.75
            break


def unlisted_town(word: str, lex: Lexicons) -> bool:
    """A word that can only be a name: rare, or one English always capitalises."""
    return (
        word not in STOP_WORDS
        and word not in NOT_NAME_WORDS
        and word not in lex.everyday_words
        and word not in lex.not_phi_places
        and (is_rare_word(word, lex) or word in lex.proper_only)
    )


def find_rare_towns(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Rare words after a place preposition ("from riobamba") or a verb of living ("lived on
    dellwood")."""
    for match in _LIVED_ON.finditer(text):
        word = match.group(1)
        if word in COMMON_STREETS and _BARE_STREET_END.match(text, match.end(1)):
            # "we live off elm": one of the commonest street names, ending the phrase.
            yield match.start(1), match.end(1), "LOCATION", 0.6
        elif len(word) < 4:
            continue
        elif (is_rare_word(word, lex) or word in lex.places) and word not in lex.not_phi_places:
            yield match.start(1), match.end(1), "LOCATION", 0.6
    for match in _RARE_TOWN.finditer(text):
        word = match.group("word")
        if (
            not is_rare_word(word, lex)
            or word in _IDIOM_WORDS
            # "lives in squalor", "drove to walmart", "moved to instagram".
            or word in lex.everyday_words
            or word in CHAINS
            or word in NOT_PERSON
            or word in lex.first_names
            or word in lex.surnames
            or word in lex.not_phi_places
            or _FROM_PERSON.search(text[max(0, match.start("word") - 20) : match.start("word")])
        ):
            continue
        second = match.group("second")
        end = match.end("second") if second and is_rare_word(second, lex) else match.end("word")
        start = match.start("particle") if match.group("particle") else match.start("word")
        yield start, end, "LOCATION", 0.6


def find_where_lived(text: str, lex: Lexicons) -> Iterator[Hit]:
    """A rare word said as where someone grew up or lives ("ypsilanti is where i grew up")."""
    if " is where " not in text:
        return
    for match in _WHERE_I_LIVED.finditer(text):
        word = match.group(1)
        if is_rare_word(word, lex) or word in lex.places or word in lex.broad_cities:
            yield match.start(1), match.end(1), "LOCATION", 0.6


_DIRECTION_BEFORE = re.compile(
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+$", re.IGNORECASE
)


_SEASONS = frozenset("spring summer fall autumn winter".split())


def find_lexicon_places(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Listed towns and cities, capitalised or after a place preposition."""
    words = list(WORD.finditer(text))
    for index, match in enumerate(words):
        if clean_word(match.group()).lower() not in lex.place_heads:
            continue
        for length in (3, 2, 1):
            if index + length > len(words):
                continue
            last = words[index + length - 1]
            phrase = text[match.start() : last.end()]
            key = clean_word(phrase).lower()
            if key not in lex.places or key in lex.not_phi_places or key in NOT_NAME_WORDS:
                continue
            capitalised = all(part[0].isupper() for part in phrase.split())
            start = match.start()
            direction = _DIRECTION_BEFORE.search(text, max(0, start - 12), start)
            if direction is not None and key not in lex.ambiguous_names:
                # "lives in east salinas": the part of town said with it belongs to it.
                start = direction.start()
            before = text[max(0, start - 20) : start]
            if length == 1 and key in lex.first_names and _FROM_PERSON.search(before.lower()):
                continue  # "a text from maria": a given name after a message is its sender
            if (
                length == 1
                and not capitalised
                and key in _INSTITUTION_WORDS
                and not _TOWN_VERB.search(before.lower())
            ):
                continue  # "went to temple": the institution, not the town
            after_prep = bool(PLACE_PREP.search(before))
            strong_prep = bool(_STRONG_PLACE_PREP.search(before))
            followed_by_state = bool(re.match(r",\s+[A-Z]{2}\b", text[last.end() : last.end() + 5]))
            # A rare lowercase town after any place preposition: "the outskirts of bakersfield".
            rare_town = after_prep and all(is_rare_word(part, lex) for part in key.split())
            # A listed town of two or three words after any place preposition, unless every
            # word is everyday English: "took us to des moines", "comes from st louis" (but
            # "to long beach" waits for a stronger slot).
            named_town = (
                after_prep
                and length > 1
                and not all(part in lex.everyday_words for part in key.split())
            )
            end = match.start() + len(clean_word(phrase))
            if (
                (capitalised and (after_prep or length > 1 or followed_by_state))
                # A season said after a preposition is the time of year: "in winter".
                or (strong_prep and (length > 1 or key not in lex.ambiguous_names | _SEASONS))
                or rare_town
                or named_town
            ):
                yield start, end, "LOCATION", 0.8
                break
            if length == 1 and unambiguous_town(text, start, last.end(), key, lex):
                # No cue: a name finder's reading of the same word ("i'm quinlan") wins.
                yield start, end, "LOCATION", 0.5
                break
