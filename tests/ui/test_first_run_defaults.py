"""First run's starting choices: offline preselected, a different choice stored, IT policy locks."""

from __future__ import annotations

from tenor_desktop.core.models import ProcessingMode
from tenor_desktop.core.settings import PracticeSettings
from tenor_desktop.security.policy import ManagedPolicy
from tenor_desktop.ui.client_dialog import ClientDialog
from tests.ui.conftest import PASSPHRASE, create_vault


def _choose(combo, value: object) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0
    combo.setCurrentIndex(index)


def test_the_preselected_choices_are_the_offline_settings(qtbot, make_window) -> None:
    window = make_window()
    defaults = window.first_run.defaults
    assert defaults.transcription.currentData() == "offline/tiny"
    assert defaults.notes.currentData() == "offline"
    assert defaults.new_clients.currentData() == "local_only"
    assert defaults.redaction.isChecked()
    create_vault(qtbot, window)
    stored = window.workspace_service.practice_settings()
    assert stored == PracticeSettings()
    assert (stored.transcription_engine, stored.transcription_model) == ("offline", "tiny")
    assert stored.note_provider == "offline"
    assert stored.new_client_mode == "local_only"
    assert stored.phi_redaction


def test_a_different_choice_is_stored_and_survives_unlock(qtbot, make_window) -> None:
    window = make_window()
    defaults = window.first_run.defaults
    _choose(defaults.transcription, "deepgram/tiny")
    _choose(defaults.notes, "anthropic")
    _choose(defaults.new_clients, "cloud_allowed")
    defaults.redaction.setChecked(False)
    assert defaults.cloud_hint.text()  # says cloud is per client and needs a key
    create_vault(qtbot, window)
    window.lock()
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.workspace_service is not None, timeout=15000)
    stored = window.workspace_service.practice_settings()
    assert stored.transcription_engine == "deepgram"
    assert stored.note_provider == "anthropic"
    assert stored.new_client_mode == "cloud_allowed"
    assert stored.phi_redaction is False
    dialog = ClientDialog(new_client_mode=ProcessingMode(stored.new_client_mode))
    qtbot.addWidget(dialog)
    assert dialog.mode.currentData() == ProcessingMode.CLOUD_ALLOWED


def test_values_managed_by_policy_are_locked_and_offline(qtbot, make_window) -> None:
    policy = ManagedPolicy(enforced={"cloud_providers": False, "phi_redaction": True})
    window = make_window(policy)
    defaults = window.first_run.defaults
    for control in (defaults.transcription, defaults.notes, defaults.new_clients):
        assert not control.isEnabled()
    assert not defaults.redaction.isEnabled() and defaults.redaction.isChecked()
    create_vault(qtbot, window)
    stored = window.workspace_service.practice_settings()
    assert stored.transcription_engine == "offline" and stored.note_provider == "offline"
    assert stored.new_client_mode == "local_only" and stored.phi_redaction


def test_practice_settings_change_the_new_client_mode_unless_managed(qtbot) -> None:
    from tenor_desktop.ui.settings_dialog import PracticeSettingsDialog

    dialog = PracticeSettingsDialog(PracticeSettings(), ManagedPolicy())
    qtbot.addWidget(dialog)
    assert dialog.new_clients.currentData() == "local_only"
    _choose(dialog.new_clients, "cloud_allowed")
    assert dialog.settings().new_client_mode == "cloud_allowed"

    managed = ManagedPolicy(enforced={"cloud_providers": False})
    chosen = PracticeSettings(new_client_mode="cloud_allowed")
    locked = PracticeSettingsDialog(chosen, managed)
    qtbot.addWidget(locked)
    assert not locked.new_clients.isEnabled()
    assert locked.settings().new_client_mode == "local_only"
