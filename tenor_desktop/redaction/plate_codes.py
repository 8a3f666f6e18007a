"""Licence plates read out after their cue: "the tag is ykz 3807", "ohio plates, axb 7170",
"his vanity plate says SOBER 1", "the plate number is 8-k-l-m-2-2-1".

A plate is short (four to eight letters and digits) and read in pieces: letters in a group or
one by one, a vanity word, digits. After a plate word ("plate", "plates", "tag number", "the
tag is") the pieces up to the first everyday function word are the plate when they hold a
digit. Runs on spoken-normalised text (spoken digits are digits by now).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.text_case import lower_same_length
from tenor_desktop.redaction.vehicle_models import vehicle_model_ranges
from tenor_desktop.redaction.zip_codes import STATES

Hit = tuple[int, int, str, float]

# "price tag", "name tag", "gamer tag" are no plates; "the tag on his truck" is.
_CUE = re.compile(
    r"\b(?:(?:license\s+|licence\s+|vanity\s+)?plates?(?:\s+number)?"
    r"|registration(?:\s+number)?"
    r"|(?<!price\s)(?<!name\s)(?<!gamer\s)(?<!dog\s)(?<!hash\s)(?<!sale\s)tags?\s+number"
    r"|(?:the|my|his|her|their|our|your)\s+tags?(?=\s+(?:is|was|are|were|says|said|reads)\b)"
    r"|tags?\s+on\s+(?:my|his|her|their|our|your|the)\s+(?:car|truck|van|suv|jeep|bike"
    r"|motorcycle)"
    # "texas tag hjk 4471": a tag said with its letters and digits (_TAG_SHAPE checks them).
    r"|(?P<bare>(?<!price\s)(?<!name\s)(?<!gamer\s)(?<!dog\s)(?<!hash\s)(?<!sale\s)tags?)"
    r")"
    r"(?:'s|\s+(?:is|was|are|were|says|say|said|reads|read))?"
    # A filler or a partial plate after the cue: "the plate, um,", "a plate ending in".
    r"(?:\s*,?\s+(?:um|uh|like|something\s+like),?"
    r"|\s+(?P<part>(?:ending|ended|ends|starting|started|starts)\s+(?:in|with)))?\s*[,:]?\s+"
)
# Substrings of the state names, searched before any pattern (most texts name none).
_STATE_WORDS = tuple(name.replace("\\.?", ".") for name in STATES.split("|"))
# Letters read with a word for each, in the police or the phonetic alphabet: "six adam boy
# three four five". After a plate word each is one character of the plate.
_SPELLING_WORDS = frozenset(
    "adam boy charles david edward frank george henry ida john king lincoln mary nora ocean"
    " paul queen robert sam tom union victor william young zebra alpha bravo charlie delta echo"
    " foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra"
    " tango uniform whiskey yankee zulu".split()
)
# After a bare "tag": letter groups of up to three and three digits or more, mixed.
_TAG_SHAPE = re.compile(
    r"(?=.*\d{2})(?=.*[a-z])(?:[a-z]{1,3}|\d{1,4})(?:\s(?:[a-z]{1,3}|\d{1,4}))*"
)
_PIECE = re.compile(r"[a-z0-9]{1,7}(?=[\s.,;!?-]|$)")
# Pieces are read apart by spaces, hyphens, a spoken "dash" or commas ("6, 8, 8, x, t, w"),
# and a plate said in pieces may stall on a filler and restart: "7, uh, 7 k, r, j, 4, 1, 3".
_PIECE_GAP = re.compile(r"\s+dash\s+|\s?-\s?|,?\s+(?:(?:uh|um|er),?\s+)?(?=\w)")
# A state named between the cue and the plate: "the plate was nebraska 4 dash 1172".
_STATE_AFTER_CUE = re.compile(rf"(?:{STATES})\s+")
# A state's postal code said in capitals opens a plate although it is a word: "plate IN 618 TRQ".
_STATE_CODE_WORDS = frozenset({"IN", "OR"})
_STOP = frozenset(
    "a an and are as at because but by for from he her his i if in is it it's just like my of"
    " on or our she so that the their them then they this to uh um was we were with you your"
    " dollars bucks percent off expired cost costs need needs got get expire expires".split()
)


# "a black tahoe, texas hjk 4471": a plate said after its state, about a vehicle.
_STATE_PLATE = re.compile(
    rf"\b(?:{STATES})\s+((?:[a-z]{{1,3}}|\d{{1,4}})(?:[\s-](?:[a-z]{{1,3}}|\d{{1,4}})){{1,3}})"
    r"(?![\w-])"
)
_VEHICLE_WORD = re.compile(
    r"\b(?:car|cars|truck|van|suv|jeep|motorcycle|bike|sedan|pickup|minivan|uber|lyft|cab|taxi"
    r"|vehicle|plates?|tags?)\b"
)


def find_state_plates(text: str) -> Iterator[Hit]:
    """A plate said after its state's name, in a sentence about a vehicle."""
    lowered = lower_same_length(text)
    for match in _STATE_PLATE.finditer(lowered):
        pieces = match.group(1).replace("-", " ")
        if not _TAG_SHAPE.fullmatch(pieces) or any(p in _STOP for p in pieces.split()):
            continue  # "to texas on i 35": words and a road, no plate
        before = lowered[max(0, match.start() - 80) : match.start()]
        if _VEHICLE_WORD.search(before) is None and not vehicle_model_ranges(before):
            continue
        yield match.start(1), match.end(1), "VEHICLE", 0.75


# A British plate written in its own shape needs no cue: two letters, the two-digit age
# mark, three letters ("the grey Corolla, LD68 PXW"). Capitals only: said or written in
# lowercase the same shape is rarely a plate.
_BRITISH_PLATE = re.compile(r"(?<![\w-])[A-Z]{2}\d{2} ?[A-Z]{3}(?![\w-])")


def find_plates(text: str) -> Iterator[Hit]:
    """Plates after a plate word, labelled VEHICLE (see the module docstring)."""
    for match in _BRITISH_PLATE.finditer(text):
        yield match.start(), match.end(), "VEHICLE", 0.8
    lowered = lower_same_length(text)
    if any(word in lowered for word in _STATE_WORDS) and any(char.isdigit() for char in text):
        yield from find_state_plates(text)
    if "plate" not in lowered and "tag" not in lowered and "registration" not in lowered:
        return
    for cue in _CUE.finditer(lowered):
        pieces: list[re.Match[str]] = []
        at = cue.end()
        state = _STATE_AFTER_CUE.match(lowered, at)
        if state is not None:
            at = state.end()
        dashed = False
        while len(pieces) < 8:
            piece = _PIECE.match(lowered, at)
            if piece is None or (
                piece.group() in _STOP
                and not _stop_word_in_plate(text, piece, first=not pieces, dashed=dashed)
            ):
                break
            pieces.append(piece)
            gap = _PIECE_GAP.match(lowered, piece.end())
            if gap is None:
                break
            dashed = "-" in gap.group() or "dash" in gap.group()
            at = gap.end()
        while pieces and sum(_width(p.group()) for p in pieces) > 8:
            pieces.pop()
        if cue.group("bare") and not _TAG_SHAPE.fullmatch(" ".join(p.group() for p in pieces)):
            continue
        chars = "".join(p.group()[0] if p.group() in _SPELLING_WORDS else p.group() for p in pieces)
        digits = sum(char.isdigit() for char in chars)
        shortest = 2 if cue.group("part") else 4
        if not shortest <= len(chars) <= 8 or digits == 0:
            continue
        if digits == len(chars) and digits < 4 and not cue.group("part"):
            continue
        # The state said inside the reading is part of it ("the plate was nebraska 4 dash 1172").
        start = state.start() if state is not None else pieces[0].start()
        yield start, pieces[-1].end(), "VEHICLE", 0.8


def _stop_word_in_plate(text: str, piece: re.Match[str], *, first: bool, dashed: bool) -> bool:
    """Whether an everyday word is a piece of the plate after all: a single letter right
    after a dash ("10 dash a 441"), or a state's code in capitals opening it ("IN 618 TRQ")."""
    word = piece.group()
    if dashed and len(word) == 1:
        return True
    return first and text[piece.start() : piece.end()] in _STATE_CODE_WORDS


def _width(piece: str) -> int:
    """Characters of the plate a piece stands for: one for a spelling word ("adam")."""
    return 1 if piece in _SPELLING_WORDS else len(piece)


# A fleet vehicle known by its unit number: "the rig is unit 4417", "the van, unit 88" (not
# "the bus number 42", a route).
_FLEET_UNIT = re.compile(
    r"\b(?:rig|truck|tractor|trailer|cab|van|ambulance|squad\s+car|cruiser)(?:'s|,)?"
    r"\s+(?:is\s+|was\s+)?(?:unit|number|#)\s*(\d{2,6})\b",
    re.IGNORECASE,
)


def find_fleet_units(text: str) -> Iterator[Hit]:
    """Unit numbers of trucks, rigs and vans (the number alone, as a VEHICLE)."""
    if " unit " not in text and " number " not in text and "#" not in text:
        return
    for match in _FLEET_UNIT.finditer(text):
        yield match.start(1), match.end(1), "VEHICLE", 0.8
