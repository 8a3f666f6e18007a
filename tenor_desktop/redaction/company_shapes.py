"""An unlisted company named as a workplace by its shape: "laid off from alpha metallurgical",
"my old job at spirit aerosystems", "apply at principal financial downtown".

After a workplace slot (``employer_names``), one to three words ending in a word companies
are named with ("financial", "industries", "logistics") make a company's name when the words
before it name something ("spirit", "alpha"), not a kind of business ("the gas company", "an
insurance company", "a trucking outfit"). A rare last word alone ("aerosystems") is a name too.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, STOP_WORDS
from tenor_desktop.redaction.facility_words import BUSINESS
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.rare_words import is_rare_word

# Farm and field trades name employers too: "a shift at green valley packing", "twenty years
# driving for san joaquin produce", "hr at tilden mine" (after a workplace slot only).
_SUFFIXES = BUSINESS | frozenset("produce packing packers orchards growers mine".split())
# Words that say what kind of business it is, not which one.
_GENERIC = frozenset(
    "gas cable phone power electric water oil tech insurance trucking construction steel"
    " mining chemical software staffing temp cleaning security moving shipping delivery"
    " healthcare health home family local small big same other new old first last".split()
)
_WORDS = re.compile(r"([a-z][a-z'-]+)(?:\s+([a-z][a-z'-]+))?(?:\s+([a-z][a-z'-]+))?")
_BREAK = re.compile(
    r"\s*(?:[.,;!?]|$)|\s+(?:and|but|in|on|downtown|for|since|last|until|when|because|so"
    r"|after|before|where|with|as|now|is|was|were|has|had|pays|paid|wants|[a-z]+ed"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|every|my|his|her|\d+"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|needs|says|said|told|gave|called|sent)\b",
    re.MULTILINE,
)


def company_name_end(low: str, start: int, lex: Lexicons) -> int | None:
    """End of a company's name starting at ``start`` of lowercased ``low``, or None."""
    match = _WORDS.match(low, start)
    if match is None:
        return None
    words = [w for w in match.groups() if w]
    for size in range(len(words), 0, -1):
        end = _end_of(low, start, words[:size])
        if _BREAK.match(low, end) is None:
            continue
        if _company(words[:size], lex):
            return end
    return None


def _end_of(low: str, start: int, words: list[str]) -> int:
    end = start
    for word in words:
        end = low.index(word, end) + len(word)
    return end


def _company(words: list[str], lex: Lexicons) -> bool:
    if any(w in STOP_WORDS or w in NOT_NAME_WORDS for w in words):
        return False
    last, before = words[-1], words[:-1]
    if last in _SUFFIXES:
        return bool(before) and not any(w in _GENERIC or w in _SUFFIXES for w in before)
    return len(words) == 2 and is_rare_word(last, lex) and words[0] not in _GENERIC
