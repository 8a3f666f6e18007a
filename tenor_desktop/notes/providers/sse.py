"""Server-sent events from a streaming httpx response (OpenAI and Anthropic framing)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class ServerSentEvent:
    """One event: its ``event:`` name (empty when absent) and joined ``data:`` lines."""

    event: str
    data: str


def iter_events(response: httpx.Response) -> Iterator[ServerSentEvent]:
    """Yield events as their terminating blank line arrives."""
    event, data = "", list[str]()
    for line in response.iter_lines():
        if not line:
            if data or event:
                yield ServerSentEvent(event, "\n".join(data))
            event, data = "", list[str]()
        elif line.startswith(":"):
            continue  # comment / keep-alive
        else:
            field, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if field == "event":
                event = value
            elif field == "data":
                data.append(value)
    if data or event:
        yield ServerSentEvent(event, "\n".join(data))
