"""CLI: ``tenor transcribe AUDIO`` (registered by ``tenor_desktop.cli``).

The recording is decoded into memory, never copied; the original is deleted only with
``--delete-original``, and only after the transcript was produced. The decoded samples are
zeroed before the command returns.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from tenor_desktop.transcription.errors import TranscriptionError
from tenor_desktop.transcription.file_transcription import FileTranscript
from tenor_desktop.transcription.protocol import Pcm

_DEEPGRAM_KEY_ENV = "TENOR_DEEPGRAM_API_KEY"
_DEEPGRAM_URL_ENV = "TENOR_DEEPGRAM_URL"


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``transcribe``; it sets ``handler`` to a function(args) -> exit code."""
    parser = subparsers.add_parser(
        "transcribe",
        help="transcribe an audio file (offline by default)",
        description="Transcribe a wav/flac/mp3/m4a/ogg recording. The file is read into memory"
        " only; it is left untouched unless --delete-original is given.",
    )
    parser.add_argument("audio", metavar="AUDIO", type=Path, help="the recording")
    parser.add_argument("--engine", choices=("offline", "deepgram"), default="offline")
    parser.add_argument("--model", choices=("tiny", "base"), default="tiny")
    parser.add_argument("--threads", type=int, default=2, help="CPU threads (offline engine)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--delete-original",
        action="store_true",
        help="delete the audio file after it was transcribed",
    )
    parser.set_defaults(handler=run_transcribe)


def run_transcribe(args: argparse.Namespace) -> int:
    """Handler of ``tenor transcribe``."""
    from tenor_desktop.transcription.file_audio import decode_audio_file

    path: Path = args.audio
    audio = decode_audio_file(path)
    try:
        if args.engine == "deepgram":
            transcript = _transcribe_deepgram(audio)
        else:
            from tenor_desktop.transcription.file_transcription import transcribe_pcm

            transcript = transcribe_pcm(audio, model=args.model, cpu_threads=max(1, args.threads))
    finally:
        audio.fill(0.0)
    if args.json:
        print(json.dumps(transcript_to_json(transcript), ensure_ascii=False))
    else:
        for segment in transcript.segments:
            stamp = f"[{_clock(segment.start_ms)} - {_clock(segment.end_ms)}]"
            print(f"{stamp} {segment.speaker}: {segment.text}")
    if args.delete_original:
        path.unlink()
    return 0


def transcript_to_json(transcript: FileTranscript) -> dict[str, Any]:
    """The documented ``--json`` schema (times in seconds)."""
    return {
        "segments": [
            {
                "start": round(s.start_ms / 1000, 3),
                "end": round(s.end_ms / 1000, 3),
                "speaker": s.speaker,
                "text": s.text,
            }
            for s in transcript.segments
        ],
        "engine": transcript.engine,
        "model": transcript.model,
        "audio_seconds": round(transcript.audio_seconds, 3),
        "processing_seconds": round(transcript.processing_seconds, 3),
    }


def _clock(ms: int) -> str:
    minutes, rest = divmod(ms, 60_000)
    return f"{minutes:02d}:{rest / 1000:04.1f}"


def _deepgram_api_key() -> str:
    key = os.environ.get(_DEEPGRAM_KEY_ENV, "")
    if key:
        return key
    from tenor_desktop.security.secrets import DEFAULT_SERVICE, system_keyring

    backend = system_keyring()
    stored = backend.get_password(DEFAULT_SERVICE, "deepgram_api_key") if backend else None
    if not stored:
        raise TranscriptionError(
            f"Deepgram needs an API key: set {_DEEPGRAM_KEY_ENV} or store it in Settings."
        )
    return str(stored)


def _transcribe_deepgram(audio: Pcm) -> FileTranscript:
    """Stream the recording through the Deepgram live engine."""
    try:
        from tenor_desktop.transcription.deepgram_settings import DeepgramSettings
        from tenor_desktop.transcription.deepgram_transcriber import DeepgramTranscriber
    except ImportError as error:
        raise TranscriptionError(
            "The Deepgram engine is not available in this build; use --engine offline."
        ) from error
    from tenor_desktop.transcription.file_transcription import transcribe_with_engine

    url = os.environ.get(_DEEPGRAM_URL_ENV)
    settings = DeepgramSettings(base_url=url) if url else DeepgramSettings()
    key = _deepgram_api_key()
    engine = DeepgramTranscriber(lambda: key, settings)
    try:
        return transcribe_with_engine(audio, engine, model=settings.model)
    finally:
        engine.close()
