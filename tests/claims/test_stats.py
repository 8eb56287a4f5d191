"""Stats for the dashboard: decisions per reviewer and day, queue size over time, precision."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import update
from sqlmodel import Session, col

from claims import review
from claims.models import Claim
from claims.stats import (
    DecisionCount,
    Precision,
    QueuePoint,
    decisions_per_reviewer_day,
    extractor_precision,
    queue_size_over_time,
)
from claims.types import ReviewStatus
from tests.claims.review_data import EN_TEXT, NOW, seed_article, seed_users
from tests.factories import ARABIC_TEXT

DAY = timedelta(days=1)


def _seed(session: Session) -> tuple[list[int], list[int]]:
    en = seed_article(session, url="https://d.example/1")
    en2 = seed_article(session, url="https://d.example/2", text=EN_TEXT + "\n\nMore.")
    ar = seed_article(
        session,
        url="https://h.example/1",
        text=ARABIC_TEXT,
        claims=(("أهمية التنسيق في المرحلة القادمة", "بشار الأسد"), ("صوابية الرؤية السورية", "خاجي")),
        lang="ar",
    )
    # the claims were stored three days before NOW
    session.exec(update(Claim).values(created_at=NOW - 3 * DAY))  # type: ignore[call-overload]
    session.commit()
    return en + en2, ar


def test_decisions_per_reviewer_and_day(session: Session) -> None:
    en, ar = _seed(session)
    users = seed_users(session)
    v = ReviewStatus.VERIFIED
    review.decide(session, claim_id=en[0], actor=users["alice"], verdict=v, version=1, now=NOW - 2 * DAY)
    review.decide(session, claim_id=en[1], actor=users["alice"], verdict=v, version=1, now=NOW - 2 * DAY)
    review.decide(
        session, claim_id=en[2], actor=users["bob"], verdict=ReviewStatus.NOT_A_CLAIM, version=1, now=NOW - DAY
    )
    review.decide(
        session, claim_id=en[0], actor=users["bob"], verdict=ReviewStatus.NOT_A_CLAIM, version=2, now=NOW
    )
    review.correct(
        session, claim_id=ar[0], actor=users["eve"], version=1, cue="أكّد", now=NOW
    )  # not a decision
    review.decide(
        session, claim_id=ar[1], actor=users["alice"], verdict=v, version=1, now=NOW - 40 * DAY
    )  # too old
    session.commit()
    d0 = NOW.date()
    assert decisions_per_reviewer_day(session, days=30, now=NOW) == [
        DecisionCount(d0 - timedelta(days=2), "alice", "verified", 2),
        DecisionCount(d0 - timedelta(days=1), "bob", "not_a_claim", 1),
        DecisionCount(d0, "bob", "not_a_claim", 1),
    ]
    assert decisions_per_reviewer_day(session, days=1, now=NOW) == [
        DecisionCount(d0, "bob", "not_a_claim", 1)
    ]


def test_queue_size_over_time(session: Session) -> None:
    en, ar = _seed(session)
    users = seed_users(session)
    review.decide(
        session,
        claim_id=en[0],
        actor=users["alice"],
        verdict=ReviewStatus.VERIFIED,
        version=1,
        now=NOW - 2 * DAY,
    )
    review.decide(
        session,
        claim_id=en[0],
        actor=users["bob"],
        verdict=ReviewStatus.DISPUTED,
        version=2,
        note="«no such figure»",
        now=NOW,
    )
    review.decide(
        session, claim_id=ar[0], actor=users["bob"], verdict=ReviewStatus.NOT_A_CLAIM, version=1, now=NOW - DAY
    )
    session.commit()
    d0 = NOW.date()
    points = queue_size_over_time(session, days=5, now=NOW)
    assert points == [
        QueuePoint(d0 - timedelta(days=4), 0),
        QueuePoint(d0 - timedelta(days=3), 8),  # six English claims and two Arabic stored
        QueuePoint(d0 - timedelta(days=2), 7),
        QueuePoint(d0 - timedelta(days=1), 6),
        QueuePoint(d0, 6),  # a second decision on a decided claim does not shrink the queue again
    ]
    assert [p.day for p in queue_size_over_time(session, days=30, now=NOW)][-1] == d0


def test_extractor_precision_per_language_and_version(session: Session) -> None:
    en, ar = _seed(session)
    session.exec(update(Claim).where(col(Claim.id).in_(en[3:])).values(extractor_version="2"))  # type: ignore[call-overload]
    session.commit()
    users = seed_users(session)
    v = ReviewStatus.VERIFIED
    review.decide(session, claim_id=en[0], actor=users["alice"], verdict=v, version=1, now=NOW)
    review.decide(
        session, claim_id=en[1], actor=users["alice"], verdict=ReviewStatus.NOT_A_CLAIM, version=1, now=NOW
    )
    review.correct(
        session, claim_id=en[2], actor=users["eve"], version=1, cue="stated", now=NOW
    )  # corrected, undecided
    review.decide(session, claim_id=en[3], actor=users["alice"], verdict=v, version=1, now=NOW)
    review.correct(session, claim_id=ar[0], actor=users["eve"], version=1, cue="أكّد", now=NOW)
    review.decide(session, claim_id=ar[0], actor=users["eve"], verdict=v, version=2, now=NOW)
    review.decide(session, claim_id=ar[1], actor=users["eve"], verdict=v, version=1, now=NOW)
    session.commit()
    assert extractor_precision(session) == [
        Precision("ar", "0", reviewed=2, not_a_claim=0, corrected=1, precision=0.5),
        Precision("en", "0", reviewed=3, not_a_claim=1, corrected=1, precision=round(1 / 3, 4)),
        Precision("en", "2", reviewed=1, not_a_claim=0, corrected=0, precision=1.0),
    ]


def test_stats_of_an_empty_database(session: Session) -> None:
    assert decisions_per_reviewer_day(session, now=NOW) == []
    assert extractor_precision(session) == []
    points = queue_size_over_time(session, days=3, now=NOW)
    assert [p.pending for p in points] == [0, 0, 0] and points[-1].day == date(2026, 11, 29)
