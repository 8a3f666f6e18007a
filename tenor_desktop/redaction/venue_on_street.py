"""A venue named before the street it is on: "i work at suds city laundry on knickerbocker
avenue", "take-homes from nhs on girard avenue", "made me go to the medexpress on fifth avenue".

The street is found by its suffix; the words before " on " are a venue's name when they follow
a place preposition ("at", "from") and read as a name: without an article a bare run of two
or more words that are no stop, time or kind words ("at suds city laundry"; English says "at
work", "at home"), or one word no one uses as everyday English ("from nhs"); after "the" a word
that is not everyday English and no kind of place ("the medexpress"; not "the bodega", "the
house", "the corner"). A possessive, "a" or "my" before it makes it a kind ("at my cousin's
place on elm street"). Chains on a street are :mod:`place_extents`' (``_BRAND_BEFORE``).

:func:`street_end` takes the other side: a street said without its suffix after a found place
("heartwood coffee on division", "lotus nails on westheimer", "the blue heron on st claude"):
one word that is not everyday English or is a common street name ("main", "cedar"), then a
pause or a small word ("in chicago on business", "at the park on sunday" stay).

Works on the original text (any case).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.facility_words import FACILITY_HEADS, KIND_WORDS
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import NATIONALITIES, NOT_NAME_WORDS, STOP_WORDS
from tenor_desktop.redaction.street_names import COMMON_STREETS

Hit = tuple[int, int, str, float]

_VENUE_ON = re.compile(
    r"(?<![\w'-])(at|from|to|by|near|outside|behind)\s+(the\s+)?((?:[a-z][\w'-]*\s+){1,4}?)on\s+$",
    re.IGNORECASE,
)
_STREET_END = re.compile(
    r"\s(?:avenue|ave|street|st|road|rd|boulevard|blvd|drive|lane|parkway|highway|pike)\.?$",
    re.IGNORECASE,
)
# Words of time, manner and everyday errands that sit between a preposition and "on".
_NOT_IN_NAME = STOP_WORDS | frozenset(
    "today tonight yesterday now then night morning afternoon evening noon lunch dinner"
    " breakfast class practice church mass court work home school bed last first this next"
    " bodega laundromat corner light lights house apartment place stop party parties store"
    " shop station spot building lot block intersection"
    " monday tuesday wednesday thursday friday saturday sunday weekends weekdays mondays"
    " tuesdays wednesdays thursdays fridays saturdays sundays january february march april may"
    " june july august september october november december christmas thanksgiving easter"
    " medicaid medicare probation parole disability unemployment welfare suboxone methadone"
    " vacation business duty call break shift courthouse office lounge".split()
)


# Kind words a venue's own name may end in ("the delta chi house on college avenue").
_NAMED_KINDS = frozenset("house apartment apartments building place station".split())


def venue_start(text: str, start: int, end: int, floor: int, lex: Lexicons) -> int:
    """Where the venue's name before the street ``text[start:end]`` starts, or ``start``."""
    if text[max(0, start - 4) : start].lower() != " on " or not _STREET_END.search(
        text, start, end
    ):
        return start
    match = _VENUE_ON.search(text, max(floor, start - 60), start)
    if match is None:
        return start
    article = match.group(2) is not None
    if match.group(1).lower() == "to" and not article:
        return start  # "to get coffee on main street": an infinitive, not a place
    words = match.group(3).lower().split()
    if len(words) > 1 and words[-1] in _NAMED_KINDS:
        # "the lambda chi house", "the Delta Chi house": named by the words before the kind,
        # when one is no everyday word or all are capitalised mid-sentence.
        capitalised = all(w[:1].isupper() for w in match.group(3).split()[:-1])
        words = words[:-1]
        if not article or any(
            w in _NOT_IN_NAME or w in NOT_NAME_WORDS or w in NATIONALITIES for w in words
        ):
            return start  # "the Thai place on Burnet Road": a kind of place
        rare = any(w not in lex.everyday_words and w not in lex.common_words for w in words)
        return match.start(3) if capitalised or rare else start
    if any(w in _NOT_IN_NAME or w in NOT_NAME_WORDS or w.endswith("'s") for w in words):
        return start
    unusual = [w for w in words if w not in lex.everyday_words]
    if article:
        named = any(
            w not in FACILITY_HEADS and w not in KIND_WORDS and w not in lex.common_words
            for w in unusual
        )
    else:
        named = len(words) > 1 or bool(unusual)
    return match.start(3) if named else start


_BARE_STREET = re.compile(
    r" on ((?:st\.? |saint )?[a-z][a-z'-]{2,})(?=[.,;!?]|$|\s+([a-z']+))", re.IGNORECASE
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty".split()
)


def street_end(text: str, end: int, limit: int, lex: Lexicons) -> int:
    """The end of a street said bare after the place ending at ``end``, or ``end``."""
    match = _BARE_STREET.match(text, end, limit)
    if match is None:
        return end
    street = match.group(1).lower()
    after = (match.group(2) or "").lower()
    if after and after not in STOP_WORDS and after not in _NUMBER_WORDS:
        return end  # "on spring break", "on state assistance"
    word = street.split()[-1]
    saint = " " in street
    if (
        word in STOP_WORDS
        or word in _NOT_IN_NAME
        or word in NOT_NAME_WORDS
        or word in lex.medications
    ):
        return end
    if (
        saint
        or word in COMMON_STREETS
        or (word not in lex.everyday_words and word not in lex.common_words)
    ):
        return match.end(1)
    return end


# "we met at hollis and vine, the bar on cortland street", "qualcomm, the campus on morehouse
# drive": a name said, then what kind of place it is and where.
_DESCRIBED_VENUE = re.compile(
    r"(?:\b(?:at|from|for|to)\s+|(?:^|\n)[^\n:]{0,20}:\s+)"
    r"((?:[a-z][a-z'&-]*\s+){0,3}[a-z][a-z'&-]*),\s+the\s+(?:[a-z]+\s+)?"
    r"(?:bar|pub|restaurant|diner|club|campus|clinic|shelter|church|salon|shop|store|gym|cafe"
    r"|hotel|motel|plant|warehouse|factory|daycare|bakery|lounge|tavern|brewery|casino"
    r"|dealership|garage)\s+(?:on|in|near|by|off|downtown|across|over)\b"
)


def find_described_venues(low: str) -> Iterator[Hit]:
    """Venues named, then described as a kind of place somewhere (``low`` lowercased)."""
    if ", the " not in low:
        return
    for match in _DESCRIBED_VENUE.finditer(low):
        words = match.group(1).split()
        if any(w in STOP_WORDS or w in NOT_NAME_WORDS or w in _NOT_IN_NAME for w in words):
            if not (len(words) == 3 and words[1] in ("and", "&")):
                continue  # "hollis and vine" keeps its "and"
            if words[0] in STOP_WORDS or words[2] in STOP_WORDS:
                continue
        if all(w in KIND_WORDS or w in FACILITY_HEADS for w in words):
            continue  # "at work, the ...", "the diner, the bar on ..."
        yield match.start(1), match.end(1), "LOCATION", 0.6


# A venue said before the street it is on, where neither is found by itself: "at the blue
# heron on st claude", "i leave valley auto care on blackstone at five", "at the banner clinic
# on thomas road", "my parents' store, Hanmi Mart on Western". Opened by a place preposition
# or a leaving verb with "the", or by a comma; the street is a saint's name, words before a
# street suffix, a word no one uses as everyday English, or a capitalised word mid-sentence.
_PAIR = re.compile(
    r"(?:\b(?:at|from|to|near|by|leave|leaving|left|outside)\s+(?:the\s+)?|,\s+)"
    r"((?:[a-z][\w'&-]*\s+){0,3}?[a-z][\w'&-]*)\s+on\s+"
    r"((?:st\.?|saint)\s+[a-z]+|(?:[a-z][a-z'-]*\s+){0,3}?"
    r"(?:avenue|ave|street|road|rd|boulevard|blvd|drive|lane|parkway|highway|pike|bypass"
    r"|concourse|expressway|turnpike)\b|[a-z][a-z'-]{3,})"
    r"(?=\s*(?:[.,;!?]|$)|\s+\d|\s+(?:and|but|so|in|at|for|every|now|is|was"
    r"|does|did|has|where|which|because|since|right|downtown)\b)",
    re.IGNORECASE | re.MULTILINE,
)
_SUFFIXED = re.compile(
    r"\s(?:avenue|ave|street|road|rd|boulevard|blvd|drive|lane|parkway|highway|pike|bypass"
    r"|concourse|expressway|turnpike)$"
)


def find_venues_on_bare_streets(text: str, low: str, lex: Lexicons) -> Iterator[Hit]:
    """Venues on streets (see ``_PAIR``): the venue and street as one place when the venue's
    words name it ("the blue heron on st claude"), the street alone when they end in a kind
    of place ("the clinic on bertha parker bypass", "the thai place on burnet road")."""
    if " on " not in low:
        return
    for match in _PAIR.finditer(low):
        if "   " in match.group(0):
            # A blank run is an identifier found before (the output re-check blanks it): "at the
            # bar on [LOCATION 1] bartending" puts no street after "on".
            continue
        street = match.group(2)
        street_words = street.split()
        if not _street(text, match.start(2), street_words, lex):
            continue
        venue = match.group(1).split()
        if any(w in STOP_WORDS or w.endswith("'s") for w in venue):
            continue  # "sell them on instagram": "on" belongs to a verb
        # A kind of place, maybe described ("the store", "the thai place", "the juvenile
        # courthouse"), names none: the street alone is the identifier.
        kind = _kind_word(venue[-1])
        named = not kind and (len(venue) > 1 or venue[0] not in lex.everyday_words)
        if kind and _bare_name(low, match.start(1), venue):
            named = True  # "at legacy community health on westheimer": no article, a name
        yield (match.start(1) if named else match.start(2)), match.end(2), "LOCATION", 0.6


def _bare_name(low: str, start: int, venue: list[str]) -> bool:
    """Words ending in a facility's head after a place preposition with no article: English
    says "at the clinic", so "at legacy community health", "leave valley auto care" name one;
    an institution said bare ("at juvenile court", "from church") does not."""
    opener = low[max(0, start - 8) : start]
    return (
        len(venue) > 1
        and re.search(r"\b(?:at|from|leave|leaving|left)\s+$", opener) is not None
        and venue[-1] not in _NOT_IN_NAME
        and venue[-1] in FACILITY_HEADS
        and not _kind_word(venue[0])
        and venue[0] not in STOP_WORDS
    )


def _kind_word(word: str) -> bool:
    return (
        word in _NOT_IN_NAME
        or word in NOT_NAME_WORDS
        or word in KIND_WORDS
        or word in FACILITY_HEADS
    )


def _street(text: str, start: int, words: list[str], lex: Lexicons) -> bool:
    """Whether ``words`` (at ``start``) name a street said after " on "."""
    last = words[-1]
    if text[start - 1 : start] == "[" or text[start : start + 2].isupper():
        return False  # a placeholder of the redacted output ("on [LOCATION 1]") re-checked
    if any(w in STOP_WORDS or w in _NOT_IN_NAME or w in NOT_NAME_WORDS for w in words):
        return False
    if words[0] in ("st", "st.", "saint"):
        return True
    if _SUFFIXED.search(" " + " ".join(words)):
        return len(words) > 1
    if last in lex.medications or last in lex.not_phi_names:
        return False
    if text[start : start + 1].isupper() and start > 0 and text[start - 2 : start] != ". ":
        return True  # "Hanmi Mart on Western": a capital mid-sentence
    return last not in lex.everyday_words and last not in lex.common_words
