"""Places: streets, routes, facilities, towns and lexicon cities (states and countries are not PHI).

Each finder yields ``(start, end, label, confidence)``; they run on spoken-normalised text
("fourteen ten harmon street" has become "1410 harmon street"). The finders live by what they
find: streets and routes in :mod:`street_rules`, facilities and workplaces in
:mod:`facility_rules`, towns in :mod:`town_rules` and :mod:`town_regions`.
"""

from __future__ import annotations

from collections.abc import Iterator

from tenor_desktop.redaction.british_places import find_british_places
from tenor_desktop.redaction.employer_plants import find_employer_plants
from tenor_desktop.redaction.entity_rules import Hit
from tenor_desktop.redaction.facility_rules import (
    find_capitalised_facilities,
    find_guarded_facilities,
    find_lowercase_facilities,
    find_residences,
    find_workplaces,
    is_generic_facility_word,
)
from tenor_desktop.redaction.known_businesses import find_known_businesses
from tenor_desktop.redaction.known_streets import find_known_streets
from tenor_desktop.redaction.legal_aid_places import find_legal_aid_places
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.police_places import find_police_places
from tenor_desktop.redaction.street_rules import (
    find_driven_roads,
    find_routes,
    find_streets,
    find_towns_after_addresses,
    find_unit_streets,
)
from tenor_desktop.redaction.text_case import lower_same_length
from tenor_desktop.redaction.town_regions import find_towns_before_regions
from tenor_desktop.redaction.town_rules import (
    find_lexicon_places,
    find_named_towns,
    find_rare_towns,
    find_town_sites,
    find_town_words,
    find_where_lived,
)

__all__ = ["find_places", "is_generic_facility_word"]


def find_places(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Streets, routes, facilities and lexicon cities (states and countries excluded)."""
    low = lower_same_length(text)
    yield from find_residences(text, lex)
    yield from find_towns_after_addresses(low, lex)
    yield from find_town_words(text)
    yield from find_streets(text, lex)
    yield from find_lowercase_facilities(text)
    yield from find_routes(low)
    yield from find_guarded_facilities(text, lex)
    yield from find_workplaces(text, lex)
    yield from find_capitalised_facilities(text, lex)
    yield from find_lexicon_places(text, lex)
    yield from find_rare_towns(text, lex)
    yield from find_where_lived(low, lex)
    yield from find_named_towns(low, lex)
    yield from find_towns_before_regions(low, lex)
    yield from find_town_sites(low, lex)
    yield from find_unit_streets(low)
    yield from find_driven_roads(low, lex)
    yield from find_british_places(low, lex)
    yield from find_known_businesses(text, lex)
    yield from find_employer_plants(text, lex)
    yield from find_legal_aid_places(text, lex)
    yield from find_known_streets(text, lex)
    yield from find_police_places(text, lex)
