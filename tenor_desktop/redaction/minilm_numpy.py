"""The numpy MiniLM forward pass: the reference and the fallback when onnxruntime is missing."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from tenor_desktop.redaction.minilm_onnx import HEADS as _HEADS
from tenor_desktop.redaction.minilm_onnx import HIDDEN as _HIDDEN
from tenor_desktop.redaction.minilm_onnx import LN_EPS as _LN_EPS

FloatArray = npt.NDArray[np.float32]


def _layer_norm(x: FloatArray, weight: FloatArray, bias: FloatArray) -> FloatArray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    normalised: FloatArray = ((x - mean) / np.sqrt(var + _LN_EPS)) * weight + bias
    return normalised


def _gelu(x: FloatArray) -> FloatArray:
    # BERT uses the exact erf GELU; numpy has no erf, so use Abramowitz-Stegun 7.1.26
    # (max error 1.5e-7), which keeps embeddings within float32 noise of the reference.
    z = np.abs(x) / np.float32(np.sqrt(2.0))
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    erf_abs = 1.0 - poly * np.exp(-z * z)
    erf = np.sign(x) * erf_abs
    return (0.5 * x * (1.0 + erf)).astype(np.float32)


def forward_numpy(
    w: dict[str, FloatArray],
    layers: list[dict[str, FloatArray]],
    ids: npt.NDArray[np.int64],
    bias: FloatArray,
) -> FloatArray:
    """Hidden states [B, L, 384] of the six BERT layers for token ``ids`` (numpy only)."""
    length = ids.shape[1]
    x = (
        w["embeddings.word_embeddings.weight"][ids]
        + w["embeddings.position_embeddings.weight"][:length][None, :, :]
        + w["embeddings.token_type_embeddings.weight"][0][None, None, :]
    )
    x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
    for layer in layers:
        x = _encoder_layer(x, layer, bias)
    return x


def _encoder_layer(x: FloatArray, layer: dict[str, FloatArray], bias: FloatArray) -> FloatArray:
    batch, length, _ = x.shape
    head_dim = _HIDDEN // _HEADS
    qkv = x @ layer["qkv_w"] + layer["qkv_b"]
    qkv = qkv.reshape(batch, length, 3, _HEADS, head_dim).transpose(2, 0, 3, 1, 4)
    q, k, v = qkv[0], qkv[1], qkv[2]
    scores = (q @ k.transpose(0, 1, 3, 2)) / np.float32(np.sqrt(head_dim)) + bias
    scores = scores - scores.max(axis=-1, keepdims=True)
    probs = np.exp(scores)
    probs /= probs.sum(axis=-1, keepdims=True)
    context = (probs @ v).transpose(0, 2, 1, 3).reshape(batch, length, _HIDDEN)
    attended = context @ layer["o_w"] + layer["o_b"]
    x = _layer_norm(x + attended, layer["ln1_w"], layer["ln1_b"])
    hidden = _gelu(x @ layer["i_w"] + layer["i_b"])
    output = hidden @ layer["out_w"] + layer["out_b"]
    return _layer_norm(x + output, layer["ln2_w"], layer["ln2_b"])
