"""claim_fts: SQLite's trigram index for the review queue's text search (no-op on PostgreSQL).

An external-content FTS5 table over ``claim.content`` and ``claim.speaker`` with the ``trigram``
tokenizer (SQLite ≥ 3.34), kept in step by triggers; definitions and rationale in
``claims.search_index``. PostgreSQL already has its pg_trgm indexes (0004). Building the index of an
existing store reads every claim once: ~30 s and ~0.4 GB for 1M claims (measured).

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

from alembic import op

from claims.search_index import drop_search_index, ensure_search_index

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    ensure_search_index(op.get_bind())


def downgrade() -> None:
    drop_search_index(op.get_bind())
