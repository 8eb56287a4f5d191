"""claimskip and user.language: a Skip that sticks for the day, and each user's dashboard language.

``claimskip`` holds one row per (reviewer, claim) skipped, until the end of that reviewer's day
(``claims.queue``); ``user.language`` is the interface language a user chose (``ar`` or ``en``),
NULL for the desk's default.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "claimskip",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("until", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "claim_id", name="uq_claimskip_user_claim"),
    )
    op.create_index(op.f("ix_claimskip_user_id"), "claimskip", ["user_id"], unique=False)
    op.create_index(op.f("ix_claimskip_claim_id"), "claimskip", ["claim_id"], unique=False)
    op.create_index(op.f("ix_claimskip_until"), "claimskip", ["until"], unique=False)
    # nullable, no default: SQLite adds it in place (no table copy tripping loginsession's foreign key)
    op.add_column("user", sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=True))


def downgrade() -> None:
    op.drop_column("user", "language")
    op.drop_index(op.f("ix_claimskip_until"), table_name="claimskip")
    op.drop_index(op.f("ix_claimskip_claim_id"), table_name="claimskip")
    op.drop_index(op.f("ix_claimskip_user_id"), table_name="claimskip")
    op.drop_table("claimskip")
