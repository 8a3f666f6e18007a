"""Known-answer and tamper tests for the account KDF and the item envelope."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from tenor_desktop.sync.envelope import (
    Envelope,
    associated_data,
    open_item,
    seal_item,
    unwrap_account_key,
    wrap_account_key,
)
from tenor_desktop.sync.errors import CryptoError, WeakKdfParameters
from tenor_desktop.sync.kdf import KdfParameters, derive_account_secrets

NOTE = b"SOAP: client reports better sleep."
CLIENT_KEY = bytes(range(32))


def _counting_random() -> object:
    counter = itertools.count()
    return lambda n: bytes([next(counter) % 256]) * n


def test_argon2id_matches_rfc_9106_vector() -> None:
    # RFC 9106 section 5.3: the primitive under our KDF is the standard Argon2id.
    tag = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    ).derive(b"\x01" * 32)
    assert tag.hex() == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"


def test_account_kdf_known_answer() -> None:
    secrets_ = derive_account_secrets(
        "correct horse battery staple", KdfParameters(salt=bytes(range(16)))
    )
    assert secrets_.master_key.hex() == (
        "2f1d3c77dd3ae46c3d22345666895895e3797585d0be6137042569fe66571a84"
    )
    assert secrets_.auth_secret.hex() == (
        "68fef367323c7cbcc7cb69bcb4be32630f355176aad88b4eee1220151fc664bc"
    )


@pytest.mark.parametrize(
    "params",
    [
        KdfParameters(salt=bytes(16), memory_kib=64 * 1024 - 1),
        KdfParameters(salt=bytes(16), iterations=2),
        KdfParameters(salt=bytes(8)),
        KdfParameters(salt=bytes(16), memory_kib=64 * 1024 * 1024),
        KdfParameters(salt=bytes(16), parallelism=0),
    ],
)
def test_kdf_refuses_parameters_outside_the_bounds(params: KdfParameters) -> None:
    with pytest.raises(WeakKdfParameters):
        derive_account_secrets("pw", params)


def test_envelope_known_answer() -> None:
    envelope = seal_item(
        NOTE,
        item_id="note_1",
        kind="note",
        version=3,
        key_id="ck_1",
        wrapping_key=CLIENT_KEY,
        random_bytes=_counting_random(),  # type: ignore[arg-type]
    )
    assert envelope.ciphertext.hex() == (
        "01010101010101010101010101260f823a40a91b910bd38af29b5d1919d31798282f8450427bd063908c"
        "83c289f006c92c40a1d46e05ea7dfd684a6927b6a6"
    )
    assert envelope.wrapped_item_key.hex() == (
        "010202020202020202020202029b2819bbb9d9315bcb85a2f83379da131ce9af6c945478f1425ed10377"
        "6b49c2a53f28ae3fa64cd6ab99da0d50f8662b"
    )
    # Independent check of the layout with the primitive alone: item key 00.., nonce 01...
    ad = associated_data("note_1", "note", 3, "ck_1")
    body = AESGCM(b"\x00" * 32).decrypt(b"\x01" * 12, envelope.ciphertext[13:], ad)
    assert body == NOTE
    assert (
        open_item(envelope, item_id="note_1", kind="note", version=3, wrapping_key=CLIENT_KEY)
        == NOTE
    )


@pytest.mark.parametrize(
    ("item_id", "kind", "version"),
    [("note_2", "note", 3), ("note_1", "session", 3), ("note_1", "note", 2)],
)
def test_envelope_moved_to_another_item_kind_or_version_fails(
    item_id: str, kind: str, version: int
) -> None:
    envelope = seal_item(
        NOTE, item_id="note_1", kind="note", version=3, key_id="ck_1", wrapping_key=CLIENT_KEY
    )
    with pytest.raises(CryptoError):
        open_item(envelope, item_id=item_id, kind=kind, version=version, wrapping_key=CLIENT_KEY)


def test_envelope_with_swapped_key_id_flipped_bit_or_wrong_key_fails() -> None:
    envelope = seal_item(
        NOTE, item_id="n", kind="note", version=1, key_id="ck_1", wrapping_key=CLIENT_KEY
    )
    tampered = bytearray(envelope.ciphertext)
    tampered[-1] ^= 1
    for candidate, key in (
        (replace(envelope, key_id="ck_2"), CLIENT_KEY),
        (replace(envelope, ciphertext=bytes(tampered)), CLIENT_KEY),
        (envelope, bytes(32)),
        (Envelope(b"\x01", envelope.wrapped_item_key, "ck_1"), CLIENT_KEY),
    ):
        with pytest.raises(CryptoError) as error:
            open_item(candidate, item_id="n", kind="note", version=1, wrapping_key=key)
        assert "SOAP" not in error.value.message


def test_each_seal_uses_a_fresh_item_key_and_nonce() -> None:
    first = seal_item(
        NOTE, item_id="n", kind="note", version=1, key_id="k", wrapping_key=CLIENT_KEY
    )
    second = seal_item(
        NOTE, item_id="n", kind="note", version=1, key_id="k", wrapping_key=CLIENT_KEY
    )
    assert first.ciphertext != second.ciphertext
    assert first.wrapped_item_key != second.wrapped_item_key


def test_account_key_wrap_round_trip_and_wrong_master_key() -> None:
    wrapped = wrap_account_key(b"m" * 32, b"a" * 32)
    assert unwrap_account_key(b"m" * 32, wrapped) == b"a" * 32
    with pytest.raises(CryptoError):
        unwrap_account_key(b"x" * 32, wrapped)
