"""Names and kin titles written with accents are read with their letters plain."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.text_case import fold_accents
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "Client: They took [[Efraín]] in his work clothes.",
        "Client: my tía [[remedios]] called me at two in the morning.",
        "Client: [[José]] and I drove up to [[San José]] that night.",
    ],
)
def test_accented_names_are_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Client: I speak Kreyòl at home with my grandmother.",
        "Client: we planned my cousin's quinceañera all spring.",
    ],
)
def test_accented_everyday_words_stay_text(redactor: Redactor, text: str) -> None:
    assert list(redactor.redact(text).spans) == []


def test_folding_keeps_every_offset() -> None:
    text = "Zoë, Łukasz, Øyvind, Nguyễn, 東京 and Ñoño at the café"
    folded = fold_accents(text, frozenset({"cafe"}))
    assert len(folded) == len(text)
    assert folded == "Zoe, Lukasz, Oyvind, Nguyen, 東京 and Nono at the café"
