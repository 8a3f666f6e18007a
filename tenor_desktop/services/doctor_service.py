"""`tenor doctor`: what IT and support need to know about this installation, and a self-test.

Checks report facts (policy, devices, keyring, models, vault, server) and never print secrets or
client data. The self-test exercises every offline stage on synthetic data shipped with the app:
a short clip of synthetic speech, a sample sentence with identifiers, a sample transcript, and a
throwaway vault in a temporary directory that is deleted afterwards.
"""

from __future__ import annotations

import platform
import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tenor_desktop import __version__
from tenor_desktop.security.policy import load_policy, policy_summary

SELFTEST_CLIP = "selftest/selftest-speech.flac"
SELFTEST_WORDS = ("self", "test", "transcription", "works")
SAMPLE_PHI = "Client: my sister Maria Lopez called me at 617-555-0142 on March 3rd."
SAMPLE_TRANSCRIPT = (
    (0, "Therapist", "How have you been sleeping this week?"),
    (1, "Client", "Badly, I wake at three and worry about work."),
    (2, "Therapist", "Let's try a wind-down routine and a sleep diary this week."),
)


@dataclass(frozen=True)
class CheckResult:
    """One line of the report."""

    name: str
    ok: bool
    detail: str
    seconds: float = 0.0


def resources_dir() -> Path:
    """The app's resources (next to the package, or inside a PyInstaller bundle)."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def _timed(name: str, check: Callable[[], str]) -> CheckResult:
    began = time.perf_counter()
    try:
        detail = check()
    except Exception as error:  # a failed check is reported, never raised
        message = getattr(error, "message", None) or str(error) or type(error).__name__
        cause = error.__cause__
        if cause is not None:  # support needs the technical reason; checks carry no client data
            message = f"{message} (cause: {type(cause).__name__}: {cause})"
        return CheckResult(name, False, str(message), time.perf_counter() - began)
    return CheckResult(name, True, detail, time.perf_counter() - began)


def _policy() -> str:
    return "; ".join(policy_summary(load_policy()))


def _audio_devices() -> str:
    from tenor_desktop.audio.devices import list_input_devices

    devices = list_input_devices()
    if not devices:
        raise RuntimeError("no input device found")
    names = [f"{d.name}{' (default)' if d.is_default else ''}" for d in devices]
    return ", ".join(names)


def _keyring() -> str:
    from tenor_desktop.security.secrets import SecretStore

    return SecretStore().backend_name()


def _models() -> str:
    from tenor_desktop.transcription.errors import ModelUnavailableError
    from tenor_desktop.transcription.models import installed_model_spec, read_verified_files

    found = []
    for name in ("tiny", "base"):
        try:
            spec = installed_model_spec(name)
        except ModelUnavailableError:
            if name == "tiny":
                raise
            found.append("whisper base not installed (optional)")
            continue
        read_verified_files(spec)
        found.append(f"whisper {spec.whisper_name} sha256 ok ({spec.sha256['model.bin'][:12]}…)")
    if not found:
        raise RuntimeError("no Whisper model installed")
    found.append(_voice_encoder())
    return "; ".join(found)


def _voice_encoder() -> str:
    from tenor_desktop.transcription import voice_encoder
    from tenor_desktop.transcription.errors import ModelUnavailableError

    try:
        voice_encoder.read_verified_weights(voice_encoder.installed_weights_path())
    except ModelUnavailableError as error:  # degraded, not broken: labels use the fallback
        return f"voice encoder unavailable, speaker labels use the weaker MFCC fallback ({error})"
    return f"voice encoder sha256 ok ({voice_encoder.WEIGHTS_SHA256[:12]}…)"


def _vault(vault_dir: Path) -> str:
    from tenor_desktop.vault.vault import vault_exists

    state = "exists" if vault_exists(vault_dir) else "not created yet"
    return f"{vault_dir} ({state})"


def _server(url: str | None) -> str:
    if not url:
        return "no sync server configured (offline)"
    import httpx

    response = httpx.get(url.rstrip("/") + "/health", timeout=3.0)
    return f"{url} answered {response.status_code}"


def run_checks(vault_dir: Path, server_url: str | None = None) -> list[CheckResult]:
    """The environment report."""
    return [
        CheckResult("version", True, f"tenor {__version__} on {platform.platform()}"),
        _timed("policy", _policy),
        _timed("audio devices", _audio_devices),
        _timed("secrets", _keyring),
        _timed("models", _models),
        _timed("vault", lambda: _vault(vault_dir)),
        _timed("sync server", lambda: _server(server_url)),
    ]


def _selftest_transcribe() -> str:
    from tenor_desktop.transcription.file_audio import decode_audio_file
    from tenor_desktop.transcription.file_transcription import transcribe_pcm

    audio = decode_audio_file(resources_dir() / SELFTEST_CLIP)
    text = " ".join(s.text for s in transcribe_pcm(audio).segments).lower()
    missing = [w for w in SELFTEST_WORDS if w not in text]
    if missing:
        raise RuntimeError(f"transcript is missing expected words: {', '.join(missing)}")
    return f"{len(audio) / 16000:.1f} s of synthetic speech transcribed"


def _selftest_redact(make_redactor: Callable[[], Callable[[str], str]]) -> str:
    redacted = make_redactor()(SAMPLE_PHI)
    leaked = [token for token in ("Maria", "Lopez", "617-555-0142") if token in redacted]
    if leaked:
        raise RuntimeError(f"{len(leaked)} identifier(s) not redacted in the sample")
    return "identifiers in the sample sentence redacted"


def _selftest_note() -> str:
    from tenor_desktop.notes.note_writer import NoteWriter
    from tenor_desktop.notes.templates import TemplateLibrary
    from tenor_desktop.notes.transcript import TranscriptLine

    writer = NoteWriter(TemplateLibrary.with_user_dir(None))
    lines = [TranscriptLine(i, speaker, text) for i, speaker, text in SAMPLE_TRANSCRIPT]
    note = writer.write(lines, template="soap")
    return f"offline SOAP draft with {len(note.sections)} sections"


def _selftest_vault() -> str:
    from tenor_desktop.vault.repositories import ClientRepository
    from tenor_desktop.vault.vault import Vault

    with tempfile.TemporaryDirectory(prefix="tenor-selftest-") as tmp:
        directory = Path(tmp) / "vault"
        passphrase = secrets.token_urlsafe(24)
        with Vault.create(directory, passphrase) as vault:
            ClientRepository(vault).add("Self Test")
        with Vault.unlock(directory, passphrase) as vault:
            count = len(ClientRepository(vault).list())
    return f"temporary encrypted vault created, reopened ({count} client) and removed"


def run_self_test(make_redactor: Callable[[], Callable[[str], str]]) -> list[CheckResult]:
    """Every offline stage on bundled synthetic data (a stage that fails is reported)."""
    return [
        _timed("self-test: transcription", _selftest_transcribe),
        _timed("self-test: redaction", lambda: _selftest_redact(make_redactor)),
        _timed("self-test: note draft", _selftest_note),
        _timed("self-test: vault", _selftest_vault),
    ]
