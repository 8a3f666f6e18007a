"""A car make before a site word is the company's site, not a vehicle: no famous-name spare."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction.vehicle_models import vehicle_model_ranges


@pytest.mark.parametrize(
    "text",
    [
        "my mom's at work at the bmw plant in greer",
        "he's at the toyota dealership on vine street til six",
        "she got hired at the honda factory last spring",
    ],
)
def test_a_makes_site_is_not_a_vehicle(text: str) -> None:
    assert vehicle_model_ranges(text) == []


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("he drives a black bmw with tinted windows", "bmw"),
        ("my toyota broke down on the highway", "toyota"),
        ("the honda, plate seven k x r, is hers", "honda"),
    ],
)
def test_a_make_said_as_the_vehicle_stays_spared(text: str, model: str) -> None:
    assert [text[s:e] for s, e in vehicle_model_ranges(text)] == [model]
