"""Names and places from context words, titles, lexicons and street/facility shapes.

These rules complement spaCy NER, which misses lowercase speech ("my sister natalie") and
names that are also words ("hope"). Each finder yields ``(start, end, label, confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.lexicons import Lexicons

Hit = tuple[int, int, str, float]

ROLE_WORDS = frozenset(
    "therapist client parent partner patient counselor clinician mother father mom dad "
    "speaker interviewer doctor provider caregiver guardian child teen son daughter "
    "husband wife sibling spouse unknown".split()
)
# Function words and frequent verbs that never start a name in the positions the rules look at.
_NOT_NAME = frozenset(
    "a an the and or but if so to of in on at by for with from as is was are were be been "
    "i me my you your he him his she her it its we us our they them their this that these "
    "those who whom whose what which when where why how not no yes just also too very really "
    "said says told tells thinks thought wants wanted says asked asks gave gives got gets "
    "has had have does did do will would can could should may might must shall "
    "lives lived works worked moved moves came comes went goes called calls knows knew keeps "
    "kept found finds made makes took takes left leaves loves loved hates hated helped helps "
    "always never still already again now then here there today tonight yesterday tomorrow "
    "ok okay yeah well like about all some any every each both either one two three "
    "who's he's she's it's that's there's i'm i've i'd i'll you're we're they're "
    "used uses tried tries started starts stopped stops passed died dies".split()
)
TITLE_WORDS = frozenset(
    "dr doctor mr mrs ms miss mister officer detective professor prof judge coach pastor "
    "reverend rev sergeant sgt captain lieutenant nurse grandma grandpa aunt auntie uncle".split()
)
# Capitalised at the start of a sentence, these are far more often words than names.
_COMMON_WORD_NAMES = frozenset(
    "hope will may grace faith joy mark bill art rose sue pat rob ray jack frank guy chase grant "
    "dean drew max lance sandy rich young long black white green brown price banks rice hill "
    "stone wood cook baker page chance summer june april dawn major sky river rock".split()
)
_NAME_VERBS = (
    r"said|says|told|tells|is|was|has|had|who|got|went|came|wants|wanted|lives|lived|works|worked"
    r"|called|calls|texted|texts|moved|died|left|thinks|thought|asked|asks|emailed|drove|picked"
    r"|and|keeps|kept|never|just|always"
)
# After a name that is also a word ("will", "grant"), a past-tense person verb shows it is the
# name: "my brother will texted me", "grant came". Modal or noun readings take other forms.
_AMBIGUOUS_NAME_CONTEXT = re.compile(
    r"\s+(?:called|texted|emailed|messaged|told|asked|came|picked\s+me|drove|said|left|yelled"
    r"|screamed|cried|laughed|showed\s+up|brought|sent|gave|wanted|moved|died|passed\s+away"
    r"|kept|got\s+(?:mad|angry|upset|home|back)|went|stopped|started|hugged|invited)\b"
)
# Words that cannot be part of a street or facility name in lowercase speech.
_STOP_WORDS = _NOT_NAME | frozenset(
    "up out over down into onto off back away around through after before while because "
    "until about again once than more most other some such only own same few nor every "
    "somewhere anywhere everywhere home work school bed".split()
)
_RELATIONS = (
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
)
_TITLE = re.compile(
    r"\b(?:dr|doctor|mr|mrs|ms|miss|mister|officer|detective|professor|prof|judge|coach"
    r"|pastor|reverend|rev|father|sister|brother|nurse|sergeant|sgt|captain|lieutenant"
    r"|grandma|grandpa|granny|nana|aunt|auntie|uncle|cousin)\.?\s+(?=[A-Za-z])",
    re.IGNORECASE,
)
_RELATION = re.compile(
    rf"\b(?:my|his|her|our|their|your)\s+(?:(?:older|younger|little|big|baby|best|old|new|"
    rf"oldest|youngest|middle|twin|late|ex|charge|union|former|current|step|other)\s+)*"
    rf"(?:{_RELATIONS})s?(?:\s+and\s+(?:best\s+)?friend)?,?\s+(?=[A-Za-z])",
    re.IGNORECASE,
)
_NAMED = re.compile(
    r"\b(?:named|name\s+is|name's|called\s+(?=[A-Z])|goes\s+by|this\s+is|it's\s+me,)\s+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_HONORIFIC = re.compile(
    r"dr|doctor|mr|mrs|ms|mister|officer|detective|professor|prof|pastor|reverend|rev|nurse"
    r"|sergeant|sgt|captain|lieutenant|coach",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|my|our|your|his|her|their|this|that|every|any|no|new|other)\s+$", re.I
)
# Nouns and verbs that follow a title used as a noun without a determiner ("doctor visits").
_NOT_AFTER_HONORIFIC = frozenset(
    "appointment appointments office offices visit visits note notes bills bill orders order "
    "says thinks wants gives gave told tells asked asks wrote writes put puts recommended "
    "prescribed shopping friend friends stuff report reports practitioner assistant aide "
    "station shift shifts clinic hospital who whom about because since first second next last "
    "once twice again thing things kind sort type person people team staff".split()
)
_PLACE_PREP = re.compile(
    r"\b(?:in|from|to|near|outside|outside of|at|around|of|moved to|lives in|visit|visiting)\s+$",
    re.IGNORECASE,
)
# Before a lowercase word, "to" and "at" are too often followed by a verb or a noun.
_STRONG_PLACE_PREP = re.compile(
    r"\b(?:in|from|near|outside|outside of|around|(?:moved|move|moving|drove|drive|flew|fly|back"
    r"|went|go|going|trip|relocated|transferred|up|down|over|out)\s+to|lives in|visit"
    r"|visiting)\s+$",
    re.IGNORECASE,
)
_STREET_SUFFIX = (
    r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl"
    r"|terrace|circle|cir|parkway|pkwy|highway|hwy|trail|trl|pike|row|square|loop|alley)"
)
_STREET_WORD = (
    r"(?!(?:on|the|a|an|of|at|in|to|and|my|your|his|her|for|with|or|is|was)\b)[A-Za-z][a-z'-]+"
)
_STREET_NUMBERED = re.compile(
    rf"\b\d{{1,6}}\s+(?:[NSEW]\.?\s+|north\s+|south\s+|east\s+|west\s+)?(?:{_STREET_WORD}\s+){{1,3}}"
    rf"{_STREET_SUFFIX}\b\.?(?:,?\s+(?:unit|apt\.?|apartment|suite|ste\.?|#)\s*[A-Za-z0-9-]+)?",
    re.IGNORECASE,
)
_STREET_NAMED = re.compile(
    r"\b(?:(?:[A-Z][a-z'-]+|\d+(?:st|nd|rd|th))\s+){1,2}(?:Street|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Court|Ct|Boulevard|Blvd|Way|Place|Terrace"
    r"|Circle|Parkway|Pkwy|Highway|Hwy|Trail|Pike|Row|Square|Loop|Alley)\b",
)
_STREET_LOWER = re.compile(
    r"\b(?:on|at|off|near|to|from)\s+((?:[a-z][a-z'-]+\s+|\d+(?:st|nd|rd|th)\s+){1,2}"
    r"(?:street|avenue|road|lane|drive|court|boulevard|terrace|parkway|highway))\b",
)
_COUNTY = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,2}(?:County|Parish|Township|Borough)\b")
_ROUTE = re.compile(
    r"\b(?:route|highway|interstate|i-|state road|county road)\s?\d{1,3}\b", re.IGNORECASE
)
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
    r"|Hospice|Rehab|Recovery|Treatment Center|Correctional Center|Correctional Facility)"
)
_FACILITY = re.compile(
    rf"\b(?:(?:Saint|St\.|Mount|Mt\.)\s+)?(?:[A-Z][A-Za-z'&.-]*\s+(?:(?:of|and|the|for|&)\s+)?){{1,4}}"
    rf"{_FACILITY_SUFFIX}\b"
)
_FACILITY_LOWER = re.compile(
    r"\b(?:at|to|from|in|near)\s+((?:[a-z][a-z'-]+\s+){1,3}"
    r"(?:hospital|medical center|clinic|elementary|middle school|high school|college|university"
    r"|church|cemetery|academy|institute|correctional center|prison|cardiology|oncology"
    r"|pediatrics|dental|dentistry|orthopedics|urgent care|pharmacy|medical group|health center"
    r"|family medicine|behavioral health|counseling center|rehab|hospice|nursing home"
    r"|assisted living|elementary school|high school|middle school))\b"
)
_SAINT = re.compile(r"\b(?:Saint|St\.)\s+[A-Z][a-z]+(?:'s)?")
_GENERIC_FACILITY_WORDS = frozenset(
    "the a my our his her their this that first new old north south east west central little "
    "saint st. st mount mt. valley lake river city county state national community regional "
    "general memorial medical high middle elementary".split()
)


def _clean_word(word: str) -> str:
    return word[:-2] if word.lower().endswith("'s") else word


def _name_at(text: str, start: int, lex: Lexicons, *, strong: bool) -> Hit | None:
    """A one- or two-word name starting at ``start``; ``strong`` context accepts unknown words."""
    first = _WORD.match(text, start)
    if first is None:
        return None
    word = _clean_word(first.group())
    lower = word.lower()
    if lower.rstrip(".") in TITLE_WORDS:
        after = re.compile(r"\.?\s+").match(text, first.end())
        return _name_at(text, after.end(), lex, strong=strong) if after else None
    if lower in _NOT_NAME or lower in ROLE_WORDS or lower in lex.medications:
        return None
    known = lower in lex.first_names or lower in lex.surnames
    if not (
        word[0].isupper() or known or (strong and _looks_like_name_after(text, start + len(word)))
    ):
        return None
    end = start + len(word)
    if strong and word.islower():
        surname = re.match(r" ([a-z]+)(?=\s*,|\s+(?:" + _NAME_VERBS + r")\b)", text[end : end + 40])
        if surname is not None and surname.group(1) not in _NOT_NAME:
            return start, end + surname.end(), "NAME", 0.75
    second = re.compile(r"[ ]([A-Za-z][A-Za-z'\-]*)").match(text, end)
    if second is not None:
        candidate = _clean_word(second.group(1))
        low = candidate.lower()
        if low not in _NOT_NAME and (
            (candidate[0].isupper() and word[0].isupper() and low not in ROLE_WORDS)
            or (low in lex.surnames and word[0].islower())
        ):
            end = second.start(1) + len(candidate)
    return start, end, "NAME", 0.9 if known or word[0].isupper() else 0.75


def _looks_like_name_after(text: str, end: int) -> bool:
    """After an unknown lowercase word, a name is usually followed by punctuation or a verb."""
    word = text[:end].rsplit(None, 1)[-1].lower()
    if word.endswith(("ing", "ed", "ly")):
        return False
    # "my nephew dario." : a relation noun then a word ending the sentence.
    if re.match(r"\.(?:\s|$)", text[end : end + 2]) and re.search(
        rf"\b(?:{_RELATIONS}),?\s+\S+$", text[max(0, end - 40) : end], re.IGNORECASE
    ):
        return True
    tail = text[end : end + 40].lower()
    # A following lowercase surname ("kwame adeyemi, called") counts as part of the name.
    return bool(re.match(rf"(?:\s+[a-z]+(?=[\s,']))?(?:'s\b|\s*,|\s+(?:{_NAME_VERBS})\b)", tail))


def _honorific_name(text: str, match: re.Match[str], lex: Lexicons) -> Hit | None:
    """A lowercase surname after an honorific used as one: "doctor nakamura at the clinic".

    "the doctor said" or "my nurse gave" use the title as a noun (a determiner comes first);
    without one, the next word is the person's name unless it is a function word or verb.
    """
    if not _HONORIFIC.fullmatch(match.group().strip().rstrip(".")):
        return None
    if _DETERMINER_BEFORE.search(text[max(0, match.start() - 8) : match.start()]):
        return None
    word_match = _WORD.match(text, match.end())
    if word_match is None:
        return None
    word = _clean_word(word_match.group())
    lower = word.lower()
    if (
        len(word) < 3
        or not word.isalpha()
        or lower in _STOP_WORDS
        or lower in ROLE_WORDS
        or lower in TITLE_WORDS
        or lower in _NOT_AFTER_HONORIFIC
        or lower in lex.medications
        or lower.endswith(("ing", "ed", "ly"))
    ):
        return None
    return match.end(), match.end() + len(word), "NAME", 0.75


def find_names(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Names found from titles, relationship words, 'named X' and the given-name lexicon."""
    for pattern in (_TITLE, _RELATION, _NAMED):
        for match in pattern.finditer(text):
            hit = _name_at(text, match.end(), lex, strong=True)
            if hit is None and pattern is _TITLE:
                hit = _honorific_name(text, match, lex)
            if hit is not None:
                yield hit
    for match in _WORD.finditer(text):
        word = _clean_word(match.group())
        lower = word.lower()
        if lower not in lex.first_names or lower in lex.not_phi_places:
            continue
        if lower in _NOT_NAME and not (
            lower in lex.ambiguous_names and _AMBIGUOUS_NAME_CONTEXT.match(text, match.end())
        ):
            continue
        if lower in lex.places and _PLACE_PREP.search(
            text[max(0, match.start() - 14) : match.start()]
        ):
            continue
        if re.match(
            r"\s+(?:county|city|street|avenue|road|park|valley|heights)\b",
            text[match.end() :],
            re.I,
        ):
            continue
        ambiguous = lower in lex.ambiguous_names
        sentence_start = is_sentence_start(text, match.start())
        if word[0].isupper() and not sentence_start and not ambiguous:
            hit = _name_at(text, match.start(), lex, strong=False)
            if hit is not None:
                yield hit[0], hit[1], "NAME", 0.85
        elif word[0].isupper() and not sentence_start and ambiguous:
            yield match.start(), match.start() + len(word), "NAME", 0.7
        elif word[0].isupper() and sentence_start and not ambiguous:
            yield match.start(), match.start() + len(word), "NAME", 0.75
        elif (
            word[0].isupper()
            and lower not in _COMMON_WORD_NAMES
            and re.match(
                r"(?:'s\b|,|\s+(?:is|was|has|had|said|says|told|and|who)\b)",
                text[match.start() + len(word) :],
            )
        ):
            yield match.start(), match.start() + len(word), "NAME", 0.6
        elif word.islower() and ambiguous and _AMBIGUOUS_NAME_CONTEXT.match(text, match.end()):
            before = text[max(0, match.start() - 7) : match.start()].lower()
            if not re.search(
                r"\b(?:i|we|you|they|he|she|it|who|the|a|an|this|that|my|your|his|her|our)\s+$",
                before,
            ):
                yield match.start(), match.end(), "NAME", 0.6
        elif word.islower() and not ambiguous:
            hit = _name_at(text, match.start(), lex, strong=False)
            if hit is not None:
                yield hit[0], hit[1], "NAME", 0.7


def followed_by_past_person_verb(text: str, end: int) -> bool:
    """True when a past-tense person verb ('called', 'came', 'said') follows ``end``."""
    return _AMBIGUOUS_NAME_CONTEXT.match(text, end) is not None


def followed_by_name_verb(text: str, end: int) -> bool:
    """True when a person-like verb ('said', 'shoved', "'s") follows position ``end``."""
    return bool(re.match(rf"(?:'s\b|,|\s+(?:{_NAME_VERBS}|[a-z]+ed)\b)", text[end : end + 20]))


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
    "costco starbucks mcdonald's venmo paypal cashapp xbox playstation nintendo".split()
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
            len(word) < 3
            or lower in _COMMON_CAPITALISED
            or lower in _NOT_NAME
            or lower in _PRONOUN_LIKE
            or lower in ROLE_WORDS
            or lower in TITLE_WORDS
            or lower in lex.medications
            or lower in lex.not_phi_places
        ):
            continue
        if lower.endswith("s") and (lower[:-1] in _COMMON_CAPITALISED):
            continue
        if is_sentence_start(text, match.start()) and (
            not _INITIAL_NAME_VERB.match(text, match.end())
            # "Medication works…", "Transcription keeps…": abstract-noun endings are not names.
            or lower.endswith(_NOUN_SUFFIXES)
        ):
            continue
        label = "LOCATION" if lower in lex.places and lower not in lex.first_names else "NAME"
        yield match.start(), match.end(), label, 0.5


def is_sentence_start(text: str, index: int) -> bool:
    """True when ``index`` opens a sentence or a speaker turn."""
    before = text[max(0, index - 3) : index]
    return index == 0 or bool(re.search(r"(?:[.!?:\"]\s*|\n\s*|^\s*)$", before))


# Where someone lives or stays, capitalised: "living at Sunrise of Edina".
_RESIDENCE = re.compile(
    r"\b(?:living|lives|live|staying|stays|stayed|admitted|discharged|moved|works|working|worked)"
    r"\s+(?:at|in|into|to|from)\s+((?:[A-Z][\w'&-]*\s+(?:(?:of|on|the|at)\s+)?){0,3}[A-Z][\w'&-]*)"
)
# "on east colfax": a directional and a street name without its suffix.
_DIRECTIONAL_STREET = re.compile(
    r"\b(?:on|off)\s+((?:north|south|east|west)\s+(?!side\b|end\b|coast\b|bound\b|wing\b)"
    r"[a-z]{3,})\b",
    re.IGNORECASE,
)
# A city after a street address: "1410 harmon street suite 200, evanston".
_CITY_AFTER_ADDRESS = re.compile(
    rf"\b{_STREET_SUFFIX}\.?(?:,?\s+(?:suite|ste|apt|apartment|unit|#)\.?\s*\w+)?,\s+"
    r"([A-Za-z]+(?:\s+[A-Za-z]+)?)",
    re.IGNORECASE,
)
# Lowercase town words after a place preposition: "up to traverse city", "in cedar falls".
_TOWN_LOWER = re.compile(
    r"\b(?:in|from|to|near|outside)\s+((?:[a-z][a-z'-]+\s+){1,2}"
    r"(?:city|county|township|springs|falls|heights|beach|village|hills))\b"
)
_NOT_TOWN_WORDS = frozenset("big inner small same whole entire next other new old home".split())


def find_places(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Streets, routes, facilities and lexicon cities (states and countries excluded)."""
    for match in _RESIDENCE.finditer(text):
        phrase = match.group(1)
        if phrase.lower() not in lex.not_phi_places and phrase.lower() not in _NOT_NAME:
            yield match.start(1), match.end(1), "LOCATION", 0.75
    for match in _CITY_AFTER_ADDRESS.finditer(text):
        for length in (2, 1):
            words = match.group(1).split()[:length]
            key = " ".join(words).lower()
            if len(words) == length and key in lex.places and key not in lex.not_phi_places:
                yield match.start(1), match.start(1) + len(" ".join(words)), "LOCATION", 0.8
                break
    for match in _TOWN_LOWER.finditer(text):
        words = match.group(1).split()
        if not any(w in _STOP_WORDS or w in _NOT_TOWN_WORDS for w in words[:-1]):
            yield match.start(1), match.end(1), "LOCATION", 0.7
    for pattern, confidence in (
        (_STREET_NUMBERED, 0.95),
        (_STREET_NAMED, 0.85),
        (_STREET_LOWER, 0.7),
        (_ROUTE, 0.85),
        (_COUNTY, 0.9),
        (_FACILITY_LOWER, 0.7),
        (_SAINT, 0.75),
        (_DIRECTIONAL_STREET, 0.7),
    ):
        for match in pattern.finditer(text):
            group = 1 if pattern.groups else 0
            if group and any(w.lower() in _STOP_WORDS for w in match.group(1).split()[:-1]):
                continue
            yield match.start(group), match.end(group), "LOCATION", confidence
    for match in _FACILITY.finditer(text):
        start = match.start()
        words = match.group().split()
        # Drop a leading sentence-initial or generic word ("The", "Our") from the facility.
        while words and words[0].lower() in ("the", "a", "an", "my", "our", "at", "and", "in"):
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) >= 2:
            yield start, match.end(), "LOCATION", 0.85
    yield from _find_lexicon_places(text, lex)


def _find_lexicon_places(text: str, lex: Lexicons) -> Iterator[Hit]:
    words = list(_WORD.finditer(text))
    for index, match in enumerate(words):
        if _clean_word(match.group()).lower() not in lex.place_heads:
            continue
        for length in (3, 2, 1):
            if index + length > len(words):
                continue
            last = words[index + length - 1]
            phrase = text[match.start() : last.end()]
            key = _clean_word(phrase).lower()
            if key not in lex.places or key in lex.not_phi_places or key in _NOT_NAME:
                continue
            capitalised = all(part[0].isupper() for part in phrase.split())
            before = text[max(0, match.start() - 20) : match.start()]
            after_prep = bool(_PLACE_PREP.search(before))
            strong_prep = bool(_STRONG_PLACE_PREP.search(before))
            followed_by_state = bool(re.match(r",\s+[A-Z]{2}\b", text[last.end() : last.end() + 5]))
            if (capitalised and (after_prep or length > 1 or followed_by_state)) or (
                strong_prep and (length > 1 or key not in lex.ambiguous_names)
            ):
                yield match.start(), match.start() + len(_clean_word(phrase)), "LOCATION", 0.8
                break


def is_generic_facility_word(word: str) -> bool:
    """True for words like 'First' or 'Valley' that cannot stand for a facility on their own."""
    return word.lower() in _GENERIC_FACILITY_WORDS
