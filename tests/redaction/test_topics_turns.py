"""Whose turn, which frame, which idiom: topic sentences that generalise (real MiniLM model).

A clinician's reflection, follow-up or screening question that names the client's topic is
redacted like the client's line (it would tell what that line hid); a story about a robbery and a
sale of weed are no robbery and no use of one's own; a single drink with dinner, "hit the
gym" and "probation at my new job" are everyday talk. The spoken cue families (an overdose
told by its hope, the point of going on, a stolen till) are found however they are worded.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import (
    TOPIC_CATEGORIES,
    RedactionModels,
    RedactionSettings,
    Redactor,
)
from tenor_desktop.redaction.topic_detector import TopicDetector
from tenor_desktop.redaction.topic_speakers import after_a_topic, client_voice, clinician_ranges
from tenor_desktop.redaction.topic_windows import split_sentences


@pytest.fixture(scope="module")
def redactor(models: RedactionModels) -> Redactor:
    """A redactor with every built-in topic on."""
    return Redactor(RedactionSettings(topics=frozenset(TOPIC_CATEGORIES)), models)


def _categories(detector: TopicDetector, text: str) -> set[str]:
    return {span.category for span in detector.detect(text)}


def _sentence_topics(redactor: Redactor, text: str) -> dict[str, set[str]]:
    """Topics per sentence of ``text`` (a labelled transcript), keyed by the sentence."""
    found: dict[str, set[str]] = {}
    for span in redactor.redact(text).topics:
        found.setdefault(text[span.start : span.end], set()).add(span.category)
    return found


def test_a_clinicians_restatement_is_redacted_like_the_clients_disclosure(
    redactor: Redactor,
) -> None:
    # Left in, the clinician's line would tell what the client's redacted line hid.
    text = (
        "Therapist: So the drinking gets worse when you're alone.\n"
        "Client: Yeah, I finish a whole bottle of vodka most nights.\n"
        "Therapist: You said the letter from immigration came this week.\n"
        "Client: I don't have papers, so I'm scared to open it.\n"
        "Therapist: How was the drive in today?"
    )
    found = _sentence_topics(redactor, text)
    assert found == {
        "So the drinking gets worse when you're alone.": {"SUBSTANCE_USE"},
        "Yeah, I finish a whole bottle of vodka most nights.": {"SUBSTANCE_USE"},
        "You said the letter from immigration came this week.": {"IMMIGRATION"},
        "I don't have papers, so I'm scared to open it.": {"IMMIGRATION"},
    }


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Therapist: Are you having thoughts of ending your life?", "SELF_HARM"),
        (
            "Therapist: I want to ask directly, are you thinking about killing yourself?",
            "SELF_HARM",
        ),
        ("Therapist: What's your drinking like these days?", "SUBSTANCE_USE"),
        ("Therapist: Any alcohol or drug use since we last met?", "SUBSTANCE_USE"),
        ("Therapist: You said your brother was arrested last month.", "CRIMINAL"),
    ],
)
def test_a_screening_question_or_follow_up_naming_the_topic_is_redacted(
    redactor: Redactor, line: str, category: str
) -> None:
    text = f"{line}\nClient: I guess."
    assert category in {t.category for t in redactor.redact(text).topics}


@pytest.mark.parametrize(
    "line",
    [
        "Therapist: How are you sleeping these days?",
        "Therapist: What would you like to focus on today?",
        "Therapist: That sounds like a hard week at work.",
        "Therapist: Let's look at your schedule for next week.",
    ],
)
def test_a_clinicians_ordinary_question_or_reflection_stays(redactor: Redactor, line: str) -> None:
    assert not redactor.redact(f"{line}\nClient: Okay.").topics


def test_the_clinicians_words_read_in_the_clients_voice() -> None:
    assert client_voice("have you had thoughts of hurting yourself?") == (
        "have i had thoughts of hurting myself?"
    )
    assert client_voice("did he hit you when you said no") == "did he hit me when i said no"
    assert client_voice("you're safe at your mom's") == "i'm safe at my mom's"
    assert client_voice("the young man was late") == "the young man was late"


def test_self_harm_phrases_count_in_a_clinicians_turn_and_raise_the_risk_flag(
    redactor: Redactor,
) -> None:
    text = (
        "Therapist: You told me you wanted to kill yourself last week, and you've been "
        "cutting myself is how you put it.\n"
        "Client: Yes."
    )
    result = redactor.redact(text)
    assert {t.category for t in result.topics} == {"SELF_HARM"}
    assert "SELF_HARM" in result.risk_flags


def test_without_labels_every_sentence_counts(redactor: Redactor) -> None:
    # A live segment carries no speaker label: the same words are judged.
    found = _sentence_topics(redactor, "so the drinking gets worse when i'm alone at night.")
    assert found == {"so the drinking gets worse when i'm alone at night.": {"SUBSTANCE_USE"}}


def test_clinician_turns_follow_the_labels() -> None:
    text = "Therapist: One.\nmore of the same turn\nClient: Two.\nCounselor 2: Three."
    ranges = clinician_ranges(text)
    spoken = [text[s:e] for s, e in ranges]
    assert spoken == ["Therapist: One.\nmore of the same turn", "Counselor 2: Three."]
    assert clinician_ranges("no labels here: just a colon") == []


def test_with_generic_labels_the_speaker_who_asks_is_the_clinician(redactor: Redactor) -> None:
    text = (
        "Speaker 1: how was the weekend\n"
        "Speaker 2: rough. i finished a whole bottle of vodka by myself on saturday.\n"
        "Speaker 1: so the drinking got worse after the funeral.\n"
        "Speaker 2: yeah.\n"
        "Speaker 1: what happened on sunday"
    )
    assert _sentence_topics(redactor, text) == {
        "i finished a whole bottle of vodka by myself on saturday.": {"SUBSTANCE_USE"},
        "so the drinking got worse after the funeral.": {"SUBSTANCE_USE"},
    }


def test_generic_labels_without_a_clear_asker_mark_no_clinician() -> None:
    text = "Speaker 1: what now\nSpeaker 2: why me\nSpeaker 1: i drank.\nSpeaker 2: i know."
    assert clinician_ranges(text) == []


def test_a_dot_after_am_ends_a_sentence_only_before_a_capital() -> None:
    one = "i was up at 3 a.m. and drank until it was light."
    assert split_sentences(one) == [(0, len(one))]
    two = "I was up until 3 a.m. Then I slept."
    assert len(split_sentences(two)) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "i'm reading a mystery novel about a bank robbery and a getaway.",
        "we watched a documentary about a heroin epidemic in ohio.",
        "i was selling weed out of my apartment for a while.",
    ],
)
def test_a_story_or_a_sale_is_not_the_clients_own_use(redactor: Redactor, sentence: str) -> None:
    found = _categories(redactor.topic_detector, sentence)
    assert "SUBSTANCE_USE" not in found
    if "selling" in sentence:
        assert found == {"CRIMINAL"}
    else:
        assert found == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "we had wine at dinner for our anniversary.",
        "i had a beer with my brother after the game and went home.",
        "i had two glasses of wine at the wedding.",
        "i hit the gym every morning before work.",
        "i'm on probation at my new job for the first ninety days.",
        "i hit my head on the cabinet door and got a bump.",
        "i'm going to get my flu shot this week.",
        "my blood pressure was high at the doctor.",
        "i cut my hours at work to spend time with the kids.",
        "we drove across the border to see my grandma for christmas.",
        "he passed away in march and i still miss him.",
        "i touched base with my lawyer about the divorce.",
        "i drank a whole bottle of water after the run.",
        "i took a shot at the new position and got it.",
    ],
)
def test_everyday_sentences_with_topic_words_are_no_topic(
    redactor: Redactor, sentence: str
) -> None:
    assert _categories(redactor.topic_detector, sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("last month i took a bunch of pills and hoped i wouldn't wake up", "SELF_HARM"),
        ("last week i swallowed everything in the medicine cabinet", "SELF_HARM"),
        ("everybody would be fine if i just wasn't here", "SELF_HARM"),
        ("i don't really see the point of going on anymore", "SELF_HARM"),
        ("sometimes i press a cigarette into my arm when it gets bad", "SELF_HARM"),
        ("i've been looking up how much of my meds it would take", "SELF_HARM"),
        ("i keep thinking about driving into a tree on the way home", "SELF_HARM"),
        ("i took way more of the oxy than the doctor said", "SUBSTANCE_USE"),
        ("i've been taking cash out of the till at work", "CRIMINAL"),
        ("we came across when i was six and never got legal", "IMMIGRATION"),
        ("i'm kind of stuck because my paperwork expired in the spring", "IMMIGRATION"),
    ],
)
def test_spoken_cue_families_are_found(redactor: Redactor, sentence: str, category: str) -> None:
    assert category in _categories(redactor.topic_detector, sentence)


def test_an_overdose_told_with_a_drug_word_keeps_the_risk_flag(redactor: Redactor) -> None:
    result = redactor.redact(
        "Client: Last month I took a bunch of my mom's sleeping pills and hoped I wouldn't wake up."
    )
    # The pills are the means of self-harm, not substance use.
    assert {t.category for t in result.topics} == {"SELF_HARM"}
    assert "SELF_HARM" in result.risk_flags


def test_self_harm_with_drink_or_drugs_keeps_both_topics(redactor: Redactor) -> None:
    found = _categories(redactor.topic_detector, "i was drunk last night and i cut my arms again.")
    assert found == {"SELF_HARM", "SUBSTANCE_USE"}


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("he makes me ask permission before i see my friends", "ABUSE"),
        ("he tracks my phone and goes through my messages every night", "ABUSE"),
        ("my husband forces himself on me when i say no", "ABUSE"),
        ("my mom knew what he was doing to me and did nothing", "ABUSE"),
        ("i tried to overdose in college", "SELF_HARM"),
        ("i did eighteen months for what happened", "CRIMINAL"),
        ("i got jammed up for possession last year", "CRIMINAL"),
        ("i've got a record so nobody will hire me", "CRIMINAL"),
        ("i got popped for driving drunk", "CRIMINAL"),
        ("i was geeked out of my mind at the party", "SUBSTANCE_USE"),
        ("i'm so tired of living, every day is the same fight", "SELF_HARM"),
        ("i still hide the scars on my thighs from my boyfriend", "SELF_HARM"),
        ("i took the blade out of a pencil sharpener last night", "SELF_HARM"),
        ("i have a couple of drinks before my shift just to get through it", "SUBSTANCE_USE"),
        (
            "i've been meeting a woman from work at a hotel on my lunch breaks for months",
            "SEXUAL_CONTENT",
        ),
    ],
)
def test_control_time_served_and_street_words_are_found(
    redactor: Redactor, sentence: str, category: str
) -> None:
    assert category in _categories(redactor.topic_detector, sentence)


@pytest.mark.parametrize(
    ("sentence", "not_category"),
    [
        ("i tried to overdose in college", "SUBSTANCE_USE"),
        ("i shot my shot with her and she said yes", "ABUSE"),
        ("i sleep with a fan on every night", "SEXUAL_CONTENT"),
        ("we set a record for sales this month at work", "CRIMINAL"),
        ("my son had three months of physical therapy for his knee", "CRIMINAL"),
        ("i had a few minutes before work to grab a coffee", "SUBSTANCE_USE"),
        ("i covered the scars from my knee surgery with leggings", "SELF_HARM"),
        ("i'm tired of living paycheck to paycheck", "SELF_HARM"),
        ("the kids fell asleep in the back seat on the drive home", "SEXUAL_CONTENT"),
    ],
)
def test_look_alikes_of_the_new_families_are_not_that_topic(
    redactor: Redactor, sentence: str, not_category: str
) -> None:
    assert not_category not in _categories(redactor.topic_detector, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "i got robbed walking home from the bus last week.",
        "someone broke into my car and took my laptop.",
        "there was fraud on my credit card so the bank froze it.",
        "i was a victim of identity theft last year.",
        "they robbed us at gunpoint outside the store.",
        "my son's bike got stolen from the school.",
    ],
)
def test_a_crime_suffered_is_no_criminal_matter(redactor: Redactor, sentence: str) -> None:
    assert "CRIMINAL" not in _categories(redactor.topic_detector, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "he robbed a gas station when he was nineteen.",
        "i broke into my neighbor's house while they were away.",
        "i got arrested for theft at the mall.",
    ],
)
def test_a_crime_committed_stays_criminal(redactor: Redactor, sentence: str) -> None:
    assert "CRIMINAL" in _categories(redactor.topic_detector, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "no nothing like that, i've never hurt myself",
        "No thoughts of suicide, I just feel really tired and flat.",
        "no i've never thought about killing myself, i just get really sad sometimes",
        "Nope, never been arrested, my record is clean.",
    ],
)
def test_a_denial_is_no_disclosure(redactor: Redactor, sentence: str) -> None:
    assert _categories(redactor.topic_detector, sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "i don't want to kill myself but i think about it",
        "i never want to wake up again",
        "i've never told anyone that i tried to kill myself",
    ],
)
def test_a_negated_intent_or_a_secret_stays_self_harm(redactor: Redactor, sentence: str) -> None:
    result = redactor.redact(sentence)
    assert "SELF_HARM" in {t.category for t in result.topics}
    assert "SELF_HARM" in result.risk_flags


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("i had to check in with ice again this morning", "IMMIGRATION"),
        ("my mom cleans houses for cash because she doesn't have a work permit", "IMMIGRATION"),
        ("a guy at the party put something in my drink", "ABUSE"),
        ("i fell off the wagon at the office christmas party", "SUBSTANCE_USE"),
        ("i was high at my son's graduation", "SUBSTANCE_USE"),
        ("i got booked for possession and spent the night in a cell", "CRIMINAL"),
        ("there's a restraining order against me and i went to her house anyway", "CRIMINAL"),
        ("i got chlamydia from someone i met online", "SEXUAL_CONTENT"),
    ],
)
def test_training_families_are_found(redactor: Redactor, sentence: str, category: str) -> None:
    assert category in _categories(redactor.topic_detector, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "my blood pressure was high at the doctor",
        "the refs robbed us with that call at the end of the game",
        "i feel like anxiety robbed me of my twenties",
        "i take my adderall as prescribed and it helps me focus",
        "i almost died laughing when my dad tried to dance",
        "i took the forks out of the drawer and set the table",
        "we drove out to the county fair with the kids",
    ],
)
def test_look_alikes_of_the_training_families_are_no_topic(
    redactor: Redactor, sentence: str
) -> None:
    assert _categories(redactor.topic_detector, sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "not_category"),
    [
        ("I maxed out the Visa and my wife doesn't know about the charges yet.", "IMMIGRATION"),
        ("the visa bill came and i couldn't even look at the total.", "IMMIGRATION"),
        (
            "The serial is on the monitor and my probation officer checks it every week.",
            "CRIMINAL",
        ),
    ],
)
def test_a_card_or_a_supervision_mention_is_not_that_topic(
    redactor: Redactor, sentence: str, not_category: str
) -> None:
    assert not_category not in _categories(redactor.topic_detector, sentence)


def test_papers_and_offences_still_count_beside_those_words(redactor: Redactor) -> None:
    assert "IMMIGRATION" in _categories(
        redactor.topic_detector, "my visa expired two years ago and i'm still here."
    )
    assert "CRIMINAL" in _categories(
        redactor.topic_detector, "i violated my probation and my probation officer found out."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I locked myself out of my apartment and had to call a locksmith.",
        "my sex ed class in high school was useless.",
        "I woke up at my friend's place.",
        "now i call my sponsor whenever i drive past the liquor store on my way home.",
    ],
)
def test_everyday_mishaps_school_and_short_statements_are_no_topic(
    redactor: Redactor, sentence: str
) -> None:
    assert _categories(redactor.topic_detector, sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "my son tried to hang himself in his room back in march.",
        "i slit my wrists in the bathtub two years ago and my roommate found me",
        "i carve words into my thigh where nobody can see them.",
        "My daughter's been scratching her arms with an open paperclip.",
        "I've been googling painless ways to go.",
        "i've attempted three times, the last one was in college.",
        "i've been thinking about driving off the road on the way home",
    ],
)
def test_self_harm_told_of_others_or_by_its_means_raises_the_risk_flag(
    redactor: Redactor, sentence: str
) -> None:
    result = redactor.redact(sentence)
    assert "SELF_HARM" in {t.category for t in result.topics}
    assert "SELF_HARM" in result.risk_flags


@pytest.mark.parametrize(
    ("sentence", "not_category"),
    [
        ("he hurt himself playing football on saturday.", "SELF_HARM"),
        ("i used to cut hair at my aunt's salon.", "SELF_HARM"),
        ("my boyfriend found my stash of blades and freaked out.", "SUBSTANCE_USE"),
    ],
)
def test_look_alikes_of_the_self_harm_families(
    redactor: Redactor, sentence: str, not_category: str
) -> None:
    assert not_category not in _categories(redactor.topic_detector, sentence)


def test_a_clinicians_sentence_follows_a_topic_in_the_clients_turn_or_its_own() -> None:
    text = (
        "Client: I came here without papers. It was hard.\n"
        "Therapist: That sounds frightening. Tell me more.\n"
        "Client: Work is fine.\n"
        "Therapist: Good to hear."
    )
    sentences = split_sentences(text)
    clinician = clinician_ranges(text)
    told = {sentences[0][0]}
    # The clinician's first turn follows the client's topic; the second turn does not.
    assert after_a_topic(sentences, 2, told, clinician)
    assert after_a_topic(sentences, 3, told, clinician)
    assert not after_a_topic(sentences, 5, told, clinician)


def test_the_clinicians_restatement_after_a_disclosure_is_redacted(redactor: Redactor) -> None:
    text = (
        "Client: i came here without papers when i was sixteen.\n"
        "Therapist: so since you crossed without papers, work has been hard."
    )
    found = _sentence_topics(redactor, text)
    assert found["so since you crossed without papers, work has been hard."] == {"IMMIGRATION"}
