"""Binary fields travel as standard base64 text in JSON."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Any

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


def sized_b64(min_bytes: int, max_bytes: int) -> Any:
    """Base64 bytes whose decoded length must lie in ``[min_bytes, max_bytes]``."""

    def decode_sized(value: object) -> bytes:
        data = _decode(value)
        if not min_bytes <= len(data) <= max_bytes:
            raise ValueError(f"must decode to {min_bytes}..{max_bytes} bytes")
        return data

    return Annotated[
        bytes,
        PlainValidator(decode_sized),
        PlainSerializer(_encode, return_type=str),
        WithJsonSchema(
            {
                "type": "string",
                # No "format" and no minLength/maxLength: generators would build base64 first
                # and filter by the pattern, which almost never matches. Lengths live in it.
                "pattern": (
                    rf"^(?:[A-Za-z0-9+/]{{4}}){{{min_bytes // 3},{max_bytes // 3}}}"
                    r"(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"
                ),
            }
        ),
    ]


B64Bytes = Annotated[
    bytes,
    PlainValidator(_decode),
    PlainSerializer(_encode, return_type=str),
    WithJsonSchema({"type": "string", "format": "byte"}),
]
"""Bytes in Python, base64 text on the wire."""
