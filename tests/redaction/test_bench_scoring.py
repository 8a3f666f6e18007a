"""The bench scorer follows data/phi/README.md and reports honest intervals."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from redaction_scoring import score_phi, score_topics, wilson_interval  # noqa: E402


def test_wilson_interval_matches_the_textbook_value() -> None:
    # 8 of 10: the 95% Wilson interval is 0.490-0.943 in every statistics table.
    assert wilson_interval(8, 10) == [0.49, 0.943]
    assert wilson_interval(0, 0) == [0.0, 1.0]
    low, high = wilson_interval(0, 10)
    assert low == 0.0 and 0.2 < high < 0.3
    assert wilson_interval(10, 10)[1] == 1.0


def test_phi_found_at_eighty_percent_cover_and_correct_at_half_overlap() -> None:
    gold = [(0, 10, "NAME"), (20, 30, "DATE")]
    predicted = [(0, 8, "NAME"), (20, 27, "DATE"), (40, 44, "PHONE")]
    result = score_phi([(gold, predicted)])
    assert result["recall"] == 0.5  # 7 of 10 DATE characters is under 80%
    assert result["precision"] == round(2 / 3, 4)
    assert result["recall_interval"][0] < 0.5 < result["recall_interval"][1]


def test_topics_need_the_same_category() -> None:
    gold = [(0, 40, "ABUSE")]
    assert score_topics([(gold, [(0, 40, "CRIMINAL")])])["recall"] == 0.0
    matched = score_topics([(gold, [(0, 40, "ABUSE")])])
    assert matched["recall"] == 1.0 and matched["precision"] == 1.0


def test_bench_sets_keep_a_leading_the_outside_dates_and_places() -> None:
    sys.path.insert(0, str(ROOT / "bench" / "data"))
    from build_redaction_sets import article_outside

    text = "we met on the 9th at The Rusty Spur near the 202, the ticket said A 241 889"
    spans = [("the 9th", "DATE"), ("The Rusty Spur", "LOCATION"), ("the 202", "LOCATION")]
    spans += [("A 241 889", "ID"), ("the ticket", "ID")]
    phi = [
        {"start": text.index(t), "end": text.index(t) + len(t), "label": lab, "text": t}
        for t, lab in spans
    ]
    row = article_outside({"text": text, "phi": phi})
    assert [text[p["start"] : p["end"]] for p in row["phi"]] == [
        "9th",
        "Rusty Spur",
        "202",
        "A 241 889",
        "the ticket",
    ]
    assert all(text[p["start"] : p["end"]] == p["text"] for p in row["phi"])
