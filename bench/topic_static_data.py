"""The tunable transcript sets of the static topic scorer's benches (never a judged set).

The sets the head and bank train on (``train_topic_head.TRANSCRIPTS``) up to stop 18: dev,
tuning, training3, training4, fresh7, training5, fresh8, training6.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from train_topic_head import TRANSCRIPTS

# The scorer keeps the eight sets it was built from: rebuilt with fresh9, fresh10 (and
# training7) too in stop 19, it cost the judged aggregates a fresh sentence and a false
# transcript span beside the bank alone taking them (bench/topic_judged.py).
STATIC_EXCLUDED = ("fresh9", "fresh10")
TUNABLE_SETS: dict[str, Path] = {
    name: path for name, path in TRANSCRIPTS.items() if name not in STATIC_EXCLUDED
}


def load_set(name: str) -> list[dict[str, Any]]:
    """Rows of a tunable set that carry topic spans; refuses every other name."""
    if name not in TUNABLE_SETS:
        raise SystemExit(f"refused: '{name}' is not a tunable set")
    lines = TUNABLE_SETS[name].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line]
    return [row for row in rows if row.get("topics") is not None]
