"""Composition root of the desktop app: builds every service from settings and policy, starts Qt.

Nothing else constructs services; everything reaches the UI through ``UiContext``.
"""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tenor_desktop.core.clock import Clock, SystemClock
from tenor_desktop.security.policy import ManagedPolicy, load_policy
from tenor_desktop.vault.vault import Vault

if TYPE_CHECKING:
    from tenor_desktop.services.live_recording import LiveRecording


def default_vault_dir() -> Path:
    """Per-user data directory for the vault."""
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", str(Path.home()))) / "Tenor" / "vault"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Tenor" / "vault"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tenor" / "vault"


def note_embedder(models: Any) -> Callable[[Sequence[str]], Any]:
    """Sentence embeddings for the offline note drafter from the shared MiniLM (loaded with the
    redaction models, on the drafting thread, the first time a note needs it)."""
    from tenor_desktop.notes.sentence_classifier import EmbeddingsUnavailable

    def embed(texts: Sequence[str]) -> Any:
        try:
            encoder = models.get().encoder
        except Exception as error:  # any load failure: the rules draft alone (logged by kind)
            raise EmbeddingsUnavailable from error
        if encoder is None:
            raise EmbeddingsUnavailable
        return encoder.encode(list(texts))

    return embed


def build_workspace_factory(
    policy: ManagedPolicy, clock: Clock, models: Any = None
) -> Callable[[Vault], Any]:
    """WorkspaceService per unlocked vault: the offline drafter, the clinician's templates
    (``note_templates`` next to the vault folder) and the OpenAI/Anthropic/local providers.

    ``models`` (a RedactionModelsCache) redacts text sent to cloud providers; without it the
    service refuses to send text to the cloud while the practice requires redaction.
    """

    def make(vault: Vault) -> Any:
        # Imported at the first unlock (on a worker thread), not at start-up.
        from tenor_desktop.notes.provider_setup import build_desktop_note_writer
        from tenor_desktop.security.secrets import SecretStore
        from tenor_desktop.services.processing_pipeline import cloud_text_redactor
        from tenor_desktop.services.workspace_service import WorkspaceService

        redact_cloud = cloud_text_redactor(models) if models is not None else None
        # API keys are looked up when a provider is used (keyring, or the vault without one).
        writer = build_desktop_note_writer(
            vault.directory,
            lambda name: SecretStore(vault=vault).get(name),
            os.environ,
            embedder=note_embedder(models) if models is not None else None,
        )
        service = WorkspaceService(
            vault,
            policy=policy,
            note_writer=writer,
            clock=clock,
            cloud_text_redactor=redact_cloud,
        )
        service.apply_policy_to_all_clients()
        service.retention.run_due()
        return service

    return make


def build_recorder_factory(
    clock: Clock,
    policy: ManagedPolicy,
    models: Any,
    *,
    transcriber_factory: Callable[[], Any] | None = None,
    capture_factory: Callable[..., Any] | None = None,
    zeroizer: Any = None,
) -> Callable[[Vault, str, Callable[[object], None]], Any]:
    """A LiveRecording per session: microphone → RAM ring → offline Whisper → redact → vault.

    ``transcriber_factory``/``capture_factory`` replace the engine and the microphone (tests,
    benchmarks). The recorder runs on its own vault connection so the window can lock.
    """

    def make(vault: Vault, device: str, on_event: Callable[[object], None]) -> LiveRecording:
        # Imported at the first recording, not at start-up (numpy, PortAudio, the engines).
        from tenor_desktop.audio.capture import MicrophoneCapture
        from tenor_desktop.audio.devices import DeviceSelector
        from tenor_desktop.security.secrets import SecretStore
        from tenor_desktop.services.deletion_service import DeletionService
        from tenor_desktop.services.live_recording import LiveRecording, engine_for
        from tenor_desktop.services.processing_pipeline import SegmentRedaction
        from tenor_desktop.services.recording_service import RecordingService
        from tenor_desktop.services.workspace_service import WorkspaceService
        from tenor_desktop.transcription.factory import (
            create_offline_transcriber,
            create_transcriber,
        )
        from tenor_desktop.vault.repositories import (
            ClientRepository,
            SegmentRepository,
            SessionRepository,
            SettingsRepository,
        )

        def redaction(own: Vault) -> SegmentRedaction:
            practice = WorkspaceService(own, policy=policy, clock=clock).practice_settings()
            return SegmentRedaction.for_practice(practice, models)

        def build(own: Vault, redact: SegmentRedaction, client_id: str) -> RecordingService:
            settings = SettingsRepository(own)
            selector = DeviceSelector(
                lambda: device or settings.get("microphone"),
                lambda name: settings.set("microphone", name),
            )
            practice = WorkspaceService(own, policy=policy, clock=clock).practice_settings()
            mode = ClientRepository(own).get(client_id).processing_mode

            def offline() -> Any:
                return create_offline_transcriber(model=practice.transcription_model)

            def network() -> Any:
                secrets = SecretStore(vault=own)
                return create_transcriber(
                    "deepgram",
                    mode,
                    deepgram_api_key=lambda: secrets.get("deepgram_api_key") or "",
                    fallback=offline,
                    on_notice=on_event,  # "switched to offline" reaches the panel
                )

            engine = network if engine_for(practice, mode) == "deepgram" else offline

            def capture(ring: Any, emit: Callable[[Any], None]) -> Any:
                if capture_factory is not None:
                    return capture_factory(ring, emit)
                return MicrophoneCapture(ring, selector.choose(), emit, zeroizer=zeroizer)

            return RecordingService(
                SessionRepository(own),
                SegmentRepository(own),
                transcriber_factory=transcriber_factory or engine,
                capture_factory=capture,
                discard_transcript=DeletionService(own, clock=clock).delete_transcript,
                clock=clock,
                redact=redact,
                on_event=on_event,
                zeroizer=zeroizer,
            )

        return LiveRecording(vault, build, redaction)

    return make


def list_microphone_names() -> list[str]:
    """Names of the input devices PortAudio sees (empty when there is no sound system)."""
    from tenor_desktop.audio.devices import list_input_devices

    try:
        return [device.name for device in list_input_devices()]
    except Exception:  # no PortAudio/sound server: the panel says there is no microphone
        return []


def build_ui_context(
    vault_dir: Path,
    *,
    clock: Clock | None = None,
    policy: ManagedPolicy | None = None,
    zeroizer: Any = None,
) -> Any:
    """Everything the window needs, wired for the embedded (offline) default."""
    from tenor_desktop.security.secrets import SecretStore
    from tenor_desktop.services.redaction_models_cache import RedactionModelsCache
    from tenor_desktop.services.vault_service import VaultService
    from tenor_desktop.ui.context import UiContext

    clock = clock or SystemClock()
    policy = policy if policy is not None else load_policy()
    models = RedactionModelsCache()
    make_workspace = build_workspace_factory(policy, clock, models)

    def make_sync_account(vault: Vault) -> Any:
        """The device's sync account (httpx loads here, not at start-up)."""
        from tenor_desktop.services.sync_account import SyncAccountService

        return SyncAccountService(vault, device_name=platform.node() or "Tenor desktop")

    def make_sync_session(vault: Vault, on_status: Any, interval_s: float) -> Any:
        """Background sync of the vault's signed-in account, or None when signed out."""
        from tenor_desktop.services.sync_session import BackgroundSyncSession

        return BackgroundSyncSession.for_vault(
            vault, on_status=on_status, interval_s=interval_s, clock=clock
        )

    def import_file(vault: Vault, path: Path, pseudonym: str) -> Any:
        """Import, redact (practice settings) and draft the note, off the main thread."""
        from tenor_desktop.services.processing_pipeline import ImportPipeline

        return ImportPipeline(make_workspace(vault), models).run(path, pseudonym)

    return UiContext(
        vault_service=VaultService(vault_dir, clock=clock),
        make_workspace=make_workspace,
        policy=policy,
        clock=clock,
        list_microphones=list_microphone_names,
        make_recorder=build_recorder_factory(clock, policy, models, zeroizer=zeroizer),
        import_file=import_file,
        make_secret_store=lambda vault: SecretStore(vault=vault),
        make_sync_account=make_sync_account,
        make_sync_session=make_sync_session,
    )


def run_app(vault_dir: str | None = None) -> int:
    """Open the window and run the Qt event loop until it closes."""
    from tenor_desktop.audio.emergency_zeroizer import EmergencyZeroizer
    from tenor_desktop.ui.application import start_gui

    directory = Path(vault_dir) if vault_dir else default_vault_dir()
    # Audio rings are wiped at interpreter exit and on SIGTERM too (installed on the main thread).
    zeroizer = EmergencyZeroizer()
    zeroizer.install()
    return start_gui(build_ui_context(directory, zeroizer=zeroizer))
