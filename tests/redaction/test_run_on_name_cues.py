"""A name after "my name is" in unpunctuated speech, where the next clause runs straight on."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.speech_names import find_speech_names
from tests.redaction.marked_text import unmark


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    """The bundled word lists."""
    return Lexicons.load()


def _names(text: str, lex: Lexicons) -> list[str]:
    return sorted({text[s:e] for s, e, label, _ in find_speech_names(text, lex) if label == "NAME"})


@pytest.mark.parametrize(
    "marked",
    [
        "client: english is ok i practice my name is [[yorman]] i live in aurora",
        "client: yes its fine my name is [[dilcia maradiaga]] i came from honduras",
        "client: his name is [[velkor]] i'm pretty sure he knows my address",
        "client: the new girl's name is [[ottoline]] we share a room now",
    ],
)
def test_a_name_before_a_run_on_clause_is_found(lex: Lexicons, marked: str) -> None:
    text, expected = unmark(marked)
    assert _names(text, lex) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "client: her name is like i said a secret",
        "client: his name is not i mean whatever",
        "client: my name is okay i guess",
    ],
)
def test_no_name_is_read_into_everyday_words_before_i(lex: Lexicons, text: str) -> None:
    assert _names(text, lex) == []
