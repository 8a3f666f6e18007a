"""Jails, prisons and residential programs named after the verbs of custody and treatment.

"i got out of rikers in may", "he did three years at pelican bay", "they moved him to the
estelle unit", "went straight to phoenix house". A proper name after being held, released,
sent or moved is the name of an institution or its town, and says where a person was. The
name must be no everyday word ("got out of bed", "sent to school" stay), no chain or brand,
and may carry a custody or program word after it ("unit", "island", "house", "farm").

Runs on spoken-normalised text (lowercased here); yields ``(start, end, "LOCATION", conf)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, STOP_WORDS, Hit
from tenor_desktop.redaction.facility_words import KIND_WORDS
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.place_shapes import CHAINS
from tenor_desktop.redaction.text_case import lower_same_length
from tenor_desktop.redaction.workplace_names import unusual_name

_CUSTODY_VERB = (
    r"(?:got\s+out\s+of|get(?:ting)?\s+out\s+of|released\s+from|paroled\s+(?:out\s+)?of"
    r"|locked\s+up\s+(?:in|at)|did\s+(?:\w+\s+){0,2}(?:time|years?|months?)\s+(?:in|at)"
    r"|served\s+(?:\w+\s+){0,2}(?:time|years?|months?)\s+(?:in|at)|doing\s+time\s+(?:in|at)"
    r"|incarcerated\s+(?:in|at)|transferred\s+(?:him\s+|her\s+|me\s+|them\s+)?to"
    r"|moved\s+(?:him|her|me|them)\s+to|sent\s+(?:him\s+|her\s+|me\s+|them\s+)?(?:up\s+)?to"
    r"|calls?\s+(?:me\s+)?from|visit(?:ed|ing)?\s+(?:him|her|them)\s+(?:at|in)"
    r"|checked\s+(?:myself\s+|himself\s+|herself\s+)?into|admitted\s+to|discharged\s+from"
    r"|went\s+(?:straight\s+)?to|stay(?:ed|ing)?\s+at|living\s+at)"
)
_KIND = r"(?:unit|island|house|farm|annex|camp|ranch|lodge|pen|correctional|detention)"
_NAMED = re.compile(
    rf"(?<![\w'-]){_CUSTODY_VERB}\s+(?:the\s+)?"
    rf"([a-z][a-z'-]{{2,}}(?:\s+(?!{_KIND}\b)[a-z][a-z'-]{{2,}})?)(\s+{_KIND})?"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:in|on|and|but|for|since|last|back|after|every|when|until"
    r"|before|where|with|a|two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.MULTILINE,
)
# Verbs that also take everyday destinations ("went to target", "living at home"): only
# with a program word after the name ("went straight to phoenix house").
_NEEDS_KIND = ("went", "stay", "living", "admitted", "checked", "discharged")


def find_custody_places(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Places of the shape in the module docstring."""
    lowered = lower_same_length(text)
    for match in _NAMED.finditer(lowered):
        words = match.group(1).split()
        kind = match.group(2)
        if kind is None and match.group(0).startswith(_NEEDS_KIND):
            continue
        if all(w in KIND_WORDS or w in _PRISON_KINDS for w in words):
            continue  # "federal prison camp", "state work farm": a kind of place
        served = kind is None and len(words) == 2 and _served_at_two_words(match, words, lex)
        if kind is None and len(words) == 2 and not served:
            if not all(unusual_name(w, lex) for w in words):
                continue
        if not (served or unusual_name(words[0], lex) or (kind and _nameable(words[0], lex))):
            continue
        if any(w in STOP_WORDS for w in words):
            continue
        end = match.end(2) if kind else match.end(1)
        yield match.start(1), end, "LOCATION", 0.6


def _served_at_two_words(match: re.Match[str], words: list[str], lex: Lexicons) -> bool:
    """Two bare words after time served name the prison, everyday or not ("did nine years at
    northern state", "eighteen months at coffee creek"); not words of a kind of prison ("did
    two years in state prison") nor after an article ("did a year in the county jail")."""
    if _SERVED.match(match.group(0)) is None or match.group(0)[
        : match.start(1) - match.start()
    ].endswith("the "):
        return False
    # "did six years at green haven", "eighteen months at coffee creek": everyday words that
    # make no program's name before "house" ("green house", "coffee house") name a prison here.
    return not all(w in KIND_WORDS or w in _PRISON_KINDS for w in words) and all(
        (_nameable(w, lex) or (w in _NOT_PROGRAM and w not in _DETERMINER_WORDS))
        and w not in _PRISON_KINDS
        for w in words
    )


_SERVED = re.compile(r"(?:did|served|doing)\s|locked\s+up|incarcerated")
_PRISON_KINDS = frozenset(
    "prison jail jails prisons juvie lockup penitentiary pen custody rehab detox treatment"
    " army navy military service school college hell juvenile youth immigration ice".split()
)


def _nameable(word: str, lex: Lexicons) -> bool:
    """A word a program is named with, everyday or not ("hope house", "phoenix house")."""
    return not (
        word in STOP_WORDS
        or word in NOT_NAME_WORDS
        or word in _NOT_PROGRAM
        or word in CHAINS
        or word in lex.not_phi_names
        or word.endswith("'s")
    )


_DETERMINER_WORDS = frozenset("my his her their our your this that big little old new".split())
# Everyday words before "house" that make no program's name ("a halfway house", "open house",
# "went to the lake house", "the beach house").
_NOT_PROGRAM = frozenset(
    "halfway open full white green guest tree boarding farm fire court ware poor play dog doll"
    " bird coffee light pent round hen town club frat sorority haunted group safe sober foster"
    " lake beach summer river"
    " my his her their our your this that big little old new".split()
)
