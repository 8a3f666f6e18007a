"""Cloud note providers receive redacted text only, and never a local-only client's text.

NoteWriter talks to the loopback OpenAI / Anthropic fakes (real uvicorn servers that record
every request). With a redaction hook the recorded bodies must not contain the canary name or
phone; without one they do (the control that proves the check can fail). A local-only client's
transcript must never produce a single request. The product path is covered too: import with
the practice's redaction settings, then WorkspaceService drafts the note with a cloud provider.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.core.models import ProcessingMode
from tenor_desktop.core.settings import PracticeSettings
from tenor_desktop.notes.errors import ProviderRefused
from tenor_desktop.notes.note_writer import NoteWriter
from tenor_desktop.notes.providers.base import NoteModelClient
from tenor_desktop.notes.templates import TemplateLibrary
from tenor_desktop.notes.transcript import TranscriptLine
from tenor_desktop.redaction.redactor import RedactionModels, Redactor
from tenor_desktop.redaction.settings import RedactionSettings
from tenor_desktop.services.processing_pipeline import (
    ImportPipeline,
    RedactionModelsCache,
    SegmentRedaction,
    cloud_text_redactor,
)
from tenor_desktop.services.workspace_service import WorkspaceService
from tenor_desktop.vault.vault import Vault
from tests.fakes.anthropic_server import FakeAnthropicServer
from tests.fakes.openai_server import FakeOpenAIServer, note_echo_model
from tests.notes.provider_factory import make_client
from tests.privacy.conftest import PASSPHRASE, Canaries

CLOUD = ProcessingMode.CLOUD_ALLOWED
LOCAL = ProcessingMode.LOCAL_ONLY
Fake = FakeOpenAIServer | FakeAnthropicServer


@pytest.fixture(scope="module")
def fakes() -> Iterator[dict[str, Fake]]:
    """Both fakes, started once for the module."""
    with FakeOpenAIServer() as openai, FakeAnthropicServer() as anthropic:
        yield {"openai": openai, "anthropic": anthropic}


@pytest.fixture
def fresh(fakes: dict[str, Fake]) -> dict[str, Fake]:
    """The fakes with their request logs emptied and the echoing model in place."""
    for fake in fakes.values():
        fake.state.requests.clear()
        fake.state.faults.clear()
        fake.state.model = note_echo_model
    return fakes


@pytest.fixture(scope="module")
def models() -> RedactionModelsCache:
    """Identifier detection models (topics off: not needed here, and slower to load)."""
    return RedactionModelsCache(lambda: RedactionModels.load(with_encoder=False))


def sent_bodies(fake: Fake) -> str:
    """Every recorded request body, as one JSON text."""
    return "\n".join(json.dumps(r.body, ensure_ascii=False) for r in fake.state.requests)


def canary_lines(canaries: Canaries) -> list[TranscriptLine]:
    """The canary transcript as NoteWriter lines."""
    lines = canaries.transcript().splitlines()
    return [
        TranscriptLine(index, line.split(":", 1)[0], line.split(":", 1)[1].strip())
        for index, line in enumerate(lines)
    ]


def redaction_hooks(models: RedactionModelsCache) -> dict[str, Callable[[str], str]]:
    """The two redaction hooks a composition root can hand NoteWriter."""
    redactor = Redactor(RedactionSettings(phi_enabled=True, topics=frozenset()), models.get())
    segment_redaction = SegmentRedaction(redactor)
    return {
        "redactor": lambda text: redactor.redact(text).text,
        "segment_redaction": lambda text: segment_redaction(text)[0],
    }


def writer_for(provider: str, fake: Fake, redact: Callable[[str], str] | None) -> NoteWriter:
    """A NoteWriter with one cloud client pointed at the fake."""
    client: NoteModelClient = make_client(provider, fake.base_url, stream=False)
    return NoteWriter(TemplateLibrary(), clients={provider: client}, redact=redact)


@pytest.mark.parametrize("hook", ["redactor", "segment_redaction"])
@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_provider_receives_only_redacted_text(
    provider: str,
    hook: str,
    fresh: dict[str, Fake],
    models: RedactionModelsCache,
    canaries: Canaries,
) -> None:
    fake = fresh[provider]
    writer = writer_for(provider, fake, redaction_hooks(models)[hook])
    note = writer.write(
        canary_lines(canaries), template="soap", provider=provider, processing_mode=CLOUD
    )
    assert note.provider == provider
    body = sent_bodies(fake)
    assert len(fake.state.requests) == 1
    assert canaries.word in body and "[NAME" in body  # the transcript went, redacted
    for canary in (canaries.name, canaries.phone, "Marchbanks", "555-0199"):
        assert canary not in body, canary


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_control_without_redaction_the_name_is_sent(
    provider: str, fresh: dict[str, Fake], canaries: Canaries
) -> None:
    fake = fresh[provider]
    writer_for(provider, fake, None).write(
        canary_lines(canaries), template="soap", provider=provider, processing_mode=CLOUD
    )
    assert canaries.name in sent_bodies(fake)


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_local_only_client_never_reaches_a_provider(
    provider: str, fresh: dict[str, Fake], canaries: Canaries
) -> None:
    writer = writer_for(provider, fresh[provider], None)
    with pytest.raises(ProviderRefused) as refused:
        writer.write(
            canary_lines(canaries), template="soap", provider=provider, processing_mode=LOCAL
        )
    note, error = writer.write_or_fall_back(
        canary_lines(canaries), template="soap", provider=provider, processing_mode=LOCAL
    )
    assert isinstance(error, ProviderRefused) and note.provider == "offline"
    assert all(len(fake.state.requests) == 0 for fake in fresh.values())
    assert canaries.word not in str(refused.value)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One real vault for the product-path tests of this module."""
    opened = Vault.create(tmp_path_factory.mktemp("provider-vault") / "vault", PASSPHRASE)
    yield opened
    opened.lock()


def import_canary_session(
    vault: Vault,
    workspace: WorkspaceService,
    models: RedactionModelsCache,
    canaries: Canaries,
    tmp_path: Path,
    mode: ProcessingMode,
) -> str:
    """A new client with ``mode`` and one imported canary session; returns the session id."""
    pseudonym = f"client {tmp_path.name}"
    workspace.add_client(pseudonym, processing_mode=mode)
    source = tmp_path / "session.txt"
    source.write_text(canaries.transcript(), encoding="utf-8")
    result = ImportPipeline(workspace, models).run(source, pseudonym, draft_note=False)
    return result.session_id


def product_workspace(
    vault: Vault, fakes: dict[str, Fake], models: RedactionModelsCache | None = None
) -> WorkspaceService:
    """WorkspaceService wired as a composition root would: NoteWriter with cloud clients."""
    clients = {name: make_client(name, fake.base_url, stream=False) for name, fake in fakes.items()}
    return WorkspaceService(
        vault,
        note_writer=NoteWriter(TemplateLibrary(), clients=clients),
        cloud_text_redactor=cloud_text_redactor(models) if models is not None else None,
    )


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_product_path_sends_the_stored_redacted_transcript(
    provider: str,
    vault: Vault,
    fresh: dict[str, Fake],
    models: RedactionModelsCache,
    canaries: Canaries,
    tmp_path: Path,
) -> None:
    workspace = product_workspace(vault, fresh, models)
    workspace.save_practice_settings(PracticeSettings(phi_redaction=True))
    session_id = import_canary_session(vault, workspace, models, canaries, tmp_path, CLOUD)
    note = workspace.draft_note(session_id, template="soap", provider=provider)
    assert note.provider == provider
    body = sent_bodies(fresh[provider])
    assert canaries.word in body
    assert canaries.name not in body and canaries.phone not in body


def test_product_path_local_only_client_sends_nothing(
    vault: Vault,
    fresh: dict[str, Fake],
    models: RedactionModelsCache,
    canaries: Canaries,
    tmp_path: Path,
) -> None:
    workspace = product_workspace(vault, fresh, models)
    workspace.save_practice_settings(PracticeSettings(phi_redaction=True))
    session_id = import_canary_session(vault, workspace, models, canaries, tmp_path, LOCAL)
    for provider in ("openai", "anthropic"):
        with pytest.raises(ProviderRefused):
            workspace.draft_note(session_id, template="soap", provider=provider)
    assert all(len(fake.state.requests) == 0 for fake in fresh.values())


def test_without_a_redactor_nothing_leaves_while_cloud_redaction_is_required(
    vault: Vault,
    fresh: dict[str, Fake],
    models: RedactionModelsCache,
    canaries: Canaries,
    tmp_path: Path,
) -> None:
    workspace = product_workspace(vault, fresh)  # composition root forgot the redactor
    workspace.save_practice_settings(PracticeSettings(phi_redaction=False, redact_cloud_text=True))
    session_id = import_canary_session(vault, workspace, models, canaries, tmp_path, CLOUD)
    try:
        with pytest.raises(ValidationError):
            workspace.draft_note(session_id, template="soap", provider="openai")
    finally:
        workspace.save_practice_settings(PracticeSettings())
    assert len(fresh["openai"].state.requests) == 0


def test_cloud_text_is_redacted_even_when_stored_text_is_not(
    vault: Vault,
    fresh: dict[str, Fake],
    models: RedactionModelsCache,
    canaries: Canaries,
    tmp_path: Path,
) -> None:
    workspace = product_workspace(vault, fresh, models)
    # The clinician keeps names in the local vault but wants redacted text sent to the cloud.
    workspace.save_practice_settings(PracticeSettings(phi_redaction=False, redact_cloud_text=True))
    session_id = import_canary_session(vault, workspace, models, canaries, tmp_path, CLOUD)
    try:
        workspace.draft_note(session_id, template="soap", provider="openai")
    finally:
        workspace.save_practice_settings(PracticeSettings())
    body = sent_bodies(fresh["openai"])
    assert canaries.word in body
    assert canaries.name not in body and canaries.phone not in body
