"""Device-side account flows: password change re-wraps the key; weak server KDF is refused."""

from __future__ import annotations

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tenor_desktop.sync.account import change_password, login_account, register_account
from tenor_desktop.sync.api_client import SyncApiClient
from tenor_desktop.sync.errors import AuthenticationFailed, WeakKdfParameters
from tests.server.live_server import cheap_settings, database_url, run_server


def test_password_change_keeps_the_account_key_and_ends_other_sessions(tmp_path: Path) -> None:
    with (
        database_url("sqlite", tmp_path) as url,
        run_server(cheap_settings(url, tmp_path)) as server,
    ):
        laptop = SyncApiClient(server.base_url)
        desktop = SyncApiClient(server.base_url)
        account = register_account(laptop, "pw@example.org", "old password", device_name="l")
        login_account(desktop, "pw@example.org", "old password", device_name="d")
        change_password(laptop, account, "old password", "new password", end_other_sessions=True)
        with pytest.raises(AuthenticationFailed):
            desktop.devices()  # signed out by the change
        again = login_account(desktop, "pw@example.org", "new password", device_name="d")
        assert again.account_key == account.account_key
        with pytest.raises(AuthenticationFailed):
            login_account(desktop, "pw@example.org", "old password", device_name="d")
        laptop.close()
        desktop.close()


def test_client_refuses_weak_kdf_parameters_from_a_malicious_server() -> None:
    paths: list[str] = []

    class MaliciousServer(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

        def do_POST(self) -> None:
            paths.append(self.path)
            salt = base64.b64encode(b"s" * 16).decode()
            body = json.dumps(
                {"salt": salt, "memory_kib": 1024, "iterations": 1, "parallelism": 1}
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), MaliciousServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        api = SyncApiClient(f"http://127.0.0.1:{server.server_address[1]}")
        with pytest.raises(WeakKdfParameters):
            login_account(api, "a@example.org", "password", device_name="d")
        api.close()
    finally:
        server.shutdown()
        server.server_close()
    assert paths == ["/auth/params"]  # nothing derived from the password was ever sent
