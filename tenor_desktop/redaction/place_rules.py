"""Places: streets, routes, facilities, towns and lexicon cities (states and countries are not PHI).

Each finder yields ``(start, end, label, confidence)``; they run on spoken-normalised text
("fourteen ten harmon street" has become "1410 harmon street").
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
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.rare_words import is_rare_word
from tenor_desktop.redaction.street_names import COMMON_STREETS
from tenor_desktop.redaction.text_case import lower_same_length
from tenor_desktop.redaction.town_regions import find_towns_before_regions
from tenor_desktop.redaction.town_rules import (
    NOT_TOWN_WORDS,
    find_lexicon_places,
    find_named_towns,
    find_rare_towns,
    find_town_sites,
    find_town_words,
    find_where_lived,
    unlisted_town,
)
from tenor_desktop.redaction.word_search import word_matches

_STREET_SUFFIX = (
    r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl"
    r"|terrace|circle|cir|parkway|pkwy|highway|hwy|trail|trl|pike|row|square|loop|alley|thruway"
    r"|expressway|turnpike|freeway|causeway|plaza)"
)
# Not a street: "a 4 hour drive", "a 20 minute walk down the road".
_STREET_WORD = (
    r"(?!(?:on|the|a|an|of|at|in|to|and|my|your|his|her|for|with|or|is|was|hours?|minutes?|mins?"
    r"|miles?|days?|weeks?|months?|years?|seconds?|blocks?|steps?|feet|foot|yards?|lane|times?)\b)"
    r"[A-Za-z][a-z'-]+"
)
# The full stop of an abbreviated suffix ("St.", "Ave.") is part of the street; after a
# whole word ("thruway.") it ends the sentence. The pattern using it ignores case.
_ABBREVIATION_DOT = (
    r"(?:(?:(?<=st)|(?<=ave)|(?<=rd)|(?<=ln)|(?<=dr)|(?<=ct)|(?<=blvd)|(?<=pl)|(?<=cir)"
    r"|(?<=pkwy)|(?<=hwy)|(?<=trl))\.)?"
)
_STREET_NUMBERED = re.compile(
    rf"\b\d{{1,6}}\s+(?:[NSEW]\.?\s+|north\s+|south\s+|east\s+|west\s+)?(?:{_STREET_WORD}\s+){{1,3}}"
    rf"{_STREET_SUFFIX}\b{_ABBREVIATION_DOT}(?:,?\s+(?:unit|apt\.?|apartment|suite|ste\.?|#)\s*[A-Za-z0-9-]+)?",
    re.IGNORECASE,
)
_STREET_NAMED = re.compile(
    r"\b(?:(?:[A-Z][a-z'-]+|\d+(?:st|nd|rd|th))\s+){1,2}(?:Street|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Court|Ct|Boulevard|Blvd|Way|Place|Terrace"
    r"|Circle|Parkway|Pkwy|Highway|Hwy|Trail|Pike|Row|Square|Loop|Alley)\b",
)
# The street words exclude the prepositions, so "grew up on maple street" is read from "on".
_STREET_LOWER = re.compile(
    r"\b(?:on|at|off|near|to|from|by|down|up|onto|past|of)\s+((?:(?!(?:on|at|off|near|to|from|by"
    r"|down|up|onto|past|of)\s)[a-z][a-z'-]+\s+|\d+(?:st|nd|rd|th)\s+){1,3}"
    r"(?:street|avenue|road|lane|drive|court|boulevard|terrace|parkway|highway|circle|crescent"
    r"|trail|pike|loop|way|place|row|alley|square|ave|blvd|rd|pkwy|hwy))\b",
)
# Suffixes that are everyday nouns too ("on my way", "at her place"): the street words
# before them must not be words that end a possessive or name a role.
_GENERIC_STREET_SUFFIXES = frozenset("way place row square loop trail circle alley".split())
_COUNTY = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,2}(?:County|Parish|Township|Borough)\b")
# Searched on the lowercased text with word_search (ten times faster than IGNORECASE and \b).
_ROUTE = re.compile(r"(?:route|highway|hwy|interstate|i-|state road|county road)\s?\d{1,3}\b")
# "my I-94 number", "an I-20 form": immigration forms, not interstates.
_FORM_AFTER = re.compile(
    r"\s+(?:number|form|record|card|document|paperwork|receipt|notice|petition|application)s?\b"
)
# "bring my I-9", "my old I-797": a form is had, a road is not.
_OWNED = re.compile(r"\b(?:my|your|his|her|our|their)\s+(?:[a-z]+\s+)?$")
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
    r"|middle|packaging|roofing|plumbing|orthopedics))\b",
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
# "on east colfax", "on northwest hoyt", "off east ninth": a directional and a street name or
# number without its suffix.
_DIRECTIONAL_STREET = re.compile(
    r"\b(?:on|off|block\s+of)\s+"
    r"((?:north|south|east|west|northwest|northeast|southwest|southeast)\s+"
    r"(?!(?:side|end|coast|bound|wing|flight|flights|airlines?|corner|part|region|area|border"
    r"|campus|quadrant)\b)(?:[a-z]{3,}|\d{1,3}(?:st|nd|rd|th)))\b",
    re.IGNORECASE,
)
# "at 55 elm, apt 3": a house number and a common street name, with the unit after them.
_NUMBERED_BARE_STREET = re.compile(
    rf"\b(\d{{1,5}}\s+(?:{'|'.join(sorted(COMMON_STREETS))}|\d{{1,2}}(?:st|nd|rd|th)))"
    r",?\s+(?:apt|apartment|unit|suite|ste|#)\b"
)
# A city after a street address: "1410 harmon street suite 200, evanston".
# Lowercase, without its \b: searched like _ROUTE.
_CITY_AFTER_ADDRESS = re.compile(
    rf"{_STREET_SUFFIX}\.?(?:,?\s+(?:suite|ste|apt|apartment|unit|#)\.?\s*\w+)?,\s+"
    r"([a-z]+(?:\s+[a-z]+)?)"
)


def find_places(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Streets, routes, facilities and lexicon cities (states and countries excluded)."""
    for match in _RESIDENCE.finditer(text):
        phrase = match.group(1)
        if phrase.lower() not in lex.not_phi_places and phrase.lower() not in NOT_NAME_WORDS:
            yield match.start(1), match.end(1), "LOCATION", 0.75
    low = lower_same_length(text)
    for match in word_matches(_CITY_AFTER_ADDRESS, low):
        for length in (2, 1):
            words = match.group(1).split()[:length]
            key = " ".join(words).lower()
            if len(words) == length and key in lex.places and key not in lex.not_phi_places:
                yield match.start(1), match.start(1) + len(" ".join(words)), "LOCATION", 0.8
                break
        else:
            # "larkin hollow road, marshfield": an unlisted town said by a proper-name word.
            town = match.group(1).split()[0]
            if unlisted_town(town, lex):
                yield match.start(1), match.start(1) + len(town), "LOCATION", 0.7
    yield from find_town_words(text)
    for pattern, confidence in (
        (_STREET_NUMBERED, 0.95),
        (_STREET_NAMED, 0.85),
        (_STREET_LOWER, 0.7),
        (_COUNTY, 0.9),
        (_FACILITY_LOWER, 0.7),
        (_SAINT, 0.75),
        (_DIRECTIONAL_STREET, 0.7),
    ):
        for match in pattern.finditer(text):
            group = 1 if pattern.groups else 0
            if group and any(w.lower() in STOP_WORDS for w in match.group(1).split()[:-1]):
                continue
            if pattern is _STREET_LOWER and not _plausible_street(match.group(1).split(), lex):
                continue
            # "the kind of urgent care place": after "of" only a street's own suffix will do.
            if (
                pattern is _STREET_LOWER
                and match.group().startswith("of")
                and match.group(1).split()[-1] in _GENERIC_STREET_SUFFIXES
            ):
                continue
            # "went to community college": kind words only, no name.
            if pattern is _FACILITY_LOWER and all(
                w in _GENERIC_FACILITY_WORDS or w in _FACILITY_KIND_WORDS
                for w in match.group(1).split()
            ):
                continue
            yield match.start(group), match.end(group), "LOCATION", confidence
    for match in word_matches(_ROUTE, low):
        owned = _OWNED.search(low, max(0, match.start() - 20), match.start())
        if owned or _FORM_AFTER.match(low, match.end()):
            continue  # "bring my I-9", "the I-9 forms": a form, not a road
        yield match.start(), match.end(), "LOCATION", 0.85
    for match in _FACILITY_LOWER_GUARDED.finditer(text):
        words = match.group(1).split()
        head = words[0]
        if head in STOP_WORDS or head in NOT_TOWN_WORDS:
            continue
        if any(
            is_rare_word(word, lex) or word in lex.surnames or word in lex.places
            for word in words[:-1]
            if word not in _GENERIC_FACILITY_WORDS
        ) or head in ("saint", "st", "mount", "mt"):
            yield match.start(1), match.end(1), "LOCATION", 0.7
    for match in _WORKPLACE_LOWER.finditer(text):
        first, second = match.group(1), match.group(2).strip()
        if first in STOP_WORDS or not is_rare_word(clean_word(first), lex):
            continue
        extends = second and (is_rare_word(second, lex) or second in _COMPANY_WORDS)
        end = match.end(2) if extends else match.end(1)
        yield match.start(1), end, "LOCATION", 0.65
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
    yield from find_lexicon_places(text, lex)
    yield from find_rare_towns(text, lex)
    yield from find_where_lived(lower_same_length(text), lex)
    yield from find_named_towns(low, lex)
    yield from find_towns_before_regions(low, lex)
    yield from find_town_sites(low, lex)
    if "apt" in low or "apartment" in low or "unit" in low or "suite" in low or "#" in low:
        for match in _NUMBERED_BARE_STREET.finditer(low):
            yield match.start(1), match.end(1), "LOCATION", 0.8


def _named_facility(words: list[str], lex: Lexicons) -> bool:
    """'Dunmore Packaging', 'Lakeview Behavioral'; not 'Couples Counseling', 'Malcolm In The
    Middle', 'Under Construction' (an everyday first word, or stop words inside)."""
    return words[0].lower() not in lex.everyday_words and not any(
        w.lower() in STOP_WORDS for w in words
    )


def _plausible_street(words: list[str], lex: Lexicons) -> bool:
    """Street words before a suffix that are not a possessive, a role or an everyday phrase."""
    names = words[:-1]
    if any(w.endswith("'s") or w in NOT_NAME_WORDS or w in _NOT_STREET_WORDS for w in names):
        return False
    if words[-1] in _GENERIC_STREET_SUFFIXES:
        # "on quince hollow way" but not "in a weird way": a rare or place-like word needed.
        return len(names) >= 2 or any(
            is_rare_word(w, lex) or w in lex.surnames or w in lex.places for w in names
        )
    return True


_NOT_STREET_WORDS = frozenset(
    "mom's dad's grandma's own weird different good bad long hard easy right wrong whole "
    "same other new old safe quiet happy dark cold warm nice big small little better worse "
    "work family hiding meeting parking waiting living dining resting supreme traffic drug "
    "divorce juvenile circuit appeals claims federal county district superior municipal "
    "housing tennis basketball food".split()
)


def is_generic_facility_word(word: str) -> bool:
    """True for words like 'First' or 'Valley' that cannot stand for a facility on their own."""
    return word.lower() in _GENERIC_FACILITY_WORDS
