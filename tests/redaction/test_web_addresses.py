"""Web addresses: any written scheme, newer endings, brands inside a person's address."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Client: the link was https://forms.gle/k3x9 i think", "https://forms.gle/k3x9"),
        ("client: my portfolio is at jamiecreates dot design", "jamiecreates dot design"),
        ("client: her shop is maya dot shop now", "maya dot shop"),
        ("client: it's on healthy minds dot ca", "healthy minds dot ca"),
        ("client: see oakleaf-pottery.studio for the class", "oakleaf-pottery.studio"),
        # A brand in the address does not make it anyone's: the path is the person's.
        (
            "client: my shop is etsy dot com slash shop slash clayandkiln",
            "etsy dot com slash shop slash clayandkiln",
        ),
        ("Client: it is etsy.com/shop/clayandkiln if you want", "etsy.com/shop/clayandkiln"),
        # Every web address is an identifier under Safe Harbor, a famous site's too.
        ("client: i bought a new fitbit on etsy.com last week", "etsy.com"),
        ("Client: i check docs.google.com every day.", "docs.google.com"),
        ("Client: i went to www.google.com.", "www.google.com"),
        ("Client: i bought it on etsy dot com.", "etsy dot com"),
    ],
)
def test_addresses_are_found_whole(redactor: Redactor, text: str, address: str) -> None:
    found = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert found == [(address, "URL")]


@pytest.mark.parametrize(
    "text",
    [
        "client: it was the mid 2000s, the dot com bust",
        "client: i drew a dot in the middle of the page",
        "client: she wore a polka dot dress to the party",
    ],
)
def test_words_around_dot_are_not_addresses(redactor: Redactor, text: str) -> None:
    assert not [s for s in redactor.redact(text).spans if s.label == "URL"]
