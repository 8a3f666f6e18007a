"""Holidays named after people are no names or places; a dashed date is a date, not a code;
a famous site's address is a web address."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


@pytest.mark.parametrize(
    "text",
    [
        "Client: We went out for St. Patrick's Day.",
        "Client: We watched the Super Bowl at my brother's.",
        "client: i volunteer at the food bank on tuesdays",
    ],
)
def test_shared_days_and_events_are_not_identifiers(redactor: Redactor, text: str) -> None:
    assert not redactor.redact(text).spans


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("client: on st. patrick's day 2019 he proposed", "st. patrick's day 2019", "DATE"),
        ("client: it happened on 11-4-2025 at night", "11-4-2025", "DATE"),
        ("Client: My cousin Taylor Swift is visiting", "Taylor Swift", "NAME"),
        # Safe Harbor lists every web address; a famous site says what the client visits.
        ("client: i bought it on amazon dot com", "amazon dot com", "URL"),
        ("client: it was all on pornhub dot com at night", "pornhub dot com", "URL"),
        ("Client: He found my page on OnlyFans.com last week", "OnlyFans.com", "URL"),
    ],
)
def test_dates_and_real_people_stay(
    redactor: Redactor, text: str, surface: str, label: str
) -> None:
    found = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert found == [(surface, label)]
