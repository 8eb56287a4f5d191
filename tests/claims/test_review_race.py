"""Two reviewers, one claim: two engines (two connections) racing in threads, on both back ends."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlmodel import Session

from claims import db, review
from claims.actors import Login
from claims.errors import StaleClaim
from claims.models import Claim
from claims.repository import history
from claims.types import ReviewStatus
from tests.claims.review_data import EN_TEXT, NOW, seed_article, seed_users

LEASE = 10


def _race(db_url: str, jobs: list[Callable[[Session], Any]]) -> list[Any]:
    """Run each job in its own thread on its own engine, released together; returns results or errors."""
    engines = [db.make_engine(db_url) for _ in jobs]
    barrier = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)

    def run(i: int) -> None:
        with Session(engines[i], expire_on_commit=False) as session:
            session.connection()  # connect before the start line, so both really race
            barrier.wait(timeout=30)
            try:
                results[i] = jobs[i](session)
                session.commit()
            except Exception as exc:
                session.rollback()
                results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    for engine in engines:
        engine.dispose()
    return results


@pytest.fixture
def claim_ids(session: Session) -> list[int]:
    ids = seed_article(session, url="https://news.example/race", checkworthiness=(0.9, 0.5, 0.1))
    ids += seed_article(
        session,
        url="https://news.example/race2",
        text=EN_TEXT + "\n\nUpdated.",
        checkworthiness=(0.8, 0.4, 0.2),
    )
    assert len(set(ids)) == 6
    session.commit()
    return ids


@pytest.mark.parametrize("round_", range(3))
def test_racing_review_next_never_hands_out_the_same_claim(
    db_url: str, session: Session, claim_ids: list[int], round_: int
) -> None:
    users = seed_users(session)

    def take(user: Login) -> Callable[[Session], Any]:
        def job(s: Session) -> int | None:
            detail = review.review_next(s, actor=user, now=NOW, lease_minutes=LEASE)
            return detail.claim.id if detail else None

        return job

    got = _race(db_url, [take(users["alice"]), take(users["bob"])])
    assert all(isinstance(x, int) for x in got), got
    assert got[0] != got[1]
    session.expire_all()
    holders = {session.get(Claim, cid).lease_holder for cid in got}  # type: ignore[union-attr]
    assert holders == {"alice", "bob"}
    # the two top claims went out, in some order
    top_two = sorted(claim_ids, key=lambda cid: -session.get(Claim, cid).priority)[:2]  # type: ignore[union-attr]
    assert set(got) == set(top_two)


def test_racing_decisions_on_one_version_exactly_one_wins(
    db_url: str, session: Session, claim_ids: list[int]
) -> None:
    users = seed_users(session)
    target = claim_ids[0]

    def decide(user: Login, verdict: ReviewStatus, note: str) -> Callable[[Session], Any]:
        def job(s: Session) -> Claim:
            return review.decide(
                s,
                claim_id=target,
                actor=user,
                verdict=verdict,
                version=1,
                note=note,
                evidence_urls=["https://evidence.example/x"],
                now=NOW,
            )

        return job

    results = _race(
        db_url,
        [
            decide(users["alice"], ReviewStatus.VERIFIED, "confirmed by transcript"),
            decide(users["bob"], ReviewStatus.DISPUTED, "denied by the ministry"),
        ],
    )
    winners = [r for r in results if isinstance(r, Claim)]
    losers = [r for r in results if isinstance(r, Exception)]
    assert len(winners) == 1 and len(losers) == 1, results
    assert isinstance(losers[0], StaleClaim) and "reload" in str(losers[0])
    session.expire_all()
    claim = session.get(Claim, target)
    assert claim is not None and claim.version == 2 and claim.status == winners[0].status
    events = history(session, claim_id=target)
    assert len(events) == 1 and events[0].verdict == claim.status and events[0].actor == claim.reviewed_by
