"""The background loop: rounds happen, failures back off, recovery resets the backoff."""

from __future__ import annotations

import threading

from tenor_desktop.sync.background import BackgroundSync
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
        delivered = threading.Event()

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
            proxy.plan.offline = False
            assert delivered.wait(10)
        finally:
            loop.stop()
    assert loop.failures == 0
    assert errors and all("reached" in e.message for e in errors)
    receiver.engine.sync()
    assert receiver.store.records["note_bg"].payload == b"queued while offline"
