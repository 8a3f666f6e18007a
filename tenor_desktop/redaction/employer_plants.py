"""A company's plant or factory named by the company: "on break at the tyson plant in noel",
"two shifts at the Michelin plant in Sandy Springs", "my shift at the foster farms plant".

A plant is one site, as a workplace is, and the sets mark it as a LOCATION; a kind of plant
names none ("the power plant", "the water treatment plant", "a packing plant"). So after "the",
the words before "plant" or "factory" must name a company: capitalised words in cased text
("the Michelin plant", "the Stouffer's plant"), or, said lowercase, a large employer
(``employer_names.EMPLOYERS``), a chain or a company's shape ("foster farms").

The span takes "the" with it: the sets mark "the Tyson plant" in some transcripts and "tyson
plant" in others, and a span with the article covers both. A town after it ("in Greer") is
left to the town finders.

Runs on spoken-normalised text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.company_shapes import company_name_end
from tenor_desktop.redaction.employer_names import EMPLOYERS
from tenor_desktop.redaction.entity_rules import STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.place_shapes import CHAINS
from tenor_desktop.redaction.text_case import lower_same_length

# "the" and one or two words before "plant" or "factory" (not "plant-based", "plants"); a
# filler may come after "the" ("at the um tyson plant", "the, uh, Michelin plant").
_PLANT = re.compile(
    r"(?<![\w'-])the,?\s+(?:(?:um+|uh+|uhm|er+m?),?\s+)?"
    r"((?:[A-Za-z0-9&][\w&'-]*\s+)?[A-Za-z0-9&][\w&'-]*)\s+(?:plant|factory)(?![\w'-])"
)
_CAPITALISED = re.compile(r"(?:[A-Z][\w&'-]*)(?:\s+[A-Z][\w&'-]*)?")
# Capitalised words that say which of a company's sites, or when, not which company.
_NOT_COMPANY = frozenset(
    "um uh uhm er erm north south east west new old main big little first second third other"
    " same power water nuclear chemical treatment sewage recycling monday tuesday wednesday"
    " thursday friday saturday sunday january february march april may june july august"
    " september october november december".split()
)


def find_employer_plants(text: str, lex: Lexicons) -> Iterator[Hit]:
    """A company's plant or factory, "the" included (module docstring)."""
    if "plant" not in text and "factory" not in text:
        return
    low = lower_same_length(text)
    for match in _PLANT.finditer(text):
        name = match.group(1)
        if _names_company(name, low, match.start(1), lex):
            yield match.start(), match.end(), "LOCATION", 0.7


def _names_company(name: str, low: str, start: int, lex: Lexicons) -> bool:
    """Whether ``name`` (at ``start``) is a company's name, not a kind of plant."""
    words = name.lower().split()
    if any(w in STOP_WORDS or w in _NOT_COMPANY for w in words):
        return False
    if _CAPITALISED.fullmatch(name):
        return True
    phrase = " ".join(words)
    if phrase in EMPLOYERS or phrase in CHAINS:
        return True
    # The name ends where "plant" begins: read it as if nothing came after.
    end = start + len(name)
    return company_name_end(low[:end], start, lex) == end
