"""Release signing: IT's verification script and Authenticode, with throwaway test keys."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

ROOT = Path(__file__).resolve().parents[2]
VERIFY = ROOT / "build_spec" / "verify-bundle.sh"
SIGN_EXE = ROOT / "build_spec" / "windows" / "sign-authenticode.sh"


def _fake_dist(tmp_path: Path) -> tuple[Path, Path]:
    dist = tmp_path / "dist"
    (dist / "tenor" / "_internal").mkdir(parents=True)
    (dist / "tenor" / "tenor").write_bytes(b"\x7fELF pretend binary")
    (dist / "tenor" / "_internal" / "model.bin").write_bytes(bytes(range(256)) * 64)
    lines = []
    for path in sorted((dist / "tenor").rglob("*")):
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            lines.append(f"{digest}  {path.relative_to(dist)}\n")
    (dist / "SHA256SUMS").write_text("".join(lines))
    key, pub = tmp_path / "test.key", dist / "tenor-signing.pub"
    subprocess.run(["minisign", "-G", "-W", "-s", key, "-p", pub], check=True, capture_output=True)
    subprocess.run(
        ["minisign", "-S", "-s", key, "-m", dist / "SHA256SUMS"], check=True, capture_output=True
    )
    return dist, pub


def _verify(dist: Path, pub: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", VERIFY, dist, pub], capture_output=True, text=True)


def test_verify_script_accepts_an_intact_signed_bundle(tmp_path: Path) -> None:
    dist, pub = _fake_dist(tmp_path)
    result = _verify(dist, pub)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK" in result.stdout


def test_verify_script_rejects_a_modified_file(tmp_path: Path) -> None:
    dist, pub = _fake_dist(tmp_path)
    (dist / "tenor" / "_internal" / "model.bin").write_bytes(b"tampered")
    result = _verify(dist, pub)
    assert result.returncode != 0 and "CHECKSUM MISMATCH" in result.stdout


def test_verify_script_rejects_a_rewritten_checksum_list(tmp_path: Path) -> None:
    dist, pub = _fake_dist(tmp_path)
    sums = dist / "SHA256SUMS"
    sums.write_text(sums.read_text().replace("tenor/tenor", "tenor/tenor ", 1))
    result = _verify(dist, pub)
    assert result.returncode != 0 and "SIGNATURE INVALID" in result.stdout


def _test_certificate(tmp_path: Path) -> tuple[Path, Path]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Tenor Test Code Signing")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    p12 = tmp_path / "test.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"tenor-test", key, cert, None, serialization.NoEncryption()
        )
    )
    pem = tmp_path / "test-ca.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return p12, pem


def _windows_executable(tmp_path: Path) -> Path:
    # pip vendors small Windows launcher executables: a real PE file to sign.
    import pip

    source = Path(pip.__file__).parent / "_vendor" / "distlib" / "t64.exe"
    if not source.exists():
        pytest.fail("pip's distlib t64.exe launcher is missing; cannot test Authenticode")
    target = tmp_path / "tenor.exe"
    shutil.copy(source, target)
    return target


def test_authenticode_signature_verifies_and_detects_tampering(tmp_path: Path) -> None:
    p12, ca = _test_certificate(tmp_path)
    exe = _windows_executable(tmp_path)
    signed = tmp_path / "tenor-signed.exe"
    subprocess.run(["bash", SIGN_EXE, exe, signed, p12], check=True, capture_output=True)
    ok = subprocess.run(
        ["osslsigncode", "verify", "-CAfile", ca, "-in", signed], capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    data = bytearray(signed.read_bytes())
    data[200] ^= 0xFF  # inside the signed headers
    tampered = tmp_path / "tenor-tampered.exe"
    tampered.write_bytes(bytes(data))
    bad = subprocess.run(
        ["osslsigncode", "verify", "-CAfile", ca, "-in", tampered], capture_output=True, text=True
    )
    assert bad.returncode != 0
