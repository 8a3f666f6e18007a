"""The top-level window: first run, unlock, workspace; idle lock and Ctrl+L."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from tenor_desktop.core.errors import TenorError
from tenor_desktop.security.idle_policy import IdlePolicy
from tenor_desktop.services.workspace_service import WorkspaceService
from tenor_desktop.ui.account_controller import AccountController
from tenor_desktop.ui.context import UiContext
from tenor_desktop.ui.first_run_screen import FirstRunScreen
from tenor_desktop.ui.idle_watcher import IdleWatcher
from tenor_desktop.ui.recording_controller import RecordingController
from tenor_desktop.ui.recovery_kit import write_recovery_kit
from tenor_desktop.ui.sync_controller import SyncController
from tenor_desktop.ui.task_runner import TaskRunner
from tenor_desktop.ui.unlock_screen import UnlockScreen
from tenor_desktop.ui.workspace import Workspace
from tenor_desktop.ui.workspace_controller import WorkspaceController

RETENTION_CHECK_MS = 60 * 60 * 1000  # automatic transcript deletion is re-checked hourly


def user_message(error: BaseException) -> str:
    """What the user reads for an error: our own messages, otherwise a generic sentence."""
    if isinstance(error, TenorError):
        return error.message
    return f"Something went wrong ({type(error).__name__}). Nothing was lost; please try again."


class TenorWindow(QMainWindow):
    """Owns the screens and the lock life cycle; delegates workspace actions to a controller."""

    def __init__(self, context: UiContext, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.context = context
        self.runner = runner or TaskRunner(self)
        self.setWindowTitle("Tenor")
        self.resize(1280, 800)
        self.first_run = FirstRunScreen()
        self.unlock_screen = UnlockScreen()
        self.workspace = Workspace()
        self.stack = QStackedWidget()
        for screen in (self.first_run, self.unlock_screen, self.workspace):
            self.stack.addWidget(screen)
        self.setCentralWidget(self.stack)
        self.workspace_service: WorkspaceService | None = None

        self.idle = IdleWatcher(IdlePolicy(context.clock, self._idle_minutes()), parent=self)
        app = QCoreApplication.instance()
        if app is not None:
            # Parented to the window: Qt owns the watcher, so the app never calls a filter whose
            # Python side is gone; closing the window also detaches it explicitly.
            self.idle.attach(app)
        self.retention_timer = QTimer(self)
        self.retention_timer.setInterval(RETENTION_CHECK_MS)
        self.retention_timer.timeout.connect(self.check_retention)
        self.idle.idle_timeout.connect(self.lock)

        self.toolbar = QToolBar("Main")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.lock_action = QAction("Lock", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip("Lock now (Ctrl+L)")
        self.lock_action.triggered.connect(self.lock)
        self.settings_action = QAction("Settings", self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.toolbar.addAction(self.settings_action)
        self.toolbar.addAction(self.lock_action)
        self.addAction(self.lock_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.sync = SyncController(self)
        self.toolbar.addWidget(self.sync.indicator)

        self.controller = WorkspaceController(self)
        self.accounts = AccountController(self)
        self.recording = RecordingController(self)
        self.first_run.defaults.apply_policy(context.policy)
        self.first_run.create_requested.connect(self._create)
        self.first_run.recovery_sheet_requested.connect(self.save_recovery_kit)
        self.unlock_screen.unlock_requested.connect(self._unlock)
        self._show_entry_screen()

    # -- screens -----------------------------------------------------------------------------
    def _show_entry_screen(self) -> None:
        exists = self.context.vault_service.exists()
        self._show(self.unlock_screen if exists else self.first_run)
        if exists:
            self.unlock_screen.reset(recording=self.recording.active)

    def _show(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        self.toolbar.setVisible(screen is self.workspace)

    def _idle_minutes(self) -> int:
        cap = self.context.policy.enforced.get("max_idle_timeout_minutes")
        return int(cap) if isinstance(cap, int) else 30

    # -- unlock / lock -----------------------------------------------------------------------
    def _create(self, passphrase: str) -> None:
        service = self.context.vault_service
        sign_in = self.first_run.sign_in_to_sync.isChecked()
        choices = self.first_run.defaults.settings()

        def create() -> WorkspaceService:
            workspace = self.context.make_workspace(service.create(passphrase))
            workspace.save_practice_settings(choices)  # the first-run starting choices
            return workspace

        def created(workspace: WorkspaceService) -> None:
            self._opened(workspace)
            if sign_in:  # optional at first run; everything works offline without it
                self.accounts.sign_in()

        self.runner.run(
            create,
            created,
            lambda error: self.first_run.show_error(user_message(error)),
        )

    def save_recovery_kit(self) -> None:
        """Ask where to save the printable recovery kit (PDF) and write it."""
        path, _ = QFileDialog.getSaveFileName(
            self, "Save recovery kit", "Tenor recovery kit.pdf", "PDF (*.pdf)"
        )
        if path:
            directory = self.context.vault_service.directory
            write_recovery_kit(Path(path), directory, self.context.clock.now())

    def _unlock(self, passphrase: str) -> None:
        service = self.context.vault_service
        self.runner.run(
            lambda: self.context.make_workspace(service.unlock(passphrase, wait=False)),
            self._opened,
            lambda error: self.unlock_screen.show_error(user_message(error)),
        )

    def check_retention(self) -> None:
        """Hourly while open: apply every client's automatic transcript deletion that is due."""
        service = self.workspace_service
        if service is not None:
            self.runner.run(service.retention.run_due, self._retention_done)

    def _retention_done(self, deleted: list[str]) -> None:
        session_id = self.controller.session_id
        if self.workspace_service is not None and session_id is not None and session_id in deleted:
            self.controller.select_session(session_id)  # show that the transcript is gone

    def _opened(self, workspace: WorkspaceService) -> None:
        """Show the workspace of a vault unlocked (and prepared) on a worker thread."""
        self.workspace_service = workspace
        settings = self.workspace_service.practice_settings()
        cap = self.context.policy.enforced.get("max_idle_timeout_minutes")
        self.idle.policy.set_timeout_minutes(
            settings.idle_timeout_minutes, policy_cap=cap if isinstance(cap, int) else None
        )
        self.idle.start()
        self.retention_timer.start()  # unlock itself already ran the due deletions
        self._show(self.workspace)
        self.controller.refresh_clients()
        self.recording.after_unlock()
        self.sync.start()

    def lock(self) -> None:
        """Hide every piece of content, close the vault, drop keys; recording goes on."""
        if self.workspace_service is None:
            return
        self.idle.stop()
        self.retention_timer.stop()
        self.controller.forget()
        self.workspace.clear()
        self._show(self.unlock_screen)
        self.repaint()  # the content is off the screen before anything below can wait
        self.sync.stop()  # waits for a round in flight: nothing syncs once the keys are gone
        self.workspace_service = None
        self.recording.before_lock()
        self.context.vault_service.lock()
        self._show(self.unlock_screen)
        self.unlock_screen.reset(recording=self.recording.active)

    def account_deleted(self) -> None:
        """The vault is gone: forget everything and start again at first run."""
        self.idle.stop()
        self.sync.stop()
        self.retention_timer.stop()
        self.controller.forget()
        self.workspace.clear()
        self.workspace_service = None
        self.context.vault_service.lock()
        self.first_run.reset()
        self._show(self.first_run)

    @property
    def is_locked(self) -> bool:
        """True while no vault is open in the UI."""
        return self.workspace_service is None

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before closing during a recording; lock on close."""
        if self.recording.active:
            answer = QMessageBox.question(
                self,
                "Recording in progress",
                "A session is being recorded. Stop the recording and close Tenor?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.recording.stop_blocking()
        self.lock()
        self.runner.wait()
        app = QCoreApplication.instance()
        if app is not None:
            self.idle.detach(app)
        event.accept()
