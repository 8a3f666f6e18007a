"""The vault use cases the UI and the CLI share: create, unlock, lock, browse and search.

One VaultService per vault directory. It owns the unlocked Vault while it is open and hands
out read models; writes go through the repositories or the dedicated services (ImportService,
DeletionService, the recording service), all constructed with ``service.vault``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tenor_desktop.core.clock import Clock, SystemClock
from tenor_desktop.core.models import Client, Note, Segment, Session
from tenor_desktop.security.unlock import VaultUnlocker
from tenor_desktop.vault.errors import NotFound, VaultLocked
from tenor_desktop.vault.repositories import (
    ClientRepository,
    NoteRepository,
    SearchHit,
    SearchIndex,
    SegmentRepository,
    SessionRepository,
)
from tenor_desktop.vault.vault import Vault, vault_exists

UnlockHook = Callable[[Vault], object]


@dataclass(frozen=True)
class SessionDetail:
    """Everything the review screen and ``tenor show`` display for one session."""

    session: Session
    client: Client
    segments: tuple[Segment, ...]
    speaker_names: dict[str, str] = field(default_factory=dict)
    note: Note | None = None

    def speaker_name(self, label: str) -> str:
        """Display name for a raw speaker label (the label itself when unnamed)."""
        return self.speaker_names.get(label, label)


class VaultService:
    """Open/close one vault directory and answer the read-side questions about it."""

    def __init__(
        self,
        directory: Path,
        *,
        clock: Clock | None = None,
        unlocker: VaultUnlocker | None = None,
        on_unlock: Sequence[UnlockHook] = (),
    ) -> None:
        """Args: ``on_unlock`` hooks run after every create/unlock (e.g. retention checks)."""
        self.directory = Path(directory)
        self._clock = clock or SystemClock()
        self._unlocker = unlocker or VaultUnlocker(clock=self._clock)
        self._on_unlock = tuple(on_unlock)
        self._vault: Vault | None = None

    def exists(self) -> bool:
        """True when the directory already holds a vault."""
        return vault_exists(self.directory)

    @property
    def is_unlocked(self) -> bool:
        """True while a vault is open."""
        return self._vault is not None and not self._vault.is_locked

    @property
    def vault(self) -> Vault:
        """The open vault; raise VaultLocked."""
        if self._vault is None or self._vault.is_locked:
            raise VaultLocked("The vault is locked.")
        return self._vault

    def create(self, passphrase: str) -> Vault:
        """Create the vault and keep it open."""
        return self._opened(Vault.create(self.directory, passphrase, clock=self._clock))

    def unlock(self, passphrase: str, *, wait: bool = True) -> Vault:
        """Unlock through the throttle (``wait=False``: raise UnlockThrottled instead)."""
        return self._opened(self._unlocker.unlock(self.directory, passphrase, wait=wait))

    def remaining_unlock_delay(self) -> float:
        """Seconds before the next unlock attempt is allowed (for a countdown)."""
        return self._unlocker.throttle(self.directory).remaining_delay()

    def lock(self) -> None:
        """Close the vault and wipe its key (safe to call when already locked)."""
        vault, self._vault = self._vault, None
        if vault is not None:
            vault.lock()

    def clients(self) -> list[Client]:
        """All clients by pseudonym."""
        return ClientRepository(self.vault).list()

    def client_by_pseudonym(self, pseudonym: str) -> Client:
        """The client with that pseudonym; raise NotFound (the message omits the pseudonym)."""
        client = ClientRepository(self.vault).find_by_pseudonym(pseudonym)
        if client is None:
            raise NotFound("No client with that pseudonym.")
        return client

    def sessions(self, client_pseudonym: str | None = None) -> list[Session]:
        """Every session, or one client's, newest first."""
        repository = SessionRepository(self.vault)
        if client_pseudonym is None:
            return repository.list_all()
        return repository.list_for_client(self.client_by_pseudonym(client_pseudonym).id)

    def session_detail(self, session_id: str) -> SessionDetail:
        """Session, client, transcript, speaker names and latest note."""
        vault = self.vault
        sessions = SessionRepository(vault)
        session = sessions.get(session_id)
        return SessionDetail(
            session=session,
            client=ClientRepository(vault).get(session.client_id),
            segments=tuple(SegmentRepository(vault).list(session_id)),
            speaker_names=sessions.speaker_names(session_id),
            note=NoteRepository(vault).latest(session_id),
        )

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over transcripts and notes."""
        return SearchIndex(self.vault).query(text, limit=limit)

    def _opened(self, vault: Vault) -> Vault:
        self.lock()
        self._vault = vault
        for hook in self._on_unlock:
            hook(vault)
        return vault
