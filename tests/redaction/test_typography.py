"""Typographic quotes (word processors, transcription exports) read like straight ones."""

from __future__ import annotations

from tenor_desktop.redaction import Redactor


def test_curly_apostrophe_reads_as_straight(redactor: Redactor) -> None:
    straight = "She's 91 and still drives to Lakewood every Sunday."
    curly = straight.replace("'", "\u2019")
    found_straight = [(straight[s.start : s.end], s.label) for s in redactor.redact(straight).spans]
    found_curly = [(curly[s.start : s.end], s.label) for s in redactor.redact(curly).spans]
    assert ("91", "DATE") in found_curly
    assert found_curly == found_straight


def test_output_keeps_the_original_quotes(redactor: Redactor) -> None:
    text = "He\u2019s 92 now, and Martha\u2019s sister visits."
    result = redactor.redact(text)
    assert "\u2019" in result.text
    assert "92" not in result.text
    assert "Martha" not in result.text
