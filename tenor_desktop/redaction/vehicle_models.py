"""Car and truck models are no one's name: "a black Ram", "my Corolla", "a gray Highlander,
plate 4TRW 81".

A model said after an article, a possessive or a colour or age word names a vehicle, which
the plate or VIN identifies, not the model. :func:`vehicle_model_ranges` returns the ranges
no name or place may take ("moved to Tacoma" and "Ram said" keep their readings).
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


def vehicle_model_ranges(low: str) -> list[tuple[int, int]]:
    """Ranges of the lowercased ``low`` that name a car or truck model."""
    return [
        (m.start(), m.end())
        for m in _MODEL.finditer(low)
        if m.group(1) or _DETERMINER_BEFORE.search(low, max(0, m.start() - 40), m.start())
    ]
