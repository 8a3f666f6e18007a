"""A chain or brand named as someone's workplace: "she got a job at target", "he works for boeing".

A chain said alone locates nobody ("we shopped at target"), and a brand is everyone's ("i
bought it on amazon"): ``not_phi_names`` spares both. A workplace is another matter. The dev
set marks where a person works as LOCATION ("a job at Riverside Poultry", "worked at Baptist
Memorial"), since it says where they spend their days; a chain or brand in that slot is the
same kind of fact. So after a verb or noun of employment, a chain (``place_shapes.CHAINS``), a
listed brand (``not_phi_names.txt``) or a large employer below is a LOCATION, and
``not_phi_names`` no longer spares it there.

Runs on spoken-normalised text (lowercased here); yields ``(start, end, "LOCATION", conf)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.company_shapes import company_name_end
from tenor_desktop.redaction.entity_rules import Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.place_shapes import CHAINS
from tenor_desktop.redaction.text_case import lower_same_length

# Employers that are neither chains nor listed brands: manufacturers, carriers, utilities,
# banks, health systems and public employers people name as where they work.
EMPLOYERS = frozenset(
    {
        "boeing",
        "lockheed",
        "lockheed martin",
        "raytheon",
        "general electric",
        "ge",
        "general motors",
        "gm",
        "ford",
        "chrysler",
        "stellantis",
        "toyota",
        "honda",
        "tesla",
        "intel",
        "ibm",
        "oracle",
        "cisco",
        "qualcomm",
        "nvidia",
        "accenture",
        "deloitte",
        "ups",
        "fedex",
        "usps",
        "the post office",
        "amtrak",
        "verizon",
        "comcast",
        "at&t",
        "t-mobile",
        "spectrum",
        "duke energy",
        "pg&e",
        "wells fargo",
        "chase",
        "bank of america",
        "citibank",
        "capital one",
        "kaiser",
        "kaiser permanente",
        "mayo clinic",
        "hca",
        "home depot",
        "the home depot",
        "best buy",
        "dollar general",
        "family dollar",
        "dollar tree",
        "big lots",
        "food lion",
        "king soopers",
        "whole foods",
        "piggly wiggly",
        "food 4 less",
        "winn-dixie",
        "harris teeter",
        "stop & shop",
        "stop and shop",
        "giant eagle",
        "hy-vee",
        "fred meyer",
        "save a lot",
        "save-a-lot",
        "sam's club",
        "tractor supply",
        "rite aid",
        "circle k",
        "7-eleven",
        "seven eleven",
        "burger king",
        "taco bell",
        "pizza hut",
        "olive garden",
        "waffle house",
        "cracker barrel",
        "chick-fil-a",
        "jack in the box",
        "dairy queen",
        "red lobster",
        "buffalo wild wings",
        "h-e-b",
        "h e b",
        "c-town",
        "market basket",
        "old navy",
        "autozone",
        "jiffy lube",
        "tyson",
        "pepsico",
        "coca-cola",
        "procter and gamble",
        "3m",
        "caterpillar",
        "john deere",
        "deere",
        "exxon",
        "chevron",
        "shell",
        "halliburton",
        "disney",
        "nike",
    }
)
# Where a workplace is named: "i work at", "a job at", "she's a cashier at", "laid off from".
_WORK_SLOT = re.compile(
    r"\b(?:work(?:s|ed|ing)?\s+(?:(?:nights|days|weekends|overnights|part\s+time|full\s+time"
    r"|there|shifts)\s+)?(?:at|for)|(?:stocking|cleaning|cashiering|bagging)\s+at"
    r"|job\s+(?:at|with)|shifts?\s+at|hired\s+(?:at|by)"
    r"|(?:doing|pulling|working|work)\s+(?:doubles|overnights|nights|double\s+shifts)\s+at"
    r"|employed\s+(?:at|by)|laid\s+off\s+(?:from|by)|fired\s+(?:from|by)|retired\s+from|quit"
    r"|promoted\s+at|got\s+on\s+at|hired\s+on\s+at"
    # "i drove a truck for ...", "i drive a school bus for ...", "i drive the 27 for ...".
    r"|(?:drive|drives|drove|driving)\s+(?:(?:a|the)\s+)?(?:[a-z]+\s+)?(?:truck|rig|forklift|bus"
    r"|van|cab|route|\d{1,3})\s+(?:at|for)"
    # A trade plied for a firm: "hauling for swift", "roofing all day for gate city roofing".
    r"|(?:haul|hauls|hauled|hauling|roofing|framing|welding|landscaping|trucking|delivering"
    r"|delivered|deliver|delivers)\s+(?:(?:all\s+day|full\s+time|part\s+time)\s+)?for"
    r"|interview(?:ed)?\s+(?:at|with)|appl(?:y|ied|ying)\s+(?:at|to)|(?:manager|cashier|barista"
    r"|clerk|driver|nurse|engineer|intern|associate|supervisor|mechanic|machinist|janitor|custodian|pharmacist"
    r"|teller|stocker|cook|server|dishwasher|receptionist|analyst|technician|tech|dispatcher"
    r"|bartender|waitress|waiter|housekeeper|foreman|paralegal|(?:ex-?)?boss|co-?workers?)"
    r"\s+(?:at|for)"
    r"|been\s+at)\s+(?:the\s+)?(?:(?:um|uh)\s+)?$"
)
# An employer said by its letters, the phrase ending there: "I drive the 27 for RIPTA, out of",
# "laid off from ACIPCO last spring" (not "the USCIS field office": a kind of office follows).
_ACRONYM = re.compile(
    r"([A-Z][A-Z&]{2,6})(?![\w'&-])(?=\s*[.,;!?]|\s*$|\s+(?:in|on|out|now|and|but|since|for"
    r"|until|last|this|when|because|so|downtown)\b)",
    re.MULTILINE,
)
# Letters that name a ward, a department or an agency every town has, not one firm.
_NOT_FIRM_LETTERS = frozenset(
    "ICU NICU PICU CCU PACU ARMY USA DMV DHS SSA CPS IRS USCIS ICE".split()
)
# Words an employer's name may take, longest first: "bank of america", "home depot", "gm".
_NAME = re.compile(r"[a-z0-9&'-]+(?:\s+[a-z0-9&'-]+){0,2}")


def employed_at(low: str, start: int) -> bool:
    """Whether a workplace slot ends right before ``start`` of lowercased ``low``."""
    return _WORK_SLOT.search(low, max(0, start - 40), start) is not None


def find_employers(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Chains, listed brands and large employers named as a workplace."""
    low = lower_same_length(text)
    if not any(needle in low for needle in _NEEDLES):
        return
    for slot in _SLOT_END.finditer(low):
        if not employed_at(low, slot.end()):
            continue
        words = _NAME.match(low, slot.end())
        if words is None:
            continue
        tokens = words.group().split()
        for size in range(len(tokens), 0, -1):
            phrase = " ".join(tokens[:size])
            bare = phrase.removesuffix("'s")
            if phrase in EMPLOYERS or phrase in CHAINS or {phrase, bare} & lex.not_phi_names:
                yield slot.end(), slot.end() + len(phrase), "LOCATION", 0.75
                break
        else:
            end = company_name_end(low, slot.end(), lex)
            if end is not None:
                yield slot.end(), end, "LOCATION", 0.6
                continue
            acronym = _ACRONYM.match(text, slot.end())
            if acronym is not None and acronym.group(1) not in _NOT_FIRM_LETTERS:
                yield slot.end(), acronym.end(1), "LOCATION", 0.6


# Cheap needles: no workplace slot without one of these words.
_NEEDLES = (
    "work",
    "doubles",
    "job",
    "shift",
    "hired",
    "employed",
    "laid off",
    "fired",
    "quit",
    "interview",
    "appl",
    "stocking",
    "cleaning",
    "cashiering",
    "bagging",
    "been at",
    "manager",
    "cashier",
    "barista",
    "clerk",
    "driver",
    "nurse",
    "engineer",
    "intern",
    "associate",
    "supervisor",
    "mechanic",
    "machinist",
    "janitor",
    "custodian",
    "pharmacist",
    "teller",
    "stocker",
    "cook",
    "server",
    "dishwasher",
    "receptionist",
    "analyst",
    "tech",
    "retired",
    "promoted",
    "got on",
    "hired on",
    "dispatcher",
    "bartender",
    "waitress",
    "waiter",
    "housekeeper",
    "foreman",
    "paralegal",
    "boss",
    "worker",
    "drive",
    "drove",
    "haul",
    "roofing",
    "framing",
    "welding",
    "landscaping",
    "trucking",
    "deliver",
)
# Candidate ends of a workplace slot (checked in full by employed_at).
_SLOT_END = re.compile(
    r"\b(?:at|for|with|by|from|to|quit|been\s+at)\s+(?:the\s+)?(?:(?:um|uh)\s+(?!um\b|uh\b))?"
)
