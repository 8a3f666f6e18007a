"""Which sets may be read: the tunable ones, and blind sets kept for one look at a stop's end.

``TUNABLE`` sets may be read miss by miss and tuned on; every other set is judged, read only in
aggregate. A set kept for one look at the end of a stop is left out of every bench run until then.

A set in ``UNSEEN`` is scored only when ``TENOR_REDACTION_REVEAL=1`` is set, so a run started
during the stop (by anyone, with any environment) cannot look at it by accident.
``TENOR_REDACTION_HIDE=a,b`` hides further sets on top.
"""

from __future__ import annotations

import os

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
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
)
# fresh11: written at the end of stop 17, scored once at the end of stop 18.
# fresh12: written during stop 18, never scored.
UNSEEN = frozenset({"fresh11", "fresh12"})


def hidden_sets() -> frozenset[str]:
    """The set names this run must not score."""
    named = frozenset(n for n in os.environ.get("TENOR_REDACTION_HIDE", "").split(",") if n)
    if os.environ.get("TENOR_REDACTION_REVEAL") == "1":
        return named
    return named | UNSEEN
