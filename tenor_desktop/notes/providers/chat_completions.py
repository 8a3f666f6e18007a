"""Any OpenAI-compatible Chat Completions server: Ollama, llama.cpp server, LM Studio, vLLM.

Policy: such a server counts as *local* only when its base URL is loopback (this computer).
A server elsewhere on the network is treated as cloud, so "local only" clients cannot use it.
"""

from __future__ import annotations

from typing import Any

from tenor_desktop.notes.note_prompt import NotePrompt
from tenor_desktop.notes.providers.base import DeltaCallback, is_loopback_url, join_url
from tenor_desktop.notes.providers.http_client import HttpNoteClient
from tenor_desktop.notes.providers.sse import iter_events

LOCAL_BASE_URL = "http://127.0.0.1:11434/v1"  # Ollama's OpenAI-compatible endpoint
LOCAL_DEFAULT_MODEL = "llama3.1"


class ChatCompletionsClient(HttpNoteClient):
    """POST {base_url}/chat/completions; the API key is optional (local servers rarely need one)."""

    name = "local"
    secret_name = "local_api_key"  # noqa: S105 (a keyring entry name, not a secret)

    @property
    def is_cloud(self) -> bool:
        """False only when the server runs on this computer."""
        return not is_loopback_url(self.base_url)

    def request_body(self, prompt: NotePrompt) -> dict[str, Any]:
        """The exact JSON body sent."""
        return {
            "model": self.model,
            "messages": [
                {"role": "system", "content": prompt.instructions},
                {"role": "user", "content": prompt.user_message},
            ],
            "stream": self.stream,
            "temperature": 0.2,
            "max_tokens": self.max_output_tokens,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "progress_note", "schema": prompt.schema, "strict": True},
            },
        }

    def complete(self, prompt: NotePrompt, on_delta: DeltaCallback | None = None) -> str:
        """The model's JSON answer text."""
        key = self._api_key(required=False)
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        url = join_url(self.base_url, "chat/completions")
        with self._post(url, headers, self.request_body(prompt)) as response:
            if not self.stream:
                return self._final_text(self._json(response))
            parts: list[str] = []
            finish: str | None = None
            for event in iter_events(response):
                if event.data.strip() == "[DONE]":
                    break
                choice = self._first_choice(self._event_json(event.data))
                delta = choice.get("delta") or {}
                text = delta.get("content") if isinstance(delta, dict) else None
                if isinstance(text, str) and text:
                    parts.append(text)
                    if on_delta is not None:
                        on_delta(text)
                finish = choice.get("finish_reason") or finish
            return self._checked("".join(parts), finish)

    def _first_choice(self, payload: dict[str, Any]) -> dict[str, Any]:
        if "error" in payload:
            raise self.malformed("the server reported an error")
        choices = payload.get("choices")
        if not isinstance(choices, list):
            raise self.malformed("no choices")
        if not choices:
            return {}  # usage-only chunk
        if not isinstance(choices[0], dict):
            raise self.malformed("a choice is not an object")
        return choices[0]

    def _final_text(self, body: dict[str, Any]) -> str:
        choice = self._first_choice(body)
        message = choice.get("message")
        if not isinstance(message, dict):
            raise self.malformed("no message")
        if message.get("refusal"):
            raise self.malformed("the model refused")
        content = message.get("content")
        if not isinstance(content, str):
            raise self.malformed("no message text")
        return self._checked(content, choice.get("finish_reason"))

    def _checked(self, text: str, finish: object) -> str:
        if finish == "length" or finish is None:
            raise self.truncated()
        if finish != "stop":
            raise self.malformed("unexpected finish reason")
        return text
