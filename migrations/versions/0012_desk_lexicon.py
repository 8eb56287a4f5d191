"""desklexiconentry and desklexiconchange: the desk's own lexicon layer.

Entries are lexicon fragments in the built-in lexicons' format, proposed from corrections and added
claims and accepted, edited or rejected by editors (``claims.desk_lexicon``); every decision is a
row of ``desklexiconchange``, whose id is the desk lexicon's revision.

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "desklexiconentry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lang", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("proposed_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("proposed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("decided_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("decided_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"]),
        sa.ForeignKeyConstraint(["event_id"], ["reviewevent.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("lang", "key", name="uq_desklexiconentry_key"),
    )
    op.create_index("ix_desklexiconentry_status", "desklexiconentry", ["status"])
    op.create_index("ix_desklexiconentry_claim_id", "desklexiconentry", ["claim_id"])
    op.create_table(
        "desklexiconchange",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["desklexiconentry.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_desklexiconchange_entry_id", "desklexiconchange", ["entry_id"])


def downgrade() -> None:
    op.drop_index("ix_desklexiconchange_entry_id", table_name="desklexiconchange")
    op.drop_table("desklexiconchange")
    op.drop_index("ix_desklexiconentry_claim_id", table_name="desklexiconentry")
    op.drop_index("ix_desklexiconentry_status", table_name="desklexiconentry")
    op.drop_table("desklexiconentry")
