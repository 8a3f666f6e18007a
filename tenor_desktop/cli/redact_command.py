"""CLI: ``tenor redact`` (registered by ``tenor_desktop.cli``).

``tenor redact [FILE|-] [--json] [--no-phi] [--topics CAT,...|none]`` and
``tenor redact --jsonl FILE``. Offsets in JSON output are into the input text.
Without ``--topics`` every built-in topic category is redacted.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.core.settings import TOPIC_CATEGORIES

if TYPE_CHECKING:  # the redaction package pulls in spaCy: import it only when redacting
    from tenor_desktop.redaction import RedactionResult, Redactor


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add this module's subcommands; each sets ``handler`` to a function(args) -> exit code."""
    parser = subparsers.add_parser(
        "redact", help="remove identifiers and sensitive topics from a transcript (offline)"
    )
    parser.add_argument("file", nargs="?", default="-", help="text file, or - for stdin")
    parser.add_argument("--json", action="store_true", help="print text, spans and topics as JSON")
    parser.add_argument(
        "--no-phi", action="store_true", help="keep identifiers, redact topics only"
    )
    parser.add_argument(
        "--topics",
        default=",".join(TOPIC_CATEGORIES),
        help="comma-separated topic categories to redact, or 'none' (default: all)",
    )
    parser.add_argument(
        "--jsonl", metavar="FILE", help='batch: lines {"id","text"} in, results out'
    )
    parser.set_defaults(handler=run_redact)


def _parse_topics(value: str) -> frozenset[str]:
    if value.strip().lower() in ("", "none"):
        return frozenset()
    topics = frozenset(part.strip().upper() for part in value.split(",") if part.strip())
    unknown = topics - set(TOPIC_CATEGORIES)
    if unknown:
        raise ValidationError(f"Unknown topic categories: {', '.join(sorted(unknown))}.")
    return topics


def _read_text(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        # The path may carry a client's name: the message names the error kind only.
        raise ValidationError(f"The input file cannot be read ({type(error).__name__}).") from None


def result_to_json(result: RedactionResult) -> dict[str, Any]:
    """The documented JSON shape: redacted text, spans and topics (offsets into the input)."""
    return {
        "text": result.text,
        "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in result.spans],
        "topics": [{"start": t.start, "end": t.end, "category": t.category} for t in result.topics],
    }


def run_redact(args: argparse.Namespace) -> int:
    """Handler of ``tenor redact``."""
    from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor

    settings = RedactionSettings(phi_enabled=not args.no_phi, topics=_parse_topics(args.topics))
    models = RedactionModels.load(with_ner=settings.phi_enabled, with_encoder=bool(settings.topics))
    redactor = Redactor(settings, models)
    if args.jsonl:
        return _run_batch(redactor, args.jsonl)
    result = redactor.redact(_read_text(args.file))
    if args.json:
        print(json.dumps(result_to_json(result), ensure_ascii=False))
    else:
        sys.stdout.write(result.text)
        if not result.text.endswith("\n"):
            sys.stdout.write("\n")
    return 0


def _run_batch(redactor: Redactor, path: str) -> int:
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            item_id, text = item["id"], item["text"]
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise ValidationError(
                f"Line {number} of the batch file is not {{id, text}} JSON."
            ) from error
        if not isinstance(text, str):
            raise ValidationError(f"Line {number} of the batch file has a non-text 'text'.")
        output = {"id": item_id, **result_to_json(redactor.redact(text))}
        print(json.dumps(output, ensure_ascii=False))
    return 0
