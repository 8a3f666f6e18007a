"""Server configuration from the environment (prefix ``TENOR_SERVER_``) via pydantic-settings."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

# The client refuses weaker KDF parameters whatever the server says; the server refuses them too
# so a buggy or old client cannot register an account the other clients would then reject.
MIN_CLIENT_KDF_MEMORY_KIB = 64 * 1024
MIN_CLIENT_KDF_ITERATIONS = 3


class Settings(BaseSettings):
    """Everything a worker needs; workers share nothing but the database and the blob store."""

    model_config = SettingsConfigDict(env_prefix="TENOR_SERVER_", extra="ignore")

    database_url: str = "sqlite:///tenor-server.db"
    blob_dir: Path = Path("tenor-blobs")
    # A server-wide secret used only to derive decoy KDF salts for unknown e-mail addresses,
    # so /auth/params does not reveal which addresses have accounts. Set it in production.
    decoy_salt_secret: str = "change-me"  # noqa: S105 - documented default, not a credential
    access_idle_seconds: int = Field(default=30 * 60, ge=1)
    access_absolute_seconds: int = Field(default=12 * 3600, ge=1)
    refresh_lifetime_seconds: int = Field(default=30 * 24 * 3600, ge=1)
    account_failures_per_hour: int = Field(default=100, ge=1, le=100)
    failures_before_delay: int = Field(default=5, ge=0)
    max_delay_seconds: int = Field(default=300, ge=1)
    ip_failures_per_window: int = Field(default=50, ge=1)
    ip_window_seconds: int = Field(default=600, ge=1)
    # The auth secret is already a 256-bit Argon2id output, so the server-side hash only has to
    # make a stolen table useless; OWASP's second Argon2id profile is enough and keeps logins fast.
    auth_hash_memory_kib: int = Field(default=19 * 1024, ge=8)
    auth_hash_iterations: int = Field(default=2, ge=1)
    min_client_kdf_memory_kib: int = Field(default=MIN_CLIENT_KDF_MEMORY_KIB, ge=8)
    min_client_kdf_iterations: int = Field(default=MIN_CLIENT_KDF_ITERATIONS, ge=1)
    blob_threshold_bytes: int = Field(default=64 * 1024, ge=0)
    # Larger ciphertexts are not inlined in JSON: clients stream them from /items/{id}/content.
    max_inline_bytes: int = Field(default=1024 * 1024, ge=1)
    max_item_bytes: int = Field(default=64 * 1024 * 1024, ge=1)
    max_push_changes: int = Field(default=500, ge=1)
    pull_page_size: int = Field(default=500, ge=1, le=5000)
    trust_forwarded_for: bool = False
    # Threads per worker for the (synchronous) route handlers. Few threads serve a burst in
    # arrival order; Starlette's default of 40 lets every request share the GIL at once, so
    # all of them finish late. Enough to overlap a remote database's round trips.
    request_threads: int = Field(default=4, ge=1, le=200)
    hsts_seconds: int = Field(default=2 * 365 * 24 * 3600, ge=0)
