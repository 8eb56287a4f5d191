"""Figures for the Stats view: decisions per reviewer and day, queue size, extractor precision.

Plain small dataclasses the UI charts. Aggregation is portable SQL (``CASE`` sums over day
boundaries) or Python over a bounded window, so the same code runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from claims.models import Article, Claim, ReviewEvent, utcnow
from claims.types import ReviewStatus

DECISION_ACTIONS = ("verify", "dispute", "not_a_claim")


@dataclass(frozen=True)
class DecisionCount:
    day: date
    reviewer: str
    verdict: str
    count: int


@dataclass(frozen=True)
class QueuePoint:
    day: date
    pending: int  # claims waiting for a first decision at the end of that day (UTC)


@dataclass(frozen=True)
class Precision:
    lang: str
    extractor_version: str
    reviewed: int  # decided or corrected
    not_a_claim: int
    corrected: int
    precision: float  # share of reviewed claims neither marked Not a claim nor corrected


def _window(days: int, now: datetime | None) -> tuple[datetime, list[date]]:
    today = (now or utcnow()).astimezone(UTC).date()
    day_list = [today - timedelta(days=i) for i in range(max(days, 1) - 1, -1, -1)]
    return datetime.combine(day_list[0], time.min, tzinfo=UTC), day_list


def decisions_per_reviewer_day(
    session: Session, *, days: int = 30, now: datetime | None = None
) -> list[DecisionCount]:
    """How many decisions each reviewer made per day and verdict over the last ``days`` days."""
    start, _ = _window(days, now)
    rows = session.exec(
        select(ReviewEvent.at, ReviewEvent.actor, ReviewEvent.verdict).where(
            col(ReviewEvent.at) >= start, col(ReviewEvent.action).in_(DECISION_ACTIONS)
        )
    ).all()
    counts = Counter((at.astimezone(UTC).date(), actor, verdict or "") for at, actor, verdict in rows)
    return [DecisionCount(d, r, v, n) for (d, r, v), n in sorted(counts.items())]


def queue_size_over_time(
    session: Session, *, days: int = 30, now: datetime | None = None
) -> list[QueuePoint]:
    """Pending claims at the end of each day: created by then minus first-decided by then.

    Reconstructed from ``Claim.created_at`` and the first decision event of each claim, so it
    needs no snapshot table; claims deleted by a re-extraction are not counted.
    """
    start, day_list = _window(days, now)
    ends = [datetime.combine(d + timedelta(days=1), time.min, tzinfo=UTC) for d in day_list]
    # range counts on ix_claim_created_at: each claim's index entry is read once (1M claims: ms, not s)
    created_before = _count(session, col(Claim.created_at) < start)
    created, running = [], created_before
    for lo, hi in zip([start, *ends[:-1]], ends, strict=True):
        running += _count(session, col(Claim.created_at) >= lo, col(Claim.created_at) < hi)
        created.append(running)
    first = (
        select(func.min(ReviewEvent.at).label("at"))
        .where(col(ReviewEvent.action).in_(DECISION_ACTIONS))
        .group_by(col(ReviewEvent.claim_id))
        .subquery()
    )
    decided = session.exec(select(*[func.sum(case((first.c.at < end, 1), else_=0)) for end in ends])).one()
    return [
        QueuePoint(d, int(c or 0) - int(x or 0)) for d, c, x in zip(day_list, created, decided, strict=True)
    ]


def _count(session: Session, *conditions: Any) -> int:
    return int(session.exec(select(func.count()).select_from(Claim).where(*conditions)).one())


def extractor_precision(session: Session) -> list[Precision]:
    """Per language and extractor version: the share of reviewed claims the desk kept as extracted."""
    not_pending = col(Claim.status) != ReviewStatus.PENDING.value
    reviewed = func.sum(case((not_pending | col(Claim.corrected), 1), else_=0))
    nac = func.sum(case((col(Claim.status) == ReviewStatus.NOT_A_CLAIM.value, 1), else_=0))
    corrected = func.sum(case((col(Claim.corrected), 1), else_=0))
    kept = func.sum(
        case(
            ((col(Claim.status) != ReviewStatus.NOT_A_CLAIM.value) & not_pending & ~col(Claim.corrected), 1),
            else_=0,
        )
    )
    # only reviewed claims count: decided ones (through the status index), and corrected pending
    # ones (found through their correction events), never a scan of the whole pending queue
    corrected_ids = select(ReviewEvent.claim_id).where(col(ReviewEvent.action) == "correct")
    decided = [s.value for s in ReviewStatus if s is not ReviewStatus.PENDING]
    groups: dict[tuple[str, str], list[int]] = {}
    for where in (
        col(Claim.status).in_(decided),
        (col(Claim.status) == ReviewStatus.PENDING.value) & col(Claim.id).in_(corrected_ids),
    ):
        for lang, version, *counts in session.exec(
            select(Article.lang, Claim.extractor_version, reviewed, nac, corrected, kept)
            .join(Article, col(Article.id) == col(Claim.article_id))
            .where(where)
            .group_by(Article.lang, Claim.extractor_version)
        ).all():
            total = groups.setdefault((lang, version), [0, 0, 0, 0])
            for i, n in enumerate(counts):
                total[i] += int(n or 0)
    out = []
    for (lang, version), (n, n_nac, n_corr, n_kept) in sorted(groups.items()):
        if not n:
            continue
        out.append(
            Precision(
                lang, version, int(n), int(n_nac or 0), int(n_corr or 0), round(int(n_kept or 0) / int(n), 4)
            )
        )
    return out
