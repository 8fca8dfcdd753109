"""planning reads: a partial index of the documents that may be unsettled

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# an invoice paid exactly as imported is most of the documents and never owed anything:
# the planner reads the others by account (store.queries.UNSETTLED has the same condition)
UNSETTLED = sa.text("kind <> 'invoice' OR amount <> paid_amount")


def upgrade() -> None:
    op.create_index("ix_documents_unsettled", "documents", ["account_id"],
                    sqlite_where=UNSETTLED, postgresql_where=UNSETTLED)


def downgrade() -> None:
    op.drop_index("ix_documents_unsettled", "documents")
