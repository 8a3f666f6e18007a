"""The offline drafter against the clinician rubric written before it (tests/notes/data)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tenor_desktop.notes.draft_note import NOT_DISCUSSED, DraftNote
from tenor_desktop.notes.offline_drafter import OfflineDrafter
from tenor_desktop.notes.templates import TemplateLibrary
from tenor_desktop.notes.transcript import parse_transcript_text

DATA = Path(__file__).parent / "data"
RUBRIC: dict[str, Any] = json.loads((DATA / "rubric.json").read_text(encoding="utf-8"))
CASES = [
    (name, template)
    for name, entry in RUBRIC.items()
    if not name.startswith("_")
    for template in entry["templates"]
]


def _draft(name: str, template: str) -> DraftNote:
    lines = parse_transcript_text((DATA / name).read_text(encoding="utf-8"))
    return OfflineDrafter().draft(TemplateLibrary().get(template), lines)


@pytest.mark.parametrize(("name", "template"), CASES)
def test_each_expected_line_lands_in_its_section(name: str, template: str) -> None:
    note = _draft(name, template)
    expected = RUBRIC[name]["templates"][template]
    by_title = {section.title: section for section in note.sections}
    assert list(by_title) == list(TemplateLibrary().get(template).titles)
    placed: dict[int, set[str]] = {}
    for section in note.sections:
        for segment_id in section.evidence:
            placed.setdefault(segment_id, set()).add(section.title)
    for title, line_ids in expected["sections"].items():
        for line_id in line_ids:
            assert placed.get(line_id) == {title}, (template, title, line_id, placed.get(line_id))
    for title in expected["empty"]:
        assert by_title[title].text == NOT_DISCUSSED
        assert by_title[title].evidence == ()
    for line_id in RUBRIC[name]["absent"]:
        assert line_id not in placed


@pytest.mark.parametrize("name", [name for name in RUBRIC if not name.startswith("_")])
def test_flags_quotes_and_full_evidence(name: str) -> None:
    note = _draft(name, "soap")
    flags = {flag.kind: flag.evidence for flag in note.flags}
    assert set(flags) == set(RUBRIC[name]["flags"])
    for kind, line_ids in RUBRIC[name]["flags"].items():
        assert set(line_ids) <= set(flags[kind])
    assert note.draft is True
    assert note.evidence_share() == 1.0
    assert note.unsupported() == []
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    for line_id in RUBRIC[name]["quoted"]:
        spoken = lines[line_id].split(":", 1)[1].strip()
        quotes = [s.text for s in note.statements if line_id in s.evidence]
        assert quotes, line_id
        # The client's own words survive inside quotation marks.
        assert any(f'"{spoken.split(". ")[-1][:25]}' in quote for quote in quotes), quotes


def test_silent_transcript_never_invents_a_mental_status_exam() -> None:
    lines = parse_transcript_text("Therapist: Hi.\nClient: Hello.\n")
    note = OfflineDrafter().draft(TemplateLibrary().get("soap"), lines)
    assert [section.text for section in note.sections] == [NOT_DISCUSSED] * 4
    assert note.statements == []
    text = " ".join(section.text for section in note.sections).lower()
    for invented in ("alert", "oriented", "euthymic", "within normal", "appropriate"):
        assert invented not in text


def test_heldout_rubric_floor() -> None:
    """A transcript written after the rules were frozen: a regression floor, not a target."""
    heldout = DATA / "heldout"
    rubric = json.loads((heldout / "rubric.json").read_text(encoding="utf-8"))
    hits = total = 0
    for name, entry in rubric.items():
        if name.startswith("_"):
            continue
        lines = parse_transcript_text((heldout / name).read_text(encoding="utf-8"))
        for template, expected in entry["templates"].items():
            note = OfflineDrafter().draft(TemplateLibrary().get(template), lines)
            placed = {i: s.title for s in note.sections for i in s.evidence}
            for title, line_ids in expected["sections"].items():
                total += len(line_ids)
                hits += sum(placed.get(i) == title for i in line_ids)
            assert note.evidence_share() == 1.0
    assert hits / total >= 0.7
