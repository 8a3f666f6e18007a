"""The background loop: rounds happen, failures back off, recovery resets the backoff."""

from __future__ import annotations

import threading

from tenor_desktop.core.clock import ManualClock
from tenor_desktop.sync.background import BackgroundStatus, BackgroundSync
from tenor_desktop.sync.engine import SyncReport
from tenor_desktop.sync.errors import SyncError
from tests.server.live_server import LiveServer
from tests.sync.conftest import DeviceFactory
from tests.sync.fault_proxy import FaultPlan, FaultProxy


def test_background_sync_delivers_and_backs_off_while_offline(
    make_device: DeviceFactory, sync_server: LiveServer
) -> None:
    receiver = make_device("receiver")
    with FaultProxy(sync_server.base_url, FaultPlan()) as proxy:
        sender = make_device("sender", base_url=proxy.base_url)
        key_id = sender.store.add_client("cli_1")
        reports: list[SyncReport] = []
        errors: list[SyncError] = []
        statuses: list[BackgroundStatus] = []
        delivered = threading.Event()
        clock = ManualClock()

        def on_report(report: SyncReport) -> None:
            reports.append(report)
            if report.pushed:
                delivered.set()

        loop = BackgroundSync(
            sender.engine,
            interval_s=0.05,
            max_backoff_s=0.2,
            on_report=on_report,
            on_error=errors.append,
            on_status=statuses.append,
            clock=clock,
        )
        proxy.plan.offline = True
        loop.start()
        try:
            sender.store.put("note_bg", "note", key_id, b"queued while offline")
            loop.sync_now()
            for _ in range(200):
                if loop.failures >= 3:
                    break
                threading.Event().wait(0.02)
            assert loop.failures >= 3
            assert loop.next_delay() == 0.2  # capped backoff
            offline = loop.status()
            assert offline.running and offline.last_success_at is None
            assert offline.error == "Can't reach the sync server. Changes are kept and sent later."
            assert offline.pending is not None and offline.pending >= 1  # the note waits
            proxy.plan.offline = False
            assert delivered.wait(10)
        finally:
            loop.stop()
    assert loop.failures == 0
    assert errors and all("reached" in e.message for e in errors)
    final = loop.status()
    assert not final.running
    assert (final.last_success_at, final.pending, final.error) == (clock.now(), 0, None)
    assert any(status.syncing for status in statuses)
    # Status sentences are fixed: no item id, key id or content ever reaches them.
    texts = " ".join(status.error or "" for status in statuses)
    assert "note_bg" not in texts and key_id not in texts and "queued" not in texts
    receiver.engine.sync()
    assert receiver.store.records["note_bg"].payload == b"queued while offline"
