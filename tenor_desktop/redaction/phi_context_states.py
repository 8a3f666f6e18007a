"""Per-word contextual vectors from the frozen MiniLM encoder (an experiment's reader).

The sentence encoder (:mod:`minilm`) mean-pools the last layer's token states; this module
keeps them instead: each line of a transcript is encoded on its own (windows of at most
``WINDOW`` wordpieces for longer lines), and every word of
:func:`phi_tagger_features.tokenize` gets the state of its first wordpiece (zeros for a
word the tokenizer dropped). Used by ``bench/phi_context_folds.py`` to ask whether a token
classifier over these states finds names and places the rules and the hashed-feature tagger
miss; the app's sentence embeddings are untouched (same weights, separate sessions).
The MiniLM vocabulary is uncased, so the states carry no capitalisation.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import numpy.typing as npt
from tokenizers import Tokenizer

from tenor_desktop.redaction.minilm import MiniLMEncoder, minilm_model_dir
from tenor_desktop.redaction.minilm_numpy import FloatArray, forward_numpy
from tenor_desktop.redaction.minilm_onnx import HIDDEN, onnx_session
from tenor_desktop.redaction.phi_tagger_features import tokenize

WINDOW = 126  # wordpieces per encoded window, plus [CLS] and [SEP] (the model's 128)
_LINE = re.compile(r"[^\n]+")


class ContextStates:
    """Last-layer MiniLM states per word of a text (int8 or float graph, or numpy)."""

    def __init__(self, encoder: MiniLMEncoder, backend: str = "int8") -> None:
        if backend not in ("int8", "float", "numpy"):
            raise ValueError("backend is int8, float or numpy")
        self._tokenizer = Tokenizer.from_file(str(minilm_model_dir() / "tokenizer.json"))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()
        cls, sep = self._tokenizer.token_to_id("[CLS]"), self._tokenizer.token_to_id("[SEP]")
        if cls is None or sep is None:
            raise ValueError("the MiniLM tokenizer has no [CLS] or [SEP]")
        self._cls, self._sep = cls, sep
        # The encoder's loaded weights (read only): the same model the app embeds with.
        self._weights: dict[str, FloatArray] = encoder._weights
        self._layers: list[dict[str, FloatArray]] = encoder._layers
        self._session: Any = None
        if backend != "numpy":
            embeddings = {
                name: value.astype(np.float32)
                for name, value in self._weights.items()
                if name.startswith("embeddings.")
            }
            self._session = onnx_session(embeddings, self._layers, quantized=backend == "int8")

    def _run(self, ids: list[int]) -> FloatArray:
        """States [len(ids), HIDDEN] of one window (one row per run: no padding)."""
        array = np.asarray([ids], dtype=np.int64)
        bias = np.zeros((1, 1, 1, len(ids)), dtype=np.float32)
        if self._session is not None:
            positions = np.arange(len(ids), dtype=np.int64)[None, :]
            feeds = {"ids": array, "positions": positions, "bias": bias}
            hidden: FloatArray = self._session.run(["hidden"], feeds)[0][0]
            return hidden
        states: FloatArray = forward_numpy(self._weights, self._layers, array, bias)[0]
        return states

    def word_states(self, text: str) -> tuple[list[int], list[int], FloatArray]:
        """Word starts, ends (as ``tokenize``) and their states, shape (words, HIDDEN)."""
        tokens = tokenize(text)
        out = np.zeros((len(tokens.starts), HIDDEN), dtype=np.float32)
        first_piece: dict[int, tuple[int, int]] = {}  # char offset -> (window, row)
        windows: list[FloatArray] = []
        for line in _LINE.finditer(text):
            encoding = self._tokenizer.encode(line.group(), add_special_tokens=False)
            ids, offsets = encoding.ids, encoding.offsets
            for low in range(0, len(ids), WINDOW):
                states = self._run([self._cls, *ids[low : low + WINDOW], self._sep])
                for row, (start, _end) in enumerate(offsets[low : low + WINDOW]):
                    first_piece.setdefault(line.start() + start, (len(windows), row + 1))
                windows.append(states)
        piece_starts = np.asarray(sorted(first_piece), dtype=np.int64)
        for word, (start, end) in enumerate(zip(tokens.starts, tokens.ends, strict=True)):
            at = int(np.searchsorted(piece_starts, start))
            if at < len(piece_starts) and piece_starts[at] < end:
                window, row = first_piece[int(piece_starts[at])]
                out[word] = windows[window][row]
        return tokens.starts, tokens.ends, out


def case_features(text: str, starts: list[int], ends: list[int]) -> npt.NDArray[np.float32]:
    """Per word: title case, all caps, first word of its line, digit, bias (the uncased
    states cannot see capitals)."""
    rows = np.zeros((len(starts), 5), dtype=np.float32)
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        word = text[start:end]
        line_start = text.rfind("\n", 0, start) + 1
        rows[i] = (
            word[:1].isupper() and not word.isupper(),
            word.isupper() and len(word) > 1,
            not text[line_start:start].strip() or text[line_start:start].rstrip().endswith(":"),
            any(c.isdigit() for c in word),
            1.0,
        )
    return rows
