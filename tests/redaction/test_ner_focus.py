"""Focused NER reading: the stretches around possible names give the entities a full read gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tenor_desktop.redaction import RedactionModels
from tenor_desktop.redaction.ner_entities import map_entity
from tenor_desktop.redaction.ner_focus import focus_windows, focus_words_from
from tenor_desktop.redaction.ner_model import NerModel

_DATA = Path(__file__).resolve().parent / "data"


def _full_and_focused(models: RedactionModels) -> tuple[NerModel, NerModel]:
    assert models.ner is not None
    return NerModel(models.ner.nlp), models.ner


def _kept(models: RedactionModels, text: str, entities: list[tuple[int, int, str]]) -> set[object]:
    mapped = (map_entity(text, s, e, kind, models.lexicons) for s, e, kind in entities)
    return {candidate for candidate in mapped if candidate is not None}


@pytest.mark.parametrize("name", ["heldout.jsonl", "heldout_untuned.jsonl"])
def test_focused_reading_keeps_every_entity_the_redactor_keeps(
    models: RedactionModels, name: str
) -> None:
    full, focused = _full_and_focused(models)
    texts = [json.loads(line)["text"] for line in (_DATA / name).read_text().splitlines() if line]
    kept = 0
    for text, whole, part in zip(
        texts, full.entities_many(texts), focused.entities_many(texts), strict=True
    ):
        expected = _kept(models, text, whole)
        kept += len(expected)
        assert _kept(models, text, part) == expected
    assert kept >= 5


def test_lowercase_everyday_talk_is_not_read(models: RedactionModels) -> None:
    words = focus_words_from(models.lexicons)
    text = "Client: I just froze. Then I went home and we talked about it for a long time."
    assert focus_windows(text, words) == []
    # Pronouns before a verb or "'s" are no names; "don't" is no "Don".
    text = "Client: He called me. That's the thing, I don't know. She wanted to stay."
    assert focus_windows(text, words) == []


@pytest.mark.parametrize(
    ("text", "needed"),
    [
        ("Client: it was fine. then we drove out to tucson for the weekend.", "tucson"),
        ("Client: it was fine and all. Feldman thinks I will get probation.", "Feldman"),
        ("Client: it was a long week, honestly. I talked to Gregory about it.", "Gregory"),
        ("Client: it was a long week. before that I was at st. jude's for a bit.", "jude's"),
    ],
)
def test_words_that_may_be_names_or_places_are_read(
    models: RedactionModels, text: str, needed: str
) -> None:
    words = focus_words_from(models.lexicons)
    at = text.index(needed)
    assert any(low <= at and at + len(needed) <= high for low, high in focus_windows(text, words))


def test_focused_model_reads_the_name_and_skips_the_plain_talk(models: RedactionModels) -> None:
    full, focused = _full_and_focused(models)
    filler = "and then we just sat there for a while and talked about the week " * 4
    text = f"Client: {filler}until Gregory Hale walked in. {filler}"
    everything = full.entities(text)
    near = focused.entities(text)
    assert any(text[s:e] == "Gregory Hale" for s, e, _kind in near)
    # The full read also tags "the week" as a date all along the filler; the focused one
    # reads only around the name, where it finds what the full read finds.
    assert set(near) < set(everything)
    assert len(near) <= 3 < len(everything)


def test_text_without_capitals_is_read_whole(models: RedactionModels) -> None:
    words = focus_words_from(models.lexicons)
    text = "Client: my brother got sent back last year and we talked about it for a long time."
    assert focus_windows(text, words) == [(0, len(text))]
