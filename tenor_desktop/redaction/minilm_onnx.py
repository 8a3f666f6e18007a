"""onnxruntime sessions for the MiniLM graph (float32 or int8), one intra-op thread each."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from tenor_desktop.redaction.minilm_graph import build_minilm_graph

HEADS = 12
HIDDEN = 384
LN_EPS = 1e-12


def onnx_session(
    embeddings: dict[str, npt.NDArray[np.float32]],
    layers: list[dict[str, npt.NDArray[np.float32]]],
    *,
    quantized: bool,
) -> Any:
    """A single-threaded session for the graph, or None when onnxruntime is not installed."""
    try:
        import onnxruntime
    except ImportError:
        return None
    graph = build_minilm_graph(
        embeddings, layers, heads=HEADS, hidden=HIDDEN, eps=LN_EPS, quantized=quantized
    )
    options = onnxruntime.SessionOptions()
    # One core: the app records, transcribes and redacts at once on small machines.
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    return onnxruntime.InferenceSession(graph, options, providers=["CPUExecutionProvider"])
