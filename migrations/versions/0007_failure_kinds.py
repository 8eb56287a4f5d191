"""fetchstate.failure_kind and extractor_version; article.input_fixes.

A failure now says what failed: ``fetch`` (the page or file could not be read), ``extract`` (the
extractor raised; retried only once ``extractor_version`` changes, since the same extractor fails the
same way on the same text) or ``store`` (the database refused the article). ``article.input_fixes``
keeps what storing had to change to fit the schema (NUL characters stripped, metadata clipped), so
the change to the text a reviewer sees is on record. Existing failures get no kind: they are retried
as before.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("fetchstate", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("failure_kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True)
        )
        batch_op.add_column(
            sa.Column("extractor_version", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True)
        )
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.add_column(sa.Column("input_fixes", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_column("input_fixes")
    with op.batch_alter_table("fetchstate", schema=None) as batch_op:
        batch_op.drop_column("extractor_version")
        batch_op.drop_column("failure_kind")
