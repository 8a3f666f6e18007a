"""The company said before an identifier is no name; the identifier and people stay redacted."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.identifier_issuers import issuer_ranges
from tenor_desktop.redaction.lexicons import Lexicons


def _redacted_words(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "issuer", "identifier"),
    [
        ("Client: It all goes into my Quorvex account, 4471 0093 2186.", "Quorvex", "4471"),
        ("Therapist: What's your Velantra ID? | Client: VLT 448 201 937.", "Velantra", "VLT"),
        ("Client: Her Glucora, serial GL4-7730-0192, keeps beeping.", "Glucora", "GL4"),
        ("Client: We pay with the Jailink app, account JL-66170442.", "Jailink", "JL-"),
        ("Client: The card says Nordhaven Health, member number NH-55049127.", "Nordhaven", "NH-"),
        ("Client: The Dashtro, IMEI 356938035643809, was his.", "Dashtro", "IMEI"),
    ],
)
def test_the_company_before_an_identifier_is_kept(
    redactor: Redactor, text: str, issuer: str, identifier: str
) -> None:
    redacted = _redacted_words(redactor, text)
    assert not any(issuer in word for word in redacted)
    assert any(word.startswith(identifier) for word in redacted)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A person's possession, a given name, a branch where the client was: still identifiers.
        ("Client: Tanner's account got hacked, 4471 0093 2186 is gone.", "Tanner"),
        ("Client: Marisol Quenby, member ID QX-4471902, is my caseworker's client.", "Marisol"),
        ("Client: I was at Quorvex Federal account 7701 2290 all morning.", "Quorvex"),
    ],
)
def test_people_and_branches_before_an_identifier_are_redacted(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name in " ".join(_redacted_words(redactor, text))


def test_issuer_ranges_cover_the_company_words_only() -> None:
    text = "Client: My Quorvex Health member ID is QH-1182. Chase account 4471 is his."
    assert [text[s:e] for s, e in issuer_ranges(text, Lexicons.load())] == ["My Quorvex Health"]
