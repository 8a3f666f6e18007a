"""Deletion "as if it never existed": transcripts, sessions, clients and the whole account.

Errors::

    TenorError
     └── DeletionError     the deletion could not be completed; the message names ids only

Security rules enforced here:
- Rows are deleted inside one transaction, FTS rows with them (schema triggers); the audit log
  records the action and the ids, never content.
- Connection-level ``secure_delete`` is switched on before deleting so SQLite zeroes freed cells
  and pages. Index terms leave the FTS5 segments either one by one (FTS5 ``secure-delete``) or
  by a full merge after tombstone deletes, whichever is cheaper (``_fts_purge``); tombstones
  alone would hide a row from queries while its terms stay in the old segment.
- After every deletion the WAL is checkpointed and truncated: old frames would otherwise keep
  the pre-deletion page images. A checkpoint blocked by a reader is an error, not a shrug.
- Measured with the forensic page reader (tests/vault/forensics.py), not guessed: with the two
  steps above, no decrypted page (free pages included), WAL frame or FTS shadow row keeps a
  deleted canary; without the checkpoint the WAL does, and tombstones without the merge leave
  the term in ``*_fts_data``. ``VACUUM`` adds nothing to the guarantee (freed pages are already
  zeroed) and costs a full rewrite, so it is not run.
- The account is destroyed by destroying the key header (overwrite, fsync, unlink): without the
  wrapped vault key the database is undecryptable. Overwriting the database file itself would be
  cosmetic on SSDs (wear levelling), so it is only unlinked.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterator, Sequence
from datetime import UTC
from pathlib import Path
from typing import Any

from tenor_desktop.core.clock import Clock
from tenor_desktop.core.errors import TenorError
from tenor_desktop.security.errors import SecurityError
from tenor_desktop.security.secrets import DEFAULT_SERVICE, SecretStore
from tenor_desktop.vault import fts, keys
from tenor_desktop.vault.errors import NotFound, VaultError
from tenor_desktop.vault.repositories import AuditLog
from tenor_desktop.vault.vault import KEY_HEADER_NAME, Vault, vault_files

FTS_TABLES = ("segments_fts", "notes_fts")
# Per-row secure-delete of one segment costs about as much as merging this many indexed rows.
MERGE_COST_RATIO = 2000
# Only id-shaped input is echoed in an error: a CLI user could paste anything as an "id".
_ID_SHAPED = re.compile(r"^[A-Za-z0-9_.:-]{1,80}$")


class DeletionError(TenorError):
    """A deletion failed; nothing about the content is in the message."""


class DeletionService:
    """Deletes vault data permanently and scrubs the places copies could survive."""

    def __init__(
        self, vault: Vault, *, clock: Clock | None = None, fts_strategy: str = "auto"
    ) -> None:
        """Args:
        fts_strategy: ``auto`` (measured cost model), ``per_row`` or ``merge``; see
            ``_fts_purge``. Tests force each one to prove both leave no trace.
        """
        if fts_strategy not in ("auto", "per_row", "merge"):
            raise ValueError("fts_strategy must be auto, per_row or merge")
        self._vault = vault
        self._clock = clock or vault.clock
        self._audit = AuditLog(vault)
        self._fts_strategy = fts_strategy

    def delete_transcript(self, session_id: str, *, actor: str = "clinician") -> None:
        """Delete a session's segments and their search rows; the note stays."""
        self.delete_transcripts([session_id], actor=actor)

    def delete_transcripts(self, session_ids: Sequence[str], *, actor: str = "clinician") -> None:
        """Delete the transcripts of several sessions in one transaction and one scrub."""
        if not session_ids:
            return
        now = self._clock.now().astimezone(UTC).isoformat()
        with self._writing("transcript"):
            for session_id in session_ids:
                self._require("sessions", session_id)
            with self._fts_purge(session_ids, ("segments_fts",)):
                for session_id in session_ids:
                    self._sql("DELETE FROM segments WHERE session_id = ?", session_id)
            for session_id in session_ids:
                # Speaker display names only label transcript turns; they go with the transcript.
                self._sql(
                    "UPDATE sessions SET transcript_deleted_at = ?, speaker_names = '{}'"
                    " WHERE id = ?",
                    now,
                    session_id,
                )
                self._audit_deletion("transcript", session_id, actor)
        self._scrub()

    def delete_session(self, session_id: str, *, actor: str = "clinician") -> None:
        """Delete a session with its segments, notes and search rows; the audit keeps its id."""
        with self._writing("session"):
            self._require("sessions", session_id)
            with self._fts_purge([session_id], FTS_TABLES):
                self._delete_session_rows(session_id)
            self._audit_deletion("session", session_id, actor)
        self._scrub()

    def delete_client(self, client_id: str, *, actor: str = "clinician") -> None:
        """Delete a client, every session of it, and its data key (crypto-shredding copies)."""
        with self._writing("client"):
            self._require("clients", client_id)
            rows = self._vault.connection.execute(
                "SELECT id FROM sessions WHERE client_id = ?", (client_id,)
            ).fetchall()
            session_ids = [row[0] for row in rows]
            # The client's own index goes as a whole (DROP TABLE; pages zeroed by
            # secure_delete), so its rows below are deleted without per-row FTS work.
            connection = self._vault.connection
            if fts.drop_shard(connection, client_id):
                with fts.routing_paused(connection):
                    for session_id in session_ids:
                        self._delete_session_rows(session_id)
            else:
                with self._fts_purge(session_ids, FTS_TABLES):
                    for session_id in session_ids:
                        self._delete_session_rows(session_id)
            self._sql("DELETE FROM client_keys WHERE client_id = ?", client_id)
            self._sql("DELETE FROM clients WHERE id = ?", client_id)
            self._audit_deletion("client", client_id, actor)
        self._scrub()

    def delete_account(
        self,
        *,
        secret_store: SecretStore | None = None,
        keyring_service: str = DEFAULT_SERVICE,
        keyring_backend: Any | None = None,
    ) -> list[Path]:
        """Remove every keyring secret, lock the vault, destroy its key header and files.

        Args:
            secret_store: the app's SecretStore; by default one on this vault for
                ``keyring_service``, on ``keyring_backend`` or the detected OS keyring.

        Returns the files that were removed. Secrets go first, while the vault is still open:
        it remembers every secret name ever stored (keyring backends cannot list entries), and
        a failure there leaves the vault intact so the deletion can simply be retried.
        """
        store = secret_store or SecretStore(
            vault=self._vault, keyring_backend=keyring_backend, service=keyring_service
        )
        try:
            store.delete_all()
        except SecurityError as error:
            raise DeletionError(f"Could not remove the stored secrets: {error.message}") from error
        directory = self._vault.directory
        self._vault.lock()  # closes the connection (checkpoints the WAL) and wipes the key
        header = directory / KEY_HEADER_NAME
        removed: list[Path] = []
        try:
            if header.exists():
                _destroy_file(header)  # first: from here on the database is undecryptable
                removed.append(header)
            for path in vault_files(directory):
                path.unlink()
                removed.append(path)
            keys.fsync_directory(directory)
        except OSError as error:
            raise DeletionError(
                f"Could not remove the vault files ({type(error).__name__})."
            ) from error
        with contextlib.suppress(OSError):
            directory.rmdir()  # only succeeds when nothing else lives there
        return removed

    # -- internals -----------------------------------------------------------------------

    @contextlib.contextmanager
    def _writing(self, what: str) -> Iterator[None]:
        """One vault transaction; every failure surfaces as a DeletionError (kinds, no content)."""
        try:
            with self._vault.transaction() as connection:
                connection.execute("PRAGMA secure_delete = ON")  # the vault sets it; we insist
                yield
        except DeletionError:
            raise
        except NotFound as error:
            raise DeletionError("Nothing to delete: the record does not exist.") from error
        except VaultError as error:
            raise DeletionError(f"Deleting the {what} failed: {error.message}") from error
        except Exception as error:
            raise DeletionError(f"Deleting the {what} failed ({type(error).__name__}).") from error

    def _audit_deletion(self, kind: str, object_id: str, actor: str) -> None:
        # Ids and the kind only: the audit log outlives the data and must not describe it.
        self._audit.record_in(self._vault.connection, "delete", kind, object_id, actor)

    def _sql(self, statement: str, *params: object) -> None:
        self._vault.connection.execute(statement, params)

    def _require(self, table: str, row_id: str) -> None:
        found = self._vault.connection.execute(
            f"SELECT 1 FROM {table} WHERE id = ?",  # noqa: S608 -- table is a literal above
            (row_id,),
        ).fetchone()
        if found is None:
            shown = row_id if _ID_SHAPED.match(row_id) else "that id"
            raise DeletionError(f"Nothing to delete: {shown} does not exist.")

    def _delete_session_rows(self, session_id: str) -> None:
        # Explicit deletes (not only FK cascades) so the FTS triggers fire for every row.
        self._sql("DELETE FROM segments WHERE session_id = ?", session_id)
        self._sql("DELETE FROM notes WHERE session_id = ?", session_id)
        self._sql("DELETE FROM sessions WHERE id = ?", session_id)

    @contextlib.contextmanager
    def _fts_purge(self, session_ids: Sequence[str], families: Sequence[str]) -> Iterator[None]:
        """Remove the sessions' FTS entries so no index segment keeps a deleted term.

        Two ways, both proven by the forensic tests, chosen by measured cost:
        - ``per_row``: FTS5 ``secure-delete`` (the schema's setting) rewrites, for every token of
          every deleted row, the index leaf holding it. Cost grows with the deleted text.
        - ``merge``: delete with tombstones (``secure-delete`` off for this transaction), then
          ``optimize`` rewrites the whole index without the deleted entries and frees the old
          segments (zeroed by ``secure_delete``). Cost grows with the whole index.
        Only the affected clients' own indexes are touched (vault/fts.py), so "the whole
        index" is one client's: on the 36 M-word bench caseload a merge rewrites ~12k rows
        instead of 1.8 M. Cost model measured earlier with ``cipher_memory_security`` on:
        per-row ~50 ms per deleted segment row in a 90k-row index; merge ~22 us per indexed
        row plus ~0.6 ms per deleted row, so a merge wins once the deletion exceeds ~1/2000 of
        the index (always, for a transcript in a per-client index). Deleting a whole client
        does not purge at all: it drops the client's index (``fts.drop_shard``).
        Both run inside the caller's transaction, so a crash restores ``secure-delete`` too.
        """
        connection = self._vault.connection
        clients = sorted(
            {
                row[0]
                for session_id in session_ids
                for row in connection.execute(
                    "SELECT client_id FROM sessions WHERE id = ?", (session_id,)
                )
            }
        )
        # Only the indexes that hold these sessions' rows: the clients' shards (or the global
        # tables for a client without one).
        touched = sorted(
            {
                fts.tables_for_client(connection, client, family)
                for client in clients
                for family in families
            }
        )
        if not self._merge_is_cheaper(connection, session_ids, touched):
            yield
            return
        for table in touched:
            _fts_command(connection, table, "secure-delete", 0)
        yield
        for table in touched:
            _fts_command(connection, table, "optimize")
            _fts_command(connection, table, "secure-delete", 1)

    def _merge_is_cheaper(
        self, connection: Any, session_ids: Sequence[str], tables: Sequence[str]
    ) -> bool:
        if self._fts_strategy != "auto":
            return self._fts_strategy == "merge"
        doomed = 0
        for session_id in session_ids:
            doomed += connection.execute(
                "SELECT count(*) FROM segments WHERE session_id = ?", (session_id,)
            ).fetchone()[0]
        indexed = 0
        for table in tables:
            if table.startswith("segments_fts"):
                # The docsize shadow has one row per indexed row: an exact, cheap count.
                indexed += connection.execute(
                    f"SELECT count(*) FROM {fts.check_fts_name(table)}_docsize"  # noqa: S608
                ).fetchone()[0]
        return doomed > 0 and doomed * MERGE_COST_RATIO >= indexed

    def _scrub(self) -> None:
        """Push deleted content out of the WAL so no old page image survives in ``-wal``."""
        try:
            rows = self._vault.read("PRAGMA wal_checkpoint(TRUNCATE)")
        except VaultError as error:
            raise DeletionError(f"Clean-up after deletion failed ({error.message})") from error
        busy = rows[0][0] if rows else 0
        if busy:
            raise DeletionError(
                "The deletion is saved, but another reader blocked the clean-up;"
                " close other windows and try again."
            )


def _fts_command(connection: Any, table: str, command: str, value: int | None = None) -> None:
    """Run an FTS5 special INSERT command on one of the schema's FTS tables."""
    fts.check_fts_name(table)
    if value is None:
        connection.execute(f"INSERT INTO {table}({table}) VALUES (?)", (command,))  # noqa: S608
    else:
        connection.execute(
            f"INSERT INTO {table}({table}, rank) VALUES (?, ?)",  # noqa: S608
            (command, value),
        )


def _destroy_file(path: Path) -> None:
    """Overwrite a small secret-bearing file with random bytes, fsync it, then unlink it."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.write(secrets.token_bytes(max(size, 1)))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
