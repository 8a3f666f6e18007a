"""The learned PHI tagger: a verified model file, spans it adds, and what it leaves alone."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.errors import RedactionConfigError
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.phi_tagger import PHI_TAGGER_SHA256, PhiTagger, phi_tagger_path
from tenor_desktop.redaction.placeholders import PLACEHOLDER


@pytest.fixture(scope="module")
def tagger() -> PhiTagger:
    """The bundled tagger, checksum verified."""
    return PhiTagger.load(Lexicons.load())


def test_bundled_model_loads_with_its_pinned_checksum(tagger: PhiTagger) -> None:
    assert len(PHI_TAGGER_SHA256) == 64
    assert 0.5 <= tagger.bar < 1.0


def test_damaged_or_missing_model_is_a_configuration_error(tmp_path: Path) -> None:
    damaged = tmp_path / "phi_tagger.npz"
    data = bytearray(phi_tagger_path().read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(RedactionConfigError, match="checksum"):
        PhiTagger.load(Lexicons.load(), damaged)
    with pytest.raises(RedactionConfigError, match="could not be read"):
        PhiTagger.load(Lexicons.load(), tmp_path / "absent.npz")


def test_a_lowercase_name_in_context_is_found(tagger: PhiTagger) -> None:
    text = "Client: I drove over to see ximena and her brother after work."
    assert [(text[s:e], label) for s, e, label, _p in tagger.find(text, [])] == [("ximena", "NAME")]


def test_everyday_talk_medications_and_states_are_left_alone(tagger: PhiTagger) -> None:
    for text in (
        "Client: honestly it was a nice day, we just walked by the river.",
        "Client: I started sertraline last week and I feel flat.",
        "Client: my sister lives in Texas now.",
        "Client: Summer is the hardest season for me. June and July especially.",
        "Client: Walmart and Target were both closed on the holiday.",
    ):
        assert tagger.find(text, []) == []


def test_spans_where_something_else_stands_are_not_added(tagger: PhiTagger) -> None:
    text = "Client: I drove over to see ximena and her brother after work."
    start = text.index("ximena")
    assert tagger.find(text, [(start, start + 6)]) == []


def test_placeholders_are_never_tagged(tagger: PhiTagger) -> None:
    text = "Client: [NAME 1] said I should call [LOCATION 2] again, and [NAME 3] agreed."
    assert tagger.find(text, []) == []
    # Even with no bar at all, no span reaches into a placeholder.
    marks = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
    for start, end, _label, _p in tagger.find(text, [], bar=0.0):
        assert not any(s < end and start < e for s, e in marks)


def test_redacting_twice_changes_nothing(redactor: Redactor) -> None:
    text = (
        "Speaker 1: how was the weekend\n"
        "Speaker 2: fine, went bowling with dariusz and then home to the kids."
    )
    once = redactor.redact(text).text
    assert "dariusz" not in once
    assert redactor.redact(once).text == once


def test_offsets_are_valid_and_trimmed(tagger: PhiTagger) -> None:
    text = "Client: I met Orsolya Brandt at the Juniper Room, then saw dariusz.\n"
    for start, end, label, prob in tagger.find(text, [], bar=0.3):
        assert 0 <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert label in ("NAME", "LOCATION") and 0.3 <= prob <= 1.0


def test_lowercase_common_words_need_the_common_bar(tagger: PhiTagger) -> None:
    text = "Client: she works at the rusty anchor now."
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    starts, ends = [s for s, _e in tokens], [e for _s, e in tokens]
    probs = np.zeros((len(tokens), 3), dtype=np.float32)
    probs[:, 0] = 1.0
    for word, p in (("rusty", 0.985), ("anchor", 0.995)):
        i = starts.index(text.index(word))
        probs[i] = (1 - p, 0.0, p)
    spans = tagger.decode(text, starts, ends, probs, [], 0.8, 1.01)
    assert spans == []  # by default lowercase common words are the rules' call
    found = tagger.decode(text, starts, ends, probs, [], 0.8, 0.99)
    assert [(text[s:e], label) for s, e, label, _p in found] == [("rusty anchor", "LOCATION")]
    assert tagger.decode(text, starts, ends, probs, [], 0.8, 0.995) == []
