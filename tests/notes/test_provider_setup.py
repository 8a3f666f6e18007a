"""The provider wiring shared by the app and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tenor_desktop.notes.errors import ContextTooSmall
from tenor_desktop.notes.provider_setup import (
    ModelEndpoints,
    build_desktop_note_writer,
    build_model_clients,
)
from tenor_desktop.notes.providers.chat_completions import ChatCompletionsClient


def test_local_context_and_endpoints_come_from_the_environment() -> None:
    env = {
        "TENOR_LOCAL_BASE_URL": "http://127.0.0.1:8080/v1",
        "TENOR_LOCAL_MODEL": "qwen2.5",
        "TENOR_LOCAL_CONTEXT_TOKENS": "16384",
        "TENOR_LOCAL_CONTEXT_HINT": "0",
    }
    local = build_model_clients(lambda _n: None, ModelEndpoints.from_env(env))["local"]
    assert isinstance(local, ChatCompletionsClient)
    assert (local.base_url, local.model, local.context_tokens) == (
        "http://127.0.0.1:8080/v1",
        "qwen2.5",
        16384,
    )
    assert local.prompt_token_budget == 16384 - 4096 and not local.context_hint
    default = build_model_clients(lambda _n: None)["local"]
    assert isinstance(default, ChatCompletionsClient) and default.context_tokens == 4096


@pytest.mark.parametrize("value", ["lots", "512"])
def test_a_bad_context_setting_is_a_clear_error(value: str) -> None:
    with pytest.raises(ContextTooSmall):
        build_model_clients(
            lambda _n: None, ModelEndpoints.from_env({"TENOR_LOCAL_CONTEXT_TOKENS": value})
        )


@pytest.mark.parametrize("value", ["lots", "512"])
def test_the_app_writer_has_every_provider_and_the_templates_folder(
    tmp_path: Path, value: str
) -> None:
    """A bad variable must not keep the vault from opening: the defaults apply."""
    writer = build_desktop_note_writer(
        tmp_path / "vault", lambda _n: None, {"TENOR_LOCAL_CONTEXT_TOKENS": value}
    )
    assert writer.available_providers() == ["offline", "anthropic", "local", "openai"]
    assert writer.templates.user_dir == tmp_path / "note_templates"
