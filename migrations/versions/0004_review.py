"""review, users and queue: indexes that keep the review queue fast at 1M claims.

``ix_claim_queue_order`` (status, priority, id) serves the queue page and "Review next" in the
order they read (priority desc, id desc) without a sort; ``ix_claim_speaker_queue`` serves the
speaker filter the same way. On PostgreSQL, pg_trgm GIN indexes on ``lower(content)`` and
``lower(speaker)`` serve the text filter (``lower(x) LIKE '%…%'``); pg_trgm is a trusted extension
(PostgreSQL ≥ 13), so the database owner may create it. SQLite has no trigram index: its text filter
scans (figures in tests/perf/RESULTS.md).

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa  # noqa: F401
import sqlmodel  # noqa: F401
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGRAM = {"ix_claim_content_trgm": "content", "ix_claim_speaker_trgm": "speaker"}


def upgrade() -> None:
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.create_index("ix_claim_queue_order", ["status", "priority", "id"], unique=False)
        batch_op.create_index("ix_claim_speaker_queue", ["speaker", "status", "priority"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for name, column in TRIGRAM.items():
            op.execute(f"CREATE INDEX {name} ON claim USING gin (lower({column}) gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in TRIGRAM:
            op.execute(f"DROP INDEX IF EXISTS {name}")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index("ix_claim_speaker_queue")
        batch_op.drop_index("ix_claim_queue_order")
