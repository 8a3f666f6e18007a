"""Background sync in the window: two devices against a real tenor_server on loopback (SQLite).

An edit on one device appears in the other device's UI after a sync round; the indicator shows
synced / offline with changes waiting; background rounds never postpone the idle lock, and the
sync worker is stopped when the window locks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from tenor_desktop.app import build_ui_context
from tenor_desktop.core.clock import ManualClock
from tenor_desktop.core.models import ProcessingMode
from tenor_desktop.security.policy import ManagedPolicy
from tenor_desktop.services.import_service import ImportService
from tenor_desktop.services.sync_status import SyncPhase, SyncStatus
from tenor_desktop.ui.shell import TenorWindow
from tenor_desktop.ui.sync_dialog import SyncSignInDialog
from tests.server.live_server import cheap_settings, database_url, run_server
from tests.ui.conftest import PASSPHRASE, visible_text
from tests.ui.test_workspace_flows import TRANSCRIPT

ACCEPTED = QDialog.DialogCode.Accepted.value
EMAIL = "clinic@example.org"
ACCOUNT_PASSWORD = "a long account password 91"
ROUND_TIMEOUT_MS = 60_000


@pytest.fixture
def devices(qtbot, tmp_path: Path, clock: ManualClock) -> Iterator[Callable[..., TenorWindow]]:  # type: ignore[no-untyped-def]
    """Windows on separate vault directories (separate devices), closed at the end."""
    windows: list[TenorWindow] = []

    def make(name: str, interval_s: float = 3600.0) -> TenorWindow:
        context = build_ui_context(tmp_path / name, clock=clock, policy=ManagedPolicy())
        context.sync_interval_s = interval_s
        window = TenorWindow(context)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        window.first_run.passphrase.setText(PASSPHRASE)
        window.first_run.confirm.setText(PASSPHRASE)
        window.first_run.create_button.click()
        qtbot.waitUntil(lambda: window.workspace_service is not None, timeout=30_000)
        return window

    yield make
    for window in windows:
        window.runner.wait()
        window.close()  # locks: stops the sync worker and detaches the idle filter


def fill_sign_in(monkeypatch, server_url: str, *, create: bool) -> None:  # type: ignore[no-untyped-def]
    """The sign-in dialog is answered with the test account."""

    def fill(dialog: SyncSignInDialog) -> int:
        dialog.server.setText(server_url)
        dialog.email.setText(EMAIL)
        dialog.password.setText(ACCOUNT_PASSWORD)
        dialog.new_account.setChecked(create)
        return ACCEPTED

    monkeypatch.setattr(SyncSignInDialog, "exec", fill)


def sign_in(qtbot, window: TenorWindow, server_url: str, monkeypatch, *, create: bool) -> None:  # type: ignore[no-untyped-def]
    fill_sign_in(monkeypatch, server_url, create=create)
    window.sync.indicator.sync_now_button.click()  # signed out: the button offers sign-in
    qtbot.waitUntil(lambda: window.sync.session is not None, timeout=ROUND_TIMEOUT_MS)


def synced_round(qtbot, window: TenorWindow) -> None:  # type: ignore[no-untyped-def]
    """Press "Sync now" and wait for the round it asked for to finish."""
    qtbot.waitUntil(lambda: window.sync.indicator.sync_now_button.isEnabled(), timeout=30_000)
    seen: list[object] = []
    window.sync.status_arrived.connect(seen.append)
    window.sync.indicator.sync_now_button.click()
    qtbot.waitUntil(
        lambda: any(getattr(s, "phase", None) is SyncPhase.SYNCED for s in seen),
        timeout=ROUND_TIMEOUT_MS,
    )


def sync_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "tenor-sync" and t.is_alive()]


def test_an_edit_on_one_device_shows_in_the_other_window(
    qtbot, devices, tmp_path, monkeypatch
) -> None:
    with ExitStack() as stack:
        url = stack.enter_context(database_url("sqlite", tmp_path))
        server = stack.enter_context(run_server(cheap_settings(url, tmp_path)))
        first, second = devices("device-a"), devices("device-b")
        assert "Sync off" in first.sync.indicator.label.text()
        sign_in(qtbot, first, server.base_url, monkeypatch, create=True)
        sign_in(qtbot, second, server.base_url, monkeypatch, create=False)

        # Device A records a client and a session.
        service = first.workspace_service
        client = service.add_client("Juniper", processing_mode=ProcessingMode.LOCAL_ONLY)
        source = tmp_path / "session.txt"
        source.write_text(TRANSCRIPT)
        imported = ImportService(service.vault).import_file(source, client_pseudonym="Juniper")
        synced_round(qtbot, first)
        assert first.sync.last_status.pending == 0
        assert "Synced" in first.sync.indicator.label.text()

        # Device B receives it in its sidebar, then shows the session.
        synced_round(qtbot, second)
        qtbot.waitUntil(lambda: "Juniper" in visible_text(second.workspace.sidebar), timeout=5000)
        assert second.sync.refreshes >= 1
        second.controller.select_client(client.id, select_session=str(imported.session_id))
        second.controller.select_session(str(imported.session_id))
        assert "Juniper" in second.workspace.session.header.text()

        # An edit on A (the client's new pseudonym) replaces the old one in B's open views.
        service.update_client(client.id, pseudonym="Rowan")
        synced_round(qtbot, first)
        synced_round(qtbot, second)
        qtbot.waitUntil(lambda: "Rowan" in second.workspace.session.header.text(), timeout=5000)
        everything = visible_text(second.workspace)
        assert "Rowan" in everything and "Juniper" not in everything

        # The server goes away: A says offline and counts the change it keeps for later.
        stack.close()
        service.add_client("Alder", processing_mode=ProcessingMode.LOCAL_ONLY)
        qtbot.waitUntil(lambda: first.sync.indicator.sync_now_button.isEnabled(), timeout=30_000)
        first.sync.indicator.sync_now_button.click()
        qtbot.waitUntil(
            lambda: first.sync.last_status.phase is SyncPhase.OFFLINE, timeout=ROUND_TIMEOUT_MS
        )
    text = first.sync.indicator.label.text()
    assert "Offline" in text and "waiting" in text and "last synced" in text
    assert (first.sync.last_status.pending or 0) >= 1
    assert "Alder" not in text and "Rowan" not in text  # counts only, never names
    assert "sync server" in first.sync.indicator.label.toolTip()


def test_background_rounds_never_postpone_the_idle_lock(
    qtbot, devices, tmp_path, monkeypatch, clock
) -> None:
    with ExitStack() as stack:
        url = stack.enter_context(database_url("sqlite", tmp_path))
        server = stack.enter_context(run_server(cheap_settings(url, tmp_path)))
        writer = devices("device-a")
        reader = devices("device-b", interval_s=0.2)  # background rounds on the timer
        sign_in(qtbot, writer, server.base_url, monkeypatch, create=True)
        sign_in(qtbot, reader, server.base_url, monkeypatch, create=False)
        reader.idle.policy.record_activity()
        clock.advance(31 * 60)  # past the 30-minute timeout, with no input since

        # Rounds keep running and even refresh the workspace with another device's change...
        writer.workspace_service.add_client("Juniper", processing_mode=ProcessingMode.LOCAL_ONLY)
        synced_round(qtbot, writer)
        rounds: list[object] = []
        reader.sync.status_arrived.connect(rounds.append)
        qtbot.waitUntil(lambda: reader.sync.refreshes >= 1, timeout=ROUND_TIMEOUT_MS)
        qtbot.waitUntil(lambda: len(rounds) >= 6, timeout=ROUND_TIMEOUT_MS)
        assert "Juniper" in visible_text(reader.workspace.sidebar)
        assert len(sync_threads()) == 2

        # ...but none of it counted as activity: the idle check locks at once.
        reader.idle.check()
        assert reader.is_locked
        assert reader.sync.session is None
        assert "Juniper" not in visible_text(reader.workspace)
        assert len(sync_threads()) == 1  # only the writer's worker is left


def test_content_is_off_the_screen_before_lock_waits_for_a_sync_round(
    qtbot, make_window, monkeypatch
) -> None:
    from tests.ui.conftest import create_vault

    window = make_window()
    create_vault(qtbot, window)
    client = window.workspace_service.add_client("Juniper")
    window.controller.refresh_clients(select=client.id)
    window.controller.select_client(client.id)
    assert "Juniper" in visible_text(window.workspace)
    seen_while_waiting: list[tuple[bool, str]] = []
    stop = window.sync.stop

    def slow_stop() -> None:  # what the screen holds while a round in flight is awaited
        seen_while_waiting.append(
            (window.stack.currentWidget() is window.unlock_screen, visible_text(window.workspace))
        )
        stop()

    monkeypatch.setattr(window.sync, "stop", slow_stop)
    window.lock()
    assert len(seen_while_waiting) == 1
    unlock_shown, workspace_text = seen_while_waiting[0]
    assert unlock_shown and "Juniper" not in workspace_text


def test_an_unexpected_failure_shows_a_problem_and_rounds_go_on(
    qtbot, devices, tmp_path, monkeypatch
) -> None:
    from tenor_desktop.sync.engine import SyncEngine

    with ExitStack() as stack:
        url = stack.enter_context(database_url("sqlite", tmp_path))
        server = stack.enter_context(run_server(cheap_settings(url, tmp_path)))
        window = devices("device-a", interval_s=0.2)
        sign_in(qtbot, window, server.base_url, monkeypatch, create=True)
        real_sync = SyncEngine.sync
        failures = [1]

        def failing_once(engine: SyncEngine):  # type: ignore[no-untyped-def]
            if failures:
                failures.pop()
                raise RuntimeError("a bug, not a sync error")
            return real_sync(engine)

        monkeypatch.setattr(SyncEngine, "sync", failing_once)
        seen: list[SyncPhase] = []
        messages: list[str] = []

        def arrived(status: SyncStatus) -> None:
            seen.append(status.phase)
            messages.append(status.message)

        window.sync.status_arrived.connect(arrived)
        qtbot.waitUntil(lambda: SyncPhase.ERROR in seen, timeout=ROUND_TIMEOUT_MS)
        assert (
            messages[seen.index(SyncPhase.ERROR)]
            == "Sync failed unexpectedly; Tenor will try again."
        )
        qtbot.waitUntil(
            lambda: seen[seen.index(SyncPhase.ERROR) :].count(SyncPhase.SYNCED) >= 1,
            timeout=ROUND_TIMEOUT_MS,
        )
        assert len(sync_threads()) == 1  # the worker survived


def test_an_ended_sign_in_turns_the_button_into_sign_in_again(
    qtbot, devices, tmp_path, monkeypatch
) -> None:
    with ExitStack() as stack:
        url = stack.enter_context(database_url("sqlite", tmp_path))
        server = stack.enter_context(run_server(cheap_settings(url, tmp_path)))
        window = devices("device-a")
        sign_in(qtbot, window, server.base_url, monkeypatch, create=True)
        synced_round(qtbot, window)
        first_session = window.sync.session
        server.clock.advance(31 * 24 * 3600)  # past the refresh token's lifetime
        window.sync.indicator.sync_now_button.click()
        qtbot.waitUntil(lambda: window.sync.last_status.needs_sign_in, timeout=ROUND_TIMEOUT_MS)
        assert window.sync.last_status.phase is SyncPhase.ERROR
        assert window.sync.indicator.sync_now_button.text() == "Sign in again…"
        assert "Sign in again" in window.sync.indicator.label.toolTip()

        fill_sign_in(monkeypatch, server.base_url, create=False)
        window.sync.indicator.sync_now_button.click()  # opens the sign-in (filled in by the test)
        qtbot.waitUntil(
            lambda: (
                window.sync.session not in (None, first_session)
                and window.sync.last_status.phase is SyncPhase.SYNCED
            ),
            timeout=ROUND_TIMEOUT_MS,
        )
        assert window.sync.indicator.sync_now_button.text() == "Sync now"


def test_a_nudge_after_a_local_change_sends_it_without_waiting(
    qtbot, devices, tmp_path, monkeypatch
) -> None:
    with ExitStack() as stack:
        url = stack.enter_context(database_url("sqlite", tmp_path))
        server = stack.enter_context(run_server(cheap_settings(url, tmp_path)))
        window = devices("device-a")  # hourly rounds: only the nudge can send it now
        sign_in(qtbot, window, server.base_url, monkeypatch, create=True)
        synced_round(qtbot, window)
        seen: list[SyncStatus] = []
        window.sync.status_arrived.connect(seen.append)
        window.workspace_service.add_client("Juniper", processing_mode=ProcessingMode.LOCAL_ONLY)
        window.sync.nudge()
        qtbot.waitUntil(
            lambda: any(s.report is not None and s.report.pushed >= 1 for s in seen),
            timeout=ROUND_TIMEOUT_MS,
        )
