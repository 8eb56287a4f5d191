"""Queue priority: check-worthiness × cluster size × recency, as one storable number.

The score is time-independent (like Reddit's "hot" ranking): the log of the weight plus a term that
grows with the article's date. Newer claims win without any stored value ever needing a refresh as
the clock moves, so the score can be stored on the claim and indexed for a 1M-row queue. Doubling
the weight is worth :data:`DOUBLING_SECONDS` of recency.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import bindparam, select, union_all
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

from claims.models import Article, Claim

EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
DOUBLING_SECONDS = 86_400.0  # a claim one day newer ranks like one twice as check-worthy
MIN_WEIGHT = 0.01  # check-worthiness 0 still gets a finite score
_CHUNK = 500


def compute_priority(
    checkworthiness: float, cluster_size: int, published_at: datetime | None, created_at: datetime
) -> float:
    """log2(check-worthiness × cluster size) + age term; higher is reviewed first.

    The article's publication time counts, but never later than when we stored the claim (a
    misdated article cannot jump the queue by claiming a future date).
    """
    weight = max(checkworthiness, MIN_WEIGHT) * max(cluster_size, 1)
    when = created_at if published_at is None else min(published_at, created_at)
    return round(math.log2(weight) + (when - EPOCH).total_seconds() / DOUBLING_SECONDS, 6)


_CLAIM = Claim.__table__  # type: ignore[attr-defined]
_ARTICLE = Article.__table__  # type: ignore[attr-defined]
_MEMBERS = _CLAIM.alias("member")
_ROOTS = _CLAIM.alias("root")
_COLUMNS = (
    _CLAIM.c.id, _CLAIM.c.checkworthiness, _CLAIM.c.cluster_id,
    select(_ARTICLE.c.published_at).where(_ARTICLE.c.id == _CLAIM.c.article_id).scalar_subquery(),
    _CLAIM.c.created_at, _CLAIM.c.priority,
)  # fmt: skip
# the claims and every member of their clusters, in one statement: two single-table branches, since
# SQLite plans an OR of the two, a join to article, or a non-covering cluster_id read as a full scan
# (ANALYZE sees one cluster_id value, NULL, in most rows)
_ROWS = union_all(
    select(*_COLUMNS).where(_CLAIM.c.id.in_(bindparam("ids", expanding=True))),
    select(*_COLUMNS).where(
        _CLAIM.c.id.in_(
            select(_MEMBERS.c.id).where(  # ids first (a covering index read), then rows by primary key
                _MEMBERS.c.cluster_id.in_(
                    select(_ROOTS.c.cluster_id).where(
                        _ROOTS.c.id.in_(bindparam("ids", expanding=True)), _ROOTS.c.cluster_id.is_not(None)
                    )
                )
            )
        )
    ),
)


def refresh_priorities(session: Session, *, claim_ids: Sequence[int]) -> None:
    """Recompute the priority of ``claim_ids`` and of every member of their clusters.

    The linker calls this after clustering, since a cluster's size changes all its members' weight.
    One read and one executemany (per 500 ids): per-statement costs dominated linking (RESULTS.md).
    Claims already loaded in the session get the stored values. Does not commit.
    """
    if not claim_ids:
        return
    session.flush()  # the caller's cluster changes must be visible to the query below
    conn = session.connection()
    rows = {}
    for chunk in _chunks(sorted(set(claim_ids))):
        rows.update({r[0]: r for r in conn.execute(_ROWS, {"ids": chunk})})
    sizes = Counter(r[2] for r in rows.values() if r[2] is not None)  # whole clusters were read
    changed: list[tuple[float, int]] = []
    for claim_id, cw, cluster_id, published_at, created_at, current in rows.values():
        size = sizes[cluster_id] if cluster_id is not None else 1
        value = compute_priority(cw, size, published_at, created_at)
        if current != value:  # members whose cluster size did not change need no write
            changed.append((value, claim_id))
    if changed:
        mark = "%s" if conn.dialect.name == "postgresql" else "?"
        sql = f"UPDATE claim SET priority = {mark} WHERE id = {mark}"
        conn.exec_driver_sql(sql, changed)  # type: ignore[arg-type]
    for value, claim_id in changed:  # loaded claims must not keep a stale priority or cluster
        obj = session.identity_map.get(session.identity_key(Claim, claim_id))
        if obj is not None:
            set_committed_value(obj, "priority", value)
    for claim_id, _cw, cluster_id, *_ in rows.values():
        obj = session.identity_map.get(session.identity_key(Claim, claim_id))
        if obj is not None and "cluster_id" in obj.__dict__ and obj.__dict__["cluster_id"] != cluster_id:
            set_committed_value(obj, "cluster_id", cluster_id)


def _chunks(items: list[int]) -> list[list[int]]:
    return [items[i : i + _CHUNK] for i in range(0, len(items), _CHUNK)]
