"""Push receipts are pruned by age per account: index them that way.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Every push prunes the account's receipts older than a week; without this index that
    delete read all of the account's receipts (one per push for seven days)."""
    op.create_index("push_receipts_by_age", "push_receipts", ["account_id", "created_at"])


def downgrade() -> None:
    """Drop the index."""
    op.drop_index("push_receipts_by_age", table_name="push_receipts")
