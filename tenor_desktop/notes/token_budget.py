"""Conservative prompt-size arithmetic for models with a small context window (local servers).

No tokenizer ships for whatever model a clinician runs in Ollama or llama.cpp, so sizes are
estimated from UTF-8 bytes. Byte-level BPE tokenizers (GPT-2/Whisper, Llama 3, Qwen) spend about
3 bytes per token on the English JSON-lines transcript and 3.3 on the instructions (measured
with Whisper's GPT-2-style tokenizer, the least dense of them); counting ASCII at 2.5 bytes per
token overcounts by about 20%, the safety margin. Other scripts are denser in tokens per byte
(Cyrillic, Greek, CJK, Devanagari: roughly 0.2 to 0.6 tokens per UTF-8 byte with that tokenizer),
so each non-ASCII byte counts 2/3 of a token. SentencePiece models with byte fallback (Llama 2,
Mistral 7B) can need up to a token per byte for rare characters; the server-side check below
still catches a large overrun. The opposite bound, 6 bytes per token, is denser than any real
tokenizer: a server that reports reading fewer tokens than that did not read the whole prompt.
"""

from __future__ import annotations

import math

from tenor_desktop.notes.note_prompt import NotePrompt

ESTIMATE_BYTES_PER_TOKEN = 2.5
NON_ASCII_TOKENS_PER_BYTE = 2 / 3
DENSEST_BYTES_PER_TOKEN = 6.0
# Chat templates wrap each message in role markers and special tokens.
MESSAGE_OVERHEAD_TOKENS = 16


def estimate_tokens(text: str) -> int:
    """An upper estimate of the tokens ``text`` costs."""
    ascii_bytes = len(text.encode("ascii", "ignore"))
    other_bytes = len(text.encode("utf-8")) - ascii_bytes
    return math.ceil(
        ascii_bytes / ESTIMATE_BYTES_PER_TOKEN + other_bytes * NON_ASCII_TOKENS_PER_BYTE
    )


def estimate_prompt_tokens(prompt: NotePrompt) -> int:
    """An upper estimate of the whole prompt: instructions and user message, with overheads."""
    return (
        estimate_tokens(prompt.instructions)
        + estimate_tokens(prompt.user_message)
        + 2 * MESSAGE_OVERHEAD_TOKENS
    )


def fewest_plausible_tokens(prompt: NotePrompt) -> int:
    """A lower bound: no real tokenizer reads the whole prompt in fewer tokens than this."""
    size = len(prompt.instructions.encode("utf-8")) + len(prompt.user_message.encode("utf-8"))
    return math.floor(size / DENSEST_BYTES_PER_TOKEN)
