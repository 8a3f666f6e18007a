"""A handle written after the account's own word ("his account is dray_tx_55", "her profile
is lunamoth92", "my NetID, qr418") or said right after it with "at" and a joined name
("an account at rosie dot bakes"), or said as words ending in a number ("his profile was
lakeshoreking 44 and ..."); an account number after the same words stays an account
number, and a bank or shop the account is "at" is no handle."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _ids(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "ID"]


@pytest.mark.parametrize(
    "marked",
    [
        "i looked him up and his profile is [[lunamoth92]] so i blocked it",
        "she said the account is [[dray_tx_55]], it is obviously fake",
        "his school account is [[wms.tbrooks14]] and he shares it",
        "log in with your NetID, [[qr418]].",
        "they gave me a user name, [[kpatel_77]], and it never worked",
        "there is a whole account [[at rosie dot bakes]] with my pictures",
        "his profile was [[lakeshoreking forty four]] and then it vanished",
        "my account's [[blue heron three oh one]] if you want it",
        "the user name, which was [[windy pines seventy seven]].",
    ],
)
def test_handles_after_the_account_word(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _ids(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "his pension account is PX-00412-7719 and nobody answers",
        "my account at the credit union is three three four one eight",
        "my account at safeway s f w two two one nine is in his name",
        "the account was re-activated last week",
        "the account was closed two years ago",
        "my account was overdrawn three hundred and i panicked",
        "her account was private for two weeks",
    ],
)
def test_account_numbers_and_holders_are_no_handles(redactor: Redactor, text: str) -> None:
    assert _ids(redactor, text) == []
