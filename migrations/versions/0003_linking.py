"""cross-references and the claim index (linking work).

LSH band tables, remembered rejections, ``article.linked_at``, and ``claim.match_tokens`` (the
normalised words, computed once so candidates are scored without normalising them again).

The band tables are ``WITHOUT ROWID`` on SQLite (the primary key is the data: half the size, one
B-tree lookup per band). Claims deleted by re-extraction leave stale bands behind on purpose: a
band row whose claim is gone is skipped at lookup time and dropped by ``claims link --all``.

Revision ID: 0003
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "claimband",
        sa.Column("band_key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("claim_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("band_key", "claim_id"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "docband",
        sa.Column("band_key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("ref_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("band_key", "ref_id"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "linkrejection",
        sa.Column("a_fp", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("b_fp", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("decided_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("decided_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("a_fp", "b_fp"),
    )
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.add_column(sa.Column("linked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_article_linked_at"), ["linked_at"], unique=False)
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.add_column(sa.Column("match_tokens", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_column("match_tokens")
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_linked_at"))
        batch_op.drop_column("linked_at")
    op.drop_table("linkrejection")
    op.drop_table("docband")
    op.drop_table("claimband")
