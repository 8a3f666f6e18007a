"""Named venues made of everyday words, said lowercase: "i work at golden spoon diner".

Speech recognition writes "the Blue Door Café" as "the blue door café", and its words are all
everyday English, so the rules that wait for a capital, a rare word or a listed name miss it.
What still marks it as a name is its shape: a venue word ("diner", "café", "elementary") after
modifiers that are not the kind that describe a venue ("the little italian restaurant", "the
sports bar", "night school"), in a place slot ("at", "to", "from", "called").

- Without an article one modifier is enough ("at sunrise fitness", "to westside elementary"):
  English says "at the diner" for a diner that is not a name.
- With an article two are needed ("at the rusty anchor bar", "the copper kettle grill"); one
  is too often a kind ("at the hotel bar").

Runs on spoken-normalised, lowercased text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, STOP_WORDS, Hit
from tenor_desktop.redaction.facility_words import (
    KIND_WORDS,
    SERVICE_HEADS,
    TWO_WORD_HEADS,
    VENUE_HEADS,
    head_pattern,
)
from tenor_desktop.redaction.lexicons import Lexicons

# Words (and two-word ones) that end a venue's name.
_HEAD_WORDS = head_pattern(VENUE_HEADS | TWO_WORD_HEADS)
# The slot before the name: a place preposition, "called", or the start of a turn.
_SLOT = re.compile(
    r"(?:\b(?:at|to|from|near|outside|by|behind|across\s+from|next\s+to|called|named|attends"
    r"|attend|attended)\s+|(?:^|\n)[^\n:]{0,20}:\s+)(the\s+)?((?:[a-z][a-z'-]*\s+){1,3})$"
)
# Modifiers that say what kind of venue it is, or describe it, rather than name it.
_KIND_WORDS = KIND_WORDS | frozenset(
    "new old local little big small tiny cheap nice fancy favorite favourite usual same other "
    "corner nearby closest nearest next last first second only one whole sports coffee hotel "
    "dive gay karaoke piano wine beer cocktail juice tea pizza burger taco sushi noodle ramen "
    "chinese mexican italian thai indian greek korean japanese vietnamese french soul fast "
    "food family hospital school prison jail county city town state community neighborhood "
    "neighbourhood urgent animal dog vet pet book thrift dollar grocery liquor gas convenience "
    "hardware department furniture health weight boxing yoga martial arts art dance music "
    "cooking driving beauty nail hair tattoo night summer boot grad high middle law med "
    "medical nursing sunday bible day church catholic christian baptist public private charter "
    "boarding junior senior adult kids kid kid's children's youth women's men's teen student "
    "staff employee truck roadside downtown uptown airport mall strip all open late hour "
    "breakfast lunch dinner brunch bagel donut waffle pancake steak seafood fish chicken bbq "
    "barbecue vegan organic support recovery rehab really very super pretty so too kind sort "
    "awful greasy crappy shitty dingy sketchy seedy rundown run-down crowded packed quiet loud "
    "cozy cute gross dirty clean busy empty expensive great good bad terrible amazing best "
    "worst regular weird cool hipster fine whatever another any every each some this that "
    "these those our your his her their my its hookah cigar vape smoke strip biker country "
    "irish sports hotel campus gas station work office home house apartment group main big "
    "rooftop outdoor indoor hotel's casino bowling pool golf tennis climbing swim swimming "
    "alternative special ed gifted magnet online virtual crossfit planet anytime homeless "
    "women's domestic violence dv emergency overnight warming cooling animal rescue wellness "
    "treatment detox crisis call shopping distribution fulfillment data service customer "
    "resource career learning job daycare child care activity activities rec recreation "
    "youth counseling mental behavioral cancer dialysis surgery surgical trauma birth "
    "birthing cultural civic convention conference visitor visitors welcome command control "
    "operations training test testing donation blood plasma sleep pain weight-loss eye "
    "vision hearing diabetes heart kidney transplant poison poison-control skate water theme "
    "amusement trailer ball national wedding funeral food blood piggy river bike dirt "
    "central".split()
)


# Churches, schools and hospitals named for a devotion: "we met at sacred heart", "the kids go
# to holy family", "she works at good samaritan", "mass at our lady of guadalupe".
_DEVOTION = re.compile(
    r"\b(?:at|to|from|attend|attends|attended|of|near)\s+((?:holy|sacred|blessed|immaculate"
    r"|most\s+precious|precious|divine)\s+(?:heart|family|cross|trinity|spirit|name|redeemer"
    r"|rosary|innocents|savior|saviour|angels|comforter|conception|sacrament|apostles)"
    r"|good\s+(?:shepherd|samaritan)|our\s+lady\s+of\s+(?:the\s+)?[a-z][a-z'-]+"
    r"|st\.?\s+[a-z]+(?:'s)?\s+(?:parish|cathedral|academy|prep))\b"
)


# Universities by their initials, and hospitals by their denomination ("they took me to
# methodist"; "the methodist church" is the church's own rule), after a place slot.
_INITIALS = re.compile(
    r"\b(?:at|to|into|from|attend|attends|attended|attending)\s+(ucla|usc|asu|nyu|unlv|uconn"
    r"|umass|uw|osu|lsu|fsu|byu|tcu|smu|vcu|gsu|sdsu|ucsd|uci|ucsf|unc|uva|utep|utsa|uab|uic"
    r"|unm|unr|uk|ku|ksu|msu|isu|wsu|psu|iu|fiu|fau|ucf|usf|cuny|suny|mit|rit|rpi|njit|gwu)\b"
    r"(?!['.-])"
    r"|\b(?:at|to|taken\s+to|into)\s+(methodist|presbyterian|baptist|adventist|lutheran)"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:for|and|when|after|last|again|in|on|because|with|but)\b)",
    re.MULTILINE,
)
# Every cue word of this module in one scan (a look-behind skips the inside of words): a
# venue word, a university's initials or a denomination, a devotion. "at"/"to" and any word
# is slow to scan for; these words are not.
_CUE = re.compile(
    rf"(?<![\w'-])(?:(?P<head>{_HEAD_WORDS})\b|(?P<initials>ucla|usc|asu|nyu|unlv|uconn|umass"
    r"|uw|osu|lsu|fsu|byu|tcu|smu|vcu|gsu|sdsu|ucsd|uci|ucsf|unc|uva|utep|utsa|uab|uic|unm|unr"
    r"|uk|ku|ksu|msu|isu|wsu|psu|iu|fiu|fau|ucf|usf|cuny|suny|mit|rit|rpi|njit|gwu|methodist"
    r"|presbyterian|baptist|adventist|lutheran)(?![a-z])|(?P<devotion>(?:holy|sacred|blessed"
    r"|immaculate|precious|divine)\s|good\s+s|our\s+lady|st\.?\s+[a-z]+(?:'s)?\s+(?:parish"
    r"|cathedral|academy|prep)))"
)


def find_everyday_venues(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Venues named with everyday words (see the module docstring); ``text`` is lowercased."""
    devotion = initials = False
    for head in _CUE.finditer(text):
        if head.group("head") is None:
            devotion = devotion or head.group("devotion") is not None
            initials = initials or head.group("initials") is not None
            continue
        start = head.start()
        slot = _SLOT.search(text, max(0, start - 60), start)
        if slot is None:
            continue
        words = slot.group(2).split()
        if slot.group(1):
            # Keep the last words that may name the venue (the slot may reach back too far).
            while len(words) > 2 and _kind(words[0]):
                words = words[1:]
            if len(words) < 2 or any(_kind(w) for w in words):
                continue
        # Without an article the words are the name ("at little acorns daycare"), unless
        # each only says what kind of venue it is ("at night school").
        elif any(_function_word(w) for w in words) or all(_kind(w) for w in words):
            continue
        if any(w in lex.not_phi_names or w in lex.not_phi_places for w in words):
            continue
        if head.group("head").split()[-1] in SERVICE_HEADS and all(
            w in lex.everyday_words for w in words
        ):
            continue  # a service, not a venue: "grief counseling", "child protective services"
        phrase_start = start - len(" ".join(words)) - 1
        if text[phrase_start:start].strip() != " ".join(words):
            continue
        surface = text[phrase_start : head.end()]
        if surface in lex.not_phi_names:
            continue
        yield phrase_start, head.end(), "LOCATION", 0.6
    for match in _DEVOTION.finditer(text) if devotion else ():
        yield match.start(1), match.end(1), "LOCATION", 0.65
    for match in _INITIALS.finditer(text) if initials else ():
        group = 1 if match.group(1) else 2
        yield match.start(group), match.end(group), "LOCATION", 0.6


def _function_word(word: str) -> bool:
    return word in STOP_WORDS or word in NOT_NAME_WORDS or word.endswith("'s")


def _kind(word: str) -> bool:
    return (
        word in _KIND_WORDS
        or word in STOP_WORDS
        or word in NOT_NAME_WORDS
        or word.endswith("'s")
        or not word.replace("-", "").replace("'", "").isalpha()
    )
