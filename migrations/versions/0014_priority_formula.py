"""Recompute every claim's stored queue priority with the factors it now mixes.

``claims.priority`` now weighs the extractor's doubt, the speaker's prominence and the claim's place
in its article besides check-worthiness, outlets and recency. The score is stored and indexed, so
claims stored before this revision would keep the old formula's values and rank inconsistently
with new ones; this recomputes them all, in keyset batches (no schema change). Like 0005 it uses
the library's function: re-running it later recomputes with whatever the formula then is, which is
the point of it. The downgrade leaves the values (the old formula ranked the same claims, only
with fewer factors).

Revision ID: 0014
Revises: 0013
"""

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5000


def _aware(value: datetime | str | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):  # SQLite hands back text
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def upgrade() -> None:
    from claims.priority import compute_priority

    conn = op.get_bind()
    sizes = Counter(
        {
            cid: n
            for cid, n in conn.execute(
                sa.text("SELECT cluster_id, count(*) FROM claim WHERE cluster_id IS NOT NULL GROUP BY cluster_id")
            )
        }
    )
    mark = "%s" if conn.dialect.name == "postgresql" else "?"
    query = sa.text(
        "SELECT c.id, c.checkworthiness, c.cluster_id, a.published_at, c.created_at, c.confidence, "
        'c.speaker_kind, c.speaker_role, c.start, c.priority FROM claim c JOIN article a ON a.id = c.article_id '
        "WHERE c.id > :after ORDER BY c.id LIMIT :n"
    )
    after = 0
    while True:
        rows = conn.execute(query, {"after": after, "n": _BATCH}).all()
        if not rows:
            break
        changed = []
        for cid, cw, cluster, published, created, conf, kind, role, start, current in rows:
            value = compute_priority(
                cw, sizes.get(cluster, 1) if cluster is not None else 1, _aware(published), _aware(created),  # type: ignore[arg-type]
                confidence=conf, speaker_kind=kind, speaker_role=role or "", start=start,
            )  # fmt: skip
            if value != current:
                changed.append((value, cid))
        if changed:
            conn.exec_driver_sql(f"UPDATE claim SET priority = {mark} WHERE id = {mark}", changed)  # type: ignore[arg-type]
        after = rows[-1][0]


def downgrade() -> None:
    pass
