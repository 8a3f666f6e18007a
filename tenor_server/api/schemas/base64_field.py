"""Binary fields travel as standard base64 text in JSON."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

from pydantic import PlainSerializer, PlainValidator, WithJsonSchema


def _decode(value: object) -> bytes:
    if isinstance(value, bytes):
        return value
    if not isinstance(value, str):
        raise ValueError("expected base64 text")
    try:
        return base64.b64decode(value, validate=True)
    except binascii.Error as error:
        raise ValueError("invalid base64") from error


def _encode(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


B64Bytes = Annotated[
    bytes,
    PlainValidator(_decode),
    PlainSerializer(_encode, return_type=str),
    WithJsonSchema({"type": "string", "format": "byte"}),
]
"""Bytes in Python, base64 text on the wire."""
