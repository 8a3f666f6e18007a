"""Structured identifiers said every way the grammar knows, and numbers that identify nobody.

The cases come from :mod:`tests.redaction.spoken_identifier_cases` (a seeded grammar of how
people read numbers, letters, addresses and dates aloud); an identifier counts as found when
redacted characters cover 80% of it, as the README scores. Each label has a recall floor the
detector reaches; the non-PHI number sentences must come out untouched.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.spoken_grammar_report import GrammarScore, score, table
from tests.redaction.spoken_identifier_cases import all_cases

# Recall floors per label, what the detector reaches on the generated cases (see the table).
FLOORS = {
    "SSN": 1.0,
    "PHONE": 1.0,
    "FAX": 1.0,
    "EMAIL": 1.0,
    "MRN": 1.0,
    "HEALTH_PLAN": 1.0,
    "ACCOUNT": 1.0,
    "LICENSE": 1.0,
    "VEHICLE": 1.0,
    "DEVICE": 1.0,
    "URL": 1.0,
    "IP": 1.0,
    "ID": 1.0,
    "DATE": 1.0,
}


@pytest.fixture(scope="module")
def grammar_score(redactor: Redactor) -> GrammarScore:
    return score(redactor)


def test_the_grammar_is_deterministic_and_modest() -> None:
    first, second = all_cases(), all_cases()
    assert first == second
    assert 300 <= len(first) <= 600
    for case in first:
        assert case.text[case.start : case.end].strip() == case.text[case.start : case.end]
        assert case.end > case.start
    assert set(FLOORS) == {case.label for case in first}


@pytest.mark.parametrize("label", sorted(FLOORS))
def test_each_label_reaches_its_recall_floor(grammar_score: GrammarScore, label: str) -> None:
    assert grammar_score.recall(label) >= FLOORS[label], table(grammar_score)


def test_numbers_that_identify_nobody_are_left_alone(grammar_score: GrammarScore) -> None:
    assert grammar_score.false_spans == []
