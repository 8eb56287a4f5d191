"""Reading exportable claims: one read snapshot, a streamed main query, batched side lookups.

Memory stays flat whatever the number of claims: the claims come through a server-side cursor
(``yield_per``) in batches, and each batch's review events and cross-references are fetched with one
query each — never one query per claim. Everything is read inside one snapshot (REPEATABLE READ on
PostgreSQL, one read transaction on SQLite in WAL mode), so a claim decided while an export runs is
wholly in or wholly out.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Select, and_, func, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from claims.export.filters import ExportFilter
from claims.models import Article, Claim, CrossReference, ReviewEvent, Source

DECISIONS = ("verify", "dispute")
LIVE_LINKS = ("auto", "confirmed")
BATCH = 2000


@dataclass(slots=True)
class Appearance:
    url: str
    published_at: datetime | None


@dataclass(slots=True)
class ExportRecord:
    """One exported claim with everything every format needs."""

    claim_id: int
    article_url: str
    outlet: str
    published_at: datetime | None
    language: str
    speaker: str
    speaker_kind: str
    speaker_role: str
    cue: str
    claim_text: str
    kind: str
    via: str
    checkworthiness: float
    status: str
    reviewer: str
    reviewed_at: datetime | None
    note: str
    evidence_urls: list[str]
    start: int
    end: int
    crossref_urls: list[str] = field(default_factory=list)
    same_claim: list[Appearance] = field(default_factory=list)  # the same claim in other articles


@contextmanager
def snapshot(session: Session) -> Iterator[Connection]:
    """A connection holding one consistent read snapshot for the whole export.

    A connection of its own, so the caller's session state (an open transaction, pending
    objects) cannot change the isolation; a session bound to a connection is used as it is.
    """
    bind = session.get_bind()
    if isinstance(bind, Connection):
        yield bind
        return
    assert isinstance(bind, Engine)
    with bind.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            with conn.begin():
                yield conn
        elif conn.dialect.name == "sqlite":
            # pysqlite runs SELECTs outside transactions by default: open one so every read of
            # the export sees the same WAL snapshot. Read-only, so no upgrade conflict.
            conn.exec_driver_sql("BEGIN")
            try:
                yield conn
            finally:
                conn.rollback()
        else:
            with conn.begin():
                yield conn


def _where(query: Select[Any], filters: ExportFilter) -> Select[Any]:
    query = query.where(col(Claim.status).in_(filters.statuses))
    decided_at = func.coalesce(Claim.reviewed_at, Claim.updated_at)
    if filters.lower_bound is not None:
        query = query.where(decided_at >= filters.lower_bound)
    if filters.upper_bound is not None:
        query = query.where(decided_at < filters.upper_bound)
    if filters.lang is not None:
        query = query.where(Article.lang == filters.lang)
    if filters.source is not None:
        named = select(Source.id).where(Source.name == filters.source).scalar_subquery()
        query = query.where(or_(col(Article.source_id) == named, Article.outlet == filters.source))
    return query


def count(conn: Connection, filters: ExportFilter) -> int:
    """How many claims ``filters`` select (for a progress bar's total)."""
    query = select(func.count()).select_from(Claim).join(Article, col(Article.id) == Claim.article_id)
    return int(conn.execute(_where(query, filters)).scalar_one())


_MAIN = (
    Claim.id, Article.url, Article.outlet, Article.published_at, Article.lang, Claim.speaker,
    Claim.speaker_kind, Claim.speaker_role, Claim.cue, Claim.content, Claim.kind, Claim.via,
    Claim.checkworthiness, Claim.status, Claim.reviewed_by, Claim.reviewed_at, Claim.start, Claim.end,
    Claim.cluster_id, Claim.article_id,
)  # fmt: skip


def stream(conn: Connection, filters: ExportFilter, *, batch: int = BATCH) -> Iterator[list[ExportRecord]]:
    """The selected claims in id order, in batches of at most ``batch`` records."""
    query = select(*_MAIN).join(Article, col(Article.id) == Claim.article_id)
    query = _where(query, filters).order_by(col(Claim.id)).execution_options(yield_per=batch)
    result = conn.execute(query)
    try:
        for rows in result.partitions():
            yield _complete(conn, rows)
    finally:
        result.close()


def _complete(conn: Connection, rows: Sequence[Any]) -> list[ExportRecord]:
    ids = [r[0] for r in rows]
    decisions = _latest_decisions(conn, ids)
    links = _links(conn, ids, rows)
    records = []
    for r in rows:
        event = decisions.get(r[0])
        crossrefs, same = links.get(r[0], ([], []))
        records.append(
            ExportRecord(
                claim_id=r[0], article_url=r[1], outlet=r[2] or "", published_at=_utc(r[3]), language=r[4],
                speaker=r[5], speaker_kind=r[6], speaker_role=r[7] or "", cue=r[8] or "", claim_text=r[9],
                kind=r[10], via=r[11] or "", checkworthiness=float(r[12] or 0.0), status=r[13],
                reviewer=(event[0] if event else r[14]) or "",
                reviewed_at=_utc(event[1] if event else r[15]),
                note=(event[2] if event else None) or "",
                evidence_urls=list(event[3] or []) if event else [],
                start=r[16], end=r[17], crossref_urls=crossrefs, same_claim=same,
            )
        )  # fmt: skip
    return records


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _latest_decisions(conn: Connection, ids: list[int]) -> dict[int, tuple[Any, ...]]:
    """claim id → (actor, at, note, evidence_urls) of its latest verify/dispute event."""
    query = (
        select(ReviewEvent.claim_id, ReviewEvent.actor, ReviewEvent.at, ReviewEvent.note, ReviewEvent.evidence_urls)
        .where(col(ReviewEvent.claim_id).in_(ids), col(ReviewEvent.action).in_(DECISIONS))
        .order_by(col(ReviewEvent.claim_id), col(ReviewEvent.at), col(ReviewEvent.id))
    )
    return {r[0]: tuple(r[1:]) for r in conn.execute(query)}  # later rows overwrite: the latest wins


def _links(conn: Connection, ids: list[int], rows: Sequence[Any]) -> dict[int, tuple[list[str], list[Appearance]]]:
    """claim id → (cross-reference URLs, same-claim appearances), from live links in both directions.

    Same-claim links count both ways (a link is symmetric whichever end the linker stored), and the
    other members of the claim's cluster count too. The claim's own article is never listed.
    """
    own = {r[0]: r[1] for r in rows}
    found: dict[int, tuple[dict[str, None], dict[str, Appearance]]] = {}

    def add(claim_id: int, url: str | None, published: datetime | None, same: bool) -> None:
        if not url or url == own.get(claim_id):
            return
        urls, appearances = found.setdefault(claim_id, ({}, {}))
        urls.setdefault(url, None)
        if same:
            appearances.setdefault(url, Appearance(url, _utc(published)))

    to_art, to_claim, to_claim_art = aliased(Article), aliased(Claim), aliased(Article)
    from_claim, from_claim_art = aliased(Claim), aliased(Article)
    query = (
        select(
            CrossReference.kind, CrossReference.from_claim_id, CrossReference.to_claim_id, CrossReference.to_url,
            to_art.url, to_art.published_at, to_claim_art.url, to_claim_art.published_at,
            from_claim_art.url, from_claim_art.published_at,
        )  # fmt: skip
        .outerjoin(to_art, col(to_art.id) == CrossReference.to_article_id)
        .outerjoin(to_claim, col(to_claim.id) == CrossReference.to_claim_id)
        .outerjoin(to_claim_art, col(to_claim_art.id) == to_claim.article_id)
        .outerjoin(from_claim, col(from_claim.id) == CrossReference.from_claim_id)
        .outerjoin(from_claim_art, col(from_claim_art.id) == from_claim.article_id)
        .where(
            col(CrossReference.state).in_(LIVE_LINKS),
            or_(
                col(CrossReference.from_claim_id).in_(ids),
                and_(CrossReference.kind == "same_claim", col(CrossReference.to_claim_id).in_(ids)),
            ),
        )
        .order_by(col(CrossReference.id))
    )
    wanted = set(ids)
    for kind, src, dst, to_url, a_url, a_pub, tc_url, tc_pub, fc_url, fc_pub in conn.execute(query):
        same = kind == "same_claim"
        if src in wanted:
            url, pub = (to_url, None) if to_url else (a_url, a_pub) if a_url else (tc_url, tc_pub)
            add(src, url, pub, same)
        if same and dst in wanted:
            add(dst, fc_url, fc_pub, True)

    # cluster_id is the canonical member's id; a claim without one may itself be a canonical.
    clusters: dict[int, list[int]] = {}
    for r in rows:
        clusters.setdefault(r[18] if r[18] is not None else r[0], []).append(r[0])
    keys = list(clusters)
    members = (
        select(Claim.cluster_id, Claim.id, Article.url, Article.published_at)
        .join(Article, col(Article.id) == Claim.article_id)
        .where(or_(col(Claim.cluster_id).in_(keys), col(Claim.id).in_(keys)))
        .order_by(col(Claim.id))
    )
    for cluster_id, member_id, url, pub in conn.execute(members):
        for claim_id in clusters.get(cluster_id if cluster_id is not None else member_id, []):
            if member_id != claim_id:
                add(claim_id, url, pub, True)
    return {cid: (list(urls), list(apps.values())) for cid, (urls, apps) in found.items()}
