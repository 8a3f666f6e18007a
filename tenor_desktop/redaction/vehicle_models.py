"""Car and truck models are no one's name: "a black Ram", "my Corolla", "a gray Highlander,
plate 4TRW 81".

A model said after an article, a possessive or a colour or age word names a vehicle, which
the plate or VIN identifies, not the model. :func:`vehicle_model_ranges` returns the ranges
no name or place may take ("moved to Tacoma" and "Ram said" keep their readings; a model
named after a town is a vehicle only with a plate or tag said next to it).
"""

from __future__ import annotations

import re

# Models named after towns (Tacoma, Tucson, Santa Fe, Malibu, Durango, Sedona ...) are left
# out: sparing "an old Tacoma" would leave the town readable where the client lives there.
_MODELS = (
    "corolla|camry|prius|rav4|rav-4|highlander|tundra|4runner|sienna|avalon|yaris"
    "|civic|accord|cr-v|crv|pilot|odyssey|ridgeline|altima|sentra|maxima|rogue|pathfinder"
    "|frontier|versa|murano|elantra|sonata|kona|optima|sorento|soul|sportage"
    "|forte|jetta|passat|tiguan|golf|beetle|outback|forester|impreza|crosstrek|legacy|mazda3"
    "|cx-5|miata|impala|silverado|tahoe|suburban|equinox|traverse|camaro|corvette|cruze"
    "|f-150|f150|f-250|ranger|explorer|escape|fusion|focus|mustang|bronco|expedition"
    "|ram|charger|challenger|caravan|grand\\s+caravan|wrangler|compass|liberty|acadia"
    "|enclave|escalade|model\\s+3|model\\s+y|leaf|bolt"
    # Semi trucks, said by their make ("my rig, the Peterbilt", "a white Peterbilt").
    "|peterbilt|kenworth|freightliner"
    # A make said as the vehicle ("the Buick, plate 829 KRP", "lent me his Buick"); makes that
    # are common surnames or words (Ford, Lincoln, Dodge, Mercury) are left out.
    "|buick|toyota|honda|nissan|hyundai|chevy|chevrolet|subaru|mazda|volkswagen|cadillac"
    "|lexus|acura|infiniti|chrysler|pontiac|volvo|audi|bmw"
)
_DETERMINER = (
    r"(?:my|his|her|our|their|your|a|an|the|that|this|those|these|[a-z]+'s)\s+"
    r"(?:(?:old|new|used|beat-up|little|big|black|white|gray|grey|silver|red|blue|green|maroon"
    r"|tan|gold|brown|dark|light|two-door|four-door|\d{4}|'\d{2}|toyota|honda|nissan|hyundai"
    r"|kia|ford|chevy|chevrolet|dodge|jeep|gmc|subaru|mazda|volkswagen|vw|tesla|buick"
    r"|cadillac)\s+){0,3}"
)
# Models said in the plural (group 1) are cars whatever comes before: "mostly Priuses".
_MODEL = re.compile(rf"(?<![\w'-])(?:{_MODELS})(es|s)?(?!['-]?\w)")
# Searched back from a model: the article, possessive or describing words before it.
_DETERMINER_BEFORE = re.compile(rf"\b{_DETERMINER}$")
# A colour said right before a model, with no article, describes a vehicle too: "white
# Silverado, plate LMK-4821", "Black Charger, tag MS 2HW 817".
_COLOUR_BEFORE = re.compile(
    r"\b(?:black|white|gray|grey|silver|red|blue|green|maroon|tan|gold|brown)\s+$"
)
# Models named after towns count only with a plate or tag said next to them ("the Tacoma
# with plate P N K 6 1 3", "White Tacoma, plate CDR5521"; not "moved to Tacoma").
_TOWN_MODEL = re.compile(r"(?<![\w'-])(?:tacoma|malibu|durango|sedona|santa\s+fe)(?!['-]?\w)")
_PLATE_WORD = re.compile(r"\b(?:plates?|tag)\b")
# A make before a site word is the company's site, where someone works ("at the BMW plant in
# Greer", "the toyota dealership on vine street"), not a vehicle.
_SITE_AFTER = re.compile(
    r"\s+(?:plant|factory|dealership|dealer|assembly\s+plant|headquarters|hq|warehouse"
    r"|distribution\s+center)\b"
)


def vehicle_model_ranges(low: str) -> list[tuple[int, int]]:
    """Ranges of the lowercased ``low`` that name a car or truck model."""
    ranges = [
        (m.start(), m.end())
        for m in _MODEL.finditer(low)
        if not _SITE_AFTER.match(low, m.end())
        and (
            m.group(1)
            or _DETERMINER_BEFORE.search(low, max(0, m.start() - 40), m.start())
            or _COLOUR_BEFORE.search(low, max(0, m.start() - 8), m.start())
        )
    ]
    if "plate" in low or "tag" in low:
        for m in _TOWN_MODEL.finditer(low):
            described = _DETERMINER_BEFORE.search(
                low, max(0, m.start() - 40), m.start()
            ) or _COLOUR_BEFORE.search(low, max(0, m.start() - 8), m.start())
            if described and _PLATE_WORD.search(low, max(0, m.start() - 40), m.end() + 40):
                ranges.append((m.start(), m.end()))
    return ranges
