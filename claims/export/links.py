"""Where else an exported claim appears: live cross-references and cluster members, per batch.

Every query selects by the batch's claim-id range or by primary keys, so each batch costs a
constant handful of index lookups whatever the size of the store (a planner left to join the
article table by hash once per batch made a million-claim export quadratic on PostgreSQL).
State and kind are checked in Python so no planner prefers their indexes over the id range.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Select, bindparam, or_, select
from sqlmodel import col

from claims.export.record import Appearance
from claims.export.sqltext import iso, when
from claims.models import Article, Claim, CrossReference

LIVE_LINKS = ("auto", "confirmed")
_LO, _HI = bindparam("lo"), bindparam("hi")


@lru_cache(maxsize=1)
def _outgoing() -> Select[Any]:
    return select(
        CrossReference.id,
        CrossReference.kind,
        CrossReference.state,
        CrossReference.from_claim_id,
        CrossReference.to_claim_id,
        CrossReference.to_article_id,
        CrossReference.to_url,
    ).where(col(CrossReference.from_claim_id).between(_LO, _HI))


@lru_cache(maxsize=1)
def _incoming() -> Select[Any]:
    return select(
        CrossReference.id,
        CrossReference.kind,
        CrossReference.state,
        CrossReference.to_claim_id,
        CrossReference.from_claim_id,
    ).where(col(CrossReference.to_claim_id).between(_LO, _HI))


@lru_cache(maxsize=1)
def _claim_articles() -> Select[Any]:
    return (
        select(Claim.id, Article.url, when(Article.published_at))
        .join(Article, col(Article.id) == Claim.article_id)
        .where(col(Claim.id).in_(bindparam("ids", expanding=True)))
    )


@lru_cache(maxsize=1)
def _articles() -> Select[Any]:
    return select(Article.id, Article.url, when(Article.published_at)).where(
        col(Article.id).in_(bindparam("ids", expanding=True))
    )


@lru_cache(maxsize=1)
def _members() -> Select[Any]:
    """Claims in the clusters of lo..hi (cluster_id is the canonical member's id) or of ``named`` clusters."""
    named = bindparam("named", expanding=True)
    return (
        select(Claim.cluster_id, Claim.id, Article.url, when(Article.published_at))
        .join(Article, col(Article.id) == Claim.article_id)
        .where(
            or_(
                col(Claim.cluster_id).between(_LO, _HI),
                col(Claim.cluster_id).in_(named),
                col(Claim.id).in_(named),
            )
        )
        .order_by(col(Claim.id))
    )


def links(
    conn: Connection, lo: int, hi: int, rows: Sequence[Any]
) -> dict[int, tuple[list[str], list[Appearance]]]:
    """claim id → (cross-reference URLs, same-claim appearances) for the batch ``rows`` (ids lo..hi).

    ``rows`` are main-query rows: id first, the article URL second, the cluster id last. Same-claim
    links count both ways (whichever end the linker stored), cluster members count as the same
    claim, and the claim's own article is never listed.
    """
    own = {r[0]: r for r in rows}  # the only pass over every row: most claims have no link
    found: dict[int, tuple[dict[str, None], dict[str, Appearance]]] = {}

    def add(claim_id: int, url: str | None, published: Any, same: bool) -> None:
        if not url or claim_id not in own or url == own[claim_id][1]:
            return
        urls, appearances = found.setdefault(claim_id, ({}, {}))
        urls.setdefault(url, None)
        if same:
            appearances.setdefault(url, Appearance(url, iso(published)))

    bounds = {"lo": lo, "hi": hi}
    # (link id, claim id, ("url", text) | ("claim", id) | ("article", id), same claim)
    hits: list[tuple[int, int, tuple[str, Any], bool]] = []
    for link_id, kind, state, src, dst, dst_article, to_url in conn.execute(_outgoing(), bounds).all():
        if state in LIVE_LINKS and src in own:
            target = (
                ("url", to_url) if to_url else ("article", dst_article) if dst_article else ("claim", dst)
            )
            hits.append((link_id, src, target, kind == "same_claim"))
    for link_id, kind, state, dst, src in conn.execute(_incoming(), bounds).all():
        if state in LIVE_LINKS and kind == "same_claim" and dst in own and src is not None:
            hits.append((link_id, dst, ("claim", src), True))
    if hits:
        where = _resolve(conn, hits)
        for _, claim_id, (what, key), same in sorted(hits, key=lambda h: h[0]):
            url, published = (key, None) if what == "url" else where.get((what, key), (None, None))
            add(claim_id, url, published, same)

    clustered: dict[int, list[int]] = {}  # cluster id → the batch's claims that name it
    for r in [r for r in rows if r[-1] is not None]:
        clustered.setdefault(r[-1], []).append(r[0])
    named = sorted(clustered)
    for cluster_id, member_id, url, pub in conn.execute(_members(), {**bounds, "named": named}).all():
        key = cluster_id if cluster_id is not None else member_id
        canonical = own.get(key)  # a batch claim without a cluster_id may itself be the canonical
        mates = clustered.get(key, [])
        for claim_id in [*mates, key] if canonical is not None and canonical[-1] is None else mates:
            if member_id != claim_id:
                add(claim_id, url, pub, True)
    return {cid: (list(urls), list(apps.values())) for cid, (urls, apps) in found.items()}


def _resolve(
    conn: Connection, hits: list[tuple[int, int, tuple[str, Any], bool]]
) -> dict[tuple[str, Any], tuple[str, Any]]:
    """(kind, id) → (URL, published) for the claims and articles the batch's links point at."""
    claim_ids = sorted({key for _, _, (what, key), _ in hits if what == "claim" and key is not None})
    article_ids = sorted({key for _, _, (what, key), _ in hits if what == "article"})
    where: dict[tuple[str, Any], tuple[str, Any]] = {}
    if claim_ids:
        for cid, url, pub in conn.execute(_claim_articles(), {"ids": claim_ids}).all():
            where["claim", cid] = (url, pub)
    if article_ids:
        for aid, url, pub in conn.execute(_articles(), {"ids": article_ids}).all():
            where["article", aid] = (url, pub)
    return where
