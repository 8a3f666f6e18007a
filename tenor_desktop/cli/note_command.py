"""CLI: ``tenor note TRANSCRIPT`` drafts a progress note from a ``Speaker: text`` file.

Segment ids in the output are the file's line numbers (0-based). Providers other than
``offline`` are configured from the environment (the app uses the keyring instead):

    TENOR_OPENAI_BASE_URL, OPENAI_API_KEY, TENOR_OPENAI_MODEL
    TENOR_ANTHROPIC_BASE_URL, ANTHROPIC_API_KEY, TENOR_ANTHROPIC_MODEL
    TENOR_LOCAL_BASE_URL (default Ollama on 127.0.0.1), TENOR_LOCAL_API_KEY, TENOR_LOCAL_MODEL
    TENOR_LOCAL_CONTEXT_TOKENS (default 4096: the local server's context window; a longer
        transcript is drafted in chunks), TENOR_LOCAL_CONTEXT_HINT=0 (no ``options.num_ctx``)
    TENOR_NOTE_TEMPLATES_DIR   extra/overriding templates (*.toml)

Every line sent to a model provider is first redacted (identifiers replaced by placeholders),
unless ``--no-redact`` says the file is already redacted; the offline drafter reads the file as is.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.core.models import ProcessingMode
from tenor_desktop.notes.draft_note import DraftNote
from tenor_desktop.notes.note_export import flag_summary, to_ehr_text, to_pdf
from tenor_desktop.notes.note_writer import PROVIDERS, NoteWriter
from tenor_desktop.notes.offline_drafter import OfflineDrafter
from tenor_desktop.notes.provider_setup import ModelEndpoints, build_model_clients
from tenor_desktop.notes.providers.base import NoteModelClient
from tenor_desktop.notes.templates import TemplateLibrary
from tenor_desktop.notes.transcript import parse_transcript_text

_ENV_KEYS = {
    "openai_api_key": "OPENAI_API_KEY",
    "anthropic_api_key": "ANTHROPIC_API_KEY",
    "local_api_key": "TENOR_LOCAL_API_KEY",
}


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``tenor note``."""
    parser = subparsers.add_parser("note", help="draft a progress note from a transcript file")
    parser.add_argument("transcript", metavar="TRANSCRIPT", help="'Speaker: text' lines, or -")
    parser.add_argument("--template", default="soap", help="soap, dap, birp, girp, summary, …")
    parser.add_argument("--provider", default="offline", choices=PROVIDERS)
    parser.add_argument("--json", action="store_true", help="print the note as JSON")
    parser.add_argument("--ehr", action="store_true", help="print clean text for an EHR")
    parser.add_argument("--pdf", metavar="FILE", help="also write the note as a PDF")
    parser.add_argument(
        "--local-only", action="store_true", help="refuse providers that run off this computer"
    )
    parser.add_argument(
        "--fallback", action="store_true", help="draft offline if the provider fails"
    )
    parser.add_argument(
        "--stream", action="store_true", help="echo the model's output to stderr as it arrives"
    )
    parser.add_argument(
        "--no-redact",
        action="store_true",
        help="send the text to a model provider without redacting identifiers first",
    )
    parser.add_argument(
        "--no-embeddings",
        action="store_true",
        help="offline drafter: rules only, without the MiniLM sentence encoder",
    )
    parser.set_defaults(handler=run_note)


def _offline_drafter(use_embeddings: bool) -> OfflineDrafter:
    """The offline drafter, with the bundled MiniLM encoder unless disabled or unavailable."""
    if not use_embeddings:
        return OfflineDrafter()
    from tenor_desktop.core.errors import TenorError
    from tenor_desktop.redaction.minilm import MiniLMEncoder

    try:
        encoder = MiniLMEncoder()
    except (TenorError, OSError) as error:
        print(
            f"tenor: sentence encoder unavailable ({type(error).__name__}); rules only.",
            file=sys.stderr,
        )
        return OfflineDrafter()
    return OfflineDrafter(embedder=lambda texts: encoder.encode(list(texts)))


def _clients(env: Mapping[str, str]) -> dict[str, NoteModelClient]:
    def get_secret(name: str) -> str | None:
        return env.get(_ENV_KEYS.get(name, ""))

    return build_model_clients(get_secret, ModelEndpoints.from_env(env))


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError("The transcript file cannot be read as UTF-8 text.") from error


def _print_text(note: DraftNote) -> None:
    print(f"{note.template.upper()} note ({note.provider}{', draft' if note.draft else ''})")
    for section in note.sections:
        print(f"\n{section.title}")
        for statement in section.statements or ():
            mark = "" if statement.supported else "  [unsupported]"
            ids = ",".join(str(i) for i in statement.evidence) or "-"
            print(f"  {statement.text}  [{ids}]{mark}")
        if not section.statements:
            print(f"  {section.text}")
    if note.flags:
        print(f"\nRisk flags: {flag_summary(note.flags)}")


def _identifier_redactor() -> Callable[[str], str]:
    # Privacy by default: a transcript file handed to the CLI may still hold identifiers.
    from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor

    redactor = Redactor(RedactionSettings(), RedactionModels.load(with_encoder=False))
    return lambda text: str(redactor.redact(text).text)


def run_note(args: argparse.Namespace) -> int:
    """Draft the note and print it."""
    lines = parse_transcript_text(_read(args.transcript))
    if not lines:
        raise ValidationError("The transcript is empty.")
    env = os.environ
    user_dir = env.get("TENOR_NOTE_TEMPLATES_DIR")
    templates = TemplateLibrary.with_user_dir(Path(user_dir) if user_dir else None)
    offline = _offline_drafter(args.provider == "offline" and not args.no_embeddings)
    writer = NoteWriter(
        templates,
        clients=_clients(env),
        offline=offline,
        redact=None if args.no_redact or args.provider == "offline" else _identifier_redactor(),
    )
    mode = ProcessingMode.LOCAL_ONLY if args.local_only else ProcessingMode.CLOUD_ALLOWED

    def echo(delta: str) -> None:
        sys.stderr.write(delta)
        sys.stderr.flush()

    on_delta = echo if args.stream else None
    if args.fallback:
        note, error = writer.write_or_fall_back(
            lines,
            template=args.template,
            provider=args.provider,
            processing_mode=mode,
            on_delta=on_delta,
        )
        if error is not None:
            print(f"tenor: {error.message} Drafted offline instead.", file=sys.stderr)
    else:
        note = writer.write(
            lines,
            template=args.template,
            provider=args.provider,
            processing_mode=mode,
            on_delta=on_delta,
        )
    if args.pdf:
        Path(args.pdf).write_bytes(to_pdf(note.sections, heading=f"{note.template.upper()} note"))
    if args.json:
        print(json.dumps(note.to_json_dict(), ensure_ascii=False))
    elif args.ehr:
        sys.stdout.write(to_ehr_text(note.sections))
    else:
        _print_text(note)
    return 0
