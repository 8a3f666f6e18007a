"""Anthropic through the Messages API (``x-api-key`` + ``anthropic-version`` headers)."""

from __future__ import annotations

from typing import Any

from tenor_desktop.notes.note_prompt import NotePrompt
from tenor_desktop.notes.providers.base import DeltaCallback, join_url
from tenor_desktop.notes.providers.http_client import HttpNoteClient
from tenor_desktop.notes.providers.sse import iter_events

ANTHROPIC_BASE_URL = "https://api.anthropic.com"
ANTHROPIC_DEFAULT_MODEL = "claude-sonnet-4-5"
# The long-stable version; API version 2026-10-21 removed ``temperature``, which is why the body
# sends none, so the same request is valid under both.
ANTHROPIC_VERSION = "2023-06-01"


class AnthropicMessagesClient(HttpNoteClient):
    """POST {base_url}/v1/messages; streams ``content_block_delta`` text deltas."""

    name = "anthropic"
    secret_name = "anthropic_api_key"  # noqa: S105 (a keyring entry name, not a secret)

    @property
    def is_cloud(self) -> bool:
        """Always: Anthropic is a cloud service."""
        return True

    def request_body(self, prompt: NotePrompt) -> dict[str, Any]:
        """The exact JSON body sent (JSON shape enforced by the instructions and validation)."""
        return {
            "model": self.model,
            "max_tokens": self.max_output_tokens,
            "system": prompt.instructions,
            "messages": [{"role": "user", "content": prompt.user_message}],
            "stream": self.stream,
        }

    def complete(self, prompt: NotePrompt, on_delta: DeltaCallback | None = None) -> str:
        """The model's JSON answer text."""
        headers = {
            "x-api-key": self._api_key() or "",
            "anthropic-version": ANTHROPIC_VERSION,
        }
        url = join_url(self.base_url, "v1/messages")
        with self._post(url, headers, self.request_body(prompt)) as response:
            if not self.stream:
                return self._final_text(self._json(response))
            parts: list[str] = []
            stop_reason: object = None
            for event in iter_events(response):
                payload = self._event_json(event.data)
                kind = payload.get("type", event.event)
                if kind == "content_block_delta":
                    delta = payload.get("delta") or {}
                    if isinstance(delta, dict) and delta.get("type") == "text_delta":
                        text = str(delta.get("text", ""))
                        parts.append(text)
                        if on_delta is not None:
                            on_delta(text)
                elif kind == "message_delta":
                    delta = payload.get("delta") or {}
                    if isinstance(delta, dict):
                        stop_reason = delta.get("stop_reason", stop_reason)
                elif kind == "error":
                    raise self.malformed("the stream reported an error")
                elif kind == "message_stop":
                    return self._checked("".join(parts), stop_reason)
            raise self.truncated()

    def _final_text(self, body: dict[str, Any]) -> str:
        if body.get("type") != "message" or not isinstance(body.get("content"), list):
            raise self.malformed("not a message")
        texts = [
            str(block.get("text", ""))
            for block in body["content"]
            if isinstance(block, dict) and block.get("type") == "text"
        ]
        return self._checked("".join(texts), body.get("stop_reason"))

    def _checked(self, text: str, stop_reason: object) -> str:
        if stop_reason == "max_tokens" or stop_reason is None:
            raise self.truncated()
        if stop_reason == "refusal":
            raise self.malformed("the model refused")
        if stop_reason not in ("end_turn", "stop_sequence"):
            raise self.malformed("unexpected stop reason")
        if not text.strip():
            raise self.malformed("no text")
        return text
