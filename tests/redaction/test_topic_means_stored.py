"""A thing locked up is lethal means stored, not a person jailed (CRIMINAL's "locked up").

Safety planning asks where the gun or the pills are kept ("is the pistol locked up now?",
"can the sleeping pills be locked up tonight?"). CRIMINAL's phrase "locked up" placed those
sentences as a criminal matter, a false fire that also kept the classifier from reading them as
the self-harm talk they are. A person locked up still tells CRIMINAL.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction.topic_detector import TopicDetector
from tests.redaction.topic_probes import categories_found


@pytest.mark.parametrize(
    "sentence",
    [
        "is the rifle locked up now?",
        "can the sleeping pills be locked up tonight?",
        "my wife keeps it locked up in the safe.",
        "my brother locked up all the guns at his place.",
        "the meds are still locked up in the cabinet.",
    ],
)
def test_a_thing_locked_up_is_no_criminal_matter(lexicon: TopicDetector, sentence: str) -> None:
    assert "CRIMINAL" not in categories_found(lexicon, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "my cousin has been locked up since march.",
        "he got locked up for it last year.",
        "she was locked up with the gun charge for two years.",
        "i got locked up for selling pills.",
    ],
)
def test_a_person_locked_up_is_still_criminal(lexicon: TopicDetector, sentence: str) -> None:
    assert "CRIMINAL" in categories_found(lexicon, sentence)
