"""Given names that are everyday nouns ("river", "sky", "ash"), found only in person slots.

The same words said as words ("the river was high", "rain and i don't get along") stay.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names, unmark


@pytest.mark.parametrize(
    "marked",
    [
        "Client: me and [[river]] went to the lake.",
        "Client: i told [[sky]] about the job.",
        "Client: i talked to [[sky]] about it.",
        "Client: [[river]] and i broke up.",
        "Client: i told [[blue]] i was sorry.",
        "Client: i blocked [[storm]] on everything.",
        "Client: i crashed at [[ash]]'s place.",
        "Client: [[river]] said i was overreacting.",
        "Client: [[rain]] said she'd come.",
        "Client: i feel like [[sky]] doesn't get it.",
        "Client: i think [[river]] is mad at me.",
        "Client: [[sage]] is doing better now.",
        "Speaker 2: [[honor]] is doing better.",
        "Client: [[ash]], you know what i mean.",
        "Client: thanks, [[river]].",
        "Client: so i told [[river]], look, i'm done.",
        "Client: i had a fight with [[brook]].",
        "Client: i invited [[rowan]], [[ash]] and [[dawn]].",
        "Client: my friends, [[river]], [[sky]] and [[june]], came over.",
        "Client: i had lunch with [[penny]].",
        "Client: [[grant]] helped me move.",
        "Client: [[may]] said she'd help.",
        "Client: [[page]] keeps ghosting me.",
        "Client: [[molly]] is my sister.",
        "Client: [[cash]] won't pay me back.",
        "Client: so honestly, [[hope]], i don't know.",
        "Client: my brother [[will]] texted me.",
        "Client: my friend [[river]] is coming over.",
        "Client: my uncle [[ed]] passed away.",
        "Client: i called [[al]].",
        "Client: [[ty]] hit me.",
        "Client: [[aj]] keeps calling me.",
        "Client: talk to [[jj]] about it.",
        "Client: [[Journey]] is my oldest.",
        "Client: [[Miracle]] is doing better.",
        "Client: [[Serenity]] is in foster care.",
        "Client: [[Trinity]] moved in with her dad.",
        "Client: [[Elvis]] is my uncle.",
    ],
)
def test_word_name_in_person_slot_is_found(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked, within=True) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Client: i've been avoiding [[cass]] all week.",
        "Client: i don't want to lose [[joss]].",
        "Client: i can't stand [[brody]] anymore.",
        "Client: i feel bad for leaving [[tavi]] alone.",
    ],
)
def test_unlisted_name_after_person_object_cue_is_found(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked, within=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Client: the river was high after the storm.",
        "Client: we walked by the river and i cried.",
        "Client: rain and i don't get along, i hate wet weather.",
        "Client: i got caught in the rain and i was soaked.",
        "Client: i'm feeling blue and i don't know why.",
        "Client: blue is my favorite color.",
        "Client: the ash from the fire was everywhere.",
        "Client: i burned some sage and i felt better.",
        "Client: i told storm stories to my kids.",
        "Client: i was with rain gear.",
        "Client: thanks, honey.",
        "Client: i hope so.",
        "Client: hope is what keeps me going.",
        "Client: i lose hope sometimes.",
        "Client: i don't want to lose track.",
        "Client: i can't stand up for long.",
        "Client: i'm leaving tomorrow.",
        "Client: i think i'm in love with pilates.",
        "Client: the sky's really clear tonight.",
        "Client: may i ask you something?",
        "Client: i paid cash.",
        "Client: i took molly at the party.",
        "Client: turn the page.",
        "Client: christmas eve was hard.",
        "Client: thanks, angel.",
        "Client: i don't know, i just don't.",
        "Client: faith helps me.",
        "Client: my dad will kill me.",
        "Client: my sister may call you.",
        "Client: it was my dad, rain or shine.",
        "Client: my son is in special ed.",
        "Client: i'm in recovery from ed.",
        "Client: ed told me i'm not thin enough.",
        "Client: ty so much for listening.",
        "Client: it's a miracle i'm alive.",
        "Client: legend has it he never slept.",
        "Client: i love elvis, he's the king.",
    ],
)
def test_everyday_word_stays(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []


@pytest.mark.parametrize(
    ("before", "marked"),
    [
        (
            "Speaker 1: anything you want to start with",
            "Speaker 2: [[quill]], you remember my friend?",
        ),
        (
            "Therapist: anything you want to bring up today",
            "Client: yeah, [[fenella]]. she called.",
        ),
    ],
)
def test_live_segment_opening_name_after_unfinished_context(
    redactor: Redactor, before: str, marked: str
) -> None:
    """Context may join a turn onto an unfinished line: its speaker label still opens it."""
    text, wanted = unmark(marked)
    session = redactor.new_session()
    session.redact_segment(before)
    spans = session.redact_segment(text).spans
    assert [text[s.start : s.end] for s in spans if s.label == "NAME"] == wanted
