"""Items: versions, conflicts, tombstones, idempotent retries, cursors, blobs, deletion."""

from __future__ import annotations

import secrets
from pathlib import Path

import httpx

from tests.server.api_helpers import SignedIn, b64, new_account, put_item
from tests.server.live_server import LiveServer


def _pull(http: httpx.Client, account: SignedIn, cursor: int = 0, **params: int) -> httpx.Response:
    return http.get("/items", headers=account.headers, params={"cursor": cursor, **params})


def test_update_with_stale_base_version_gets_409_with_server_copy(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        assert put_item(http, account, "note_a", b"v1").json()["version"] == 1
        assert put_item(http, account, "note_a", b"v2", base_version=1).json()["version"] == 2
        conflict = put_item(http, account, "note_a", b"v2-other", base_version=1)
        assert conflict.status_code == 409
        assert conflict.json()["item"]["version"] == 2
        assert conflict.json()["item"]["ciphertext"] == b64(b"v2")


def test_tombstones_keep_no_content_and_never_resurrect(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        put_item(http, account, "note_b", b"secret-bytes")
        deleted = http.delete(
            "/items/note_b", headers=account.headers, params={"request_id": "del-note-b"}
        )
        assert deleted.status_code == 200
        body = deleted.json()
        assert body["deleted"] is True
        assert body["ciphertext"] is None
        assert body["wrapped_item_key"] is None
        assert body["key_id"] is None
        for base in (0, 1, 2):
            revived = put_item(http, account, "note_b", b"again", base_version=base)
            assert revived.status_code == 409
            assert revived.json()["item"]["deleted"] is True
        content = http.get("/items/note_b/content", headers=account.headers)
        assert content.status_code == 404


def test_retried_request_id_returns_the_first_answer(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        body = {
            "request_id": "push-0001",
            "changes": [
                {
                    "item_id": "ses_1",
                    "kind": "session",
                    "base_version": 0,
                    "ciphertext": b64(b"c1"),
                    "wrapped_item_key": b64(b"w" * 40),
                    "key_id": "key_1",
                }
            ],
        }
        first = http.post("/sync/push", headers=account.headers, json=body)
        second = http.post("/sync/push", headers=account.headers, json=body)
        assert first.status_code == second.status_code == 200
        assert first.json() == second.json()
        assert first.json()["results"][0]["status"] == "applied"
        assert http.get("/items/ses_1", headers=account.headers).json()["version"] == 1


def test_pull_pages_through_changes_in_order_and_stale_cursor_is_410(
    live_server: LiveServer,
) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        for n in range(7):
            put_item(http, account, f"note_{n}", f"c{n}".encode())
        put_item(http, account, "note_0", b"c0-v2", base_version=1)
        seen: list[str] = []
        cursor = 0
        while True:
            page = _pull(http, account, cursor, limit=3).json()
            seen.extend(item["id"] for item in page["items"])
            cursor = page["cursor"]
            if not page["has_more"]:
                break
        assert seen == [f"note_{n}" for n in range(1, 7)] + ["note_0"]
        assert _pull(http, account, cursor).json()["items"] == []
        assert _pull(http, account, cursor + 100).status_code == 410


def test_large_ciphertexts_live_in_blob_storage_and_stream(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        big = secrets.token_bytes(20_000)  # above the test blob threshold of 4096
        assert put_item(http, account, "seg_big", big).status_code == 200
        blobs = [p for p in Path(live_server.blob_dir).rglob("*") if p.is_file()]
        assert [p.read_bytes() for p in blobs] == [big]
        streamed = http.get("/items/seg_big/content", headers=account.headers)
        assert streamed.content == big
        assert put_item(http, account, "seg_big", big[::-1], base_version=1).status_code == 200
        blobs = [p for p in Path(live_server.blob_dir).rglob("*") if p.is_file()]
        assert [p.read_bytes() for p in blobs] == [big[::-1]]  # the old version is gone


def test_account_deletion_removes_every_row_and_blob(live_server: LiveServer) -> None:
    from sqlalchemy import create_engine, inspect, text

    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        keep = new_account(http)
        put_item(http, account, "seg_big", secrets.token_bytes(10_000))
        put_item(http, account, "note_x", b"small")
        put_item(http, keep, "note_keep", b"kept")
        me = http.get("/account", headers=account.headers).json()["id"]
        response = http.post(
            "/account/delete",
            headers=account.headers,
            json={"auth_secret": b64(account.auth_secret)},
        )
        assert response.status_code == 204
        assert http.get("/account", headers=account.headers).status_code == 401
        engine = create_engine(live_server.settings.database_url)
        try:
            with engine.connect() as connection:
                for table in inspect(connection).get_table_names():
                    if table == "alembic_version":
                        continue
                    columns = [c["name"] for c in inspect(connection).get_columns(table)]
                    column = "account_id" if "account_id" in columns else "id"
                    rows = connection.execute(
                        text(f"SELECT action FROM {table} WHERE {column} = :a")
                        if table == "audit_events"
                        else text(f"SELECT 1 FROM {table} WHERE {column} = :a"),
                        {"a": me},
                    ).all()
                    expected = [("account.deleted",)] if table == "audit_events" else []
                    assert [tuple(r) for r in rows] == expected, table
        finally:
            engine.dispose()
        assert [p for p in Path(live_server.blob_dir).rglob("*") if p.is_file()] == []
        assert http.get("/items/note_keep", headers=keep.headers).status_code == 200


def _upload(
    http: httpx.Client, account: SignedIn, item_id: str, data: bytes, base: int, request_id: str
) -> httpx.Response:
    headers = {
        **account.headers,
        "X-Item-Kind": "transcript",
        "X-Key-Id": "key_1",
        "X-Wrapped-Item-Key": b64(b"w" * 40),
        "X-Base-Version": str(base),
        "X-Request-Id": request_id,
        "Content-Type": "application/octet-stream",
    }
    chunks = (data[i : i + 65536] for i in range(0, len(data), 65536))
    return http.put(f"/items/{item_id}/content", headers=headers, content=chunks)


def test_streamed_upload_versions_conflicts_and_retries(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        big = secrets.token_bytes(3 * 1024 * 1024)  # above the 1 MiB inline limit
        first = _upload(http, account, "tr_big", big, 0, "upload-0001")
        assert first.status_code == 200, first.text
        assert first.json()["version"] == 1
        assert first.json()["streamed"] is True
        retry = _upload(http, account, "tr_big", big, 0, "upload-0001")
        assert retry.json() == first.json()
        conflict = _upload(http, account, "tr_big", big[::-1], 0, "upload-0002")
        assert conflict.status_code == 409
        assert http.get("/items/tr_big/content", headers=account.headers).content == big
        blobs = [p for p in Path(live_server.blob_dir).rglob("*") if p.is_file()]
        assert [p.read_bytes() == big for p in blobs] == [True]  # no orphaned uploads
