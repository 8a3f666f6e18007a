"""Repositories over an unlocked Vault; each is constructed with it: ``ClientRepository(vault)``."""

from tenor_desktop.vault.repositories.audit import AuditEntry, AuditLog
from tenor_desktop.vault.repositories.clients import ClientRepository
from tenor_desktop.vault.repositories.notes import NoteRepository
from tenor_desktop.vault.repositories.search import SearchHit, SearchIndex
from tenor_desktop.vault.repositories.segments import SegmentRepository
from tenor_desktop.vault.repositories.sessions import SessionRepository
from tenor_desktop.vault.repositories.settings import SettingsRepository

__all__ = [
    "AuditEntry",
    "AuditLog",
    "ClientRepository",
    "NoteRepository",
    "SearchHit",
    "SearchIndex",
    "SegmentRepository",
    "SessionRepository",
    "SettingsRepository",
]
