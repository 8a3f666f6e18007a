"""Names said with the role, nickname or team that places them.

- "the lawyer is eun-ji park at chirla", "the board's investigator is guy ellery": a role
  and "is", then one or two words up to a break.
- "i ran into smokey, that's what everybody calls him": a nickname said, then owned as one.
- "june from h r wants to meet": a word before "from" and a workplace department or group,
  then a verb of what the person did.

Each slot is strong, so the broad name lists count ("is_person_word(..., strong=True)");
everyday words count only where the cue owns them as a name (the nickname, the department).
Runs on spoken-normalised text; yields ``(start, end, "NAME", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import RELATIONS, STOP_WORDS, Hit
from tenor_desktop.redaction.facility_words import FACILITY_HEADS, KIND_WORDS
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.speech_names import is_person_word
from tenor_desktop.redaction.text_case import lower_same_length

_NAME_WORD = r"[a-z][a-z'-]+"
_BREAK = (
    r"(?=\s*[,.;!?]|\s*$|\s+(?:at|from|and|but|who|with|in|on|said|says|told|called|was|is"
    r"|has|had|will)\b)"
)
_ROLE_IS = re.compile(
    rf"\b(?:the|[a-z]+'s)\s+(?:{RELATIONS})\s+(?:is|was|'s)\s+({_NAME_WORD})(?:\s+({_NAME_WORD}))?"
    + _BREAK,
    re.MULTILINE,
)
_NICKNAME_OWNED = re.compile(
    rf"({_NAME_WORD}),\s+(?:that's|that\s+is|which\s+is)\s+what\s+(?:everybody|everyone|people"
    r"|they|we|folks|the\s+guys|y'all)\s+calls?\s+(?:him|her|them)\b"
)
_FROM_GROUP = re.compile(
    rf"\b({_NAME_WORD})\s+from\s+(?:h\s?r|hr|payroll|accounting|billing|the\s+front\s+desk"
    r"|the\s+office|church|group|my\s+group|work|next\s+door|upstairs|downstairs|across\s+the"
    r"\s+hall|my\s+unit|the\s+unit|my\s+class|the\s+team|my\s+team)\s+(?:wants|wanted|said"
    r"|says|told|called|texted|asked|came|keeps|kept|is|was|has|had|sent|emailed)\b"
)
# "the house manager at new dawn recovery residence, terrell, and", "a lady from proyecto
# frontera libre, ofelia zamarripa, and": a role at a place, then the person between commas.
_ROLE_AT_PLACE = re.compile(
    rf"\b(?:the|my|a|his|her|our|their)\s+(?:[a-z]+\s+)?(?:{RELATIONS}|lady|guy|woman|man"
    r"|advocate)\s+(?:at|from)\s+(?:the\s+)?((?:[a-z][a-z'-]*\s+){0,4}[a-z][a-z'-]*),\s+"
    rf"({_NAME_WORD})(?:\s+({_NAME_WORD}))?,\s"
)
_NOT_A_PLACE_NAME = (
    STOP_WORDS | KIND_WORDS | FACILITY_HEADS | frozenset("downtown uptown there here".split())
)
_OWNERS = frozenset("my his her our their your".split())
_NOT_BEFORE_FROM = frozenset(
    "someone somebody anyone anybody everyone everybody nobody people guy guys lady woman man"
    " girl boy friend friends one person folks lot letter email call text".split()
)


def find_role_names(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Names in the slots of the module docstring."""
    low = lower_same_length(text)
    if " is " in low or " was " in low or "'s " in low:
        for match in _ROLE_IS.finditer(low):
            first, second = match.group(1), match.group(2)
            if not (is_person_word(first, lex, strong=True) or _hyphenated_given(first, lex)):
                continue
            end = match.end(1)
            if second is not None and is_person_word(second, lex, strong=True):
                end = match.end(2)
            elif second is not None:
                continue
            yield match.start(1), end, "NAME", 0.6
    if " call" in low:
        for match in _NICKNAME_OWNED.finditer(low):
            if match.group(1) not in _NOT_BEFORE_FROM:
                yield match.start(1), match.end(1), "NAME", 0.65
    if ", " in low and (" at " in low or " from " in low):
        for match in _ROLE_AT_PLACE.finditer(low):
            first, second = match.group(2), match.group(3)
            if first in _NOT_BEFORE_FROM or not is_person_word(first, lex, strong=True):
                continue
            if second is not None and not is_person_word(second, lex, strong=True):
                continue
            yield match.start(2), match.end(3 if second else 2), "NAME", 0.6
            place = match.group(1).split()
            # "a guy from my stats section, brett": a group someone owns names no place.
            owned = place[0] in _OWNERS
            if len(place) > 1 and not owned and not all(w in _NOT_A_PLACE_NAME for w in place):
                yield match.start(1), match.end(1), "LOCATION", 0.6  # the place named there
    if " from " in low:
        for match in _FROM_GROUP.finditer(low):
            word = match.group(1)
            if word not in _NOT_BEFORE_FROM and (
                is_person_word(word, lex, strong=True) or word in _MONTH_NAMES
            ):
                yield match.start(1), match.end(1), "NAME", 0.6


def _hyphenated_given(word: str, lex: Lexicons) -> bool:
    """A hyphenated given name of short syllables: "eun-ji", "soo-jin", "jae-won"."""
    parts = word.split("-")
    return len(parts) == 2 and all(
        1 < len(p) <= 4 and p.isalpha() and p not in lex.everyday_words for p in parts
    )


# Months that are given names too ("june from hr"): a person in this slot.
_MONTH_NAMES = frozenset("april may june august".split())
