"""``tenor-server`` as users run it: a subprocess serving HTTPS with uvicorn's TLS options."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def _self_signed(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_server_command_serves_https_with_hsts(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = (tmp_path / "server.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from tenor_server.main import main; sys.exit(main(sys.argv[1:]))",
            "--database",
            f"sqlite:///{tmp_path / 'server.db'}",
            "--blob-dir",
            str(tmp_path / "blobs"),
            "--port",
            str(port),
            "--ssl-certfile",
            str(cert),
            "--ssl-keyfile",
            str(key),
        ],
        stdout=log,
        stderr=log,
    )
    context = ssl.create_default_context(cafile=str(cert))
    try:
        response = None
        for _ in range(400):
            try:
                response = httpx.get(f"https://127.0.0.1:{port}/health", verify=context)
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        assert response is not None, (tmp_path / "server.log").read_text()
        assert response.status_code == 200
        assert response.headers["strict-transport-security"].startswith("max-age=")
        assert "server" not in response.headers  # no software banner
        assert (tmp_path / "server.db").exists()  # migrated at start-up
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def test_worker_processes_serve_and_log_route_templates(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log_path = tmp_path / "server.log"
    log = log_path.open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from tenor_server.main import main; sys.exit(main(sys.argv[1:]))",
            "--database",
            f"sqlite:///{tmp_path / 'server.db'}",
            "--blob-dir",
            str(tmp_path / "blobs"),
            "--port",
            str(port),
            "--workers",
            "2",
        ],
        stdout=log,
        stderr=log,
    )
    try:
        response = None
        for _ in range(400):
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/items", params={"cursor": 7})
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        assert response is not None, log_path.read_text()
        assert response.status_code == 401  # served by a worker: routes and auth are there
        for _ in range(50):
            if "GET /items 401" in log_path.read_text():
                break
            time.sleep(0.1)
        text = log_path.read_text()
        assert "GET /items 401" in text  # workers log like a single process
        assert "cursor" not in text
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
