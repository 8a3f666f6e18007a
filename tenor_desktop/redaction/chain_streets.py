"""A chain store, restaurant or gas station and the street it stands on: "the circle k on
paisano", "the h e b on tidwell", "king soopers on havana", "the seven eleven on eighty second
and foster".

A chain alone locates nobody ("i shop at walmart"); on a street it is one shop that locates
the speaker, and dev marks "Kroger on Ridgeway Avenue" as one place. After a chain's name and
"on" or "off", one or two words name the street when they end the phrase: an ordinal, a word
that is no everyday English or is capitalised, or one of the commonest street names, with a
street suffix or a second street of a corner after it. Weekdays, times and everyday words
("the walmart on weekends", "the target on sale") are no streets.

Runs on spoken-normalised text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.place_shapes import CHAINS
from tenor_desktop.redaction.place_tails import NOT_STREET
from tenor_desktop.redaction.street_names import COMMON_STREETS

# Chains, gas stations and banks: many shops of one name, each located by its street.
BRANDS = CHAINS | frozenset(
    "shell exxon mobil sunoco wawa sheetz speedway chevron bp citgo marathon valero 7-eleven"
    " dunkin dunkin' ymca goodwill autozone chase arby's popeyes culver's zaxby's bojangles"
    " hy-vee jewel jewel-osco mariano's giant stop-and-shop winn-dixie ingles ihop"
    " applebee's chili's hardee's sonic kfc home_depot planet_fitness circle_k wells_fargo"
    " dollar_general family_dollar dollar_tree burger_king taco_bell waffle_house"
    " cracker_barrel olive_garden best_buy food_lion trader_joe's whole_foods anytime_fitness"
    " gold's_gym la_fitness bank_of_america pizza_hut little_caesars white_castle tim_hortons"
    " dairy_queen motel_6 super_8 red_roof days_inn h-e-b h_e_b harris_teeter king_soopers"
    " food_4_less food_for_less seven_eleven 7_eleven piggly_wiggly fred_meyer winco fry's"
    " stater_bros save_a_lot save-a-lot lidl sprouts giant_eagle price_chopper hannaford"
    " market_basket rite_aid smith's qt quiktrip racetrac love's pilot buc-ee's whataburger"
    " jack_in_the_box carl's_jr in-n-out chick-fil-a"
    # British and Irish chains: "the co op on kings road", "the tesco on mill lane".
    " tesco sainsbury's sainsburys asda morrisons waitrose co-op co_op greggs argos primark"
    " aldi costa nando's wetherspoons londis centra dunnes".split()
)
BRAND_PATTERN = "|".join(
    sorted((re.escape(b).replace("_", r"\s+") for b in BRANDS), key=len, reverse=True)
)
_ON = re.compile(r" (?:on|off) ", re.IGNORECASE)
_BRAND_BEFORE = re.compile(rf"(?<![\w'-])(?:{BRAND_PATTERN})$", re.IGNORECASE)
_STREET_AFTER = re.compile(
    r"((?:(?:north|south|east|west)\s+)?[a-z0-9][a-z0-9'-]*(?:\s+[a-z][a-z'-]*)?)"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:and|but|in|by|near|where|since|for|on|at|with|every|when|if|so"
    r"|to|i|he|she|we|they|that|which|across|downtown|now|anymore|the|last|this|after|before"
    r"|was|is|had|has|yesterday|today|tonight)\b)",
    re.IGNORECASE | re.MULTILINE,
)
_ORDINAL = re.compile(
    r"(?:\d{1,3}(?:st|nd|rd|th)|(?:(?:one|two)\s+)?(?:(?:twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety)[\s-]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth"
    r"|eightieth|ninetieth))$"
)
_SUFFIX = re.compile(
    r"\s+(?:street|st\.?|avenue|ave\.?|road|rd\.?|drive|dr\.?|boulevard|blvd\.?|lane|ln\.?"
    r"|parkway|pkwy|highway|hwy|way|court|place|pike|circle|trail)\b(?!['-])",
    re.IGNORECASE,
)
_CORNER = re.compile(r"\s+(?:and|&)\s+([a-z0-9][a-z0-9'-]*)\b(?!['-])", re.IGNORECASE)
# The commonest US street names (street_names), and a few more said after a chain.
_COMMON_STREETS = COMMON_STREETS | frozenset(
    "lakeside river harbor airport university pleasant front water high".split()
)


def find_chain_streets(text: str, lex: Lexicons) -> Iterator[Hit]:
    """A chain and its street, of the shape in the module docstring."""
    for on in _ON.finditer(text):
        brand = _BRAND_BEFORE.search(text, max(0, on.start() - 24), on.start())
        match = _STREET_AFTER.match(text, on.end()) if brand is not None else None
        if brand is None or match is None:
            continue
        street = match.group(1)
        words = street.lower().split()
        end = match.end(1)
        if not _street(street, words, lex):
            if len(words) < 2 or not _street(street.split()[0], words[:1], lex):
                continue
            end = match.start(1) + len(street.split()[0])
        suffix = _SUFFIX.match(text, end)
        if suffix is not None:
            end = suffix.end()
        corner = _CORNER.match(text, end)
        if corner is not None and _corner_street(corner.group(1), words, lex):
            end = corner.end()
        yield brand.start(), end, "LOCATION", 0.7


def _street(surface: str, words: list[str], lex: Lexicons) -> bool:
    """Whether ``words`` can name a street said after a chain and "on"."""
    if any(w in STOP_WORDS or w in NOT_STREET for w in words):
        return False
    if _ORDINAL.match(" ".join(words)) or words[0][:1].isdigit():
        return True
    last = words[-1]
    if last in _COMMON_STREETS or surface.split()[-1][:1].isupper():
        return True
    return all(w not in lex.everyday_words and w not in lex.common_words for w in words)


def _corner_street(word: str, first: list[str], lex: Lexicons) -> bool:
    """Whether ``word`` after "and" names the second street of a corner: a street by the rules
    above, or any plain word after a numbered street ("eighty second and foster")."""
    low = word.lower()
    if "'" in low or low in STOP_WORDS or low in NOT_STREET:
        return False
    return _street(word, [low], lex) or _ORDINAL.match(" ".join(first)) is not None
