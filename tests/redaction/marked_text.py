"""Test texts that mark the spans a redactor must find: ``"[[ferris]]'s mom called"``."""

from __future__ import annotations

import re

MARK = re.compile(r"\[\[(.+?)\]\]")


def unmark(marked: str) -> tuple[str, list[str]]:
    """The plain text and the marked surfaces, in order."""
    return MARK.sub(lambda m: m.group(1), marked), MARK.findall(marked)
