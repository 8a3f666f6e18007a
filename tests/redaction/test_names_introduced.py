"""Names given as what someone is called or introduced as, and company spoken of as a person.

"my friends call me ziggy", "she goes by bee now", "hi, i'm dana", "a walk with bramwell.
he's my cousin"; not "he called me lazy", "hi, i'm tired", "obsessed with peloton, she said".
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names


@pytest.mark.parametrize(
    "marked",
    [
        "Client: my friends call me [[ziggy]].",
        "Client: she goes by [[bee]] now.",
        "Client: my nickname is [[junebug]].",
        "Client: i'm [[quinlan]], nice to meet you.",
        "Client: hi, i'm [[dana]].",
        "Client: i went for a walk with [[bramwell]]. he's the only one who gets it.",
        "Client: yeah. [[cyp]] deserves it.",
    ],
)
def test_name_is_found(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked, within=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Client: he called me lazy.",
        "Client: call me crazy, but i miss him.",
        "Client: she called me fat in front of everyone.",
        "Client: call me back later.",
        "Client: he calls me babe.",
        "Client: hi, i'm tired.",
        "Client: hi, i'm trans.",
        "Client: yeah, i'm nonbinary. i just am.",
        "Client: i was obsessed with peloton, she said it was fine.",
    ],
)
def test_no_name(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
