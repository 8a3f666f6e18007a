"""Topic detection reads every sentence, punctuated or not (speech recognition often is not)."""

from __future__ import annotations

from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor
from tenor_desktop.redaction.topic_windows import split_sentences

UNPUNCTUATED = (
    "Therapist: how was the weekend\n"
    "Client: honestly i was drinking from friday night until sunday and i called in sick\n"
    "Therapist: okay"
)


def test_a_line_without_final_punctuation_is_a_sentence() -> None:
    sentences = [UNPUNCTUATED[s:e] for s, e in split_sentences(UNPUNCTUATED)]
    assert sentences == [
        "how was the weekend",
        "honestly i was drinking from friday night until sunday and i called in sick",
        "okay",
    ]


def test_every_character_of_a_turn_is_in_some_sentence() -> None:
    text = "Client: i don't. i'm scared all the time now\nTherapist: say more\nClient: fine"
    spans = split_sentences(text)
    words = {word for start, end in spans for word in text[start:end].split()}
    assert {"scared", "time", "now", "more", "fine"} <= words


def test_unpunctuated_disclosure_is_redacted(models: RedactionModels) -> None:
    settings = RedactionSettings(phi_enabled=False, topics=frozenset({"SUBSTANCE_USE"}))
    result = Redactor(settings, models).redact(UNPUNCTUATED)
    assert [t.category for t in result.topics] == ["SUBSTANCE_USE"]
    assert "drinking" not in result.text
    assert result.text.endswith("Therapist: okay")
