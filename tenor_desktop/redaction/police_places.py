"""A town's police or a county's sheriff named by the place: "i reported it to buffalo pd",
"I filed with Albany County Sheriff", "a statement at the Saugus police station", "the
detective at allegany county sheriff's office".

The sets mark the whole agency as one LOCATION ("fort worth pd", "sioux falls police
department", "kingsmoor police station"); the town finders alone stop at the town ("Albany
County") or miss it where "pd" is the only cue ("buffalo pd"). The police of no named place
stay unmarked: "the sheriff came", "campus police", "a deputy sheriff", "the county sheriff".

The words before the agency name a place when they are a listed town ("buffalo", "fort
worth"), a county's name ("crook county"), or capitalised words that are no kind or title
("Kingsmoor"). A bare "X police" or "X sheriff" is left to the town finders: the sets mark
"Reno" of "Reno police" and "Raleigh County" of "Raleigh County sheriff" as often as the whole.

Runs on spoken-normalised text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import STOP_WORDS, Hit
from tenor_desktop.redaction.facility_words import KIND_WORDS
from tenor_desktop.redaction.lexicons import Lexicons

# Up to three words, then the agency: "pd", "police department/station", "sheriff's office",
# or "sheriff" after a county ("Albany County Sheriff").
_AGENCY = re.compile(
    r"(?<![\w'-])((?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*)\s+"
    r"(pd|p\.d\.|police\s+(?:department|dept\.?|station|headquarters)"
    r"|sheriff(?:'s|s)?(?:\s+(?:office|department|dept\.?))?)(?![\w'-])",
    re.IGNORECASE,
)
_NEEDLES = (" pd", " p.d.", "police ", "sheriff")
# Words that say whose or what kind of police, not where: "campus pd", "deputy sheriff".
_NOT_PLACE = frozenset(
    "campus tribal transit airport school university college capitol park railroad housing"
    " metro military harbor port border deputy chief officer detective sergeant lieutenant"
    " captain former ex local state city town county village the my his her their our your"
    " an a".split()
)


def find_police_places(text: str, lex: Lexicons) -> Iterator[Hit]:
    """A named place's police or sheriff, the place's words included (module docstring)."""
    low = text.lower()
    if not any(needle in low for needle in _NEEDLES):
        return
    for match in _AGENCY.finditer(text):
        start = _place_start(text, match.start(1), match.end(1), lex)
        if start is None:
            continue
        # A bare "sheriff" is a county's: "the Raleigh sheriff" names the town alone.
        bare_sheriff = match.group(2).lower().rstrip("'s") == "sheriff"
        if not bare_sheriff or text[start : match.end(1)].lower().endswith(" county"):
            yield start, match.end(), "LOCATION", 0.7


def _place_start(text: str, start: int, end: int, lex: Lexicons) -> int | None:
    """Where the longest run of words naming a place begins, ending at ``end``; or None."""
    spans = [m.span() for m in re.finditer(r"\S+", text[start:end])]
    for first, _ in spans:
        words = text[start + first : end].split()
        if _names_place(words, lex):
            return start + first
    return None


def _names_place(words: list[str], lex: Lexicons) -> bool:
    lowered = [w.lower() for w in words]
    if " ".join(lowered) in lex.places and " ".join(lowered) not in lex.not_phi_places:
        return True
    if lowered[-1] == "county":
        # "crook county", "Albany County": a county's own name before the word.
        names = lowered[:-1]
    elif all(w[:1].isupper() for w in words):
        names = lowered  # "Kingsmoor police station"
    else:
        return False
    return bool(names) and not any(
        w in STOP_WORDS or w in KIND_WORDS or w in _NOT_PLACE or not w.isalpha() for w in names
    )
