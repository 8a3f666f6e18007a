"""MiniLM word states for the contextual tagger experiment: one state per tagger word."""

from __future__ import annotations

import numpy as np

from tenor_desktop.redaction import RedactionModels
from tenor_desktop.redaction.phi_context_states import WINDOW, ContextStates, case_features
from tenor_desktop.redaction.phi_tagger_features import tokenize


def test_every_word_gets_its_own_state_and_the_float_graph_matches_numpy(
    models: RedactionModels,
) -> None:
    assert models.encoder is not None
    text = "Client: I saw Dr. Logan at Mercy Hospital.\nTherapist: How did that go?"
    reference = ContextStates(models.encoder, "numpy")
    starts, ends, states = reference.word_states(text)
    assert (starts, ends) == (tokenize(text).starts, tokenize(text).ends)
    assert states.shape == (len(starts), 384)
    assert np.all(np.linalg.norm(states, axis=1) > 1.0)
    # The same word in another context gets another state.
    _s, _e, other = reference.word_states("Client: Logan is my brother.")
    logan = [text[s:e] for s, e in zip(starts, ends, strict=True)].index("Logan")
    assert not np.allclose(states[logan], other[2])
    # The float onnxruntime graph (numpy again when onnxruntime is missing).
    _s, _e, fast = ContextStates(models.encoder, "float").word_states(text)
    np.testing.assert_allclose(fast, states, atol=2e-3)


def test_a_line_longer_than_the_window_is_encoded_in_pieces(models: RedactionModels) -> None:
    assert models.encoder is not None
    text = "Client: " + " ".join(["well"] * (WINDOW + 40))
    _starts, _ends, states = ContextStates(models.encoder, "numpy").word_states(text)
    assert np.all(np.linalg.norm(states, axis=1) > 1.0)


def test_case_features_see_capitals_and_turn_starts() -> None:
    text = "Client: Ann went to NYC"
    tokens = tokenize(text)
    rows = case_features(text, tokens.starts, tokens.ends)
    words = [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)]
    assert rows[words.index("Ann")].tolist() == [1.0, 0.0, 1.0, 0.0, 1.0]
    assert rows[words.index("NYC")].tolist() == [0.0, 1.0, 0.0, 0.0, 1.0]
