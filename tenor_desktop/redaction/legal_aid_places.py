"""A legal aid or advocacy group named lowercase after the person who helps there: "the
attorney at alief legal aid will look at it", "a lawyer from make the road in bushwick", "the
advocate at red river safe harbor said i could".

Speech recognition writes these groups lowercase, and their names are everyday words ("inland
fair housing", "make the road"), so no rarity test finds them. What marks them is the slot: a
lawyer, attorney, advocate, caseworker or paralegal, with a determiner ("my", "the", "a"), then
"at" or "from" and, with no article, a run of two to five words that ends the phrase (at
punctuation, a verb that goes on, "in"/"on" before a town or street). English says "at the"
or "at a" before a place that has no name ("a lawyer at the community center").

A run of kinds only ("social services", "legal aid", "family court") names an agency anyone
has, not one place, and is left alone; so are times and courts ("at that point", "at court").

Runs on spoken-normalised text (lowercased here); yields ``(start, end, "LOCATION", conf)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import STOP_WORDS, Hit
from tenor_desktop.redaction.facility_words import KIND_WORDS
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.text_case import lower_same_length

# "my lawyer at", "the immigration attorney from", "a pro bono attorney at".
_SLOT = re.compile(
    r"\b(?:my|the|a|an|our|his|her|their|your)\s+"
    r"(?:(?:immigration|pro\s+bono|victim'?s?|housing|legal|new|old)\s+)?"
    r"(?:lawyer|attorney|advocate|caseworker|case\s+worker|paralegal)\s+(?:at|from)\s+"
    r"(?=[a-z])"
)
_WORD = re.compile(r"[a-z][a-z'&-]*")
# Joining words inside a group's name ("make the road", "americans for immigrant justice").
_INSIDE = frozenset("the for and of de la del los las el".split())
# Words after which the sentence goes on past the name.
_ENDS = STOP_WORDS | frozenset(
    "say filed sent wrote thinks helped gave downtown uptown right gonna wanna".split()
)
# Words that say when, which court or which kind of office, not which group.
_NOT_NAME = frozenset(
    "court courts hearing hearings school work home first least last all times time point"
    " once legal aid services service social protective human department dept office offices"
    " agency agencies public defender defenders immigration clinic program firm shelter"
    " county city state federal family child children housing authority welfare church"
    " center centre jail prison detention hospital law".split()
)
_MAX_WORDS = 5
# Nouns in -ing that a group's name holds ("inland fair housing"); other -ing words are verbs.
_ING_NAMES = frozenset("housing building learning nursing".split())


def find_legal_aid_places(text: str, lex: Lexicons) -> Iterator[Hit]:
    """A legal aid or advocacy group after its lawyer or advocate (module docstring)."""
    low = lower_same_length(text)
    if not any(w in low for w in ("lawyer", "attorney", "advocate", "paralegal", "case")):
        return
    for slot in _SLOT.finditer(low):
        end = _name_end(low, slot.end(), lex)
        if end:
            yield slot.end(), end, "LOCATION", 0.7


def _name_end(low: str, start: int, lex: Lexicons) -> int:
    """Where the group's name from ``start`` ends (0: no name there)."""
    words: list[re.Match[str]] = []
    position = start
    while True:
        match = _WORD.match(low, position)
        if match is None or (match.group() in _ENDS and match.group() not in _INSIDE):
            break
        words.append(match)
        if len(words) > _MAX_WORDS:
            return 0  # the phrase runs on past a name
        gap = re.match(r" +", low[match.end() :])
        if gap is None:
            break
        position = match.end() + gap.end()
    while words and words[-1].group() in _INSIDE:
        words.pop()
    names = [w.group() for w in words]
    if len(names) < 2 or names[0] in _INSIDE or names[0] in _NOT_NAME:
        return 0
    after = low[words[-1].end() : words[-1].end() + 1]
    if after and after not in " \n.,;:!?":
        return 0  # "'s", a hyphen or a digit: the name runs on oddly
    if any(
        (w.endswith(("ing", "ly", "'s")) and w not in _ING_NAMES) or w in lex.medications
        for w in names
    ):
        return 0
    if all(w in _NOT_NAME or w in KIND_WORDS or w in _INSIDE for w in names):
        return 0  # "social services", "family court": a kind of agency
    return words[-1].end()
