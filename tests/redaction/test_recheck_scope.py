"""The output re-check's look near the changed places (recheck_scope and Redactor's use of it)."""

from __future__ import annotations

from typing import Any

import pytest

from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor
from tenor_desktop.redaction.recheck_scope import SCOPE_REACH, changed_ranges, excerpt_of

_FILLER = "we talked about the week and how work has been going lately. " * 12


def test_ranges_reach_whole_words_around_each_move_and_merge() -> None:
    output = _FILLER + "[NAME 1] " + _FILLER + "[DATE 1] " + _FILLER
    first = output.index("[NAME 1]")
    second = output.index("[DATE 1]")
    moves = [(0, 0, first, first + 8), (0, 0, second, second + 8)]
    ranges = changed_ranges(output, moves, [], edges=False)
    assert len(ranges) == 2
    for (low, high), at in zip(ranges, (first, second), strict=True):
        assert at - SCOPE_REACH - 12 < low <= at - SCOPE_REACH
        assert at + 8 + SCOPE_REACH <= high < at + 8 + SCOPE_REACH + 12
        assert output[low - 1] == " " and output[high] == " "  # no word cut in two
    close = [(0, 0, first, first + 8), (0, 0, first + 20, first + 28)]
    assert len(changed_ranges(output, close, [], edges=False)) == 1


def test_ranges_cover_the_edges_only_when_asked() -> None:
    output = _FILLER * 2
    assert changed_ranges(output, [], [], edges=False) == []
    low_range, high_range = changed_ranges(output, [], [], edges=True)
    assert low_range[0] == 0 and high_range[1] == len(output)


def test_excerpt_joins_pieces_by_lines_and_maps_offsets() -> None:
    text = "alpha beta gamma delta epsilon zeta"
    excerpt = excerpt_of(text, [(0, 10), (17, 22)])
    assert excerpt.text == "alpha beta\ndelta"
    assert excerpt.to_excerpt(6, 10) == (6, 10)
    assert excerpt.to_excerpt(17, 22) == (11, 16)
    assert excerpt.to_excerpt(8, 18) is None  # across two pieces


@pytest.fixture(scope="module")
def phi_redactor(models: RedactionModels) -> Redactor:
    return Redactor(RedactionSettings(), models)


def _look(redactor: Redactor, output: str, placeholder: str) -> bool:
    at = output.index(placeholder)
    moves = [(at, at + 5, at, at + len(placeholder))]
    return redactor._output_may_change(output, {}, [], moves, edges=False)


def test_look_sees_an_identifier_beside_a_placeholder(phi_redactor: Redactor) -> None:
    output = _FILLER + "I told [NAME 1] that Gregory Hale called me. " + _FILLER
    assert _look(phi_redactor, output, "[NAME 1]")


def test_look_leaves_text_far_from_every_change_to_the_first_pass(
    phi_redactor: Redactor,
) -> None:
    # The first pass read that far text unchanged: what it left there, a second read leaves.
    output = "I told [NAME 1] about it. " + _FILLER + "Gregory Hale called me. " + _FILLER
    assert not _look(phi_redactor, output, "[NAME 1]")


def test_nothing_near_the_changes_skips_the_whole_recheck(
    phi_redactor: Redactor, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _FILLER + "Email me at ana.ruiz@example.com today. " + _FILLER
    rechecks: list[Any] = []
    detect = phi_redactor._detect_with_surfaces

    def counted(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("ner_windows") is not None:
            rechecks.append(args)
        return detect(*args, **kwargs)

    monkeypatch.setattr(phi_redactor, "_detect_with_surfaces", counted)
    result = phi_redactor.redact(text)
    assert "[EMAIL 1]" in result.text
    assert rechecks == []
    assert phi_redactor.redact(result.text).text == result.text
