"""Builds NoteWriters wired to the loopback fakes (shared by the provider tests)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tenor_desktop.notes.note_writer import NoteWriter, TextRedactor
from tenor_desktop.notes.providers.anthropic_messages import AnthropicMessagesClient
from tenor_desktop.notes.providers.base import NoteModelClient, SecretGetter
from tenor_desktop.notes.providers.chat_completions import ChatCompletionsClient
from tenor_desktop.notes.providers.http_retry import RetryPolicy
from tenor_desktop.notes.providers.openai_responses import OpenAIResponsesClient
from tenor_desktop.notes.templates import TemplateLibrary


def test_secrets(name: str) -> str | None:
    """Fixed fake keys."""
    return {"openai_api_key": "sk-test-openai", "anthropic_api_key": "sk-ant-test"}.get(name)


test_secrets.__test__ = False  # type: ignore[attr-defined]


@dataclass
class Sleeps:
    """Records the delays the retry policy asked for instead of sleeping."""

    delays: list[float] = field(default_factory=list)

    def policy(self, attempts: int = 4) -> RetryPolicy:
        """A retry policy that never really sleeps."""
        return RetryPolicy(max_attempts=attempts, sleep=self.delays.append, jitter=lambda: 0.5)


def make_client(
    provider: str,
    base_url: str,
    *,
    stream: bool = True,
    retry: RetryPolicy | None = None,
    get_secret: SecretGetter = test_secrets,
    timeout: float = 5.0,
) -> NoteModelClient:
    """One provider client pointed at ``base_url``."""
    kinds: dict[str, type[OpenAIResponsesClient | AnthropicMessagesClient | ChatCompletionsClient]]
    kinds = {
        "openai": OpenAIResponsesClient,
        "anthropic": AnthropicMessagesClient,
        "local": ChatCompletionsClient,
    }
    client: NoteModelClient = kinds[provider](
        base_url=base_url,
        model=f"{provider}-test-model",
        get_secret=get_secret,
        stream=stream,
        retry=retry or Sleeps().policy(),
        timeout=timeout,
    )
    return client


def make_writer(
    clients: dict[str, NoteModelClient], redact: TextRedactor | None = None
) -> NoteWriter:
    """A NoteWriter over the built-in templates."""
    return NoteWriter(TemplateLibrary(), clients=clients, redact=redact)
