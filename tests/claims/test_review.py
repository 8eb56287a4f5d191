"""Review rules on both back ends: leases, decisions, the stale-version guard, corrections."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session, select

from claims import auth, logins, review
from claims.actors import OPERATOR, Login
from claims.errors import InputError, LeaseHeld, LoginEnded, PermissionDenied, ReviewError, StaleClaim
from claims.models import Claim, ReviewEvent
from claims.queue import QueueFilter
from claims.repository import history
from claims.types import ReviewStatus
from tests.claims.review_data import NOW, seed_article, seed_users
from tests.factories import ARABIC_TEXT, LOGIN_AT

LEASE = 10
URL = "https://evidence.example/report"


@pytest.fixture
def ids(session: Session) -> list[int]:
    out = seed_article(session, url="https://news.example/a", checkworthiness=(0.9, 0.5, 0.1))
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


# ---------------------------------------------------------------- leases


def test_opening_takes_a_lease_others_see_who_holds_it(session: Session, ids: list[int], users: dict) -> None:
    detail = review.open_claim(session, claim_id=ids[0], actor=users["alice"], now=NOW, lease_minutes=LEASE)
    session.commit()
    assert detail.claim.lease_holder == "alice" and detail.lease_note is None
    assert detail.claim.lease_expires_at == NOW + timedelta(minutes=LEASE)
    with pytest.raises(LeaseHeld, match="held by alice until 09:10 UTC"):
        review.open_claim(
            session, claim_id=ids[0], actor=users["bob"], now=NOW + timedelta(minutes=1), lease_minutes=LEASE
        )
    seen = review.read_claim(session, claim_id=ids[0], now=NOW + timedelta(minutes=1))
    assert seen.lease_note == "held by alice until 09:10 UTC" and seen.claim.lease_holder == "alice"
    # the holder re-opening renews; the version does not move (an open form must not go stale)
    again = review.open_claim(
        session, claim_id=ids[0], actor=users["alice"], now=NOW + timedelta(minutes=5), lease_minutes=LEASE
    )
    assert again.claim.lease_expires_at == NOW + timedelta(minutes=15) and again.claim.version == 1


def test_an_expired_lease_returns_the_claim_to_the_queue(session: Session, ids: list[int], users: dict) -> None:
    review.open_claim(session, claim_id=ids[0], actor=users["alice"], now=NOW, lease_minutes=LEASE)
    session.commit()
    later = NOW + timedelta(minutes=LEASE + 1)
    assert review.read_claim(session, claim_id=ids[0], now=later).lease_note is None
    nxt = review.review_next(session, actor=users["bob"], now=later, lease_minutes=LEASE)
    assert nxt is not None and nxt.claim.id == ids[0] and nxt.claim.lease_holder == "bob"
    session.commit()
    with pytest.raises(LeaseHeld, match="held by bob"):
        review.renew_lease(session, claim_id=ids[0], actor=users["alice"], now=later, lease_minutes=LEASE)


def test_renew_and_release(session: Session, ids: list[int], users: dict) -> None:
    review.open_claim(session, claim_id=ids[1], actor=users["alice"], now=NOW, lease_minutes=LEASE)
    review.renew_lease(
        session, claim_id=ids[1], actor=users["alice"], now=NOW + timedelta(minutes=8), lease_minutes=LEASE
    )
    assert _claim(session, ids[1]).lease_expires_at == NOW + timedelta(minutes=18)
    review.release(session, claim_id=ids[1], actor=users["bob"], now=NOW)  # not bob's: a no-op
    assert _claim(session, ids[1]).lease_holder == "alice"
    review.release(session, claim_id=ids[1], actor=users["alice"], now=NOW)
    claim = _claim(session, ids[1])
    assert claim.lease_holder is None and claim.lease_expires_at is None and claim.version == 1


def test_review_next_takes_the_top_claim_nobody_else_holds(session: Session, ids: list[int], users: dict) -> None:
    first = review.review_next(session, actor=users["alice"], now=NOW, lease_minutes=LEASE)
    session.commit()
    assert first is not None and first.claim.id == ids[0]  # check-worthiness 0.9
    second = review.review_next(session, actor=users["bob"], now=NOW, lease_minutes=LEASE)
    session.commit()
    assert second is not None and second.claim.id == ids[1]
    # alice asking again gets the claim she already holds, or a skipped one's successor
    assert review.review_next(session, actor=users["alice"], now=NOW, lease_minutes=LEASE).claim.id == ids[0]  # type: ignore[union-attr]
    skipped = review.review_next(session, actor=users["alice"], now=NOW, lease_minutes=LEASE, skip=[ids[0]])
    assert skipped is not None and skipped.claim.id == ids[2]
    session.commit()
    assert review.review_next(session, actor=users["carol"], now=NOW, lease_minutes=LEASE) is None


def test_review_next_honours_filters_and_skips_decided_claims(
    session: Session, ids: list[int], users: dict
) -> None:
    ar = seed_article(
        session,
        url="https://hashtag.example/ar",
        text=ARABIC_TEXT,
        claims=(("أهمية التنسيق في المرحلة القادمة", "بشار الأسد"),),
        lang="ar",
        outlet="هاشتاغ",
        checkworthiness=(0.05,),
    )
    review.decide(
        session, claim_id=ids[0], actor=users["alice"], verdict=ReviewStatus.VERIFIED, version=1, now=NOW
    )
    session.commit()
    nxt = review.review_next(session, actor=users["bob"], now=NOW, lease_minutes=LEASE)
    assert nxt is not None and nxt.claim.id == ids[1]
    only_ar = review.review_next(
        session, actor=users["bob"], now=NOW, lease_minutes=LEASE, filters=QueueFilter(lang="ar")
    )
    assert only_ar is not None and only_ar.claim.id == ar[0] and only_ar.article.lang == "ar"
    by_speaker = review.review_next(
        session,
        actor=users["carol"],
        now=NOW,
        lease_minutes=LEASE,
        filters=QueueFilter(speaker="Central Bank", status=None),
    )
    assert by_speaker is not None and by_speaker.claim.id == ids[2]


def test_detail_carries_the_paragraph_and_history(session: Session, ids: list[int]) -> None:
    detail = review.read_claim(session, claim_id=ids[1])
    start, end = detail.paragraph
    paragraph = detail.article.text[start:end]
    assert paragraph == "Opposition leader Sam Reed said the figure was wrong."
    assert start <= detail.claim.start < detail.claim.end <= end
    assert detail.history == [] and detail.lease_note is None
    with pytest.raises(InputError, match="no claim 999999"):
        review.read_claim(session, claim_id=999999)


def test_paragraph_bounds_at_the_edges() -> None:
    assert review.paragraph_bounds("one line", 0, 3) == (0, 8)
    assert review.paragraph_bounds("a\nbcd\ne", 2, 4) == (2, 5)
    assert review.paragraph_bounds("a\nbc\nd\ne", 2, 6) == (2, 6)  # a span over two lines keeps both


# ---------------------------------------------------------------- decisions


def test_verify_records_an_event_bumps_the_version_and_releases(
    session: Session, ids: list[int], users: dict
) -> None:
    detail = review.open_claim(session, claim_id=ids[0], actor=users["alice"], now=NOW, lease_minutes=LEASE)
    claim = review.decide(
        session,
        claim_id=ids[0],
        actor=users["alice"],
        verdict=ReviewStatus.VERIFIED,
        version=detail.claim.version,
        note="  matches the ministry's release ",
        evidence_urls=[URL, " ", URL],
        now=NOW + timedelta(minutes=2),
    )
    session.commit()
    claim = _claim(session, ids[0])
    assert claim.status == "verified" and claim.version == 2
    assert claim.reviewed_by == "alice" and claim.reviewed_at == NOW + timedelta(minutes=2)
    assert claim.lease_holder is None and claim.lease_expires_at is None
    [event] = history(session, claim_id=ids[0])
    assert (event.actor, event.action, event.verdict, event.claim_version) == (
        "alice",
        "verify",
        "verified",
        2,
    )
    assert event.note == "matches the ministry's release" and event.evidence_urls == [URL]
    assert event.before is not None and event.after is not None
    assert (event.before["status"], event.after["status"]) == ("pending", "verified")
    assert (event.before["version"], event.after["version"]) == (1, 2)


def test_a_stale_version_is_refused_and_nothing_is_overwritten(
    session: Session, ids: list[int], users: dict
) -> None:
    review.decide(
        session, claim_id=ids[0], actor=users["alice"], verdict=ReviewStatus.VERIFIED, version=1, now=NOW
    )
    session.commit()
    with pytest.raises(StaleClaim, match=r"changed by alice at 2026-11-29 09:00 UTC .*reload"):
        review.decide(
            session,
            claim_id=ids[0],
            actor=users["bob"],
            verdict=ReviewStatus.NOT_A_CLAIM,
            version=1,
            now=NOW + timedelta(minutes=1),
        )
    session.rollback()
    claim = _claim(session, ids[0])
    assert claim.status == "verified" and claim.reviewed_by == "alice" and claim.version == 2
    assert len(history(session, claim_id=ids[0])) == 1


def test_a_claim_leased_to_someone_else_cannot_be_decided(
    session: Session, ids: list[int], users: dict
) -> None:
    review.open_claim(session, claim_id=ids[0], actor=users["alice"], now=NOW, lease_minutes=LEASE)
    session.commit()
    with pytest.raises(LeaseHeld, match="held by alice"):
        review.decide(
            session, claim_id=ids[0], actor=users["bob"], verdict=ReviewStatus.VERIFIED, version=1, now=NOW
        )
    # after the lease expires bob may decide
    later = NOW + timedelta(minutes=LEASE)
    review.decide(
        session, claim_id=ids[0], actor=users["bob"], verdict=ReviewStatus.VERIFIED, version=1, now=later
    )
    session.commit()
    assert _claim(session, ids[0]).reviewed_by == "bob"


def test_a_new_decision_replaces_the_old_and_both_stay_in_history(
    session: Session, ids: list[int], users: dict
) -> None:
    review.decide(
        session, claim_id=ids[1], actor=users["alice"], verdict=ReviewStatus.VERIFIED, version=1, now=NOW
    )
    review.decide(
        session,
        claim_id=ids[1],
        actor=users["bob"],
        verdict=ReviewStatus.DISPUTED,
        version=2,
        note="The statistics office publishes 4.1 percent",
        evidence_urls=["http://stats.example/cpi"],
        now=NOW + timedelta(hours=1),
    )
    session.commit()
    claim = _claim(session, ids[1])
    assert (claim.status, claim.reviewed_by, claim.version) == ("disputed", "bob", 3)
    events = history(session, claim_id=ids[1])
    assert [e.verdict for e in events] == ["verified", "disputed"]
    assert events[1].before is not None and events[1].before["status"] == "verified"


def test_not_a_claim_leaves_the_queue(session: Session, ids: list[int], users: dict) -> None:
    review.decide(
        session, claim_id=ids[0], actor=users["alice"], verdict=ReviewStatus.NOT_A_CLAIM, version=1, now=NOW
    )
    session.commit()
    assert _claim(session, ids[0]).status == "not_a_claim"
    assert review.review_next(session, actor=users["alice"], now=NOW, lease_minutes=LEASE).claim.id == ids[1]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("note", "urls", "message"),
    [
        ("", [URL], "Disputed needs a note"),
        ("   ", [URL], "Disputed needs a note"),
        ("the numbers are off", [], "evidence link or a quoted source"),
        ("it isn't true, the ministry didn't say it", [], "evidence link or a quoted source"),
        ("the numbers are off", ["javascript:alert(1)"], "http"),
        ("the numbers are off", ["ftp://files.example/x"], "http"),
        ("the numbers are off", ["https://"], "http"),
        ("the numbers are off", ["https://ok.example/a b"], "http"),
    ],
)
def test_disputed_needs_a_note_and_evidence(
    session: Session, ids: list[int], users: dict, note: str, urls: list[str], message: str
) -> None:
    with pytest.raises(ReviewError, match=message):
        review.decide(
            session,
            claim_id=ids[0],
            actor=users["alice"],
            verdict=ReviewStatus.DISPUTED,
            version=1,
            note=note,
            evidence_urls=urls,
            now=NOW,
        )
    session.rollback()
    assert _claim(session, ids[0]).status == "pending"
    assert session.exec(select(ReviewEvent)).all() == []


def test_disputed_with_a_quoted_source_instead_of_a_link(
    session: Session, ids: list[int], users: dict
) -> None:
    claim = review.decide(
        session,
        claim_id=ids[0],
        actor=users["alice"],
        verdict=ReviewStatus.DISPUTED,
        version=1,
        note="وزارة المالية: «التضخم بلغ 4 بالمئة» في بيانها الشهري",
        now=NOW,
    )
    assert claim.status == "disputed"


def test_unsafe_evidence_is_refused_for_verified_too(session: Session, ids: list[int], users: dict) -> None:
    with pytest.raises(ReviewError, match="http"):
        review.decide(
            session,
            claim_id=ids[0],
            actor=users["alice"],
            verdict=ReviewStatus.VERIFIED,
            version=1,
            evidence_urls=["JavaScript:alert(document.cookie)"],
            now=NOW,
        )


def test_pending_is_not_a_verdict(session: Session, ids: list[int], users: dict) -> None:
    with pytest.raises(ReviewError, match="Verified, Disputed or Not a claim"):
        review.decide(
            session, claim_id=ids[0], actor=users["alice"], verdict=ReviewStatus.PENDING, version=1, now=NOW
        )
    with pytest.raises(ReviewError, match="unknown verdict"):
        review.decide(session, claim_id=ids[0], actor=users["alice"], verdict="true", version=1, now=NOW)  # type: ignore[arg-type]


def test_a_deactivated_user_cannot_decide(session: Session, ids: list[int], users: dict) -> None:
    auth.set_active(session, actor=OPERATOR, name="alice", active=False)
    session.commit()
    with pytest.raises(PermissionDenied, match="deactivated"):
        review.decide(
            session, claim_id=ids[0], actor=users["alice"], verdict=ReviewStatus.VERIFIED, version=1, now=NOW
        )


def _verify(session: Session, claim_id: int, actor: Login) -> Claim:
    return review.decide(
        session, claim_id=claim_id, actor=actor, verdict=ReviewStatus.VERIFIED, version=1, now=NOW
    )


def test_a_logged_out_login_cannot_decide(session: Session, ids: list[int], users: dict) -> None:
    """The tab was logged out in another tab: its button handler still holds the old token."""
    logins.end_session(session, users["alice"].token)
    session.commit()
    with pytest.raises(LoginEnded, match="log in again"):
        _verify(session, ids[0], users["alice"])
    session.rollback()
    assert _claim(session, ids[0]).status == "pending" and history(session, claim_id=ids[0]) == []


def test_a_login_ended_by_a_password_change_cannot_decide_or_lease(
    session: Session, ids: list[int], users: dict
) -> None:
    auth.set_password(session, actor=OPERATOR, name="alice", password="a-brand-new-secret")
    session.commit()
    with pytest.raises(LoginEnded, match="password was changed"):
        _verify(session, ids[0], users["alice"])
    with pytest.raises(LoginEnded):
        review.open_claim(session, claim_id=ids[0], actor=users["alice"], now=NOW, lease_minutes=LEASE)
    with pytest.raises(LoginEnded):
        review.review_next(session, actor=users["alice"], now=NOW, lease_minutes=LEASE)
    session.rollback()
    assert _claim(session, ids[0]).lease_holder is None and _claim(session, ids[0]).status == "pending"


def test_an_expired_or_unknown_login_cannot_decide(session: Session, ids: list[int], users: dict) -> None:
    with pytest.raises(LoginEnded, match="expired"):
        review.decide(
            session, claim_id=ids[0], actor=users["alice"], verdict=ReviewStatus.VERIFIED, version=1,
            now=LOGIN_AT + timedelta(days=3651),
        )  # fmt: skip
    for forged in (Login(""), Login("x" * 43)):
        with pytest.raises(LoginEnded):
            _verify(session, ids[0], forged)


def test_the_role_is_read_at_the_act_not_at_login(session: Session, ids: list[int], users: dict) -> None:
    auth.set_role(session, actor=OPERATOR, name="eve", role="reviewer")
    session.commit()
    with pytest.raises(PermissionDenied, match="only editor or admin may correct"):
        review.correct(session, claim_id=ids[0], actor=users["eve"], version=1, speaker="Someone", now=NOW)


def test_the_operator_cannot_review(session: Session, ids: list[int]) -> None:
    with pytest.raises(PermissionDenied, match="operator cannot decide"):
        _verify(session, ids[0], OPERATOR)  # type: ignore[arg-type]


# ---------------------------------------------------------------- corrections


def test_a_reviewer_cannot_correct(session: Session, ids: list[int], users: dict) -> None:
    with pytest.raises(PermissionDenied, match="only editor or admin may correct"):
        review.correct(session, claim_id=ids[0], actor=users["alice"], version=1, speaker="Someone", now=NOW)


def test_an_editor_corrects_the_span_and_speaker_the_pair_is_kept(
    session: Session, ids: list[int], users: dict
) -> None:
    speaker_before = _claim(session, ids[0]).speaker_id
    text = review.read_claim(session, claim_id=ids[0]).article.text
    start = text.index("inflation had fallen to 3 percent")
    end = start + len("inflation had fallen to 3 percent") - len(" percent")
    review.open_claim(session, claim_id=ids[0], actor=users["eve"], now=NOW, lease_minutes=LEASE)
    claim = review.correct(
        session,
        claim_id=ids[0],
        actor=users["eve"],
        version=1,
        speaker=" Finance Minister Ali Hassan ",
        speaker_role="finance minister",
        start=start,
        end=end,
        now=NOW,
    )
    session.commit()
    claim = _claim(session, ids[0])
    assert claim.content == "inflation had fallen to 3" == text[claim.start : claim.end]
    assert claim.speaker == "Finance Minister Ali Hassan" and claim.speaker_role == "finance minister"
    assert claim.corrected and claim.version == 2 and claim.status == "pending"
    assert claim.lease_holder == "eve"  # the editor goes on to decide it
    assert claim.speaker_id is not None and claim.speaker_id != speaker_before
    [event] = history(session, claim_id=ids[0])
    assert event.action == "correct" and event.actor == "eve"
    assert event.before is not None and event.after is not None
    assert event.before["content"] == "inflation had fallen to 3 percent"
    assert event.after["content"] == "inflation had fallen to 3"
    assert (event.before["speaker"], event.after["speaker"]) == (
        "The minister",
        "Finance Minister Ali Hassan",
    )
    # the corrected claim is what gets decided
    decided = review.decide(
        session, claim_id=ids[0], actor=users["eve"], verdict=ReviewStatus.VERIFIED, version=2, now=NOW
    )
    assert decided.content == "inflation had fallen to 3" and decided.corrected


def test_arabic_correction_stays_byte_exact(session: Session, users: dict) -> None:
    [claim_id] = seed_article(
        session,
        url="https://hashtag.example/ar2",
        text=ARABIC_TEXT,
        claims=(("أهمية التنسيق في المرحلة القادمة", "بشار الأسد"),),
        lang="ar",
    )
    start = ARABIC_TEXT.index("صوابية الرؤية السورية")
    claim = review.correct(
        session,
        claim_id=claim_id,
        actor=users["eve"],
        version=1,
        speaker="علي أصغر خاجي",
        start=start,
        end=start + len("صوابية الرؤية السورية"),
        now=NOW,
    )
    session.commit()
    claim = _claim(session, claim_id)
    assert claim.content.encode() == "صوابية الرؤية السورية".encode()
    assert claim.speaker == "علي أصغر خاجي"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"start": -1}, "within the article"),
        ({"end": 10_000}, "within the article"),
        ({"start": 20, "end": 10}, "start before end"),
        ({"speaker": "  "}, "speaker cannot be empty"),
        ({"cue": "x" * 201}, "too long"),
        ({}, "nothing to correct"),
        ({"speaker": "The minister"}, "nothing to correct"),
    ],
)
def test_bad_corrections_are_refused(
    session: Session, ids: list[int], users: dict, fields: dict, message: str
) -> None:
    with pytest.raises(ReviewError, match=message):
        review.correct(session, claim_id=ids[0], actor=users["eve"], version=1, now=NOW, **fields)
    session.rollback()
    assert not _claim(session, ids[0]).corrected


def test_a_correction_onto_another_claims_span_is_refused(
    session: Session, ids: list[int], users: dict
) -> None:
    other = _claim(session, ids[1])
    with pytest.raises(ReviewError, match=f"claim {ids[1]} already has this span"):
        review.correct(
            session,
            claim_id=ids[0],
            actor=users["eve"],
            version=1,
            speaker=other.speaker,
            start=other.start,
            end=other.end,
            now=NOW,
        )


def test_a_stale_correction_is_refused(session: Session, ids: list[int], users: dict) -> None:
    review.decide(
        session, claim_id=ids[0], actor=users["alice"], verdict=ReviewStatus.VERIFIED, version=1, now=NOW
    )
    session.commit()
    with pytest.raises(StaleClaim, match="changed by alice"):
        review.correct(session, claim_id=ids[0], actor=users["eve"], version=1, cue="claimed", now=NOW)


# ---------------------------------------------------------------- link decisions


def _suggested_link(session: Session) -> tuple[int, int, int]:
    """Two outlets' copies of one claim, joined by a suggested same-claim link."""
    from claims.models import CrossReference
    from tests.claims.review_data import EN_TEXT

    a = seed_article(session, url="https://news.example/a")[0]
    b = seed_article(session, url="https://wire.example/b", text=EN_TEXT + "\nMore later.", outlet="Wire")[0]
    xref = CrossReference(kind="same_claim", state="suggested", from_claim_id=b, to_claim_id=a, score=0.71)
    session.add(xref)
    session.commit()
    assert xref.id is not None
    return xref.id, a, b


def test_link_decisions_are_in_both_claims_histories(session: Session, users: dict) -> None:
    xref_id, a, b = _suggested_link(session)
    review.judge_link(session, xref_id=xref_id, actor=users["alice"], accept=True, now=NOW)
    session.commit()
    assert _claim(session, a).cluster_id == _claim(session, b).cluster_id is not None
    for claim_id in (a, b):
        (event,) = history(session, claim_id=claim_id)
        assert (event.action, event.actor, event.at.replace(tzinfo=None)) == ("link_confirm", "alice", NOW.replace(tzinfo=None))
        assert event.note == f"same-claim link #{xref_id} between claims #{b} and #{a} (score 0.71): suggested → confirmed"
    later = NOW + timedelta(minutes=3)
    review.judge_link(session, xref_id=xref_id, actor=users["eve"], accept=False, now=later)
    review.judge_link(session, xref_id=xref_id, actor=users["eve"], accept=False, now=later)  # no new event
    session.commit()
    assert _claim(session, a).cluster_id is None and _claim(session, b).cluster_id is None
    for claim_id in (a, b):
        actions = [(e.action, e.actor) for e in history(session, claim_id=claim_id)]
        assert actions == [("link_confirm", "alice"), ("link_reject", "eve")]


def test_a_deactivated_reviewer_cannot_decide_a_link(session: Session, users: dict) -> None:
    xref_id, a, b = _suggested_link(session)
    auth.set_active(session, actor=OPERATOR, name="bob", active=False)
    session.commit()
    with pytest.raises(PermissionDenied):
        review.judge_link(session, xref_id=xref_id, actor=users["bob"], accept=True, now=NOW)
    session.rollback()
    assert history(session, claim_id=a) == history(session, claim_id=b) == []
    with pytest.raises(InputError, match="no cross-reference"):
        review.judge_link(session, xref_id=xref_id + 1000, actor=users["alice"], accept=True, now=NOW)
