"""Accounts remember which account-key generation their wrapped key holds.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``accounts.account_key_generation`` (0 for every existing account)."""
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(
            sa.Column(
                "account_key_generation",
                sa.BigInteger(),
                nullable=False,
                server_default=sa.text("0"),
            )
        )


def downgrade() -> None:
    """Drop the column."""
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("account_key_generation")
