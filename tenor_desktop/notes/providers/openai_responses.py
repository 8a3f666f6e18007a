"""OpenAI through the Responses API, in no-retention mode (``store: false``), JSON-schema output."""

from __future__ import annotations

from typing import Any

from tenor_desktop.notes.errors import MalformedNoteOutput
from tenor_desktop.notes.note_prompt import NotePrompt
from tenor_desktop.notes.providers.base import DeltaCallback, join_url
from tenor_desktop.notes.providers.http_client import HttpNoteClient
from tenor_desktop.notes.providers.sse import iter_events

OPENAI_BASE_URL = "https://api.openai.com/v1"
OPENAI_DEFAULT_MODEL = "gpt-4.1-mini"


class OpenAIResponsesClient(HttpNoteClient):
    """POST {base_url}/responses with Bearer auth; streams ``response.output_text.delta``."""

    name = "openai"
    secret_name = "openai_api_key"  # noqa: S105 (a keyring entry name, not a secret)

    @property
    def is_cloud(self) -> bool:
        """Always: OpenAI is a cloud service, even behind a proxy URL."""
        return True

    def request_body(self, prompt: NotePrompt) -> dict[str, Any]:
        """The exact JSON body sent (``store`` is always false: nothing kept at OpenAI)."""
        return {
            "model": self.model,
            "instructions": prompt.instructions,
            "input": [
                {"role": "user", "content": [{"type": "input_text", "text": prompt.user_message}]}
            ],
            "store": False,
            "stream": self.stream,
            "max_output_tokens": self.max_output_tokens,
            "text": {
                "format": {
                    "type": "json_schema",
                    "name": "progress_note",
                    "schema": prompt.schema,
                    "strict": True,
                }
            },
        }

    def complete(self, prompt: NotePrompt, on_delta: DeltaCallback | None = None) -> str:
        """The model's JSON answer text."""
        headers = {"Authorization": f"Bearer {self._api_key()}"}
        url = join_url(self.base_url, "responses")
        with self._post(url, headers, self.request_body(prompt)) as response:
            if not self.stream:
                return self._final_text(self._json(response))
            parts: list[str] = []
            for event in iter_events(response):
                payload = self._event_json(event.data)
                kind = payload.get("type", event.event)
                if kind == "response.output_text.delta":
                    delta = payload.get("delta")
                    if not isinstance(delta, str):
                        raise self.malformed("a text delta has no text")
                    parts.append(delta)
                    if on_delta is not None:
                        on_delta(delta)
                elif kind == "response.refusal.done":
                    raise self.malformed("the model refused")
                elif kind in ("response.completed", "response.incomplete", "response.failed"):
                    final = payload.get("response")
                    self._check_status(final if isinstance(final, dict) else {})
                    return "".join(parts)
                elif kind == "error":
                    raise self.malformed("the stream reported an error")
            raise self.truncated()

    def _check_status(self, body: dict[str, Any]) -> None:
        status = body.get("status")
        if status == "incomplete":
            raise self.truncated()
        if status != "completed":
            raise self.malformed("unexpected response status")

    def _final_text(self, body: dict[str, Any]) -> str:
        self._check_status(body)
        texts: list[str] = []
        output = body.get("output")
        if not isinstance(output, list):
            raise self.malformed("no output")
        for item in output:
            if not isinstance(item, dict) or item.get("type") != "message":
                continue
            for part in item.get("content") or []:
                if isinstance(part, dict) and part.get("type") == "refusal":
                    raise MalformedNoteOutput(f"{self.name} refused to write this note.")
                if isinstance(part, dict) and part.get("type") == "output_text":
                    texts.append(str(part.get("text", "")))
        if not texts:
            raise self.malformed("no output text")
        return "".join(texts)
