"""``tenor delete client ID`` leaves nothing behind, proven page by page.

The vault made by ``tenor init`` + ``tenor import`` (canary pseudonym and marker word) is copied,
the client is deleted through the CLI, and tests/vault/forensics.py then decrypts every page of
the database (free pages included), every WAL frame and journal record with the raw key, and
scans the raw files: the canaries are gone everywhere. ``search`` finds nothing and ``show``
fails cleanly. A positive control first finds the canaries in the same pages.
"""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.privacy.conftest import PASSPHRASE, Canaries, ImportedVault, TenorCli, found_in
from tests.vault import forensics

pytestmark = pytest.mark.slow


def pages_with(directory: Path, needle: bytes) -> list[str]:
    """Decrypted db pages / WAL frames / journal records holding ``needle``."""
    key = forensics.raw_vault_key(directory, PASSPHRASE)
    pages = forensics.decrypt_vault_database(directory / "vault.db", key)
    return [f"{p.source} {p.page_number}" for p in pages if needle in p.plaintext]


def test_delete_client_from_cli_is_forensically_complete(
    cli: TenorCli, imported_vault: ImportedVault, vault_copy: Path, canaries: Canaries
) -> None:
    started = time.time()
    pseudonym = canaries.pseudonym.encode()
    # positive controls: before deletion both canaries are on decrypted pages
    assert pages_with(vault_copy, pseudonym)
    key = forensics.raw_vault_key(vault_copy, PASSPHRASE)
    assert forensics.canary_traces(vault_copy, key, canaries.word, since=started)

    deleted = cli.run("delete", "client", imported_vault.client_id, "--json", vault=vault_copy)
    assert deleted.returncode == 0, deleted.stderr
    assert json.loads(deleted.stdout) == {"deleted": "client", "id": imported_vault.client_id}
    assert not found_in(deleted.stderr + deleted.stdout, canaries.all())

    # every page, free pages and WAL/journal included, and the raw files: nothing left
    assert forensics.canary_traces(vault_copy, key, canaries.word, since=started) == []
    assert pages_with(vault_copy, pseudonym) == []
    for part in canaries.pseudonym.lower().split():  # FTS would keep lower-cased tokens
        assert pages_with(vault_copy, part.encode()) == [], part
    assert forensics.raw_files_containing(forensics.files_under(vault_copy), canaries.word) == []

    with ThreadPoolExecutor(max_workers=3) as pool:
        pending = [
            pool.submit(cli.run, "search", canaries.word, "--json", vault=vault_copy),
            pool.submit(cli.run, "show", imported_vault.session_id, vault=vault_copy),
            pool.submit(cli.run, "clients", "--json", vault=vault_copy),
        ]
        search, show, clients = (future.result() for future in pending)
    assert search.returncode == 0, search.stderr
    assert json.loads(search.stdout) == {"hits": []}

    assert show.returncode == 1
    assert show.stderr.startswith("tenor: ") or "\ntenor: " in show.stderr
    assert "Traceback" not in show.stderr
    assert not found_in(show.stderr + show.stdout, canaries.all())

    assert json.loads(clients.stdout) == {"clients": []}
    # the vault is still healthy after the deletion: the key still authenticates every page
    assert forensics.decrypt_vault_database(vault_copy / "vault.db", key)
