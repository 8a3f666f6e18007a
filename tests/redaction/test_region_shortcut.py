"""may_name_region: the once-per-text test that lets _inside_region skip its windowed search.

It may answer True too often (the search then decides) but never False where a search of the
region pattern, in any window of the text, would find a region.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tenor_desktop.redaction.phi_mentions import may_name_region

_NAMES = ["el salvador", "new york", "puerto rico", "st. kitts"]
_REGIONS = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in _NAMES) + r")\b", re.IGNORECASE)


def test_a_named_region_in_any_case_is_seen() -> None:
    assert may_name_region("Client: my cousin in EL SALVADOR called.", _REGIONS)
    assert may_name_region("we moved from new yorker street", _REGIONS)
    assert may_name_region("a trip to St. Kitts", _REGIONS)


def test_text_naming_no_region_is_cleared() -> None:
    assert not may_name_region("Client: we moved to Tucson in May.", _REGIONS)
    assert not may_name_region("", _REGIONS)


def test_non_ascii_text_and_other_patterns_are_left_to_the_search() -> None:
    assert may_name_region("Zoë moved to Tucson.", _REGIONS)
    other = re.compile(r"(?:el salvador|new york)", re.IGNORECASE)
    assert may_name_region("Client: we moved to Tucson in May.", other)


_WORDS = "El salvador SALVADOR new York yorkers puerto Rico st. kitts Tucson called the , . - x"
# Non-ASCII pieces: an accented name and "Kitts" with a Kelvin sign, which IGNORECASE reads as "k".
_PIECES = st.sampled_from([*_WORDS.split(), "Zo\u00eb", "\u212aitts", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12), st.sampled_from([" ", "", "  "]))
def test_a_cleared_text_holds_no_region_in_any_window(pieces: list[str], joiner: str) -> None:
    text = joiner.join(pieces)
    if may_name_region(text, _REGIONS):
        return
    for low in range(len(text) + 1):
        for high in range(low, len(text) + 1):
            assert _REGIONS.search(text, low, high) is None, (text, low, high)
