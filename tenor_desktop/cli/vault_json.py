"""JSON documents of the vault subcommands (schemas: ``vault_commands``) and clock times."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from tenor_desktop.core.models import Client, Note, Segment, Session
from tenor_desktop.services.vault_service import SessionDetail


def emit(document: dict[str, Any]) -> None:
    """Print one JSON document."""
    print(json.dumps(document, ensure_ascii=False, indent=2))


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def clock_time(milliseconds: int) -> str:
    seconds = milliseconds // 1000
    hours, rest = divmod(seconds, 3600)
    return (
        f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
        if hours
        else f"{rest // 60:02d}:{rest % 60:02d}"
    )


def client_json(client: Client) -> dict[str, Any]:
    """The CLIENT object of the JSON outputs."""
    return {
        "id": client.id,
        "pseudonym": client.pseudonym,
        "processing_mode": client.processing_mode.value,
        "retention": str(client.retention),
        "default_template": client.default_template,
        "created_at": iso(client.created_at),
    }


def session_json(session: Session) -> dict[str, Any]:
    """The SESSION object of the JSON outputs."""
    return {
        "id": session.id,
        "client_id": session.client_id,
        "started_at": iso(session.started_at),
        "ended_at": iso(session.ended_at),
        "duration_ms": session.duration_ms,
        "status": session.status.value,
        "consent_at": iso(session.consent_at),
        "risk_flags": list(session.risk_flags),
        "transcript_deleted_at": iso(session.transcript_deleted_at),
    }


def _segment_json(segment: Segment, detail: SessionDetail) -> dict[str, Any]:
    return {
        "id": segment.id,
        "seq": segment.seq,
        "start_ms": segment.start_ms,
        "end_ms": segment.end_ms,
        "speaker": segment.speaker,
        "speaker_name": detail.speaker_name(segment.speaker),
        "text": segment.text,
        "confidence": segment.confidence,
        "redactions": [
            {"start": mark.start, "end": mark.end, "label": mark.label}
            for mark in segment.redactions
        ],
    }


def _note_json(note: Note) -> dict[str, Any]:
    return {
        "id": note.id,
        "version": note.version,
        "template": note.template,
        "provider": note.provider,
        "draft": note.draft,
        "created_at": iso(note.created_at),
        "sections": [
            {
                "title": s.title,
                "text": s.text,
                "evidence": list(s.evidence),
                "statements": [
                    {"text": t.text, "evidence": list(t.evidence), "supported": t.supported}
                    for t in s.statements
                ],
            }
            for s in note.sections
        ],
        "flags": [{"kind": f.kind, "evidence": list(f.evidence)} for f in note.flags],
    }


def detail_json(detail: SessionDetail) -> dict[str, Any]:
    """The ``show --json`` document."""
    document = session_json(detail.session)
    document["client"] = client_json(detail.client)
    document["speaker_names"] = dict(detail.speaker_names)
    document["segments"] = [_segment_json(segment, detail) for segment in detail.segments]
    document["note"] = None if detail.note is None else _note_json(detail.note)
    return document
