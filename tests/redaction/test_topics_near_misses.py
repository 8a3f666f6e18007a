"""Near misses in transcripts: news, jokes, strangers, figures of speech, and the head's veto."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import tenor_desktop.redaction.topic_detector as topic_detector
import tenor_desktop.redaction.topic_detector_settings as topic_detector_settings
import tenor_desktop.redaction.topic_example_store as topic_example_store
import tenor_desktop.redaction.topic_phrases as topic_phrases
from tenor_desktop.redaction import RedactionModels
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import TopicDetector
from tenor_desktop.redaction.topic_framing import denial_only, status_settled
from tenor_desktop.redaction.topic_gate import worth_embedding
from tests.redaction.topic_probes import categories_found as _found

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("sentence", "category", "told"),
    [
        ("they arrested some guy downtown, it was all over the news.", "CRIMINAL", False),
        ("my brother got arrested last week at his job.", "CRIMINAL", True),
        (
            "there was an overdose in the news about a singer and it upset me.",
            "SUBSTANCE_USE",
            False,
        ),
        ("my chef keeps joking he's gonna deport me back to the grill.", "IMMIGRATION", False),
        ("they are trying to deport my dad next month.", "IMMIGRATION", True),
        ("a guy at my church got arrested for fraud, i barely know him.", "CRIMINAL", False),
        ("my son got arrested for fraud in the spring.", "CRIMINAL", True),
        ("i could have strangled my brother for telling everyone.", "ABUSE", False),
        ("he strangled me until i blacked out.", "ABUSE", True),
        ("i keep hitting my roommate's vape when i'm stressed.", "ABUSE", False),
        ("he keeps hitting my mom when he's drunk.", "ABUSE", True),
        ("my dad pushed me to apply for college and i'm glad.", "ABUSE", False),
        ("he pushed me to the ground in the driveway.", "ABUSE", True),
        ("i've been sleeping with the rifle next to my bed.", "SEXUAL_CONTENT", False),
        ("i've been sleeping with my boss for a few months.", "SEXUAL_CONTENT", True),
        ("i wanted to die of embarrassment at the party.", "SELF_HARM", False),
        ("i wanted to die after the party, i still do.", "SELF_HARM", True),
        ("i'm killing myself applying to jobs.", "SELF_HARM", False),
        ("i thought about killing myself to make it stop.", "SELF_HARM", True),
        ("everyone was drinking, it was a normal party.", "SUBSTANCE_USE", False),
        ("people were drinking and i had four shots.", "SUBSTANCE_USE", True),
        ("i've been thinking it would be easier if i didn't wake up tomorrow.", "SELF_HARM", True),
        ("everyone would be better off if i just never woke up, honestly.", "SELF_HARM", True),
        ("it was fine, i didn't wake up until noon on sunday.", "SELF_HARM", False),
        ("i stole a fry off my son's plate and he was outraged.", "CRIMINAL", False),
        ("i stole a laptop from the office last spring.", "CRIMINAL", True),
        ("i signed a form saying i'd never been convicted of a felony.", "CRIMINAL", False),
        ("i've never been convicted of a felony, just a misdemeanor for theft.", "CRIMINAL", True),
        ("i got convicted of a felony when i was twenty.", "CRIMINAL", True),
        ("i'm on a hundred of methadone now and they gave me take-homes.", "SUBSTANCE_USE", False),
        ("i take my suboxone every morning before work.", "SUBSTANCE_USE", False),
        ("i bought suboxone off a guy on the street last week.", "SUBSTANCE_USE", True),
        ("i've been saving up my trazodone in a tin under the sink.", "SELF_HARM", True),
        ("i'm saving up my vacation days for the trip.", "SELF_HARM", False),
        ("i held a lighter to my wrist again last night.", "SELF_HARM", True),
        ("i shut my eyes for a second on the freeway going eighty, on purpose.", "SELF_HARM", True),
        (
            "i closed my eyes in the car on the way home and napped while he drove.",
            "SELF_HARM",
            False,
        ),
        ("i stood at the edge of the parking garage roof for an hour.", "SELF_HARM", True),
        ("i sat on the edge of the bed and cried.", "SELF_HARM", False),
        (
            "he's been sleeping with the pistol under his pillow since the layoff.",
            "SELF_HARM",
            True,
        ),
        # Risk talk stays, whatever the frame: news of a suicide the client dwells on.
        ("i saw on the news that a girl killed herself, same as my situation.", "SELF_HARM", True),
    ],
)
def test_frames_of_news_jokes_strangers_and_figures(
    lexicon: TopicDetector, sentence: str, category: str, told: bool
) -> None:
    assert (category in _found(lexicon, sentence)) is told


def test_head_vetoes_an_embedding_fire_it_holds_for_ordinary_talk(
    models: RedactionModels, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Bars and margin nothing misses: the closest examples name a topic for any sentence.
    bars = {category.name: 0.0 for category in BUILTIN_CATEGORIES}
    monkeypatch.setattr(topic_example_store, "CALIBRATED_BARS", bars)
    monkeypatch.setattr(topic_detector, "NEUTRAL_MARGIN", -1.0)
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    job = "my uncle was a customs officer at the airport for thirty years."
    assert _found(detector, job) == set()
    monkeypatch.setattr(topic_detector, "HEAD_VETO", 1.01)
    assert _found(detector, job) == {"IMMIGRATION"}


@pytest.mark.parametrize(("short_of_bar", "rescued"), [(-0.01, True), (0.03, False)])
def test_head_rescues_only_where_the_examples_cleared_the_bar(
    models: RedactionModels, monkeypatch: pytest.MonkeyPatch, short_of_bar: float, rescued: bool
) -> None:
    """Ordinary talk as close as the topic (a margin nothing clears): the head, sure of the
    topic, gives it where the closest examples cleared the bar, not where they fell short."""
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    locked_in = "my stepfather used to lock me in the basement when i talked back."
    closest = detector.similarity(locked_in)["ABUSE"]
    bars = {category.name: 2.0 for category in BUILTIN_CATEGORIES}
    bars["ABUSE"] = closest + short_of_bar
    monkeypatch.setattr(topic_example_store, "CALIBRATED_BARS", bars)
    monkeypatch.setattr(topic_detector, "NEUTRAL_MARGIN", 1.0)
    assert topic_detector_settings.HEAD_REACH == 0.0
    assert (_found(detector, locked_in) == {"ABUSE"}) is rescued


@pytest.mark.parametrize(
    "sentence",
    [
        "i sit in the car in the garage with the engine running and wonder if it would be easier.",
        "i've started giving my things away to my sister so she has them after.",
        "i keep thinking everyone would be better off if i wasn't around.",
    ],
)
def test_indirect_self_harm_still_found(models: RedactionModels, sentence: str) -> None:
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    assert "SELF_HARM" in _found(detector, sentence)


def test_head_training_reads_transcripts_with_identifiers_blanked() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from train_topic_head import transcript_rows

    text = "Therapist: How was it?\nClient: Maria took me to Dayton. Then he hit me again."
    row = {
        "text": text,
        "phi": [{"start": text.index("Maria"), "end": text.index("Maria") + 5}],
        "topics": [
            {"start": text.index("Then"), "end": len(text), "category": "ABUSE"},
            {"start": text.index("Then"), "end": len(text), "category": "CRIMINAL"},
        ],
    }
    rows = transcript_rows([row], written=False)
    # A sentence with two topics is a row for each.
    assert ("ABUSE", "Then he hit me again.") in rows
    assert ("CRIMINAL", "Then he hit me again.") in rows
    assert not any("Maria" in sentence for _label, sentence in rows)
    assert any("Maria" in sentence for _label, sentence in transcript_rows([row]))
    took = next(sentence for label, sentence in rows if "took me" in sentence)
    assert "Maria" not in took and took.endswith("took me to Dayton.")


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("no, i've never hit anyone in my life.", True),
        ("i don't use drugs and i never have, it's not my thing.", True),
        ("nobody's ever touched me like that.", True),
        ("i never told anyone he touched me.", False),
        ("i've never had a choice, he decides everything.", False),
        ("i never went back after my visit visa ended.", False),
        ("i wasn't allowed to eat until he got home.", False),
        ("we didn't have food most nights.", False),
    ],
)
def test_plain_denials_only(sentence: str, plain: bool) -> None:
    assert denial_only(sentence) is plain


def test_a_plain_denial_gets_no_embedding_topic(
    models: RedactionModels, monkeypatch: pytest.MonkeyPatch
) -> None:
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    denial = "i don't use drugs and i never have, it's not my thing."
    monkeypatch.setattr(topic_detector, "HEAD_VETO", 1.01)  # the denial rule alone
    assert _found(detector, denial) == set()
    monkeypatch.setattr(topic_phrases, "denial_only", lambda _sentence: False)
    assert "SUBSTANCE_USE" in _found(detector, denial)


def test_sleeping_apart_is_no_sexual_content(models: RedactionModels) -> None:
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    assert _found(detector, "since his back surgery we've slept in separate rooms.") == set()


def test_the_act_left_to_that_is_embedded() -> None:
    assert worth_embedding("my dad did that to my mom every payday, and i swore i wouldn't.")


@pytest.mark.parametrize(
    ("sentence", "settled"),
    [
        ("my parents came over from pune on a tourist visa last year and loved it here.", True),
        ("my son was born here, at the county hospital, so he's a citizen.", True),
        ("i have to renew my passport before the trip to lisbon.", True),
        ("i'm not a citizen.", False),
        ("we came on a tourist visa in 2010 and never left.", False),
        ("my kids were born here but i crossed when i was fifteen.", False),
        ("she's a citizen, but her husband's hearing is next month.", False),
        ("my uncle got his work permit renewed in march and threw a party.", True),
        ("my roommate passed her citizenship exam on the first try.", True),
        ("my brother is here legally, he came on a work visa in 2019.", True),
        ("his visa was approved, but mine was denied and i have to leave.", False),
        ("my work permit expired and it never got renewed.", False),
        ("i'm not here legally, my visa wasn't renewed.", False),
        ("his green card wasn't approved this time.", False),
    ],
)
def test_settled_status(sentence: str, settled: bool) -> None:
    assert status_settled(sentence) is settled


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("my aunt got her green card renewed and we all went out to eat.", set()),
        ("my green card expired and i'm scared to renew it.", {"IMMIGRATION"}),
    ],
)
def test_a_settled_status_discounts_immigration_phrases(
    lexicon: TopicDetector, sentence: str, found: set[str]
) -> None:
    assert _found(lexicon, sentence) == found


def test_a_settled_status_gets_no_embedding_immigration(
    models: RedactionModels, monkeypatch: pytest.MonkeyPatch
) -> None:
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    # As the detector reads it, the city blanked ("came over on a tourist visa" is a phrase).
    visit = "My parents came over from      on a tourist visa last year and loved it here."
    assert _found(detector, visit) == set()
    monkeypatch.setattr(topic_phrases, "status_settled", lambda _sentence: False)
    assert "IMMIGRATION" in _found(detector, visit)
