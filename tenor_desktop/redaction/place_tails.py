"""What a facility's name takes after it: "of <place>" and "on <street>".

Dev marks "First Methodist on Clark Street" and "Kroger on Ridgeway Avenue" as one place, and a
span must cover most of what was said. So a found facility (its span ends in a facility word)
takes in "of Minnesota" / "of america" ("Korean Presbyterian Church of Minnesota", "the
islamic center of america") and "on filbert" / "on Havana" (a street said by its bare name:
one word that is no everyday word, or capitalised). Initials before "on" and a found street
("the VFW on Gum Branch Road") are the facility's name, and join it.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import KIN_WORDS, TITLE_WORDS

_FACILITY_END = re.compile(
    r"(?:church|center|centre|institute|university|college|hospital|temple|synagogue|mosque"
    r"|masjid|cathedral|school|academy|museum|ministries|fellowship|assembly|tabernacle|clinic"
    r"|shelter|mission|library|courthouse|jail|prison|station|society|association|league"
    r"|club|lodge|legion)$",
    re.IGNORECASE,
)
_OF_PLACE = re.compile(
    r"\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[a-z]+(?:\s+[a-z]+)?)\b(?!['-])"
)
_ON_STREET = re.compile(
    r"\s+on\s+([A-Za-z][a-z]+)\b(?=\s*[.,;!?]|\s*$|\s+(?:and|but|in|by|near|where|since|for"
    r"|on|at|with|every|when|if|so)\b)",
    re.MULTILINE,
)
_INITIALS_ON = re.compile(r"(?<![\w'-])([A-Z]{2,5})\s+on\s+$")
_STREET_SUFFIX_AFTER = re.compile(
    r"\s+(?:street|st\.?|avenue|ave\.?|road|rd\.?|drive|boulevard|blvd\.?|lane|parkway|highway"
    r"|loop|thruway|expressway|turnpike|freeway|causeway|pike|terrace)\b(?!['-])",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r",?\s+(?:unit|apt\.?|apartment|suite|ste\.?|number|#)\s*"
    r"(\d{1,5}[a-z]?\b|[a-z]+(?:[\s-][a-z]+){0,3}?)(?=\s*[.,;!?]|\s*$|\s+(?:and|in|on|but|so)\b)",
    re.IGNORECASE | re.MULTILINE,
)
_NUMBER_WORDS = frozenset(
    "zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy"
    " eighty ninety hundred a b c d e f".split()
)
_CAPITAL_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?!['-]\w)")
_CAPITAL_BEFORE = re.compile(r"(?<![\w'-])([A-Z][a-z]+) $")
# A capital "The" before a run mid-sentence ("outside The Rusty Anchor") opens its name.
_CAPITAL_THE = re.compile(r"\b(?:at|outside|inside|near|behind|from|to|by|in)\s+(The) $")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s*|\n\s*)$")
_NOT_IN_RUN = (
    frozenset(
        "i and but or the a an in on at of to for from with by so then and if when as is was"
        " are were dr mr mrs ms miss doctor grandma grandpa nana granny mama papa mom dad aunt"
        " uncle auntie cousin sister brother father mother pastor coach officer judge saint"
        " monday tuesday wednesday thursday friday saturday sunday january february march april"
        " may june july august september october november december christmas easter professor"
        " reverend rabbi imam sheriff deputy senator governor president principal".split()
    )
    | KIN_WORDS
    | TITLE_WORDS
)
# Words said after "on" that name no street ("on weekends", "on duty", "on sale").
NOT_STREET = frozenset(
    "it me him her them us time fire call duty board track site campus weekends weekdays"
    " sundays mondays tuesdays wednesdays thursdays fridays saturdays purpose probation parole"
    " medication meds staff shift break leave hold foot top sunday monday tuesday wednesday"
    " thursday friday saturday january february march april may june july august september"
    " october november december christmas easter thanksgiving halloween weekend weekends"
    " holidays today tonight tomorrow yesterday sale break shift shifts lunch purpose"
    " clearance layaway".split()
)


def tail_after_facility(text: str, start: int, end: int, limit: int, lex: Lexicons) -> int:
    """The end of a facility's name once "of <place>" or "on <street>" is taken in."""
    if _FACILITY_END.search(text, start, end) is None:
        return end
    of_place = _OF_PLACE.match(text, end, limit)
    if of_place is not None:
        words = of_place.group(1)
        if _place_words(words, lex):
            return of_place.end()
        first = words.split()[0]
        if first != words and _place_words(first, lex):
            return of_place.start(1) + len(first)
    on_street = _ON_STREET.match(text, end, limit)
    if on_street is not None:
        word = on_street.group(1)
        low = word.lower()
        if low not in NOT_STREET and (word[0].isupper() or low not in lex.everyday_words):
            return on_street.end()
    return end


def street_suffix_end(text: str, end: int, limit: int) -> int | None:
    """End of a street suffix right after ``end`` ("north acadian" + " thruway"), or None."""
    match = _STREET_SUFFIX_AFTER.match(text, end, limit)
    return match.end() if match is not None else None


def unit_end(text: str, end: int, limit: int) -> int:
    """The end of ", unit four fourteen" / " apt 3b" after an address, or ``end``."""
    match = _UNIT_AFTER.match(text, end, limit)
    if match is None:
        return end
    number = match.group(1).lower().replace("-", " ").split()
    if number[0][:1].isdigit() or all(w in _NUMBER_WORDS for w in number):
        return match.end()
    return end


def capital_run(text: str, start: int, end: int, floor: int, limit: int) -> tuple[int, int]:
    """A found name widened to the capitalised words said with it, mid-sentence: "Boba" of
    "at Boba Guys", "Moon" of "at Blue Moon", "The" of "outside The Rusty Anchor". A word that
    opens a sentence or turn, a title or kin word and "I" stay out ("Yesterday Maria",
    "Grandma Rosa")."""
    while True:
        after = _CAPITAL_AFTER.match(text, end, limit)
        if after is None or after.group(1).lower() in _NOT_IN_RUN:
            break
        end = after.end()
    while True:
        before = _CAPITAL_BEFORE.search(text, max(floor, start - 24), start)
        if before is None or before.group(1).lower() in _NOT_IN_RUN:
            break
        if _SENTENCE_START.search(text, max(0, before.start(1) - 12), before.start(1)):
            break
        start = before.start(1)
    article = _CAPITAL_THE.search(text, max(floor, start - 16), start)
    if article is not None:
        start = article.start(1)  # "outside The Rusty Anchor": "The" is the name's own
    return start, end


def initials_before(text: str, start: int, floor: int) -> int:
    """Where "VFW on " before a found street starts, or ``start`` when there is none."""
    match = _INITIALS_ON.search(text, max(floor, start - 12), start)
    return match.start(1) if match is not None else start


def _place_words(words: str, lex: Lexicons) -> bool:
    """A capitalised name, or a lowercase one listed as a place ("america", "minnesota")."""
    low = words.lower()
    return words[0].isupper() or low in lex.not_phi_places or low in lex.places or low == "america"
