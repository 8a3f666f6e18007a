"""Tenor desktop: record, transcribe, redact and note therapy sessions, offline and encrypted."""

__version__ = "0.1.0"
