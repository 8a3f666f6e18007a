"""Drafting with a model whose context window cannot hold the whole transcript.

Local servers are the case: Ollama's default context is a few thousand tokens and it silently
drops the *beginning* of a longer prompt, so the note would quietly miss the start of the session
(and the instructions). Instead the transcript is split, in order, into chunks that fit with room
for the answer (map): each chunk gets the full instructions and template, and its statements cite
the same global segment ids as everywhere else. The chunk notes are then merged section by section
in session order (reduce), so evidence can cite the first segment as well as the last. Nothing is
ever cut: a context too small even for the instructions is a clear error.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from tenor_desktop.core.models import NoteSection, NoteStatement
from tenor_desktop.notes.draft_note import build_section
from tenor_desktop.notes.errors import ContextTooSmall
from tenor_desktop.notes.note_output import parse_note_output
from tenor_desktop.notes.note_prompt import build_prompt, encode_line
from tenor_desktop.notes.providers.base import DeltaCallback, NoteModelClient
from tenor_desktop.notes.templates import NoteTemplate
from tenor_desktop.notes.token_budget import estimate_prompt_tokens, estimate_tokens
from tenor_desktop.notes.transcript import TranscriptLine

# Below this many tokens of transcript per chunk a note would take dozens of calls and lose
# all context between them; ask for a bigger window instead.
MIN_TRANSCRIPT_TOKENS = 256


@runtime_checkable
class ContextLimitedClient(Protocol):
    """A model client that knows how many prompt tokens its server can read."""

    @property
    def prompt_token_budget(self) -> int:
        """Tokens available for instructions plus transcript (the answer's share excluded)."""
        ...


def fits(template: NoteTemplate, lines: Sequence[TranscriptLine], budget: int) -> bool:
    """True when the single prompt for ``lines`` fits ``budget`` tokens (estimated high)."""
    return estimate_prompt_tokens(build_prompt(template, lines)) <= budget


def _row_cost(line: TranscriptLine) -> int:
    return estimate_tokens(encode_line(line)) + 1  # + the newline between rows


def _text_cost(speaker: str, text: str) -> int:
    """An upper estimate of the tokens ``text`` adds to a row of ``speaker`` (escaping included)."""
    empty = estimate_tokens(encode_line(TranscriptLine(0, speaker, "")))
    return estimate_tokens(encode_line(TranscriptLine(0, speaker, text))) - empty + 1


def _words(text: str, room: int) -> list[str]:
    """The text's words, a word too long for ``room`` cut into slices that fit."""
    # A character costs at most 8/3 tokens (a 4-byte UTF-8 character at 2/3 token a byte).
    width = max(1, room * 3 // 8)
    found: list[str] = []
    for word in text.split():
        found.extend(word[i : i + width] for i in range(0, len(word), width))
    return found


def _split_line(line: TranscriptLine, room: int) -> list[TranscriptLine]:
    """A line too long for one chunk, cut between words; every piece keeps the segment id."""
    if _row_cost(line) <= room:
        return [line]
    base = _row_cost(TranscriptLine(line.segment_id, line.speaker, ""))
    pieces: list[TranscriptLine] = []
    words: list[str] = []
    used = base
    for word in _words(line.text, room - base):
        cost = _text_cost(line.speaker, word)  # per word, so a long line is split in one pass
        if words and used + cost > room:
            pieces.append(TranscriptLine(line.segment_id, line.speaker, " ".join(words)))
            words, used = [], base
        words.append(word)
        used += cost
    if words:
        pieces.append(TranscriptLine(line.segment_id, line.speaker, " ".join(words)))
    return pieces


def plan_chunks(
    template: NoteTemplate, lines: Sequence[TranscriptLine], budget: int
) -> list[list[TranscriptLine]]:
    """Consecutive chunks of ``lines`` whose prompts each fit ``budget`` tokens; none dropped."""
    fixed = estimate_prompt_tokens(build_prompt(template, []))
    room = budget - fixed
    if room < MIN_TRANSCRIPT_TOKENS:
        raise ContextTooSmall(
            f"The local model's context window is too small for a note: the instructions alone "
            f"need about {fixed} tokens. Set its context size to at least "
            f"{fixed + MIN_TRANSCRIPT_TOKENS * 4} tokens (in Tenor and on the model server)."
        )
    chunks: list[list[TranscriptLine]] = []
    current: list[TranscriptLine] = []
    used = 0
    for line in lines:
        for piece in _split_line(line, room):
            cost = _row_cost(piece)
            if current and used + cost > room:
                chunks.append(current)
                current, used = [], 0
            current.append(piece)
            used += cost
    if current:
        chunks.append(current)
    return chunks


def _segment_texts(lines: Sequence[TranscriptLine]) -> dict[int, str]:
    texts: dict[int, list[str]] = {}
    for line in lines:  # pieces of one split segment are joined back for the support check
        texts.setdefault(line.segment_id, []).append(line.text)
    return {segment_id: " ".join(parts) for segment_id, parts in texts.items()}


def merge_sections(
    titles: Sequence[str], parts: Sequence[Sequence[NoteSection]]
) -> tuple[NoteSection, ...]:
    """One note from the chunk notes: each section's statements in session order.

    The same statement drafted from two chunks appears once, citing both chunks' evidence, and
    counts as supported only if it was supported in each.
    """
    merged: list[NoteSection] = []
    for title in titles:
        seen: dict[str, int] = {}
        statements: list[NoteStatement] = []
        for sections in parts:
            for section in sections:
                if section.title != title:
                    continue
                for item in section.statements:
                    key = " ".join(item.text.lower().split())
                    if key not in seen:
                        seen[key] = len(statements)
                        statements.append(item)
                        continue
                    first = statements[seen[key]]
                    statements[seen[key]] = NoteStatement(
                        first.text,
                        tuple(dict.fromkeys((*first.evidence, *item.evidence))),
                        first.supported and item.supported,
                    )
        merged.append(build_section(title, statements))
    return tuple(merged)


def draft_in_chunks(
    client: NoteModelClient,
    template: NoteTemplate,
    lines: Sequence[TranscriptLine],
    budget: int,
    on_delta: DeltaCallback | None = None,
) -> tuple[NoteSection, ...]:
    """Map: a note per chunk (each validated on its own); reduce: merge them in order."""
    chunks = plan_chunks(template, lines, budget)
    parts: list[tuple[NoteSection, ...]] = []
    for index, chunk in enumerate(chunks):
        if on_delta is not None and len(chunks) > 1:
            # Shown in the streaming preview so the clinician sees the note come in parts.
            on_delta(f"{chr(10) * 2 if index else ''}[part {index + 1} of {len(chunks)}]\n")
        prompt = build_prompt(template, chunk)
        raw = client.complete(prompt, on_delta)
        parts.append(parse_note_output(raw, prompt, _segment_texts(chunk)))
    return merge_sections(template.titles, parts)
