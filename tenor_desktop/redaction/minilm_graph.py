"""The MiniLM encoder as an ONNX graph, written directly as protobuf bytes (no torch, no onnx).

The graph holds the same weights the numpy forward pass uses and computes the same thing:
token + position + type embeddings, layer norm, six BERT layers (fused QKV projection,
masked softmax attention as onnxruntime's MultiHeadAttention, exact erf GELU). Pooling and
normalisation stay in numpy. The bytes are built in memory at load time and handed to
onnxruntime (already a dependency of faster-whisper); nothing is written to disk.

Only the handful of protobuf wire-format rules ONNX needs are implemented here: varints,
length-delimited fields and little-endian raw tensor data.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

_FLOAT = 1
_INT8 = 3
_INT32 = 6
_INT64 = 7
_ATTR_FLOAT = 1
_ATTR_INT = 2
_ATTR_INTS = 7
# Per-layer weight matrices that go through ``_Builder.linear`` (int8 when quantized).
_PROJECTIONS = frozenset({"qkv_w", "o_w", "i_w", "out_w"})


def _varint(value: int) -> bytes:
    value &= (1 << 64) - 1
    out = bytearray()
    while True:
        low = value & 0x7F
        value >>= 7
        if value:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def _key(field: int, wire: int) -> bytes:
    return _varint((field << 3) | wire)


def _int(field: int, value: int) -> bytes:
    return _key(field, 0) + _varint(value)


def _bytes(field: int, payload: bytes) -> bytes:
    return _key(field, 2) + _varint(len(payload)) + payload


def _str(field: int, text: str) -> bytes:
    return _bytes(field, text.encode())


def tensor(name: str, array: npt.NDArray[np.generic]) -> bytes:
    """TensorProto with raw little-endian data (float32, int64 or int8)."""
    kinds = {np.dtype(np.int64): (_INT64, "<i8"), np.dtype(np.int8): (_INT8, "i1")}
    data_type, layout = kinds.get(array.dtype, (_FLOAT, "<f4"))
    cast = np.ascontiguousarray(array, dtype=layout)
    dims = b"".join(_int(1, int(d)) for d in array.shape)
    return dims + _int(2, data_type) + _str(8, name) + _bytes(9, cast.tobytes())


def attribute_int(name: str, value: int) -> bytes:
    return _str(1, name) + _int(3, value) + _int(20, _ATTR_INT)


def attribute_float(name: str, value: float) -> bytes:
    return _str(1, name) + _key(2, 5) + np.float32(value).tobytes() + _int(20, _ATTR_FLOAT)


def attribute_ints(name: str, values: Iterable[int]) -> bytes:
    return _str(1, name) + b"".join(_int(8, v) for v in values) + _int(20, _ATTR_INTS)


def node(
    op: str, inputs: list[str], outputs: list[str], *attributes: bytes, domain: str = ""
) -> bytes:
    """NodeProto in the default domain (or ``domain``, e.g. onnxruntime's com.microsoft)."""
    body = b"".join(_str(1, i) for i in inputs) + b"".join(_str(2, o) for o in outputs)
    body += _str(4, op) + b"".join(_bytes(5, a) for a in attributes)
    return body + (_str(7, domain) if domain else b"")


def value_info(name: str, elem_type: int, dims: list[int | str]) -> bytes:
    """ValueInfoProto of a tensor with named (dynamic) or fixed dimensions."""
    shape = b"".join(_bytes(1, _str(2, d) if isinstance(d, str) else _int(1, d)) for d in dims)
    tensor_type = _int(1, elem_type) + _bytes(2, shape)
    return _str(1, name) + _bytes(2, _bytes(1, tensor_type))


class _Builder:
    def __init__(self, quantized: bool = False) -> None:
        self.nodes: list[bytes] = []
        self.initializers: list[bytes] = []
        self._count = 0
        self._quantized = quantized

    def const(self, name: str, array: npt.NDArray[np.generic]) -> str:
        self.initializers.append(tensor(name, array))
        return name

    def op(self, op: str, inputs: list[str], *attributes: bytes) -> str:
        self._count += 1
        out = f"{op.lower()}_{self._count}"
        self.nodes.append(node(op, inputs, [out], *attributes))
        return out

    def layer_norm(self, x: str, weight: str, bias: str, eps: float) -> str:
        return self.op(
            "LayerNormalization",
            [x, weight, bias],
            attribute_int("axis", -1),
            attribute_float("epsilon", eps),
        )

    def linear(self, x: str, weight: npt.NDArray[np.float32], bias: str, name: str) -> str:
        """x @ weight + bias; int8 weights (per output column) when the graph is quantized."""
        if not self._quantized:
            return self.op("Add", [self.op("MatMul", [x, self.const(name, weight)]), bias])
        # Symmetric per-column int8 weights; onnxruntime quantises the activations per call
        # (uint8) and multiplies with VNNI/AVX2 integer kernels: about 2.3x less CPU than fp32.
        scale = np.maximum(np.abs(weight).max(axis=0) / 127.0, 1e-8).astype(np.float32)
        quantized = np.clip(np.round(weight / scale), -127, 127).astype(np.int8)
        inputs = [
            x,
            self.const(name + "_q", quantized),
            self.const(name + "_s", scale),
            self.const(name + "_z", np.zeros(weight.shape[1], dtype=np.int8)),
            bias,
        ]
        self._count += 1
        out = f"dqmatmul_{self._count}"
        self.nodes.append(node("DynamicQuantizeMatMul", inputs, [out], domain="com.microsoft"))
        return out

    def key_mask(self, bias: str) -> str:
        """int32 [B, L] key mask (1 for a token, 0 for padding) from the additive ``bias``."""
        flat = self.op("Reshape", [bias, self.const("mask_shape", np.array([0, -1], np.int64))])
        kept = self.op("Greater", [flat, self.const("mask_floor", np.array(-1.0, np.float32))])
        return self.op("Cast", [kept], attribute_int("to", _INT32))

    def attention(self, qkv: str, key_mask: str, heads: int) -> str:
        """Scaled dot-product attention of the fused [B, L, 3 * hidden] projection.

        onnxruntime's MultiHeadAttention (com.microsoft) replaces the 12 reshape, transpose,
        gather, matmul and softmax nodes the plain ONNX form took per layer; on the
        classifier's int8 graph its outputs were bit-identical to that form, with about 4%
        less CPU per sentence (one run of a few dozen tokens pays per node it executes).
        """
        self._count += 1
        parts = [f"q_{self._count}", f"k_{self._count}", f"v_{self._count}"]
        self.nodes.append(node("Split", [qkv], parts, attribute_int("axis", 2)))
        out = f"attention_{self._count}"
        # Padded keys get onnxruntime's mask value (-10000): exp() of it is 0, as of -1e9.
        self.nodes.append(
            node(
                "MultiHeadAttention",
                [*parts, "", key_mask],
                [out],
                attribute_int("num_heads", heads),
                domain="com.microsoft",
            )
        )
        return out


def build_minilm_graph(
    weights: dict[str, npt.NDArray[np.float32]],
    layers: list[dict[str, npt.NDArray[np.float32]]],
    *,
    heads: int,
    hidden: int,
    eps: float,
    quantized: bool = False,
) -> bytes:
    """ModelProto bytes: inputs ids [B, L] int64, positions [1, L] int64, bias [B, 1, 1, L].

    ``quantized`` stores the four projections of each layer as int8 (onnxruntime's
    DynamicQuantizeMatMul): embeddings stay within cosine ~0.99 of the float graph.
    """
    g = _Builder(quantized)
    word = g.const("word_emb", weights["embeddings.word_embeddings.weight"])
    pos = g.const("pos_emb", weights["embeddings.position_embeddings.weight"])
    token_type = g.const("type_emb", weights["embeddings.token_type_embeddings.weight"][0])
    x = g.op("Add", [g.op("Gather", [word, "ids"]), g.op("Gather", [pos, "positions"])])
    x = g.op("Add", [x, token_type])
    x = g.layer_norm(
        x,
        g.const("emb_ln_w", weights["embeddings.LayerNorm.weight"]),
        g.const("emb_ln_b", weights["embeddings.LayerNorm.bias"]),
        eps,
    )
    half = g.const("half", np.array(0.5, dtype=np.float32))
    one = g.const("one", np.array(1.0, dtype=np.float32))
    root2 = g.const("root2", np.array(np.sqrt(2.0), dtype=np.float32))
    key_mask = g.key_mask("bias")
    for index, layer in enumerate(layers):
        p = f"l{index}_"
        w = {k: g.const(p + k, value) for k, value in layer.items() if k not in _PROJECTIONS}
        qkv = g.linear(x, layer["qkv_w"], w["qkv_b"], p + "qkv_w")
        context = g.attention(qkv, key_mask, heads)
        attended = g.linear(context, layer["o_w"], w["o_b"], p + "o_w")
        x = g.layer_norm(g.op("Add", [x, attended]), w["ln1_w"], w["ln1_b"], eps)
        inner = g.linear(x, layer["i_w"], w["i_b"], p + "i_w")
        erf = g.op("Erf", [g.op("Div", [inner, root2])])
        gelu = g.op("Mul", [g.op("Mul", [inner, half]), g.op("Add", [erf, one])])
        output = g.linear(gelu, layer["out_w"], w["out_b"], p + "out_w")
        x = g.layer_norm(g.op("Add", [x, output]), w["ln2_w"], w["ln2_b"], eps)
    g.nodes.append(node("Identity", [x], ["hidden"]))
    # One join per nesting level: the ~90 MB of weights are copied as few times as possible.
    parts = [_bytes(1, n) for n in g.nodes] + [_str(2, "minilm")]
    parts += [_bytes(5, t) for t in g.initializers]
    parts.append(_bytes(11, value_info("ids", _INT64, ["batch", "length"])))
    parts.append(_bytes(11, value_info("positions", _INT64, [1, "length"])))
    parts.append(_bytes(11, value_info("bias", _FLOAT, ["batch", 1, 1, "length"])))
    parts.append(_bytes(12, value_info("hidden", _FLOAT, ["batch", "length", hidden])))
    graph = b"".join(parts)
    opsets = [_bytes(8, _str(1, "") + _int(2, 17))]
    opsets.append(_bytes(8, _str(1, "com.microsoft") + _int(2, 1)))
    header = _int(1, 8) + _str(2, "tenor") + _key(7, 2) + _varint(len(graph))
    return b"".join((header, graph, *opsets))
