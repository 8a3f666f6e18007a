"""Validation of a model's answer: the JSON schema, the section titles, leaks, evidence support.

A model that obeyed text injected into the transcript shows up here as prose instead of JSON,
a different shape, extra keys, wrong titles or the instructions' canary in the output; each is
a MalformedNoteOutput, never a note. Statements that cite nothing, cite unknown segments or
cite segments that do not back them are kept but marked unsupported for the UI.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from tenor_desktop.core.models import NoteSection, NoteStatement
from tenor_desktop.notes.draft_note import build_section
from tenor_desktop.notes.errors import MalformedNoteOutput
from tenor_desktop.notes.evidence_support import is_supported
from tenor_desktop.notes.note_prompt import NotePrompt

_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL)
_MAX_STATEMENT_CHARS = 2000
_LEAK_WINDOW = 8  # words: any 8 consecutive words of the instructions in the output is a leak


def _fail(reason: str) -> MalformedNoteOutput:
    return MalformedNoteOutput(
        f"The note provider returned an unusable answer ({reason}). "
        "The transcript is unchanged; retry or draft the note offline."
    )


def _instruction_shingles(instructions: str) -> set[str]:
    words = re.findall(r"[a-z]+", instructions.lower())
    return {" ".join(words[i : i + _LEAK_WINDOW]) for i in range(len(words) - _LEAK_WINDOW + 1)}


def _leaks(text: str, prompt: NotePrompt, shingles: set[str]) -> bool:
    if prompt.canary.lower() in text.lower():
        return True
    words = re.findall(r"[a-z]+", text.lower())
    return any(
        " ".join(words[i : i + _LEAK_WINDOW]) in shingles
        for i in range(len(words) - _LEAK_WINDOW + 1)
    )


def _load_object(raw: str) -> dict[str, Any]:
    text = raw.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise _fail("not JSON") from error
    if not isinstance(value, dict):
        raise _fail("not a JSON object")
    return value


def _statements(raw_section: Any, index: int) -> tuple[str, list[tuple[str, tuple[int, ...]]]]:
    if not isinstance(raw_section, dict) or set(raw_section) != {"title", "statements"}:
        raise _fail(f"section {index + 1} has the wrong shape")
    title, raw_statements = raw_section["title"], raw_section["statements"]
    if not isinstance(title, str) or not isinstance(raw_statements, list):
        raise _fail(f"section {index + 1} has the wrong types")
    found: list[tuple[str, tuple[int, ...]]] = []
    for item in raw_statements:
        if not isinstance(item, dict) or set(item) != {"text", "evidence"}:
            raise _fail(f"a statement of section {index + 1} has the wrong shape")
        text, evidence = item["text"], item["evidence"]
        if not isinstance(text, str) or not text.strip() or len(text) > _MAX_STATEMENT_CHARS:
            raise _fail(f"a statement of section {index + 1} has no usable text")
        if not isinstance(evidence, list) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in evidence
        ):
            raise _fail(f"a statement of section {index + 1} has malformed evidence")
        found.append((text.strip(), tuple(dict.fromkeys(evidence))))
    return title, found


def parse_note_output(
    raw: str, prompt: NotePrompt, segment_texts: Mapping[int, str]
) -> tuple[NoteSection, ...]:
    """Validate a provider's raw answer and return the note sections in template order."""
    value = _load_object(raw)
    if set(value) != {"sections"} or not isinstance(value["sections"], list):
        raise _fail("wrong top-level shape")
    shingles = _instruction_shingles(prompt.instructions)
    by_title: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
    for index, raw_section in enumerate(value["sections"]):
        title, statements = _statements(raw_section, index)
        if title not in prompt.titles or title in by_title:
            raise _fail(f"unexpected or repeated section title at section {index + 1}")
        if any(_leaks(text, prompt, shingles) for text, _ in statements):
            raise _fail("it repeats the instructions")
        by_title[title] = statements
    missing = [title for title in prompt.titles if title not in by_title]
    if len(missing) == len(prompt.titles):
        raise _fail("no template section")
    sections: list[NoteSection] = []
    for title in prompt.titles:
        checked = [
            NoteStatement(text, evidence, is_supported(text, evidence, segment_texts))
            for text, evidence in by_title.get(title, [])
        ]
        sections.append(build_section(title, checked))
    return tuple(sections)
