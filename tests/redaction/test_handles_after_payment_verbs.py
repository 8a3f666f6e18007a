"""A payment handle said after the verb ('he venmos me at ...') is an ID, not two names."""

from __future__ import annotations

from tenor_desktop.redaction import Redactor


def test_handle_after_venmos_me_at_is_one_id(redactor: Redactor) -> None:
    text = "Client: he venmos me at marlo dash k dash bayou and writes rent in the note."
    found = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert found == [("marlo dash k dash bayou", "ID")]


def test_venmoed_without_a_handle_finds_nothing(redactor: Redactor) -> None:
    text = "Client: he venmoed me at like midnight for the groceries."
    assert [s.label for s in redactor.redact(text).spans] == []
