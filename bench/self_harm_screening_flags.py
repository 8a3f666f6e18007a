"""Sessions whose self-harm risk flag the screening rule (``risk_screening``) lifts, per set.

Run: ``nice -n 5 .venv/bin/python bench/self_harm_screening_flags.py [--show]``.

Each transcript is imported as ``ImportPipeline`` does (``Speaker: text`` lines become
segments, each redacted on its own by ``SegmentRedaction`` with SELF_HARM on, paired with its
speaker), then judged two ways: before (any SELF_HARM span flags) and now (``DISCLOSED`` only).
Per set: transcripts, flagged before, flagged now, and ``missed``: transcripts whose gold marks
SELF_HARM on a client's line but which are not flagged (the dangerous direction).

Tunable sets (``kept_sets.TUNABLE``) print per set; ``--show`` prints, for tunable sets only,
the lines of each transcript that lost its flag. Judged sets print their totals only, and the
kept sets (``kept_sets.UNSEEN``, ``TENOR_REDACTION_HIDE``) are never read.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from kept_sets import TUNABLE, TUNABLE_PATHS, UNSEEN, hidden_sets
from redaction_eval import OWN, OWN_SECOND, TRANSCRIPT_SETS, load_rows

from tenor_desktop.core.models import Segment
from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor
from tenor_desktop.redaction.risk_screening import DISCLOSED
from tenor_desktop.redaction.topic_speakers import clinician_ranges, in_ranges
from tenor_desktop.services.import_service import parse_transcript
from tenor_desktop.services.processing_pipeline import SegmentRedaction

HIDDEN = hidden_sets() | UNSEEN


def judge(redactor: Redactor, text: str) -> tuple[bool, bool, list[str]]:
    """(flagged before, flagged now, the utterances as ``speaker: text`` for --show)."""
    redaction = SegmentRedaction(redactor)
    labels: dict[str, str] = {}
    stored: list[Segment] = []
    shown: list[str] = []
    for seq, utterance in enumerate(parse_transcript(text)):
        label = labels.setdefault(utterance.speaker, f"speaker_{len(labels)}")
        stored_text, _marks = redaction(utterance.text)
        stored.append(Segment(seq, "bench", seq, 0, 0, label, stored_text))
        shown.append(f"{utterance.speaker}: {utterance.text}")
    before = "SELF_HARM" in redaction.risk_flags
    names = {label: speaker for speaker, label in labels.items()}
    now = redaction.self_harm_finding(stored, names) == DISCLOSED
    return before, now, shown


def client_self_harm(row: dict[str, Any]) -> bool:
    """Whether the gold marks SELF_HARM on a line that is not the clinician's."""
    clinician = clinician_ranges(row["text"])
    return any(
        topic["category"] == "SELF_HARM" and not in_ranges(topic["start"], clinician)
        for topic in row.get("topics", [])
    )


def score(redactor: Redactor, rows: list[dict[str, Any]], show: bool) -> dict[str, int]:
    """Counts for one set; ``show`` prints the transcripts that lost their flag."""
    counts = {"transcripts": 0, "before": 0, "now": 0, "missed_before": 0, "missed_now": 0}
    for row in rows:
        before, now, shown = judge(redactor, row["text"])
        disclosed = client_self_harm(row)
        counts["transcripts"] += 1
        counts["before"] += before
        counts["now"] += now
        counts["missed_before"] += disclosed and not before
        counts["missed_now"] += disclosed and not now
        if show and before and not now:
            print(f"--- {row['id']} (lost its flag)")
            print("\n".join(shown))
    return counts


def main(argv: list[str]) -> None:
    """Score the tunable sets one by one, then the judged sets in aggregate."""
    show = "--show" in argv
    settings = RedactionSettings(phi_enabled=True, topics=frozenset({"SELF_HARM"}))
    redactor = Redactor(settings, RedactionModels.load())
    for name in TUNABLE:
        if name not in HIDDEN:
            print(name, score(redactor, load_rows(TUNABLE_PATHS[name]), show), flush=True)
    judged: dict[str, Path] = {"own heldout": OWN, "own heldout 2": OWN_SECOND}
    judged |= {n: p for n, p in TRANSCRIPT_SETS.items() if n not in TUNABLE and n not in HIDDEN}
    total: dict[str, int] = {}
    for path in judged.values():
        for key, value in score(redactor, load_rows(path), show=False).items():
            total[key] = total.get(key, 0) + value
    print("judged sets", sorted(judged), total)


if __name__ == "__main__":
    main(sys.argv[1:])
