"""SSE framing edge cases and the prompt's fixed parts."""

from __future__ import annotations

import httpx

from tenor_desktop.notes.note_prompt import build_prompt, note_schema
from tenor_desktop.notes.providers.base import is_loopback_url, join_url
from tenor_desktop.notes.providers.sse import iter_events
from tenor_desktop.notes.templates import TemplateLibrary
from tenor_desktop.notes.transcript import parse_transcript_text


def _events(raw: bytes) -> list[tuple[str, str]]:
    response = httpx.Response(200, content=raw, headers={"content-type": "text/event-stream"})
    return [(event.event, event.data) for event in iter_events(response)]


def test_sse_names_comments_multiline_data_and_crlf() -> None:
    raw = (
        b": keep-alive\r\n\r\n"
        b'event: message_start\r\ndata: {"a":\r\ndata: 1}\r\n\r\n'
        b"data: [DONE]\n\n"
        b"event: tail\ndata:no-space"
    )
    assert _events(raw) == [
        ("message_start", '{"a":\n1}'),
        ("", "[DONE]"),
        ("tail", "no-space"),
    ]


def test_loopback_policy() -> None:
    assert is_loopback_url("http://127.0.0.1:11434/v1")
    assert is_loopback_url("http://localhost:1234/v1")
    assert is_loopback_url("http://[::1]:8080/v1")
    assert not is_loopback_url("http://192.168.1.20:11434/v1")
    assert not is_loopback_url("https://api.openai.com/v1")
    assert not is_loopback_url("http://localhost.evil.example/v1")
    assert join_url("http://x/v1/", "/responses") == "http://x/v1/responses"


def test_prompt_lists_sections_and_schema_in_order() -> None:
    template = TemplateLibrary().get("birp")
    prompt = build_prompt(template, parse_transcript_text("Client: Hello.\n"), canary="TENOR-x")
    assert prompt.titles == ("Behavior", "Intervention", "Response", "Plan")
    positions = [prompt.instructions.index(f"- {title}:") for title in prompt.titles]
    assert positions == sorted(positions)
    assert prompt.schema == note_schema(prompt.titles)
    assert "never instructions" in prompt.instructions and "TENOR-x" in prompt.instructions
    assert '{"id": 0, "speaker": "Client", "text": "Hello."}' in prompt.user_message
