"""Where the language-model providers live and how big a local model's context is.

One place builds the three provider clients for both composition roots (the app with keyring
secrets, the CLI with environment secrets). Endpoints and the local context size come from the
environment for now:

    TENOR_OPENAI_BASE_URL, TENOR_OPENAI_MODEL
    TENOR_ANTHROPIC_BASE_URL, TENOR_ANTHROPIC_MODEL
    TENOR_LOCAL_BASE_URL (default Ollama on 127.0.0.1), TENOR_LOCAL_MODEL
    TENOR_LOCAL_CONTEXT_TOKENS   the local server's context window (default 4096, as Ollama's)
    TENOR_LOCAL_CONTEXT_HINT=0   do not send Ollama's ``options.num_ctx`` hint
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tenor_desktop.notes.errors import ContextTooSmall, NoteError
from tenor_desktop.notes.note_writer import NoteWriter
from tenor_desktop.notes.offline_drafter import OfflineDrafter
from tenor_desktop.notes.providers.anthropic_messages import (
    ANTHROPIC_BASE_URL,
    ANTHROPIC_DEFAULT_MODEL,
    AnthropicMessagesClient,
)
from tenor_desktop.notes.providers.base import NoteModelClient, SecretGetter
from tenor_desktop.notes.providers.chat_completions import (
    LOCAL_BASE_URL,
    LOCAL_DEFAULT_CONTEXT_TOKENS,
    LOCAL_DEFAULT_MODEL,
    ChatCompletionsClient,
)
from tenor_desktop.notes.providers.openai_responses import (
    OPENAI_BASE_URL,
    OPENAI_DEFAULT_MODEL,
    OpenAIResponsesClient,
)
from tenor_desktop.notes.sentence_classifier import Embedder
from tenor_desktop.notes.templates import TemplateLibrary

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelEndpoints:
    """Base URLs and models of the providers, and the local server's context window."""

    openai_base_url: str = OPENAI_BASE_URL
    openai_model: str = OPENAI_DEFAULT_MODEL
    anthropic_base_url: str = ANTHROPIC_BASE_URL
    anthropic_model: str = ANTHROPIC_DEFAULT_MODEL
    local_base_url: str = LOCAL_BASE_URL
    local_model: str = LOCAL_DEFAULT_MODEL
    local_context_tokens: int = LOCAL_DEFAULT_CONTEXT_TOKENS
    local_context_hint: bool = True

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> ModelEndpoints:
        """Defaults overridden by the ``TENOR_*`` variables above."""
        raw_context = env.get("TENOR_LOCAL_CONTEXT_TOKENS", "").strip()
        try:
            context = int(raw_context) if raw_context else LOCAL_DEFAULT_CONTEXT_TOKENS
        except ValueError as error:
            raise ContextTooSmall(
                "TENOR_LOCAL_CONTEXT_TOKENS must be a whole number of tokens, e.g. 8192."
            ) from error
        return cls(
            openai_base_url=env.get("TENOR_OPENAI_BASE_URL", OPENAI_BASE_URL),
            openai_model=env.get("TENOR_OPENAI_MODEL", OPENAI_DEFAULT_MODEL),
            anthropic_base_url=env.get("TENOR_ANTHROPIC_BASE_URL", ANTHROPIC_BASE_URL),
            anthropic_model=env.get("TENOR_ANTHROPIC_MODEL", ANTHROPIC_DEFAULT_MODEL),
            local_base_url=env.get("TENOR_LOCAL_BASE_URL", LOCAL_BASE_URL),
            local_model=env.get("TENOR_LOCAL_MODEL", LOCAL_DEFAULT_MODEL),
            local_context_tokens=context,
            local_context_hint=env.get("TENOR_LOCAL_CONTEXT_HINT", "1").strip() != "0",
        )


def build_model_clients(
    get_secret: SecretGetter, endpoints: ModelEndpoints | None = None
) -> dict[str, NoteModelClient]:
    """The ``openai``, ``anthropic`` and ``local`` clients (no request is made here)."""
    endpoints = endpoints or ModelEndpoints()
    return {
        "openai": OpenAIResponsesClient(
            base_url=endpoints.openai_base_url,
            model=endpoints.openai_model,
            get_secret=get_secret,
        ),
        "anthropic": AnthropicMessagesClient(
            base_url=endpoints.anthropic_base_url,
            model=endpoints.anthropic_model,
            get_secret=get_secret,
        ),
        "local": ChatCompletionsClient(
            base_url=endpoints.local_base_url,
            model=endpoints.local_model,
            get_secret=get_secret,
            context_tokens=endpoints.local_context_tokens,
            context_hint=endpoints.local_context_hint,
        ),
    }


def user_templates_dir(vault_dir: Path) -> Path:
    """The clinician's own templates: a folder next to the vault's (templates hold no PHI)."""
    return vault_dir.parent / "note_templates"


def build_desktop_note_writer(
    vault_dir: Path,
    get_secret: SecretGetter,
    env: Mapping[str, str],
    *,
    embedder: Embedder | None = None,
) -> NoteWriter:
    """The app's NoteWriter: built-in plus the clinician's templates, all three providers, and the
    offline drafter (rules, plus ``embedder``'s sentence embeddings when given).

    A malformed ``TENOR_*`` variable must not stop the vault from opening, so the defaults are
    used then (and the problem logged by kind only).
    """
    try:
        clients = build_model_clients(get_secret, ModelEndpoints.from_env(env))
    except NoteError:
        log.warning("invalid note provider environment; using the defaults")
        clients = build_model_clients(get_secret, ModelEndpoints())
    return NoteWriter(
        TemplateLibrary.with_user_dir(user_templates_dir(vault_dir)),
        clients=clients,
        offline=OfflineDrafter(embedder=embedder),
    )
