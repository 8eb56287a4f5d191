"""article.metadata_lines: the article's metadata lines (dateline, byline, date, caption, source), labelled.

The cleaner keeps these lines in the text (they are neither claims nor chrome, guideline §4.6) and
labels them; storing the labels lets the article view show a byline as a byline and lets later
readers (same-claim anchors, the desk) tell a dateline from a sentence without cleaning again.
Each entry is ``{"kind", "start", "end"}`` into ``article.text``. Articles stored before have none:
their raw page is not kept, so their labels cannot be recomputed.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.add_column(sa.Column("metadata_lines", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_column("metadata_lines")
