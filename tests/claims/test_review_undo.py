"""Undo and Skip on both back ends: who may undo, for how long, on an unchanged claim only; a skip
that keeps the claim out of that reviewer's Review next (and queue) until the end of their day.
Also evidence links typed without a scheme."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, col, select

from claims import review
from claims.errors import LeaseHeld, PermissionDenied, ReviewError, StaleClaim
from claims.models import Claim, ClaimSkip, ReviewEvent
from claims.queue import QueueFilter, end_of_day, queue_page
from claims.types import ReviewStatus
from tests.claims.review_data import NOW, seed_article, seed_users

LEASE = 10
WINDOW = timedelta(minutes=5)


@pytest.fixture
def ids(session: Session) -> list[int]:
    out = seed_article(session, url="https://news.example/u", checkworthiness=(0.9, 0.5, 0.1))
    session.commit()
    return out


@pytest.fixture
def users(session: Session) -> dict:
    return seed_users(session)


def _claim(session: Session, claim_id: int) -> Claim:
    session.expire_all()
    claim = session.get(Claim, claim_id)
    assert claim is not None
    return claim


def _verify(session: Session, claim_id: int, actor: object, at: datetime = NOW) -> Claim:
    version = _claim(session, claim_id).version
    claim = review.decide(
        session, claim_id=claim_id, actor=actor, verdict=ReviewStatus.VERIFIED, version=version,  # type: ignore[arg-type]
        note="ok", now=at,
    )  # fmt: skip
    session.commit()
    return claim


def test_undo_restores_the_previous_state_and_appends_an_event(
    session: Session, ids: list[int], users: dict
) -> None:
    start = _claim(session, ids[0]).version
    decided = _verify(session, ids[0], users["alice"])
    assert (decided.status, decided.version) == ("verified", start + 1)
    undone = review.undo(
        session, claim_id=ids[0], actor=users["alice"], now=NOW + timedelta(minutes=2), window=WINDOW,
        lease_minutes=LEASE,
    )  # fmt: skip
    session.commit()
    claim = _claim(session, ids[0])
    assert (claim.status, claim.reviewed_by, claim.reviewed_at) == ("pending", None, None)
    assert claim.version == start + 2 == undone.version  # bumped, never rolled back
    assert claim.lease_holder == "alice"  # to decide it anew
    events = session.exec(
        select(ReviewEvent).where(col(ReviewEvent.claim_id) == ids[0]).order_by(col(ReviewEvent.id))
    ).all()
    assert [e.action for e in events] == ["verify", "undo"]  # the decision stays in the history
    assert events[1].before and events[1].before["status"] == "verified"
    assert events[1].after and events[1].after["status"] == "pending"
    assert events[1].claim_version == claim.version


def test_undo_of_a_second_decision_restores_the_first(session: Session, ids: list[int], users: dict) -> None:
    first = _verify(session, ids[0], users["alice"])
    review.decide(
        session, claim_id=ids[0], actor=users["bob"], verdict=ReviewStatus.NOT_A_CLAIM, version=first.version,
        now=NOW + timedelta(minutes=1),
    )  # fmt: skip
    session.commit()
    with pytest.raises(PermissionDenied, match="only bob"):
        review.undo(
            session, claim_id=ids[0], actor=users["alice"], now=NOW + timedelta(minutes=2), window=WINDOW
        )
    review.undo(session, claim_id=ids[0], actor=users["bob"], now=NOW + timedelta(minutes=2), window=WINDOW)
    session.commit()
    claim = _claim(session, ids[0])
    assert (claim.status, claim.reviewed_by, claim.reviewed_at) == ("verified", "alice", NOW)
    with pytest.raises(StaleClaim):  # the undo changed the claim: nothing left to undo twice
        review.undo(
            session, claim_id=ids[0], actor=users["alice"], now=NOW + timedelta(minutes=3), window=WINDOW
        )


def test_undo_is_refused_to_others_after_the_window_and_once_the_claim_changed(
    session: Session, ids: list[int], users: dict
) -> None:
    with pytest.raises(ReviewError, match="no decision to undo"):
        review.undo(session, claim_id=ids[0], actor=users["alice"], now=NOW, window=WINDOW)
    decided = _verify(session, ids[0], users["alice"])
    with pytest.raises(PermissionDenied, match="only alice"):
        review.undo(
            session, claim_id=ids[0], actor=users["bob"], now=NOW + timedelta(minutes=1), window=WINDOW
        )
    with pytest.raises(ReviewError, match="too late to undo"):
        review.undo(
            session,
            claim_id=ids[0],
            actor=users["alice"],
            now=NOW + WINDOW + timedelta(seconds=1),
            window=WINDOW,
        )
    review.correct(
        session, claim_id=ids[0], actor=users["eve"], version=decided.version, cue="stated",
        now=NOW + timedelta(minutes=1),
    )  # fmt: skip
    session.commit()
    with pytest.raises(StaleClaim, match="cannot be undone"):
        review.undo(
            session, claim_id=ids[0], actor=users["alice"], now=NOW + timedelta(minutes=2), window=WINDOW
        )
    claim = _claim(session, ids[0])
    assert claim.status == "verified" and claim.cue == "stated"
    actions = session.exec(select(ReviewEvent.action).where(col(ReviewEvent.claim_id) == ids[0])).all()
    assert sorted(actions) == ["correct", "verify"]  # refusals wrote nothing


def test_undo_waits_for_someone_elses_lease(session: Session, ids: list[int], users: dict) -> None:
    _verify(session, ids[0], users["alice"])
    review.open_claim(
        session, claim_id=ids[0], actor=users["bob"], now=NOW + timedelta(minutes=1), lease_minutes=LEASE
    )
    session.commit()
    with pytest.raises(LeaseHeld):
        review.undo(
            session, claim_id=ids[0], actor=users["alice"], now=NOW + timedelta(minutes=2), window=WINDOW
        )
    assert _claim(session, ids[0]).status == "verified"


def test_a_skip_sticks_until_the_end_of_the_reviewers_day(
    session: Session, ids: list[int], users: dict
) -> None:
    top = review.review_next(session, actor=users["alice"], now=NOW, lease_minutes=LEASE)
    assert top is not None and top.claim.id == ids[0]
    until = review.skip_claim(session, claim_id=ids[0], actor=users["alice"], now=NOW)
    session.commit()
    assert until == datetime(2026, 11, 30, tzinfo=UTC)
    assert _claim(session, ids[0]).lease_holder is None
    later = NOW + timedelta(hours=3)
    again = review.review_next(session, actor=users["alice"], now=later, lease_minutes=LEASE)
    assert again is not None and again.claim.id == ids[1]  # not the skipped one, hours later
    session.commit()
    other = review.review_next(session, actor=users["bob"], now=later, lease_minutes=LEASE)
    assert other is not None and other.claim.id == ids[0]  # bob never skipped it
    session.commit()
    # the queue: alice's skipped claims leave her list, and the "skipped" filter lists them
    me = users_id(session, "alice")
    mine, _ = queue_page(session, filters=QueueFilter(reviewer_id=me), now=later)
    assert ids[0] not in [r.claim_id for r in mine] and ids[1] in [r.claim_id for r in mine]
    skipped, total = queue_page(session, filters=QueueFilter(reviewer_id=me, skipped=True), now=later)
    assert [r.claim_id for r in skipped] == [ids[0]] and total == 1
    # the next day it is back
    review.release(session, claim_id=ids[0], actor=users["bob"], now=later)
    session.commit()
    tomorrow = until + timedelta(minutes=1)
    back, _ = queue_page(session, filters=QueueFilter(reviewer_id=me), now=tomorrow)
    assert back[0].claim_id == ids[0]


def test_skipping_twice_keeps_one_row_and_the_later_end(
    session: Session, ids: list[int], users: dict
) -> None:
    review.skip_claim(session, claim_id=ids[1], actor=users["alice"], now=NOW)
    review.skip_claim(session, claim_id=ids[1], actor=users["alice"], now=NOW + timedelta(days=1))
    session.commit()
    rows = session.exec(select(ClaimSkip).where(col(ClaimSkip.claim_id) == ids[1])).all()
    assert len(rows) == 1 and rows[0].until == datetime(2026, 12, 1, tzinfo=UTC)


def test_end_of_day_follows_the_time_zone() -> None:
    late = datetime(2026, 11, 29, 22, 30, tzinfo=UTC)  # already 30 Nov 00:30 in Damascus (UTC+3)
    assert end_of_day(late) == datetime(2026, 11, 30, tzinfo=UTC)
    assert end_of_day(late, "Asia/Damascus") == datetime(2026, 11, 30, 21, tzinfo=UTC)


def users_id(session: Session, name: str) -> int:
    from claims.auth import get_user

    user = get_user(session, name=name)
    assert user is not None and user.id is not None
    return user.id


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("example.org/report?id=3", "https://example.org/report?id=3"),
        ("  www.bbc.co.uk/news ", "https://www.bbc.co.uk/news"),
        ("http://example.org/a", "http://example.org/a"),
        ("عربي.example/صفحة", "https://عربي.example/صفحة"),
    ],
)
def test_a_link_without_its_scheme_is_taken_as_https(typed: str, stored: str) -> None:
    assert review.check_evidence_urls([typed]) == [stored]


@pytest.mark.parametrize(
    "typed",
    [
        "[click](javascript:alert(1))",
        "localhost/admin",
        "127.0.0.1/x",
        "10.0.0.2/x",
        "notes",
        "a.b",
        "javascript:alert(1)",
        "foo bar.org",
    ],
)
def test_what_is_not_a_public_host_stays_refused(typed: str) -> None:
    with pytest.raises(ReviewError, match="must be http"):
        review.check_evidence_urls([typed])
