"""Any OpenAI-compatible Chat Completions server: Ollama, llama.cpp server, LM Studio, vLLM.

Policy: such a server counts as *local* only when its base URL is loopback (this computer).
A server elsewhere on the network is treated as cloud, so "local only" clients cannot use it.

Context window: these servers run with whatever context the clinician (or Ollama's default)
gave them and silently drop the start of a longer prompt. ``context_tokens`` says how big that
window is; a quarter of it is kept for the answer (``max_tokens``) and the rest is the prompt
budget the NoteWriter chunks the transcript to. The size also travels as Ollama's
``options.num_ctx`` (ignored by servers that do not know it; Ollama's OpenAI-compatible endpoint
currently ignores it too, so the server must be configured to match). When the server reports how
many prompt tokens it read and that is implausibly few for what was sent, the answer is refused.
"""

from __future__ import annotations

from typing import Any

from tenor_desktop.notes.errors import ContextTooSmall
from tenor_desktop.notes.note_prompt import NotePrompt
from tenor_desktop.notes.providers.base import DeltaCallback, is_loopback_url, join_url
from tenor_desktop.notes.providers.http_client import HttpNoteClient
from tenor_desktop.notes.providers.sse import iter_events
from tenor_desktop.notes.token_budget import fewest_plausible_tokens

LOCAL_BASE_URL = "http://127.0.0.1:11434/v1"  # Ollama's OpenAI-compatible endpoint
LOCAL_DEFAULT_MODEL = "llama3.1"
# Ollama and LM Studio load models with 4,096 tokens of context unless told otherwise; assuming
# more than the server has is what loses transcript, so the default matches theirs.
LOCAL_DEFAULT_CONTEXT_TOKENS = 4096
MIN_CONTEXT_TOKENS = 1024


class ChatCompletionsClient(HttpNoteClient):
    """POST {base_url}/chat/completions; the API key is optional (local servers rarely need one)."""

    name = "local"
    secret_name = "local_api_key"  # noqa: S105 (a keyring entry name, not a secret)

    def __init__(
        self,
        *,
        context_tokens: int = LOCAL_DEFAULT_CONTEXT_TOKENS,
        context_hint: bool = True,
        **options: Any,
    ) -> None:
        """``context_tokens``: the server's context window; ``context_hint``: send num_ctx.

        Other keyword arguments are those of HttpNoteClient.
        """
        super().__init__(**options)
        if context_tokens < MIN_CONTEXT_TOKENS:
            raise ContextTooSmall(
                f"The local model's context size must be at least {MIN_CONTEXT_TOKENS} tokens."
            )
        self.context_tokens = context_tokens
        self.context_hint = context_hint

    @property
    def output_token_budget(self) -> int:
        """Tokens kept for the answer (``max_tokens``): a quarter of the window, capped."""
        return min(self.max_output_tokens, self.context_tokens // 4)

    @property
    def prompt_token_budget(self) -> int:
        """Tokens the prompt may use so that prompt plus answer fit the window."""
        return self.context_tokens - self.output_token_budget

    @property
    def is_cloud(self) -> bool:
        """False only when the server runs on this computer."""
        return not is_loopback_url(self.base_url)

    def request_body(self, prompt: NotePrompt) -> dict[str, Any]:
        """The exact JSON body sent."""
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": prompt.instructions},
                {"role": "user", "content": prompt.user_message},
            ],
            "stream": self.stream,
            "temperature": 0.2,
            "max_tokens": self.output_token_budget,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "progress_note", "schema": prompt.schema, "strict": True},
            },
        }
        if self.stream:
            body["stream_options"] = {"include_usage": True}
        if self.context_hint:
            body["options"] = {"num_ctx": self.context_tokens}
        return body

    def complete(self, prompt: NotePrompt, on_delta: DeltaCallback | None = None) -> str:
        """The model's JSON answer text."""
        key = self._api_key(required=False)
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        url = join_url(self.base_url, "chat/completions")
        with self._post(url, headers, self.request_body(prompt)) as response:
            if not self.stream:
                body = self._json(response)
                self._check_prompt_read(body.get("usage"), prompt)
                return self._final_text(body)
            parts: list[str] = []
            finish: str | None = None
            usage: object = None
            for event in iter_events(response):
                if event.data.strip() == "[DONE]":
                    break
                payload = self._event_json(event.data)
                usage = payload.get("usage") or usage
                choice = self._first_choice(payload)
                delta = choice.get("delta") or {}
                text = delta.get("content") if isinstance(delta, dict) else None
                if isinstance(text, str) and text:
                    parts.append(text)
                    if on_delta is not None:
                        on_delta(text)
                finish = choice.get("finish_reason") or finish
            self._check_prompt_read(usage, prompt)
            return self._checked("".join(parts), finish)

    def _check_prompt_read(self, usage: object, prompt: NotePrompt) -> None:
        # Ollama and llama.cpp report the prompt tokens they actually evaluated; far fewer than
        # any tokenizer needs for what was sent means the server cut the prompt's beginning.
        read = usage.get("prompt_tokens") if isinstance(usage, dict) else None
        if not isinstance(read, int) or isinstance(read, bool) or read <= 0:
            return  # not reported: nothing to check
        if read < fewest_plausible_tokens(prompt):
            raise ContextTooSmall(
                f"The local model's server read only part of the transcript ({read} tokens): its "
                f"context window is smaller than the {self.context_tokens} tokens set in Tenor. "
                "Lower the local model's context size in Tenor or raise it on the server "
                "(Ollama: OLLAMA_CONTEXT_LENGTH or num_ctx). The transcript is unchanged."
            )

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
