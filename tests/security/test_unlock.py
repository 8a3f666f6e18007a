"""Unlock throttling: a growing delay after wrong passphrases, persisted across processes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tenor_desktop.core.clock import ManualClock
from tenor_desktop.security.unlock import UnlockThrottle, UnlockThrottled, VaultUnlocker
from tenor_desktop.vault.errors import VaultNotFound, WrongPassphrase
from tenor_desktop.vault.vault import DB_NAME, KEY_HEADER_NAME, THROTTLE_NAME, Vault

PASSPHRASE = "unlock test passphrase"
WRONG = "definitely wrong"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("unlock") / "vault"
    Vault.create(directory, PASSPHRASE).lock()
    return directory


@pytest.fixture
def vault_dir(tmp_path: Path, template: Path) -> Path:
    shutil.copytree(template, tmp_path / "vault")
    return tmp_path / "vault"


class RecordingSleep:
    """Records requested sleeps and moves the manual clock instead of blocking."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        self.clock.advance(seconds)


def test_delay_grows_with_each_failure_and_resets_on_success(vault_dir: Path) -> None:
    clock = ManualClock()
    sleep = RecordingSleep(clock)
    unlocker = VaultUnlocker(clock=clock, sleep=sleep, base_delay=1.0, max_delay=8.0)
    db_before = (vault_dir / DB_NAME).read_bytes()
    header_before = (vault_dir / KEY_HEADER_NAME).read_bytes()
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            unlocker.unlock(vault_dir, WRONG)
    assert sleep.calls == [1.0, 2.0, 4.0, 8.0]  # first attempt free, then doubling, capped
    assert unlocker.throttle(vault_dir).failures == 5
    assert (vault_dir / DB_NAME).read_bytes() == db_before
    assert (vault_dir / KEY_HEADER_NAME).read_bytes() == header_before
    vault = unlocker.unlock(vault_dir, PASSPHRASE)
    vault.lock()
    assert sleep.calls[-1] == 8.0
    assert not (vault_dir / THROTTLE_NAME).exists()
    with pytest.raises(WrongPassphrase):
        unlocker.unlock(vault_dir, WRONG)
    assert len(sleep.calls) == 5  # the count restarted: the next failure waits only 1 s


def test_throttle_persists_across_unlockers_and_elapsed_time_counts(vault_dir: Path) -> None:
    clock = ManualClock()
    first = VaultUnlocker(clock=clock, sleep=RecordingSleep(clock))
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            first.unlock(vault_dir, WRONG)
    # A new process (new unlocker) sees the same counter: 3 failures -> 4 s wait.
    second = VaultUnlocker(clock=clock, sleep=RecordingSleep(clock))
    assert second.throttle(vault_dir).remaining_delay() == 4.0
    with pytest.raises(UnlockThrottled) as caught:
        second.unlock(vault_dir, PASSPHRASE, wait=False)
    assert caught.value.retry_after == 4.0 and "4 seconds" in caught.value.message
    clock.advance(3.0)
    assert second.throttle(vault_dir).remaining_delay() == 1.0
    clock.advance(1.0)
    second.unlock(vault_dir, PASSPHRASE, wait=False).lock()


def test_clock_moved_backwards_does_not_shorten_the_wait(tmp_path: Path) -> None:
    clock = ManualClock()
    throttle = UnlockThrottle(tmp_path / THROTTLE_NAME, clock=clock)
    throttle.record_failure()
    throttle.record_failure()
    clock.advance(-3600)
    assert throttle.remaining_delay() == 2.0


def test_damaged_counter_still_throttles(tmp_path: Path) -> None:
    (tmp_path / THROTTLE_NAME).write_text("{not json")
    throttle = UnlockThrottle(tmp_path / THROTTLE_NAME, clock=ManualClock())
    assert throttle.failures == 1 and throttle.remaining_delay() == 1.0


def test_other_errors_do_not_count_as_failures(tmp_path: Path) -> None:
    clock = ManualClock()
    unlocker = VaultUnlocker(clock=clock, sleep=RecordingSleep(clock))
    with pytest.raises(VaultNotFound):
        unlocker.unlock(tmp_path / "nothing-here", PASSPHRASE)
    assert unlocker.throttle(tmp_path / "nothing-here").failures == 0
