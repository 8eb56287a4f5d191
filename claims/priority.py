"""Queue priority: check-worthiness × cluster size × recency, as one storable number.

The score is time-independent (like Reddit's "hot" ranking): the log of the weight plus a term that
grows with the article's date. Newer claims win without any stored value ever needing a refresh as
the clock moves, so the score can be stored on the claim and indexed for a 1M-row queue. Doubling
the weight is worth :data:`DOUBLING_SECONDS` of recency.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

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


def refresh_priorities(session: Session, *, claim_ids: Sequence[int]) -> None:
    """Recompute the priority of ``claim_ids`` and of every member of their clusters.

    The linker calls this after clustering, since a cluster's size changes all its members' weight.
    Does not commit.
    """
    ids = set(claim_ids)
    if not ids:
        return
    session.flush()  # the caller's cluster changes must be visible to the queries below
    clusters: set[int] = set()
    for chunk in _chunks(sorted(ids)):
        clusters.update(
            c
            for c in session.exec(select(Claim.cluster_id).where(col(Claim.id).in_(chunk))).all()
            if c is not None
        )
    sizes: dict[int, int] = {}
    for chunk in _chunks(sorted(clusters)):
        rows = session.exec(
            select(Claim.cluster_id, func.count())
            .where(col(Claim.cluster_id).in_(chunk))
            .group_by(Claim.cluster_id)
        ).all()
        sizes.update({cid: n for cid, n in rows if cid is not None})
        ids.update(session.exec(select(Claim.id).where(col(Claim.cluster_id).in_(chunk))).all())  # type: ignore[arg-type]
    changed: list[tuple[float, int]] = []
    for chunk in _chunks(sorted(ids)):
        rows = session.exec(
            select(
                Claim.id, Claim.checkworthiness, Claim.cluster_id, Article.published_at, Claim.created_at,
                Claim.priority,
            )
            .join(Article, col(Article.id) == col(Claim.article_id))
            .where(col(Claim.id).in_(chunk))
        ).all()  # fmt: skip
        for claim_id, cw, cluster_id, published_at, created_at, current in rows:
            size = sizes.get(cluster_id, 1) if cluster_id is not None else 1
            value = compute_priority(cw, size, published_at, created_at)
            if current != value:  # members whose cluster size did not change need no write
                changed.append((value, claim_id))
    if changed:  # one driver-level executemany: per-row ORM statements dominated linking (RESULTS.md)
        conn = session.connection()
        mark = "%s" if conn.dialect.name == "postgresql" else "?"
        conn.exec_driver_sql(f"UPDATE claim SET priority = {mark} WHERE id = {mark}", changed)  # type: ignore[arg-type]
    for obj in list(session.identity_map.values()):  # loaded claims must not keep a stale priority
        if isinstance(obj, Claim) and obj.id in ids:
            session.expire(obj, ["priority"])


def _chunks(items: list[int]) -> list[list[int]]:
    return [items[i : i + _CHUNK] for i in range(0, len(items), _CHUNK)]
