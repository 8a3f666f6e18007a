"""How a local model server with a small context window reads a prompt (Ollama's behaviour).

Ollama (and llama.cpp with context shifting) does not reject a prompt longer than its context
window: it silently keeps only the *end* of the templated prompt, so the system instructions and
the beginning of the transcript vanish, and reports the tokens it did evaluate as
``usage.prompt_tokens``. The window holds the answer too: once prompt plus answer outgrow it,
the server shifts the context and the model writes without seeing the prompt's start, so the
fake reads the prompt within ``num_ctx - max_tokens``. The fake "tokenizer" charges one token per
3 UTF-8 bytes, about what byte-level BPE tokenizers spend on English JSON lines.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

FAKE_BYTES_PER_TOKEN = 3


def fake_token_count(text: str) -> int:
    """Tokens the fake server charges for ``text``."""
    return math.ceil(len(text.encode("utf-8")) / FAKE_BYTES_PER_TOKEN)


@dataclass(frozen=True)
class ReadPrompt:
    """What the model got to read of a system + user prompt."""

    system: str
    user: str
    tokens: int
    truncated: bool


def prompt_window(context_tokens: int | None, max_tokens: object) -> int | None:
    """Prompt tokens the model sees whole: the window minus the answer's share."""
    if context_tokens is None:
        return None
    if isinstance(max_tokens, int) and 0 < max_tokens < context_tokens:
        return context_tokens - max_tokens
    return context_tokens // 2


def read_within_context(system: str, user: str, window: int | None) -> ReadPrompt:
    """Keep the last ``window`` tokens' worth of ``system`` then ``user``, dropping the start."""
    full = f"{system}\n{user}"
    if window is None or fake_token_count(full) <= window:
        return ReadPrompt(system, user, fake_token_count(full), truncated=False)
    keep = full.encode("utf-8")[-window * FAKE_BYTES_PER_TOKEN :].decode("utf-8", errors="ignore")
    if len(keep) > len(user):  # the cut fell inside the system message
        kept_system = keep[: len(keep) - len(user) - 1]
        return ReadPrompt(kept_system, user, fake_token_count(keep), truncated=True)
    return ReadPrompt("", keep, fake_token_count(keep), truncated=True)
