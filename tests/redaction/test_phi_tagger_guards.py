"""The PHI tagger's guard on lowercase common words: name words in a name's shape may stand."""

from __future__ import annotations

import re

import numpy as np
import pytest

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.phi_tagger import PhiTagger
from tenor_desktop.redaction.phi_tagger_guards import LowercaseGuard


@pytest.fixture(scope="module")
def guard() -> LowercaseGuard:
    """The guard over the bundled lexicons."""
    return LowercaseGuard(Lexicons.load())


@pytest.fixture(scope="module")
def tagger() -> PhiTagger:
    """The bundled tagger (its probabilities are replaced in these tests)."""
    return PhiTagger.load(Lexicons.load())


def test_name_words_are_names_english_writes_with_a_capital(guard: LowercaseGuard) -> None:
    for word in ("garfield", "logan", "tucker"):
        assert word in guard.name_words
    # Everyday words, function words and short tokens are no name words.
    for word in ("hill", "sand", "rock", "park", "grace", "of", "by", "el"):
        assert word not in guard.name_words


def _decode(tagger: PhiTagger, text: str, sure: dict[str, tuple[str, float]]) -> list[str]:
    """Spans decoded from made-up probabilities: ``sure`` words get (label, p), others O."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    starts, ends = [s for s, _e in tokens], [e for _s, e in tokens]
    probs = np.zeros((len(tokens), 3), dtype=np.float32)
    probs[:, 0] = 1.0
    for i, (start, end) in enumerate(tokens):
        if text[start:end] in sure:
            label, p = sure[text[start:end]]
            column = 1 if label == "NAME" else 2
            probs[i] = 0.0
            probs[i, 0], probs[i, column] = 1 - p, p
    return [text[s:e] for s, e, _l, _p in tagger.decode(text, starts, ends, probs, [], 0.8)]


def test_a_name_word_before_a_place_head_stands(tagger: PhiTagger) -> None:
    place = {"garfield": ("LOCATION", 0.9), "elementary": ("LOCATION", 0.9)}
    assert _decode(tagger, "client: my son goes to garfield elementary now", place) == [
        "garfield elementary"
    ]
    hall = {"logan": ("LOCATION", 0.85), "hall": ("LOCATION", 0.85)}
    assert _decode(tagger, "client: i'll be out of logan hall by then", hall) == ["logan hall"]


def test_two_name_words_stand_as_a_name(tagger: PhiTagger) -> None:
    both = {"logan": ("NAME", 0.9), "tucker": ("NAME", 0.9)}
    assert _decode(tagger, "client: i ran into logan tucker at work", both) == ["logan tucker"]


def test_everyday_words_stay_the_rules_call(tagger: PhiTagger) -> None:
    cases = [
        ("client: they took me to the sand bar for my birthday", ("sand", "bar")),
        ("client: i work at station 4 on the line", ("station",)),
        ("client: we ate at the rusty anchor", ("rusty", "anchor")),
        ("client: he works at the county detention center", ("county", "detention", "center")),
        ("client: we took main street south of the river", ("main", "street", "south", "of")),
    ]
    for text, words in cases:
        assert _decode(tagger, text, dict.fromkeys(words, ("LOCATION", 0.97))) == []
    # One name word alone is the rules' call too ("i saw jordan", "i left jordan").
    assert _decode(tagger, "client: yeah i left jordan", {"jordan": ("NAME", 0.97)}) == []


def test_kin_words_and_titles_name_no_one(tagger: PhiTagger) -> None:
    for text, word in (
        ("Client: poppa always said that.", "poppa"),
        ("Client: If Manman finds out, she will cry.", "Manman"),
    ):
        assert _decode(tagger, text, {word: ("NAME", 0.97)}) == []
    assert _decode(tagger, "Client: ximena always said that.", {"ximena": ("NAME", 0.97)}) == [
        "ximena"
    ]


def test_one_lowercase_word_after_an_article_is_a_kind_of_place(tagger: PhiTagger) -> None:
    for text, word in (
        ("client: i went to the bodega on the corner for milk", "bodega"),
        ("client: he got a job at a taqueria downtown", "taqueria"),
        ("client: we met at the laundromat by my place", "laundromat"),
    ):
        assert _decode(tagger, text, {word: ("LOCATION", 0.97)}) == []
    # Without the article, or capitalised, or on a place list, the word may still stand.
    assert _decode(tagger, "client: i grew up in ximena", {"ximena": ("LOCATION", 0.97)}) == [
        "ximena"
    ]
    assert _decode(tagger, "client: we ate at the Bodega", {"Bodega": ("LOCATION", 0.97)}) == [
        "Bodega"
    ]


def test_a_place_named_by_its_shape_stands(tagger: PhiTagger) -> None:
    cases = [
        ("client: we lived down by the river on good hope street", ("good", "hope", "street")),
        ("client: i drove up lookout mountain that night", ("lookout", "mountain")),
        ("client: we camped out at two medicine lake", ("two", "medicine", "lake")),
        ("client: i was hauling out of west memphis all winter", ("west", "memphis")),
    ]
    for text, words in cases:
        assert _decode(tagger, text, dict.fromkeys(words, ("LOCATION", 0.95))) == [" ".join(words)]


def test_a_sort_of_road_or_a_compass_alone_stays_the_rules_call(tagger: PhiTagger) -> None:
    cases = [
        ("client: we took the back road home", ("back", "road")),
        ("client: it's a dirt road out past the farm", ("dirt", "road")),
        ("client: i learned it the hard way", ("hard", "way")),
        ("client: she grew up on the south side", ("south", "side")),
    ]
    for text, words in cases:
        assert _decode(tagger, text, dict.fromkeys(words, ("LOCATION", 0.97))) == []
    # Below the head bar a shape alone is not enough.
    hope = dict.fromkeys(("good", "hope", "street"), ("LOCATION", 0.85))
    assert _decode(tagger, "client: we lived on good hope street", hope) == []


def _decode_scored(tagger: PhiTagger, text: str, location: dict[str, float]) -> list[str]:
    """Spans decoded from made-up LOCATION probabilities per word (others O)."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    starts, ends = [s for s, _e in tokens], [e for _s, e in tokens]
    probs = np.zeros((len(tokens), 3), dtype=np.float32)
    probs[:, 0] = 1.0
    for i, (start, end) in enumerate(tokens):
        p = location.get(text[start:end])
        if p is not None:
            probs[i] = (1 - p, 0.0, p)
    return [text[s:e] for s, e, _l, _p in tagger.decode(text, starts, ends, probs, [], 0.8)]


def test_a_place_run_carries_the_head_or_compass_word_the_model_is_less_sure_of(
    tagger: PhiTagger,
) -> None:
    # The model is sure of the name but not of the kind or compass word beside it: the run
    # takes that word, and the guards judge the place whole.
    cases = [
        ("client: i was hauling out of west memphis all winter", {"west": 0.64, "memphis": 0.95}),
        (
            "client: we camped out at two medicine lake",
            {"two": 0.95, "medicine": 0.95, "lake": 0.64},
        ),
        ("client: we drove up lookout mountain that night", {"lookout": 0.93, "mountain": 0.6}),
    ]
    for text, location in cases:
        assert _decode_scored(tagger, text, location) == [" ".join(location)]


def test_a_word_under_the_floor_or_a_sort_of_road_is_not_carried(tagger: PhiTagger) -> None:
    low = {"two": 0.95, "medicine": 0.95, "lake": 0.05}
    assert _decode_scored(tagger, "client: we camped out at two medicine lake", low) == []
    road = {"back": 0.95, "road": 0.64}
    assert _decode_scored(tagger, "client: we took the back road home", road) == []
    compass = {"south": 0.64, "side": 0.95}
    assert _decode_scored(tagger, "client: she grew up on the south side", compass) == []
