"""People's names and towns from seeded grammars (``entity_grammar_cases``) are found.

The floors sit just under what this tree reaches, so a regression fails the test. Measured
at c46d235 (the start of this work) -> now, on 900 names and 700 towns: lowercase full names
0.807 -> 0.851, written full names 0.951 -> 0.98, lowercase towns 0.906 -> 0.928, written
towns 0.991 -> 1.0. Names that are everyday words said lowercase ("did rose ever
apologize?") stay the weak spot (0.77).
"""

from __future__ import annotations

from collections import defaultdict

from tenor_desktop.redaction import Redactor
from tests.redaction.entity_grammar_cases import (
    address_sentences,
    business_sentences,
    name_sentences,
    town_sentences,
)

NAME_FLOORS = {
    ("given", False): 0.98,
    ("given", True): 0.98,
    ("full", False): 0.95,
    ("full", True): 0.82,
    ("word", False): 0.90,
    ("word", True): 0.72,
}


def _covered(redactor: Redactor, text: str, target: str) -> bool:
    start = text.index(target)
    redacted: set[int] = set()
    for span in redactor.redact(text).spans:
        redacted.update(range(span.start, span.end))
    return sum(1 for k in range(start, start + len(target)) if k in redacted) >= 0.8 * len(target)


def test_generated_names_reach_their_floors(redactor: Redactor) -> None:
    tally: dict[tuple[str, bool], list[int]] = defaultdict(lambda: [0, 0])
    for kind, text, name in name_sentences(600):
        counts = tally[(kind, text.islower())]
        counts[0] += _covered(redactor, text, name)
        counts[1] += 1
    scores = {key: found / total for key, (found, total) in tally.items()}
    assert all(scores[key] >= floor for key, floor in NAME_FLOORS.items()), scores


def test_generated_towns_reach_their_floors(redactor: Redactor) -> None:
    tally: dict[bool, list[int]] = defaultdict(lambda: [0, 0])
    for text, town in town_sentences(400):
        counts = tally[text.islower()]
        counts[0] += _covered(redactor, text, town)
        counts[1] += 1
    scores = {lower: found / total for lower, (found, total) in tally.items()}
    assert scores[False] >= 0.98 and scores[True] >= 0.90, scores


def _scores(redactor: Redactor, cases: list[tuple[str, str]]) -> dict[bool, float]:
    tally: dict[bool, list[int]] = defaultdict(lambda: [0, 0])
    for text, target in cases:
        counts = tally[text.islower()]
        counts[0] += _covered(redactor, text, target)
        counts[1] += 1
    return {lower: found / total for lower, (found, total) in tally.items()}


def test_generated_addresses_are_found_whole(redactor: Redactor) -> None:
    # At c46d235: 0.90 (lowercase) and 0.91 (written) with spoken house numbers.
    scores = _scores(redactor, list(address_sentences(300)))
    assert scores[False] >= 0.97 and scores[True] >= 0.97, scores


def test_generated_business_names_reach_their_floors(redactor: Redactor) -> None:
    # At c46d235: 0.32 (lowercase) and 0.68 (written); a bare lowercase name after an
    # everyday frame ("i still can't go back to husk") stays the weak spot.
    scores = _scores(redactor, list(business_sentences(300)))
    assert scores[False] >= 0.80 and scores[True] >= 0.58, scores
