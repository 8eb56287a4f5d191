"""The review queue: pending claims ordered by stored priority, filtered and paged.

Ordering is ``priority DESC, id DESC`` on the ``ix_claim_queue_order`` index (status, priority, id),
so page 1 of a 1M-claim queue reads a few index entries rather than sorting the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func
from sqlmodel import Session, col, select

from claims.models import Article, Claim
from claims.types import ReviewStatus

MAX_PAGE_SIZE = 200
TOP_SPEAKERS = 200


@dataclass(frozen=True)
class QueueFilter:
    """What the reviewer narrowed the queue to; ``None`` means no restriction on that field.

    ``since``/``until`` are inclusive dates (UTC) of the article's publication; ``text`` searches the
    claim's content and speaker, case-insensitively.
    """

    lang: str | None = None
    outlet: str | None = None
    speaker: str | None = None
    status: str | None = "pending"
    since: date | None = None
    until: date | None = None
    text: str | None = None


@dataclass(frozen=True)
class QueueRow:
    claim_id: int
    article_id: int
    speaker: str
    speaker_role: str
    speaker_kind: str
    cue: str
    content: str
    kind: str
    lang: str
    outlet: str | None
    title: str | None
    published_at: datetime | None
    checkworthiness: float
    checkworthy_reasons: list[str]
    priority: float
    cluster_size: int
    status: str
    lease_holder: str | None  # None when nobody holds an unexpired lease
    lease_expires_at: datetime | None
    version: int


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def apply_filters(query: Select[Any], filters: QueueFilter) -> Select[Any]:
    """Add the filter's conditions to a query over Claim joined to Article (shared with review_next)."""
    if filters.status:
        if filters.status not in {s.value for s in ReviewStatus}:
            from claims.errors import InputError

            raise InputError(f"unknown status {filters.status!r}")
        query = query.where(col(Claim.status) == filters.status)
    if filters.lang:
        query = query.where(col(Article.lang) == filters.lang)
    if filters.outlet:
        query = query.where(col(Article.outlet) == filters.outlet)
    if filters.speaker:
        query = query.where(col(Claim.speaker) == filters.speaker)
    if filters.since:
        query = query.where(col(Article.published_at) >= _day_start(filters.since))
    if filters.until:
        query = query.where(col(Article.published_at) < _day_start(filters.until + timedelta(days=1)))
    if filters.text and filters.text.strip():
        needle = filters.text.strip()
        query = query.where(
            col(Claim.content).icontains(needle, autoescape=True) | col(Claim.speaker).icontains(needle, autoescape=True)
        )
    return query


def _needs_article(filters: QueueFilter) -> bool:
    return bool(filters.lang or filters.outlet or filters.since or filters.until)


def queue_page(
    session: Session, *, filters: QueueFilter, page: int = 1, page_size: int = 25, now: datetime
) -> tuple[list[QueueRow], int]:
    """One page of the queue, highest priority first, and the number of matching claims."""
    page = max(page, 1)
    page_size = min(max(page_size, 1), MAX_PAGE_SIZE)
    rows_q = apply_filters(select(Claim, Article).join(Article, col(Article.id) == col(Claim.article_id)), filters)
    rows_q = rows_q.order_by(col(Claim.priority).desc(), col(Claim.id).desc())
    rows = session.exec(rows_q.offset((page - 1) * page_size).limit(page_size)).all()  # type: ignore[call-overload]
    count_q = select(func.count()).select_from(Claim)
    if _needs_article(filters):
        count_q = count_q.join(Article, col(Article.id) == col(Claim.article_id))
    total = int(session.exec(apply_filters(count_q, filters)).one())  # type: ignore[call-overload]
    sizes = _cluster_sizes(session, [c.cluster_id for c, _ in rows if c.cluster_id is not None])
    return [_row(c, a, sizes, now) for c, a in rows], total


def _cluster_sizes(session: Session, cluster_ids: list[int]) -> dict[int, int]:
    if not cluster_ids:
        return {}
    query = (
        select(Claim.cluster_id, func.count())
        .where(col(Claim.cluster_id).in_(set(cluster_ids)))
        .group_by(Claim.cluster_id)
    )
    return {cid: n for cid, n in session.exec(query).all() if cid is not None}


def _row(c: Claim, a: Article, sizes: dict[int, int], now: datetime) -> QueueRow:
    held = c.lease_holder is not None and c.lease_expires_at is not None and c.lease_expires_at > now
    assert c.id is not None and a.id is not None
    return QueueRow(
        claim_id=c.id,
        article_id=a.id,
        speaker=c.speaker,
        speaker_role=c.speaker_role,
        speaker_kind=c.speaker_kind,
        cue=c.cue,
        content=c.content,
        kind=c.kind,
        lang=a.lang,
        outlet=a.outlet,
        title=a.title,
        published_at=a.published_at,
        checkworthiness=c.checkworthiness,
        checkworthy_reasons=list(c.checkworthy_reasons),
        priority=c.priority,
        cluster_size=sizes.get(c.cluster_id, 1) if c.cluster_id is not None else 1,
        status=c.status,
        lease_holder=c.lease_holder if held else None,
        lease_expires_at=c.lease_expires_at if held else None,
        version=c.version,
    )


def filter_options(session: Session, *, top_speakers: int = TOP_SPEAKERS) -> dict[str, list[str]]:
    """Choices for the filter widgets: languages, outlets, and the most frequent speakers."""
    langs = session.exec(select(Article.lang).distinct().order_by(col(Article.lang))).all()
    outlets = session.exec(
        select(Article.outlet).where(col(Article.outlet).is_not(None)).distinct().order_by(col(Article.outlet))
    ).all()
    speakers = session.exec(
        select(Claim.speaker)
        .group_by(Claim.speaker)
        .order_by(func.count().desc(), col(Claim.speaker))
        .limit(top_speakers)
    ).all()
    return {
        "lang": [x for x in langs if x],
        "outlet": [x for x in outlets if x],
        "speaker": [x for x in speakers if x],
    }
