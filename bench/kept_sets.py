"""Blind sets kept for one look at the end of a stop: left out of every bench run until then.

A set in ``UNSEEN`` is scored only when ``TENOR_REDACTION_REVEAL=1`` is set, so a run started
during the stop (by anyone, with any environment) cannot look at it by accident.
``TENOR_REDACTION_HIDE=a,b`` hides further sets on top.
"""

from __future__ import annotations

import os

# fresh11: written at the end of stop 17, scored once at the end of stop 18.
# fresh12: written during stop 18, never scored.
UNSEEN = frozenset({"fresh11", "fresh12"})


def hidden_sets() -> frozenset[str]:
    """The set names this run must not score."""
    named = frozenset(n for n in os.environ.get("TENOR_REDACTION_HIDE", "").split(",") if n)
    if os.environ.get("TENOR_REDACTION_REVEAL") == "1":
        return named
    return named | UNSEEN
