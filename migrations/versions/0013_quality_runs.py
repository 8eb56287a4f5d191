"""qualityrun: the figures of each ``claims quality`` run, per language and extractor version.

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "qualityrun",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("lang", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("extractor_version", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("since", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("gold", sa.Integer(), nullable=False),
        sa.Column("predicted", sa.Integer(), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.Column("precision", sa.Float(), nullable=False),
        sa.Column("recall", sa.Float(), nullable=False),
        sa.Column("f1", sa.Float(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("events_gold", sa.Integer(), nullable=False),
        sa.Column("events_predicted", sa.Integer(), nullable=False),
        sa.Column("events_hits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("qualityrun", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_qualityrun_lang"), ["lang"], unique=False)
        batch_op.create_index(batch_op.f("ix_qualityrun_run_at"), ["run_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("qualityrun", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_qualityrun_run_at"))
        batch_op.drop_index(batch_op.f("ix_qualityrun_lang"))
    op.drop_table("qualityrun")
