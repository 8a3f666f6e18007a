"""Universities and hospitals named by a short name or initials.

- Initials after a place preposition in written text: "a scan at OHSU", "a freshman at NYU",
  "surgery at UPMC", or spelled out in a transcript ("he's at f s u"). Initials of therapies,
  programs, agencies and tests ("AA", "IOP", "CBT", "an MRI", "CPS") are no places and are
  listed below.
- A university by the short name people use ("penn state", "georgia tech", "carnegie mellon",
  "rutgers") after a word of study ("a junior at", "graduated from", "dropped out of", "went
  to ... and then"). Said alone, out of a school slot, the name may be a team or a brand.
- A campus of a state system, said anywhere: "leave for UC Davis", "the library at Cal State
  LA", "texas a and m international" (a listed town, initials or a campus word after the
  system's name; the system's name is no team or brand).

Runs on spoken-normalised text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.text_case import lower_same_length

_INITIALS = re.compile(r"\b(?:at|from|into|to)\s+([A-Z]{3,5})\b(?![-'&.]\w)")
_NOT_PLACE_INITIALS = frozenset(
    "AAA ABC ICU NICU PICU CCU IOP PHP CPS DCF DCFS DSS DHS DMV IRS FBI ICE CIA DEA ATF SSA SSI"
    " SSDI"
    " EMDR CBT DBT ACT ERP IFS ADHD PTSD OCD GED SAT LSAT MCAT GRE DUI DWI OWI HIV STD STI UTI"
    " COPD AIDS ADA CEO CFO COO PTA PTO IEP CNA EMT TSA MRI EKG ECG EEG CAT PET ATM USA NASA"
    " ASAP LOL OMG BTW FYI PHQ GAD BAC RSVP WIC SNAP TANF EBT HUD FEMA NCLEX AMA AGAINST"
    " THE AND BUT NOT YOU HIM HER ALL ANY WHY HOW WHO WHAT".split()
)
_STUDY_SLOT = re.compile(
    r"\b(?:freshman|sophomore|junior|senior|student|students|professor|semester|degree|degrees"
    r"|graduated|graduate|grad|dropped\s+out|transferred|enrolled|accepted|admitted|got\s+in"
    r"|studied|studying|studies|study|classes|went|go|goes|going|attend(?:s|ed)?|applied"
    r"|scholarship|masters|master's|phd|nursing|law\s+school|med\s+school)"
    r"(?:\s+[a-z']+){0,3}?\s+(?:at|to|from|of|into|in)\s+$"
    r"|\b(?:university|college|state|tech)\s+(?:and\s+then|then|and)\s+$"
)
_CAPITALS = re.compile(r"[A-Z]{3}")
# Initials spelled out by speech recognition: "he's at f s u", "a nurse at u c s f".
_SPELLED = re.compile(r"\b(?:at|from|into|to)\s+((?:[a-z]\s){2,4}[a-z])\b(?![-'&.]\w)")
# Cheap needles: no study slot without one of these.
_STUDY_NEEDLES = (
    "man ", "more ", "ior ", "dent", "fessor", "mester", "degree", "grad", "drop", "transfer",
    "enroll", "accept", "admit", "got in", "stud", "class", "went", " go", "attend", "appl",
    "scholar", "master", "phd", "nursing", "school", "university", "college", "state ",
    "tech ",
)  # fmt: skip
_UNIVERSITIES = (
    "penn state|ohio state|michigan state|iowa state|arizona state|kansas state|oregon state"
    "|boise state|fresno state|san diego state|florida state|georgia state|kent state|ball state"
    "|wayne state|portland state|morgan state|norfolk state|jackson state|wichita state"
    "|georgia tech|virginia tech|texas tech|louisiana tech|cal poly|cal state|carnegie mellon"
    "|johns hopkins|notre dame|texas a&m|uc davis|uc irvine|uc san diego|uc berkeley"
    "|ole miss|rutgers|purdue|clemson|vanderbilt|tulane|baylor|emory|villanova|drexel|fordham"
    "|gonzaga|marquette|depaul|creighton|spelman|morehouse|northeastern|northwestern|georgetown"
    "|stanford|harvard|yale|princeton|dartmouth|cornell|columbia|berkeley|caltech|brandeis"
    "|tufts|ucla|usc|nyu|cuny|suny|umass|uconn|unlv|utep|lsu|ucf|fiu|vcu|unc|byu|smu|tcu"
    "|hunter college|brooklyn college|baruch|lehman|queens college|city college|miami dade"
    "|santa monica college|de anza|foothill college|pasadena city college|valencia"
)
# "at u of m", "a semester at u of h", "U of M": the university of a state or city.
_U_OF = re.compile(r"\b(?:at|to|from|into|of)\s+(?:the\s+)?(u\s+of\s+[a-z]{1,2})\b(?!['-]\w)")
_UNIVERSITY = re.compile(rf"\b(?:the\s+)?({_UNIVERSITIES})\b(?!['-]\w)")


# A state system's name and the campus after it ("uc davis", "cal state la").
_SYSTEM_CAMPUS = re.compile(
    r"\b(?:uc|cal\s+state|cal\s+poly|texas\s+a(?:&|\s+and\s+)m|ut|suny|cuny)\s+([a-z]+)\b(?!['-]\w)"
)
_CAMPUS_WORDS = frozenset("international commerce kingsville pomona tech".split())


def _campus(word: str, lex: Lexicons) -> bool:
    return word not in STOP_WORDS and (
        word in _CAMPUS_WORDS
        or (word in lex.places and word not in lex.not_phi_places)
        or (2 <= len(word) <= 3 and word not in lex.everyday_words)
    )


def find_school_names(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Initials and university short names of the shapes in the module docstring."""
    if _CAPITALS.search(text) is not None:
        for match in _INITIALS.finditer(text):
            if match.group(1) not in _NOT_PLACE_INITIALS:
                yield match.start(1), match.end(1), "LOCATION", 0.55
    low = lower_same_length(text)
    for match in _SPELLED.finditer(low):
        if match.group(1).replace(" ", "").upper() not in _NOT_PLACE_INITIALS:
            yield match.start(1), match.end(1), "LOCATION", 0.55
    for match in _SYSTEM_CAMPUS.finditer(low):
        if _campus(match.group(1), lex):
            yield match.start(), match.end(), "LOCATION", 0.65
    if "u of " in low:
        for match in _U_OF.finditer(low):
            yield match.start(1), match.end(1), "LOCATION", 0.6
    if not any(needle in low for needle in _STUDY_NEEDLES):
        return
    for match in _UNIVERSITY.finditer(low):
        if _STUDY_SLOT.search(low, max(0, match.start() - 60), match.start()):
            yield match.start(1), match.end(1), "LOCATION", 0.65
