"""Which sets may be read: the tunable ones, and blind sets kept for one look at a stop's end.

``TUNABLE`` sets may be read miss by miss and tuned on; every other set is judged, read only in
aggregate. A set kept for one look at the end of a stop is left out of every bench run until then.

A set in ``UNSEEN`` is scored only when ``TENOR_REDACTION_REVEAL=1`` is set, so a run started
during the stop (by anyone, with any environment) cannot look at it by accident.
``TENOR_REDACTION_HIDE=a,b`` hides further sets on top.
"""

from __future__ import annotations

import os
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"
_SHARED = Path(__file__).resolve().parents[2] / "shared"
_DEV = Path(os.environ.get("TENOR_PHI_DEV", _SHARED / "data" / "phi" / "dev.jsonl"))

TUNABLE = (
    "dev",
    "tuning",
    "training",
    "training2",
    "training3",
    "training4",
    "training5",
    "training6",
    "training7",
    "training8",
    "training9",
    "training10",
    "training11",
    "training12",
    "training13",
    "training14",
    "training15",
    "training16",
    "training17",
    "training18",
    "training19",
    "training20",
    "training21",
    "training22",
    "training23",
    "training24",
    "training25",
    "training26",
    "training27",
    "training28",
    "training29",
    "training30",
    "training31",
    "training32",
    "training33",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    # Scored at the ends of stops 18 and 19 (its two looks); read from stop 20 on.
    "fresh11",
    # Scored at the ends of stops 19 and 20 (its two looks); read from stop 21 on.
    "fresh12",
    # Scored at the ends of stops 20 and 21 (its two looks); read from stop 22 on.
    "fresh13",
    # Scored at the ends of stops 21 and 22 (its two looks); read from stop 23 on.
    "fresh14",
    # Scored at the ends of stops 22 and 23 (its two looks); read from stop 24 on.
    "fresh15",
    # Scored at the ends of stops 23 and 24 (its two looks); read from stop 25 on.
    "fresh16",
    # Scored at the ends of stops 24 and 25 (its two looks); read from stop 26 on.
    "fresh17",
    # Scored at the ends of stops 25 and 26 (its two looks); read from stop 27 on.
    "fresh18",
    # Scored at the ends of stops 26 and 27 (its two looks); read from stop 28 on.
    "fresh19",
    # Scored at the ends of stops 27 and 28 (its two looks); read from stop 29 on.
    "fresh20",
    # Scored at the ends of stops 28 and 29 (its two looks); read from stop 30 on.
    "fresh21",
    # Scored at the ends of stops 29 and 30 (its two looks); read from stop 31 on.
    "fresh22",
    # Scored at the ends of stops 30 and 31 (its two looks); read from stop 32 on.
    "fresh23",
)
# fresh24: written during stop 30, scored once at the end of stop 31.
# fresh25: written during stop 31, never scored.
UNSEEN = frozenset({"fresh24", "fresh25"})


# Every transcript set the redaction benches score, in their order (each set's provenance is its
# entry in bench/data/build_redaction_sets.py); hidden ones are left out at run time.
SCORED = tuple(
    """
    dev tuning training training2 training3 training4 training5 training6 holdout fresh blind
    fresh3 fresh4 fresh5 fresh6 fresh7 fresh8 fresh9 fresh10 fresh11 fresh12 training7
    training8 training9 training11 training10 training12 training13 training14 fresh13 fresh14
    fresh15 training15 training16 training17 training18 training19 training20 fresh16 fresh17
    fresh18 training21 training22 training23 training24 fresh19 training25 training26
    training27 training28 fresh20 training29 training30 fresh21 training31 fresh22 training32
    fresh23 training33 fresh24 fresh25
    """.split()
)


def set_path(name: str) -> Path:
    """The JSONL file of set ``name`` (dev is the shared data's; the rest are ``bench/data``'s)."""
    return _DEV if name == "dev" else _DATA / f"redaction_{name}.jsonl"


# Every tunable set's file, in TUNABLE's order: the one list the benches that read misses use.
TUNABLE_PATHS = {name: set_path(name) for name in TUNABLE}


def hidden_sets() -> frozenset[str]:
    """The set names this run must not score."""
    named = frozenset(n for n in os.environ.get("TENOR_REDACTION_HIDE", "").split(",") if n)
    if os.environ.get("TENOR_REDACTION_REVEAL") == "1":
        return named
    return named | UNSEEN
