"""Push receipts: a retry within a week replays the first answer; week-old ones are pruned."""

from __future__ import annotations

import httpx
from sqlalchemy import create_engine, text

from tenor_server.core.receipts import PRUNE_EVERY_CHANGES
from tests.server.api_helpers import SignedIn, b64, login, new_account
from tests.server.live_server import LiveServer

_DAY_S = 24 * 3600


def _push(http: httpx.Client, account: SignedIn, request_id: str, item_id: str) -> httpx.Response:
    change = {
        "item_id": item_id,
        "kind": "note",
        "base_version": 0,
        "ciphertext": b64(item_id.encode()),
        "wrapped_item_key": b64(b"w" * 40),
        "key_id": "key_1",
    }
    response = http.post(
        "/sync/push",
        headers=account.headers,
        json={"request_id": request_id, "changes": [change]},
    )
    assert response.status_code == 200, response.text
    return response


def _signed_in_again(http: httpx.Client, account: SignedIn) -> SignedIn:
    body = login(http, account.email, account.auth_secret, device_name="laptop").json()
    account.access_token = body["access_token"]
    return account


def _receipt_ids(live_server: LiveServer) -> set[str]:
    engine = create_engine(live_server.settings.database_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT request_id FROM push_receipts")).scalars()
            return {row.removeprefix("push:") for row in rows}
    finally:
        engine.dispose()


def test_week_old_receipts_are_pruned_while_recent_ones_still_replay(
    live_server: LiveServer,
) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        _push(http, account, "old-request", "note_old")
        live_server.clock.advance(8 * _DAY_S)
        account = _signed_in_again(http, account)
        recent = _push(http, account, "recent-request", "note_recent").json()
        assert {"old-request", "recent-request"} <= _receipt_ids(live_server)

        for n in range(PRUNE_EVERY_CHANGES):
            _push(http, account, f"later-request-{n}", f"note_{n}")

        kept = _receipt_ids(live_server)
        assert "old-request" not in kept
        assert "recent-request" in kept
        assert _push(http, account, "recent-request", "note_recent").json() == recent
