"""Facilities and workplaces: a capitalised name before a facility head ("Dunmore
Packaging"), a lowercase one after a place preposition ("at mercy hospital"), a saint's name, a
guarded generic head after a proper-name word ("the lakeside community center"), where someone
lives or works ("living at Sunrise of Edina") and a lowercase employer ("nights at medtronic").

Split from :mod:`place_rules`, which runs these finders with the others. Each yields
``(start, end, "LOCATION", confidence)`` on spoken-normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import (
    NOT_NAME_WORDS,
    STOP_WORDS,
    Hit,
    clean_word,
)
from tenor_desktop.redaction.facility_words import KIND_WORDS
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.rare_words import is_rare_word
from tenor_desktop.redaction.town_rules import NOT_TOWN_WORDS

_FACILITY_SUFFIX = (
    r"(?:Hospital|Medical Center|Health Center|Center|Centre|Clinic|Elementary|Middle School"
    r"|High School|School|Academy|College|University|Institute|Church|Chapel|Assembly|Cemetery"
    r"|Inn|Hotel|Motel|Tavern|Bar|Pub|Grill|Diner|Cafe|Café|Fitness|Gym|Dental|Partners|Group"
    r"|Solutions|Regional|Memorial|Prison|Penitentiary|Jail|Assisted Living|Nursing Home|Mall"
    r"|Plaza|Library|Supply|Fabrication|Manufacturing|Foods|Poultry|Farms?|Industries"
    r"|Corporation|Corp|Inc|LLC|Company|Sport|Sports|Health|Pharmacy|Bank|Credit Union"
    r"|Market|Restaurant|Bakery|Salon|Apartments|Towers|Shelter|Mission|Ministries|Temple"
    r"|Mosque|Synagogue|Parish|Daycare|Preschool|Services|Associates|Logistics|Freight"
    r"|Motors|Warehouse|Plant|Mill|Works|Hall|Stadium|Arena|Park|Lodge|Resort|Club|Studio"
    r"|Hospice|Rehab|Recovery|Treatment Center|Correctional Center|Correctional Facility"
    # Heads that are everyday phrases too ("Couples Counseling", "Under Construction"): see
    # _NAMED_ONLY_HEADS.
    r"|Correctional|Packaging|Packing|Building|Counseling|Counselling|Behavioral|Orthopedics"
    r"|Pediatrics|Dermatology|Cardiology|Oncology|Chiropractic|Physical Therapy|Urgent Care"
    r"|Roofing|Plumbing|Construction|Electric|Landscaping|Automotive|Auto Body|Collision"
    r"|Trucking|Transport|Transportation|Distribution|Staffing|Realty|Properties|Law Firm"
    r"|Law Office|Consulting|Technologies|Labs|Laboratories|Processing|Nursery|Cleaners"
    r"|Middle|Gardens|Manor|Estates|Medical|Veterinary|Animal Hospital|Montessori|Seminary)"
)
_NAMED_ONLY_HEADS = frozenset(
    "correctional packaging packing building counseling counselling behavioral orthopedics "
    "pediatrics dermatology cardiology oncology chiropractic therapy care roofing plumbing "
    "construction electric landscaping automotive body collision trucking transport "
    "transportation distribution staffing realty properties firm office consulting "
    "technologies labs laboratories processing nursery cleaners middle gardens manor estates "
    "medical veterinary montessori seminary".split()
)
_FACILITY = re.compile(
    rf"\b(?:(?:Saint|St\.|Mount|Mt\.)\s+)?(?:[A-Z][A-Za-z'&.-]*\s+(?:(?:of|and|the|for|&)\s+)?){{1,4}}"
    rf"{_FACILITY_SUFFIX}\b"
)
_FACILITY_LOWER = re.compile(
    r"\b(?:at|to|from|in|near|of)\s+((?:[a-z][a-z'-]+\s+){1,3}"
    r"(?:hospital|medical center|clinic|elementary|middle school|high school|college|university"
    r"|church|cemetery|academy|institute|correctional center|prison|cardiology|oncology"
    r"|pediatrics|dental|dentistry|orthopedics|urgent care|pharmacy|medical group|health center"
    r"|family medicine|behavioral health|counseling center|rehab|hospice|nursing home"
    r"|assisted living|elementary school|high school|middle school))\b"
)
# Facility heads too generic to stand alone ("the community center", "the high school
# gym"): the phrase needs a proper-name word before them (rare, a surname, a place).
_FACILITY_LOWER_GUARDED = re.compile(
    r"(?:\b(?:at|to|from|in|near|of|into|outside|by|behind|past|across\s+from|next\s+to|or|and"
    r"|outside\s+of|is|was|called|named|attends|attend|goes\s+to)\s+|^[^\n:]{0,20}:\s+)"
    r"(?:the\s+)?((?!(?:at|to|from|in|into|near|the)\s)(?:[a-z][a-z'-]+\s+){1,3}"
    r"(?:center|centre|recovery center|treatment center|family center|wellness center"
    r"|community center|correctional facility|detention center|facility|precinct"
    r"|police station|high|health|medical|senior living|elementary|cemetery|hospital|clinic"
    r"|church|middle school|high school|academy|institute|college|university|ymca|library"
    r"|rehab|shelter|nursing home|assisted living|memory care|apartments|manor|towers|estates"
    r"|commons|homes|lodge|inn|motel|hotel|mall|plaza|market|gym|park|station|garden|gardens"
    r"|courthouse|recovery center|elementary|elementary school|plant|mill|factory|refinery"
    r"|warehouse|distribution center|building|counseling|behavioral|behavioral health|correctional"
    r"|middle|packaging|roofing|plumbing|orthopedics"
    # A Navajo chapter's meeting house, a residential program's cottage: "by the becenti
    # chapter house", "the phone in magnolia cottage".
    r"|chapter house|cottage))\b",
    re.MULTILINE,
)
# A lowercase employer or workplace: "i work nights at medtronic", "an interview at zellweger".
_WORKPLACE_LOWER = re.compile(
    r"\b(?:work|works|worked|working|job|jobs|hired|interview|interviewed|employed|shift|shifts"
    r"|nights|days|manager|boss)\s+(?:at|for)\s+(?:the\s+)?([a-z][a-z'&-]{2,})"
    r"((?:\s+[a-z][a-z'&-]{2,})?)"
)
_COMPANY_WORDS = frozenset(
    "logistics solutions group health foods industries motors bank insurance partners systems "
    "manufacturing construction electric energy pharmacy dental medical labs technologies "
    "tech software consulting services freight trucking realty hospital clinic packaging "
    "roofing plumbing counseling behavioral orthopedics landscaping auto automotive staffing "
    "building correctional".split()
)
# "Saint Vincent's", "St. Jude", and spoken lowercase "saint vincent's" (never "St." alone).
_SAINT = re.compile(
    r"(?:\b(?:Saint|St\.)\s+[A-Z][a-z]+(?:'s)?|\bsaint\s+[a-z]{3,}(?:'s)?|\bst\.?\s+[a-z]{3,}'s)"
    # A saint's feast is a day, not a place: "on st. patrick's day".
    r"(?!\s+[Dd]ay\b)"
)
_FACILITY_KIND_WORDS = frozenset(
    "hospital medical center clinic elementary middle high school college university church "
    "cemetery academy institute correctional prison dental dentistry urgent care pharmacy group "
    "health family medicine behavioral counseling rehab hospice nursing home assisted living "
    "junior technical vocational catholic christian private public charter law nursing grad "
    "walk-in free veterans children's".split()
)
_GENERIC_FACILITY_WORDS = frozenset(
    "the a my our his her their this that first new old north south east west central little "
    "saint st. st mount mt. valley lake river city county state national community regional "
    "general memorial medical high middle elementary".split()
)

# Where someone lives or stays, capitalised: "living at Sunrise of Edina".
_RESIDENCE = re.compile(
    r"\b(?:living|lives|live|staying|stays|stayed|admitted|discharged|moved|works|working|worked)"
    r"\s+(?:at|in|into|to|from)\s+((?:[A-Z][\w'&-]*\s+(?:(?:of|on|the|at)\s+)?){0,3}[A-Z][\w'&-]*)"
)


def find_residences(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Where someone lives, stays or works, capitalised: "living at Sunrise of Edina"."""
    for match in _RESIDENCE.finditer(text):
        phrase = match.group(1)
        if phrase.lower() not in lex.not_phi_places and phrase.lower() not in NOT_NAME_WORDS:
            yield match.start(1), match.end(1), "LOCATION", 0.75


def find_lowercase_facilities(text: str) -> Iterator[Hit]:
    """Lowercase facilities after a place preposition, and saints' names."""
    for match in _FACILITY_LOWER.finditer(text):
        words = match.group(1).split()
        if any(w.lower() in STOP_WORDS for w in words[:-1]):
            continue
        # "went to community college": kind words only, no name.
        if all(w in _GENERIC_FACILITY_WORDS or w in _FACILITY_KIND_WORDS for w in words):
            continue
        yield match.start(1), match.end(1), "LOCATION", 0.7
    for match in _SAINT.finditer(text):
        yield match.start(), match.end(), "LOCATION", 0.75


# A preposition inside the words before a facility head ends the name ("of" may stay in one:
# "our lady of the lake hospital").
_INNER_PREPOSITIONS = frozenset(
    "from at to in into near with by for before after through during about without".split()
)


def find_guarded_facilities(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Generic facility heads after a proper-name word: "the lakeside community center"."""
    for match in _FACILITY_LOWER_GUARDED.finditer(text):
        words = match.group(1).split()
        head = words[0]
        if head in STOP_WORDS or head in NOT_TOWN_WORDS:
            continue
        if any(word in _INNER_PREPOSITIONS for word in words[1:-1]):
            continue  # "kyle from the gym": a person and where he is from, no facility's name
        if any(
            is_rare_word(word, lex) or word in lex.surnames or word in lex.places
            for word in words[:-1]
            # A word of kind names no facility, rare as it is ("the perinatal clinic").
            if word not in _GENERIC_FACILITY_WORDS and word not in KIND_WORDS
        ) or head in ("saint", "st", "mount", "mt"):
            yield match.start(1), match.end(1), "LOCATION", 0.7


def find_workplaces(text: str, lex: Lexicons) -> Iterator[Hit]:
    """A lowercase employer after a work word: "i work nights at medtronic"."""
    for match in _WORKPLACE_LOWER.finditer(text):
        first, second = match.group(1), match.group(2).strip()
        if first in STOP_WORDS or not is_rare_word(clean_word(first), lex):
            continue
        extends = second and (is_rare_word(second, lex) or second in _COMPANY_WORDS)
        end = match.end(2) if extends else match.end(1)
        yield match.start(1), end, "LOCATION", 0.65


def find_capitalised_facilities(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Capitalised names before a facility head: "Dunmore Packaging", "Mercy Hospital"."""
    for match in _FACILITY.finditer(text):
        start = match.start()
        words = match.group().split()
        # Drop a leading sentence-initial or generic word ("The", "Our") from the facility.
        while words and words[0].lower() in ("the", "a", "an", "my", "our", "at", "and", "in"):
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) >= 2 and (
            words[-1].lower() not in _NAMED_ONLY_HEADS or _named_facility(words, lex)
        ):
            yield start, match.end(), "LOCATION", 0.85


def _named_facility(words: list[str], lex: Lexicons) -> bool:
    """'Dunmore Packaging', 'Lakeview Behavioral'; not 'Couples Counseling', 'Malcolm In The
    Middle', 'Under Construction' (an everyday first word, or stop words inside)."""
    return words[0].lower() not in lex.everyday_words and not any(
        w.lower() in STOP_WORDS for w in words
    )


def is_generic_facility_word(word: str) -> bool:
    """True for words like 'First' or 'Valley' that cannot stand for a facility on their own."""
    return word.lower() in _GENERIC_FACILITY_WORDS
