"""First run, unlock, the 30-minute idle lock (injected clock) and Ctrl+L."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tenor_desktop.core.models import ProcessingMode
from tests.ui.conftest import PASSPHRASE, create_vault, visible_text


def test_first_run_creates_an_encrypted_vault(qtbot, make_window, tmp_path) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.first_run
    create_vault(qtbot, window)
    assert window.stack.currentWidget() is window.workspace
    assert (tmp_path / "vault").exists()
    assert window.context.vault_service.is_unlocked


def test_first_run_refuses_weak_or_mismatched_passphrases(qtbot, make_window) -> None:
    window = make_window()
    window.first_run.passphrase.setText("short")
    window.first_run.confirm.setText("short")
    window.first_run.create_button.click()
    assert "at least" in window.first_run.error.text()
    window.first_run.passphrase.setText(PASSPHRASE)
    window.first_run.confirm.setText(PASSPHRASE + "x")
    window.first_run.create_button.click()
    assert "do not match" in window.first_run.error.text()
    assert not window.context.vault_service.exists()


def test_wrong_passphrase_is_refused_with_a_clear_error(qtbot, make_window) -> None:
    window = make_window()
    create_vault(qtbot, window)
    window.lock()
    assert window.stack.currentWidget() is window.unlock_screen
    window.unlock_screen.passphrase.setText("not the passphrase at all")
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: bool(window.unlock_screen.error.text()), timeout=15000)
    assert "passphrase" in window.unlock_screen.error.text().lower()
    assert window.is_locked


def _add_client_with_session(window, pseudonym: str = "Juniper") -> str:  # type: ignore[no-untyped-def]
    service = window.workspace_service
    client = service.add_client(pseudonym, processing_mode=ProcessingMode.LOCAL_ONLY)
    window.controller.refresh_clients(select=client.id)
    return client.id


def test_idle_for_thirty_minutes_locks_and_hides_everything(qtbot, make_window, clock) -> None:
    window = make_window()
    create_vault(qtbot, window)
    _add_client_with_session(window, "Juniper")
    assert "Juniper" in visible_text(window)
    clock.advance(29 * 60)
    window.idle.check()
    assert not window.is_locked
    clock.advance(61)
    window.idle.check()
    assert window.is_locked
    assert window.stack.currentWidget() is window.unlock_screen
    assert "Juniper" not in visible_text(window)
    assert not window.context.vault_service.is_unlocked


def test_keyboard_input_counts_as_activity(qtbot, make_window, clock) -> None:
    window = make_window()
    create_vault(qtbot, window)
    clock.advance(25 * 60)
    QTest.keyClick(window.workspace.sidebar.search, Qt.Key.Key_A)
    clock.advance(25 * 60)
    window.idle.check()
    assert not window.is_locked


def test_background_work_does_not_count_as_activity(qtbot, make_window, clock) -> None:
    window = make_window()
    create_vault(qtbot, window)
    clock.advance(30 * 60)
    window.runner.run(lambda: sum(range(1000)))  # e.g. sync or note drafting finishing
    window.runner.wait()
    qtbot.wait(10)
    window.idle.check()
    assert window.is_locked


def test_ctrl_l_locks_at_once_and_unlock_restores(qtbot, make_window) -> None:
    window = make_window()
    create_vault(qtbot, window)
    client_id = _add_client_with_session(window, "Willow")
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not window.is_locked, timeout=15000)
    assert window.workspace.sidebar.list.count() == 1
    assert client_id
