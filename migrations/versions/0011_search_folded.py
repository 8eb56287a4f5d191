"""claim.search_text: the queue's search on folded text (hamza/alef forms, alef maqsura, ta marbuta,
tatweel, diacritics, case), so ``الاسد`` finds ``الأسد`` on SQLite and PostgreSQL alike.

Backfilled here through the project's one normaliser (``claims.search_index.search_text``), in
batches of 5,000 claims. PostgreSQL gets a pg_trgm GIN index on ``lower(search_text)`` (the form
``claims.queue`` queries); SQLite's FTS5 index moves onto the column (``ensure_search_index`` sees
the new column and rebuilds it). The 0004 indexes on content and speaker stay (unused by the queue).

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from claims.search_index import drop_search_index, ensure_search_index, search_text

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000
INDEX = "ix_claim_search_trgm"


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        drop_search_index(conn)  # its triggers would re-index every row the backfill touches
    op.add_column("claim", sa.Column("search_text", sa.Text(), nullable=True))
    claims = sa.table(
        "claim", sa.column("id", sa.Integer), sa.column("speaker", sa.String),
        sa.column("content", sa.Text), sa.column("search_text", sa.Text),
    )  # fmt: skip
    update = (
        sa.update(claims)
        .where(claims.c.id == sa.bindparam("claim_id"))
        .values(search_text=sa.bindparam("folded"))
    )
    last = 0
    while True:
        rows = conn.execute(
            sa.select(claims.c.id, claims.c.speaker, claims.c.content)
            .where(claims.c.id > last)
            .order_by(claims.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        conn.execute(update, [{"claim_id": i, "folded": search_text(sp, co)} for i, sp, co in rows])
        last = rows[-1][0]
    if conn.dialect.name == "sqlite":
        ensure_search_index(conn)  # now over search_text, built once from the backfilled column
    else:
        op.execute(f"CREATE INDEX {INDEX} ON claim USING gin (lower(search_text) gin_trgm_ops)")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        drop_search_index(conn)  # its triggers name the column
    else:
        op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.drop_column("claim", "search_text")
    if conn.dialect.name == "sqlite":
        ensure_search_index(conn)  # back to the content/speaker layout
