"""The voice encoder network's forward pass in numpy: 3-layer LSTM, projection, ReLU, L2 norm.

This is the GE2E speaker encoder that resemblyzer ships (``pretrained.pt``): an LSTM with
PyTorch's gate layout (input, forget, cell, output; ``h0 = c0 = 0``; both bias vectors added),
whose last layer's final hidden state goes through a 256x256 linear layer and a ReLU and is
scaled to unit length. Every partial window in a batch has the same number of frames, so the
whole batch advances one time step per matrix product.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from tenor_desktop.transcription.errors import ModelUnavailableError

HIDDEN = 256
EMBEDDING = 256
LAYERS = 3
MELS = 40

Float32s = npt.NDArray[np.float32]


@dataclass(frozen=True)
class LstmLayer:
    """One LSTM layer: input and recurrent weights (4H x in, 4H x H) and the summed bias."""

    input_weights: Float32s
    recurrent_weights: Float32s
    bias: Float32s


@dataclass(frozen=True)
class SpeakerNetwork:
    """All weights of the encoder."""

    layers: tuple[LstmLayer, ...]
    projection_weights: Float32s
    projection_bias: Float32s


def _tensor(state: Mapping[str, Any], name: str, shape: tuple[int, ...]) -> Float32s:
    value = state.get(name)
    if not isinstance(value, np.ndarray) or value.shape != shape:
        raise ModelUnavailableError(f"Voice encoder weights lack {name} of shape {shape}.")
    result: Float32s = np.ascontiguousarray(value, dtype=np.float32)
    return result


def network_from_state(state: Mapping[str, Any]) -> SpeakerNetwork:
    """Build the network from resemblyzer's ``model_state`` (names and shapes checked)."""
    layers = []
    for k in range(LAYERS):
        width = MELS if k == 0 else HIDDEN
        layers.append(
            LstmLayer(
                # Stored transposed once here so each step is a plain (batch, in) @ (in, 4H).
                input_weights=_tensor(state, f"lstm.weight_ih_l{k}", (4 * HIDDEN, width)).T.copy(),
                recurrent_weights=_tensor(
                    state, f"lstm.weight_hh_l{k}", (4 * HIDDEN, HIDDEN)
                ).T.copy(),
                bias=_tensor(state, f"lstm.bias_ih_l{k}", (4 * HIDDEN,))
                + _tensor(state, f"lstm.bias_hh_l{k}", (4 * HIDDEN,)),
            )
        )
    return SpeakerNetwork(
        layers=tuple(layers),
        projection_weights=_tensor(state, "linear.weight", (EMBEDDING, HIDDEN)).T.copy(),
        projection_bias=_tensor(state, "linear.bias", (EMBEDDING,)),
    )


def _sigmoid(x: Float32s) -> Float32s:
    # tanh form: no overflow warnings for large negative inputs, unlike 1 / (1 + exp(-x)).
    result: Float32s = 0.5 + 0.5 * np.tanh(0.5 * x)
    return result


def lstm_layer(layer: LstmLayer, inputs: Float32s) -> Float32s:
    """Hidden states (batch, time, H) of one layer over ``inputs`` (batch, time, in)."""
    batch, steps, _ = inputs.shape
    projected = inputs @ layer.input_weights + layer.bias  # all time steps at once
    hidden = np.zeros((batch, HIDDEN), np.float32)
    cell = np.zeros((batch, HIDDEN), np.float32)
    outputs = np.empty((batch, steps, HIDDEN), np.float32)
    for t in range(steps):
        gates = projected[:, t] + hidden @ layer.recurrent_weights
        input_gate = _sigmoid(gates[:, :HIDDEN])
        forget_gate = _sigmoid(gates[:, HIDDEN : 2 * HIDDEN])
        candidate = np.tanh(gates[:, 2 * HIDDEN : 3 * HIDDEN])
        output_gate = _sigmoid(gates[:, 3 * HIDDEN :])
        cell = forget_gate * cell + input_gate * candidate
        hidden = output_gate * np.tanh(cell)
        outputs[:, t] = hidden
    return outputs


def embed_mels(network: SpeakerNetwork, mels: Float32s) -> Float32s:
    """Unit-length embeddings (batch, 256) of mel windows (batch, frames, 40)."""
    x = np.asarray(mels, dtype=np.float32)
    for layer in network.layers:
        x = lstm_layer(layer, x)
    raw = np.maximum(x[:, -1] @ network.projection_weights + network.projection_bias, 0.0)
    norms = np.linalg.norm(raw, axis=1, keepdims=True)
    result: Float32s = raw / np.maximum(norms, 1e-12)
    return result.astype(np.float32)
