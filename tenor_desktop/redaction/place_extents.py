"""A place found by its name alone, widened to the kind words said with it, and address parts.

A span must cover most of what was said, and the name of a place is often found without the
words after it: "st. mary's" of "st. mary's medical center", "riverside county" of "riverside
county jail", "lincoln park" of "lincoln park zoo". :func:`widen_places` takes those words in
(a LOCATION span followed by a facility's kind words), and "the 1400 block of" or "rural" before
a street or route.

:func:`find_address_parts` finds the parts of an address said on their own: "apartment 12c",
"unit 4b", "off exit 12".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.chain_streets import BRAND_PATTERN
from tenor_desktop.redaction.entity_rules import Hit
from tenor_desktop.redaction.facility_words import FACILITY_HEADS
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import STOP_WORDS
from tenor_desktop.redaction.place_tails import (
    capital_run,
    initials_before,
    street_suffix_end,
    tail_after_facility,
    unit_end,
)
from tenor_desktop.redaction.venue_on_street import street_end, venue_start

# (start, end, label, confidence, tier), as the PHI detector merges them.
_Candidate = tuple[int, int, str, float, str]

_TAIL = re.compile(
    r"(?:\s+(?:regional|memorial|community|general|medical|behavioral|public|catholic|juvenile"
    r"|county|senior|elementary|middle|high|christian|detention|correctional|state|children's"
    r"|tech|health|adventist|methodist|baptist|presbyterian|lutheran|freight|logistics|ranch"
    r"|square|commons|mall|plaza|heights|village|crossing|station|prep|academy|college|hall|inn"
    r"|club|lodge|manor|tavern|pub|grill|diner|cafe|caf\u00e9|motel|hotel|suites|resort|fitness"
    r"|university|library|zoo|jail|prison|apartments|church|cathedral|chapel|cemetery|hospice"
    r"|hospital|clinic|rehab|school|schools|detention|medical\s+cent(?:er|re)"
    r"|institution|institute|foundation|resort|unit|houses|city|va|court|central"
    r"|courthouse|municipal|fairgrounds?"
    r"|health\s+cent(?:er|re)|nursing\s+home|assisted\s+living|medical\s+group"
    r"|treatment\s+cent(?:er|re)|recovery\s+cent(?:er|re)|community\s+cent(?:er|re)"
    r"|senior\s+cent(?:er|re)|detention\s+cent(?:er|re)|correctional\s+(?:facility"
    r"|cent(?:er|re))|cent(?:er|re)))+\b(?!['-])",
    re.IGNORECASE,
)
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|oh|zero)"
)
_SPOKEN_NUMBER = rf"{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD}){{0,4}}"
_HEAD = re.compile(
    r"(?:\b(?:the\s+)?\d{1,5}\s+block\s+of\s+|\brural\s+|\bold\s+(?=route\b)"
    # "Mount Olive Baptist", "Port of New Orleans", "Fort Bragg": the word that opens the name.
    r"|\b(?:[Mm]ount|[Mm]t\.?|[Pp]ort\s+of|[Ff]ort|[Cc]amp)\s+"
    # "east baton rouge parish", "South Tucson": a direction that opens the name.
    r"|\b(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:east|west)?\s+"
    # "Da Nang", "La Paz", "Des Moines": a particle that opens a town's name.
    r"|\b(?:[Dd]a|[Ll]a|[Ll]e|[Ee]l|[Ll]os|[Ll]as|[Dd]e|[Dd]es|[Dd]u|[Dd]i|[Dd]el|[Aa]l|[Hh]o"
    r"|[Nn]ha|[Vv]ung|[Bb]ien)\s+"
    # "at 1187 route 9", "is fifty five north acadian thruway": the house number.
    rf"|\b(?:at|is|into|to|from|near|outside|on)\s+(?P<number>\d{{1,5}}[a-z]?|{_SPOKEN_NUMBER})\s+)$"
)
# A town's name goes on after a particle: "port au prince", "santiago de los caballeros".
_PARTICLE_TAIL = re.compile(
    r"(?:\s+(?:de|del|du|des|au|aux|do|dos|das)(?:\s+(?:la|las|los|le|les))?)+\s+"
    r"([A-Za-z\u00c0-\u00ff][a-z\u00e0-\u00ff'-]{2,})\b",
    re.IGNORECASE,
)
_NOT_TAIL = frozenset("the this that these those la las los le les semana noche dia".split())
_PARTICLE_GAP = re.compile(
    r"(?:\s+(?:de|del|du|des|au|aux|do|dos|das)(?:\s+(?:la|las|los|le|les))?)+\s+", re.I
)
_PARTICLE_END = re.compile(r"\s(?:de|del|du|des|au|aux|do|dos|das|la|los|las)$", re.I)
_NEXT_WORD = re.compile(r"\s+([A-Za-z\u00c0-\u00ff][a-z\u00e0-\u00ff'-]{2,})\b")


def _particle_tail_end(text: str, end: int, limit: int) -> int:
    """The end of a town's name going on after a particle ("santiago" + " de los caballeros"),
    or said up to its particle ("port au" + " prince"); ``end`` if none."""
    tail = _PARTICLE_TAIL.match(text, end, limit)
    if tail is None and _PARTICLE_END.search(text, max(0, end - 5), end):
        tail = _NEXT_WORD.match(text, end, limit)
    if tail is None or tail.group(1).lower() in _NOT_TAIL or tail.group(1).lower() in STOP_WORDS:
        return end  # "in denver do you think", "port au" + " the"
    return tail.end()


_PARTICLE_PLACE = re.compile(
    r"\b(?:in|from|to|near|of|outside)\s+((?:Da|La|Le|El|Los|Las|De|Des|Du|Di|Del|Al|Ho|Nha"
    r"|Vung|Bien)\s+)$"
)
# Lowercase, only what is a business ("gracie's bar and grill"): "gracie's place" is her home.
_OWNED_BUSINESS = re.compile(
    r"'s\s+(?:bar\s+(?:and|&)\s+grill|bar|pub|tavern|diner|grill|cafe|caf\u00e9|bakery|deli"
    r"|salon|garage|auto|market|barbershop|pizza|pizzeria|tacos|taqueria|tap|taproom|lounge"
    r"|saloon|cantina|books|bookstore|liquor|liquors|hardware|tire|tires|pawn)\b(?!['-])"
)
_OWNED_PLACE = re.compile(
    r"'s\s+(?:House|Place|Kitchen|Pantry|Closet|Haven|Table|Landing|Pub|Tavern|Diner|Bar"
    r"|Grill|Cafe|Café|Bakery|Deli|Salon|Garage|Auto|Market|Tap|Taproom|Lounge|Saloon|Cantina"
    r"|Books|Bookstore|Liquor|Liquors|Hardware|Tire|Tires|Pawn)\b(?!['-])"
)
_UNIT = re.compile(r"(?:apartment|apt|unit|suite|ste)\b", re.IGNORECASE)
_ADDRESS_PART = re.compile(
    r"\b(?:(?:apartment|apt\.?|suite|ste\.?)\s+(?:#\s*|number\s+)?\d{1,5}[a-z]?"
    r"|unit\s+(?:#\s*)?\d{1,5}[a-z]|(?:off|at|near|by|past)\s+(exit\s+\d{1,3}[a-z]?))\b"
    r"(?!\s*(?:percent|dollars|hours|minutes|of\s+the\s+(?:book|course|class)))"
)

# A fire or police house known by its number, where someone works or is: "my captain at
# station 15", "my buddy from the firehouse, engine 10 in towson" (not "station 2 of 5").
_NUMBERED_POST = re.compile(
    r"(?:\b(?:at|from|to|in|with|of|over|firehouse,)\s+(?:the\s+)?)"
    r"((?:fire\s+)?(?:station|engine|ladder|firehouse|precinct)\s+(?:number\s+)?\d{1,3})\b"
    r"(?!\s*(?:of|out\s+of|percent|minutes|hours)\b)"
)
# A police house or a court known by its ordinal: "a report at the 5th precinct" ("fifth"
# is read as "5th"), "court at 36th district" (not "the 5th district of the map": a count).
_ORDINAL_POST = re.compile(
    r"\b(?:at|from|to|in|with|of|over)\s+(?:the\s+)?"
    r"(\d{1,3}(?:st|nd|rd|th)\s+(?:police\s+)?(?:precinct|district(?:\s+court)?))\b"
    r"(?!\s+(?:of|out\s+of)\b)"
)
# Said around a fire or police house, not a work or exercise station ("station 4 on the line").
_FIRE_OR_POLICE = re.compile(
    r"\b(?:fire|fires|firefighters?|firehouse|captain|crew|engine|ladder|battalion|paramedics?"
    r"|emts?|medics?|police|cops?|precinct|officers?|sergeant|lieutenant|deputy|dispatch)\b"
)

# Chains and brands: said alone they locate nobody ("i was at costco"); on a street they are
# one place with it ("the kroger on ridgeway avenue", as "Kroger on Ridgeway Avenue" is).
# "the costco in iwilei", "walmart's lot on vineland road" too.
_BRAND_BEFORE = re.compile(
    rf"(?<![\w'-])({BRAND_PATTERN})(?:'s\s+(?:parking\s+)?lot)?\s+(?:on|off|in)\s+$",
    re.IGNORECASE,
)


def widen_places(text: str, spans: list[_Candidate], lex: Lexicons) -> list[_Candidate]:
    """LOCATION spans with the kind words after them, and a block, "rural" or a chain on the
    street before them."""
    widened: list[_Candidate] = []
    skip = -1
    for index, (start, end, label, conf, source) in enumerate(spans):
        if index == skip:
            continue
        particle = _PARTICLE_PLACE.search(text, max(0, start - 16), start)
        if label == "NAME" and particle is not None:
            # "in Da Nang", "from La Paz": a name after a place particle is the town.
            label, start = "LOCATION", particle.start(1)
        if label == "NAME" and text[max(0, start - 4) : start] == " in ":
            if _BRAND_BEFORE.search(text, max(0, start - 28), start):
                label = "LOCATION"  # "the costco in iwilei": the chain's town
        if _facility_of_place(text, start, end, spans[index + 1 : index + 2]):
            # "Hospice of the Valley", "Sisters of Mercy": a facility named for a place.
            label, end, skip = "LOCATION", spans[index + 1][1], index + 1
        nearest = skip + 1 if skip == index + 1 else index + 1
        following = spans[nearest][0] if nearest < len(spans) else len(text)
        owned = _OWNED_PLACE.match(text, end, following) or _OWNED_BUSINESS.match(
            text, end, following
        )
        if label == "NAME" and owned is not None:
            # "Hannah's House", "Joe's Diner": a program or shop named after its owner.
            label, end = "LOCATION", owned.end()
        if label == "NAME" and (
            _capital_kind_after(text, end) or _ends_in_capital_kind(text, start, end)
        ):
            # "Cebu City", "Olive Baptist": a name with a capitalised kind word after it
            # is a place's name.
            label = "LOCATION"
        limit = following
        suffix_end = street_suffix_end(text, end, limit) if label in ("NAME", "LOCATION") else None
        if suffix_end is not None:
            # "stan schlueter" + " loop", "north acadian" + " thruway": a street.
            label, end = "LOCATION", suffix_end
        if label == "LOCATION":
            tail = _TAIL.match(text, end, limit)
            if tail is not None:
                end = tail.end()
            end = unit_end(text, tail_after_facility(text, start, end, limit, lex), limit)
            if text.startswith(" on ", end):
                end = street_end(text, end, limit, lex)
            end = _particle_tail_end(text, end, limit)
            after = spans[nearest] if nearest < len(spans) else None
            if (
                after is not None
                and after[2] == "NAME"
                and _PARTICLE_GAP.fullmatch(text, end, after[0])
            ):
                end, skip = after[1], nearest  # "santiago de los" + "caballeros"
            floor = widened[-1][1] if widened else 0
            head = _HEAD.search(text, max(floor, start - 24), start)
            if head is not None:
                start = head.start("number") if head.group("number") else head.start()
            elif _chain_found_before(text, start, widened):
                start = widened.pop()[0]  # "the CVS" (a workplace) + " in " + "Plano": one place
            elif any(p in text[max(floor, start - 5) : start] for p in (" o", " in ")):
                # A name found in the chain's name ("denny" of "denny's") gives way to it.
                before = widened[-1] if widened and widened[-1][2] == "NAME" else None
                low = before[0] if before is not None else floor
                brand = _BRAND_BEFORE.search(text, max(low, start - 28), start)
                if brand is not None:
                    start = brand.start(1)
                    if before is not None and before[0] >= start:
                        widened.pop()
                else:
                    found = initials_before(text, start, floor)
                    if found == start:
                        found = _venue_before(text, start, end, widened, before, lex)
                    if found == start:
                        found = _venue_over_spans(text, start, end, widened, lex)
                    if found == start:
                        found = _capital_venue(text, start, widened)
                    start = found
        if label in ("NAME", "LOCATION"):
            floor = widened[-1][1] if widened else 0
            start, end = capital_run(text, start, end, floor, limit)
            if label == "NAME" and text.startswith("The ", start):
                label = "LOCATION"  # "outside The Rusty Anchor": a name with its article
        previous = widened[-1] if widened else None
        if (
            previous is not None
            and label == previous[2] == "LOCATION"
            and text[previous[1] : start] in (", ", " ")
            and _UNIT.match(text, start)
        ):
            # "18 north wickham, apartment 2" is one address.
            widened[-1] = (previous[0], end, label, max(conf, previous[3]), previous[4])
            continue
        widened.append((start, end, label, conf, source))
    return [c for c in widened if not _state_or_country(text, c, lex)]


def _state_or_country(text: str, span: _Candidate, lex: Lexicons) -> bool:
    """Whether a LOCATION span is a whole state or country, most often put together from
    parts the finders took apart ("New" + "Hampshire"): alone one locates no one."""
    return span[2] == "LOCATION" and text[span[0] : span[1]].lower() in lex.not_phi_places


def _chain_found_before(text: str, start: int, widened: list[_Candidate]) -> bool:
    """Whether the span before the town at ``start`` is a chain found as a place, said
    "<chain> in <town>" (as "the costco in iwilei" is one place when the chain was not found)."""
    if not widened or widened[-1][2] != "LOCATION" or text[widened[-1][1] : start] != " in ":
        return False
    brand = _BRAND_BEFORE.search(text, widened[-1][0], start)
    return brand is not None and brand.start(1) == widened[-1][0]


def _venue_before(
    text: str,
    start: int,
    end: int,
    widened: list[_Candidate],
    before: _Candidate | None,
    lex: Lexicons,
) -> int:
    """Where a venue's name before the street at ``start`` begins (``start`` if none). A name
    found inside the venue's name gives way to it ("at asian americans advancing justice on
    ..."), but a name that is the whole run stays a person ("a ride from maria on main st")."""
    if before is None:
        return venue_start(text, start, end, widened[-1][1] if widened else 0, lex)
    found = venue_start(text, start, end, widened[-2][1] if len(widened) > 1 else 0, lex)
    if found >= before[1]:
        return found
    if found < before[0] or (found == before[0] and text[before[1] : start] != " on "):
        widened.pop()
        return found
    return start


def _venue_over_spans(
    text: str, start: int, end: int, widened: list[_Candidate], lex: Lexicons
) -> int:
    """Where a venue's name before the street at ``start`` begins when words of it were found
    apart ("by the kwik trip on sunset drive": "kwik"; "the Delta Chi house on College
    Avenue": "Delta", "Chi"); those finds give way to the whole. ``start`` if none."""
    inside = len(widened)
    while (
        inside > 0
        and widened[inside - 1][2] in ("NAME", "LOCATION")
        and widened[inside - 1][0] >= start - 40
        and _WORDS_ONLY.fullmatch(text, widened[inside - 1][1], start)
    ):
        inside -= 1
    if inside == len(widened):
        return start
    floor = widened[inside - 1][1] if inside > 0 else 0
    found = venue_start(text, start, end, floor, lex)
    if found > widened[inside][0]:
        return start
    del widened[inside:]
    return found


# Two or more capitalised words right before " on " and a capitalised street: a business's
# name, even opening a sentence ("Shear Bliss on Kettering Road closes", "Kestrel Systems on
# Water Street").
_CAPITAL_VENUE = re.compile(r"(?<![\w'-])((?:[A-Z][a-z'&-]+ ){2,4})on $")


def _capital_venue(text: str, start: int, widened: list[_Candidate]) -> int:
    """Where a capitalised venue's name before the street at ``start`` begins, or ``start``;
    names found inside it give way to it."""
    if not text[start : start + 1].isupper():
        return start
    floor = widened[-1][1] if widened and widened[-1][1] <= start - 40 else 0
    match = _CAPITAL_VENUE.search(text, max(floor, start - 48), start)
    if match is None:
        return start
    words = match.group(1).split()
    if any(w.lower() in STOP_WORDS or w.lower() in _NOT_VENUE_WORDS for w in words):
        return start
    venue = match.start(1)
    inside = [c for c in widened if c[0] >= venue]
    if any(c[2] not in ("NAME", "LOCATION") for c in inside) or any(
        c[0] == venue and c[2] == "NAME" for c in inside
    ):
        return start  # "I saw Maria Lopez on Main Street": a person found from the first word
    if len(inside) < len(widened) and widened[-len(inside) - 1][1] > venue:
        return start
    del widened[len(widened) - len(inside) :]
    return venue


# Capitalised words that open no venue's name: titles, kin and calendar words.
_NOT_VENUE_WORDS = frozenset(
    "dr mr mrs ms miss doctor mom dad grandma grandpa aunt uncle officer judge coach pastor"
    " monday tuesday wednesday thursday friday saturday sunday yesterday today tonight"
    " january february march april may june july august september october november december"
    " christmas easter thanksgiving".split()
)
_WORDS_ONLY = re.compile(r"(?:\s+[A-Za-z][\w'-]*)*\s+on\s+")
# Heads said before "of" a place only ("Hospice of the Valley", "Farmers Trust of Sac County").
_OF_HEADS = frozenset(("hospice", "trust", "sisters", "brothers"))


def _facility_of_place(text: str, start: int, end: int, after: list[_Candidate]) -> bool:
    """Whether the span ending in a capitalised facility word ("Hospice", "Trust") and the
    capitalised name found after it are one place, joined by "of" or "of the"."""
    if not after or after[0][2] not in ("NAME", "LOCATION"):
        return False
    if text[end : after[0][0]] not in (" of ", " of the ") or not text[after[0][0]].isupper():
        return False
    words = text[start:end].split()
    if len(words) > 1 and words[0] in ("St.", "St", "Saint"):
        return True  # "St. Joan of Arc": the saint's own name goes on
    return words[-1][:1].isupper() and words[-1].lower() in FACILITY_HEADS | _OF_HEADS


def owned_place_word(word: str) -> bool:
    """A capitalised kind word that names a place after an owner's name ("House", "Diner")."""
    return _OWNED_PLACE.fullmatch("'s " + word) is not None


def _capital_kind_after(text: str, end: int) -> bool:
    """Whether a capitalised institution word follows ``end`` ("Cebu City", "Jordan High")."""
    after = re.match(r"\s+([A-Z][a-z]+)\b", text[end : end + 20])
    return after is not None and after.group(1).lower() in _INSTITUTION_WORDS


def _ends_in_capital_kind(text: str, start: int, end: int) -> bool:
    """Whether a name of two words or more ends in a capitalised institution word."""
    words = text[start:end].split()
    return len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in _INSTITUTION_WORDS


# Kind words no surname is ("Hall", "Church" and "Inn" are): a name before or ending in one is
# a place ("Cebu City", "Mount Olive Baptist", "Jordan High").
_INSTITUTION_WORDS = frozenset(
    "baptist methodist presbyterian lutheran adventist memorial regional hospital clinic "
    "academy college university institute institution foundation elementary cathedral city "
    "county high".split()
)


def find_address_parts(text: str) -> Iterator[Hit]:
    """Apartments, units, suites and highway exits said on their own, and numbered fire and
    police houses and courts ("at station 15", "engine 10 in towson", "at the 5th precinct");
    ``text`` lowercased."""
    if "precinct" in text or "district" in text:
        for match in _ORDINAL_POST.finditer(text):
            yield match.start(1), match.end(1), "LOCATION", 0.6
    if any(w in text for w in ("station ", "engine ", "ladder ", "firehouse ", "precinct ")):
        for match in _NUMBERED_POST.finditer(text):
            near = text[max(0, match.start() - 400) : match.end() + 400]
            if _FIRE_OR_POLICE.search(near):
                yield match.start(1), match.end(1), "LOCATION", 0.6
    if not any(w in text for w in ("apartment", "apt", "suite", "ste ", "ste.", "unit ", "exit ")):
        return
    for match in _ADDRESS_PART.finditer(text):
        group = 1 if match.group(1) else 0
        yield match.start(group), match.end(group), "LOCATION", 0.65
