"""CLI: the vault subcommands (``init``, ``import``, ``clients``, ``sessions``, ``show``,
``search``, ``delete``), registered by ``tenor_desktop.cli``.

The passphrase comes from ``TENOR_PASSPHRASE`` or an interactive prompt. Errors are TenorErrors
(ids and kinds only); ``tenor_desktop.cli.main`` prints them to stderr and exits 1. JSON schemas
(kept backwards compatible; new keys may be added):

- ``import --json``: ``{"session_id", "client_id", "segment_count", "created_client"}``
- ``clients --json``: ``{"clients": [CLIENT]}``, CLIENT = ``{"id", "pseudonym",
  "processing_mode", "retention", "default_template", "created_at"}``
- ``sessions --json``: ``{"sessions": [SESSION]}``, SESSION = ``{"id", "client_id",
  "started_at", "ended_at", "duration_ms", "status", "consent_at", "risk_flags",
  "transcript_deleted_at"}``
- ``show --json``: SESSION plus ``"client"`` (CLIENT), ``"speaker_names"`` {label: name},
  ``"segments"`` [{"id", "seq", "start_ms", "end_ms", "speaker", "speaker_name", "text",
  "confidence", "redactions": [{"start", "end", "label"}]}] and ``"note"`` (null or {"id",
  "version", "template", "provider", "draft", "created_at", "sections": [{"title", "text",
  "evidence", "statements": [{"text", "evidence", "supported"}]}], "flags": [{"kind",
  "evidence"}]})
- ``search --json``: ``{"hits": [{"session_id", "kind", "ref_id", "snippet"}]}``
- ``delete --json``: ``{"deleted": "transcript"|"session"|"client", "id"}``
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tenor_desktop.cli.vault_json import (
    client_json,
    clock_time,
    detail_json,
    emit,
    session_json,
)
from tenor_desktop.core.errors import ValidationError
from tenor_desktop.services.vault_service import VaultService

PASSPHRASE_ENV = "TENOR_PASSPHRASE"  # noqa: S105 (a variable name, not a secret)


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add this module's subcommands; each sets ``handler`` to a function(args) -> exit code."""
    init = subparsers.add_parser("init", help="create a vault (passphrase: TENOR_PASSPHRASE)")
    init.set_defaults(handler=run_init)

    importer = subparsers.add_parser(
        "import", help="import a recording or transcript: transcribe, redact, draft the note"
    )
    importer.add_argument(
        "file",
        type=Path,
        help='audio (wav/flac/mp3/m4a/ogg) or transcript .txt with "Speaker: text" lines',
    )
    importer.add_argument("--client", required=True, metavar="PSEUDONYM")
    importer.add_argument("--no-note", action="store_true", help="do not draft a note")
    importer.add_argument(
        "--delete-original", action="store_true", help="delete the imported file afterwards"
    )
    importer.add_argument("--json", action="store_true", help="print JSON")
    importer.set_defaults(handler=run_import)

    clients = subparsers.add_parser("clients", help="list clients")
    clients.add_argument("--json", action="store_true", help="print JSON")
    clients.set_defaults(handler=run_clients)

    sessions = subparsers.add_parser("sessions", help="list sessions")
    sessions.add_argument("--client", metavar="PSEUDONYM", help="only this client's sessions")
    sessions.add_argument("--json", action="store_true", help="print JSON")
    sessions.set_defaults(handler=run_sessions)

    show = subparsers.add_parser("show", help="show a session's transcript and note")
    show.add_argument("session_id", metavar="SESSION_ID")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=run_show)

    search = subparsers.add_parser("search", help="search transcripts and notes")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(handler=run_search)

    delete = subparsers.add_parser("delete", help="permanently delete a transcript/session/client")
    delete.add_argument("what", choices=("transcript", "session", "client"))
    delete.add_argument("id", metavar="ID", help="session id (transcript, session) or client id")
    delete.add_argument("--json", action="store_true", help="print JSON")
    delete.set_defaults(handler=run_delete)


def run_init(args: argparse.Namespace) -> int:
    """``tenor init``: create an empty vault."""
    service = VaultService(vault_directory(args))
    service.create(read_passphrase(confirm=True))
    service.lock()
    print(f"Created an encrypted vault in {service.directory}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """``tenor import FILE --client P``: transcribe (audio), redact, store, draft the note."""
    from tenor_desktop.security.policy import load_policy
    from tenor_desktop.services.processing_pipeline import ImportPipeline, shred_original
    from tenor_desktop.services.redaction_models_cache import RedactionModelsCache
    from tenor_desktop.services.workspace_service import WorkspaceService

    with unlocked(args) as service:
        workspace = WorkspaceService(
            service.vault,
            policy=load_policy(),
            note_writer=_note_writer(service.vault.directory),
        )
        result = ImportPipeline(workspace, RedactionModelsCache()).run(
            args.file, args.client, draft_note=not args.no_note
        )
    if args.delete_original:
        shred_original(args.file)
    if args.json:
        emit(
            {
                "session_id": result.session_id,
                "client_id": result.client_id,
                "segment_count": result.segment_count,
                "created_client": result.created_client,
            }
        )
    else:
        print(result.session_id)
    return 0


def _note_writer(vault_dir: Path) -> Any:
    """The offline drafter with the built-in templates and the clinician's own (the same
    ``note_templates`` folder next to the vault that the app reads)."""
    from tenor_desktop.notes.note_writer import NoteWriter
    from tenor_desktop.notes.provider_setup import user_templates_dir
    from tenor_desktop.notes.templates import TemplateLibrary

    return NoteWriter(TemplateLibrary.with_user_dir(user_templates_dir(vault_dir)))


def run_clients(args: argparse.Namespace) -> int:
    """``tenor clients``."""
    with unlocked(args) as service:
        clients = service.clients()
    if args.json:
        emit({"clients": [client_json(client) for client in clients]})
    else:
        for client in clients:
            print(
                f"{client.id}\t{client.pseudonym}\t{client.processing_mode.value}"
                f"\t{client.retention}\t{client.default_template}"
            )
    return 0


def run_sessions(args: argparse.Namespace) -> int:
    """``tenor sessions [--client P]``."""
    with unlocked(args) as service:
        sessions = service.sessions(args.client)
    if args.json:
        emit({"sessions": [session_json(session) for session in sessions]})
    else:
        for session in sessions:
            print(
                f"{session.id}\t{session.client_id}\t{session.started_at.isoformat()}"
                f"\t{session.status.value}\t{clock_time(session.duration_ms)}"
            )
    return 0


def run_show(args: argparse.Namespace) -> int:
    """``tenor show SESSION_ID``."""
    with unlocked(args) as service:
        detail = service.session_detail(args.session_id)
    if args.json:
        emit(detail_json(detail))
        return 0
    session = detail.session
    print(f"Session {session.id} ({session.status.value}), client {detail.client.pseudonym}")
    print(f"Started {session.started_at.isoformat()}, {clock_time(session.duration_ms)}")
    print()
    for segment in detail.segments:
        speaker = detail.speaker_name(segment.speaker)
        print(f"[{clock_time(segment.start_ms)}] {speaker}: {segment.text}")
    if not detail.segments:
        print("(no transcript)")
    if detail.note is not None:
        note = detail.note
        state = "draft" if note.draft else "final"
        print(f"\nNote v{note.version} ({note.template}, {note.provider}, {state})")
        for section in note.sections:
            print(f"\n## {section.title}\n{section.text}")
    return 0


def run_search(args: argparse.Namespace) -> int:
    """``tenor search QUERY``."""
    with unlocked(args) as service:
        hits = service.search(args.query)
    if args.json:
        emit(
            {
                "hits": [
                    {
                        "session_id": hit.session_id,
                        "kind": hit.kind,
                        "ref_id": hit.ref_id,
                        "snippet": hit.snippet,
                    }
                    for hit in hits
                ]
            }
        )
    else:
        for hit in hits:
            print(f"{hit.session_id}\t{hit.kind}\t{hit.ref_id}\t{hit.snippet}")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    """``tenor delete transcript|session|client ID``: permanent, no undo."""
    from tenor_desktop.services.deletion_service import DeletionService

    with unlocked(args) as service:
        deletion = DeletionService(service.vault)
        if args.what == "transcript":
            deletion.delete_transcript(args.id)
        elif args.what == "session":
            deletion.delete_session(args.id)
        else:
            deletion.delete_client(args.id)
    if args.json:
        emit({"deleted": args.what, "id": args.id})
    else:
        print(f"Deleted {args.what} {args.id}")
    return 0


# -- helpers ---------------------------------------------------------------------------------


def vault_directory(args: argparse.Namespace) -> Path:
    """``--vault DIR`` or the per-user default."""
    if getattr(args, "vault", None):
        return Path(args.vault).expanduser()
    from tenor_desktop.app import default_vault_dir

    return default_vault_dir()


def read_passphrase(*, confirm: bool = False) -> str:
    """``TENOR_PASSPHRASE`` or a prompt (asked twice when creating)."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    try:
        first = getpass.getpass("Vault passphrase: ")
        if confirm and getpass.getpass("Repeat the passphrase: ") != first:
            raise ValidationError("The two passphrases differ; nothing was created.")
    except EOFError:
        raise ValidationError(
            f"No passphrase: set {PASSPHRASE_ENV} or run the command in a terminal."
        ) from None
    return first


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[VaultService]:
    """Unlock the vault for one command and always lock it again."""
    service = VaultService(vault_directory(args))
    passphrase = read_passphrase()
    wait = service.remaining_unlock_delay()
    if wait > 0:
        print(f"tenor: too many wrong passphrases; waiting {wait:.0f} s", file=sys.stderr)
    service.unlock(passphrase)
    try:
        yield service
    finally:
        service.lock()
