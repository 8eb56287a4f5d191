"""The review queue and its priority: order, filters, pagination, leases shown, stored scores."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update
from sqlmodel import Session, col

from claims import queue, review
from claims.errors import InputError
from claims.models import Claim
from claims.priority import claim_priority, compute_priority, refresh_priorities
from claims.queue import QueueFilter, filter_options, queue_page
from claims.types import ReviewStatus
from tests.claims.review_data import EN_TEXT, NOW, seed_article, seed_users
from tests.factories import ARABIC_TEXT, login_as

AR_CLAIMS = (
    ("أهمية التنسيق في المرحلة القادمة", "بشار الأسد"),
    ("صوابية الرؤية السورية", "علي أصغر خاجي"),
)


# ---------------------------------------------------------------- priority


def test_priority_grows_with_checkworthiness_cluster_size_and_recency() -> None:
    t = datetime(2026, 11, 1, tzinfo=UTC)
    base = compute_priority(0.5, 1, t, t)
    assert compute_priority(0.9, 1, t, t) > base
    assert compute_priority(0.5, 3, t, t) > base
    assert compute_priority(0.5, 1, t + timedelta(hours=1), t + timedelta(hours=1)) > base
    # doubling the weight is worth one day of recency: the ranking never depends on "now"
    assert compute_priority(1.0, 1, t, t) == pytest.approx(
        compute_priority(0.5, 1, t + timedelta(days=1), t + timedelta(days=1))
    )
    assert compute_priority(0.0, 0, None, t) < base  # zero check-worthiness still has a finite score


def test_a_future_publication_date_cannot_jump_the_queue() -> None:
    stored = datetime(2026, 11, 1, tzinfo=UTC)
    assert compute_priority(0.5, 1, stored + timedelta(days=365), stored) == compute_priority(
        0.5, 1, stored, stored
    )
    assert compute_priority(0.5, 1, stored - timedelta(days=2), stored) < compute_priority(
        0.5, 1, None, stored
    )


def test_stored_claims_get_their_priority_and_clusters_refresh_it(session: Session) -> None:
    published = datetime(2026, 11, 20, tzinfo=UTC)
    ids = seed_article(
        session, url="https://n.example/p", published_at=published, checkworthiness=(0.9, 0.5, 0.1)
    )
    session.commit()
    claims = [session.get(Claim, i) for i in ids]
    assert [c.priority for c in claims] == [  # type: ignore[union-attr]
        claim_priority(c, 1, published)  # type: ignore[arg-type]
        for cw, c in zip((0.9, 0.5, 0.1), claims, strict=True)  # type: ignore[union-attr]
        if c is not None and c.checkworthiness == cw
    ]
    # the linker clusters the low one with the other two: its weight triples, the others' too
    session.exec(update(Claim).where(col(Claim.id).in_(ids)).values(cluster_id=ids[0]))  # type: ignore[call-overload]
    low_before = claims[2].priority  # type: ignore[union-attr]
    refresh_priorities(session, claim_ids=[ids[2]])
    session.commit()
    low = session.get(Claim, ids[2])
    assert low is not None and low.priority == pytest.approx(
        claim_priority(low, 3, published)
    )
    assert low.priority > low_before
    top = session.get(Claim, ids[0])
    assert top is not None and top.priority == pytest.approx(
        claim_priority(top, 3, published)
    )
    refresh_priorities(session, claim_ids=[])  # nothing to do is fine


# ---------------------------------------------------------------- queue


@pytest.fixture
def data(session: Session) -> dict[str, list[int]]:
    en = seed_article(
        session,
        url="https://daily.example/1",
        outlet="Daily Example",
        published_at=datetime(2026, 11, 20, 8, tzinfo=UTC),
        checkworthiness=(0.9, 0.5, 0.1),
    )
    ar = seed_article(
        session,
        url="https://hashtag.example/1",
        text=ARABIC_TEXT,
        claims=AR_CLAIMS,
        lang="ar",
        outlet="هاشتاغ",
        published_at=datetime(2026, 11, 25, 8, tzinfo=UTC),
        checkworthiness=(0.7, 0.3),
    )
    session.commit()
    return {"en": en, "ar": ar}


def _ids(session: Session, filters: QueueFilter, **kw: int) -> tuple[list[int], int]:
    rows, total = queue_page(session, filters=filters, now=NOW, **kw)
    return [r.claim_id for r in rows], total


def test_queue_is_ordered_by_priority(session: Session, data: dict[str, list[int]]) -> None:
    rows, total = queue_page(session, filters=QueueFilter(), now=NOW)
    assert total == 5
    assert [r.priority for r in rows] == sorted((r.priority for r in rows), reverse=True)
    # the Arabic article is five days newer: 0.7 and 0.3 outrank the English 0.9
    assert [r.claim_id for r in rows] == [*data["ar"], *data["en"]]
    first = rows[0]
    assert (first.lang, first.outlet, first.speaker, first.cluster_size, first.version) == (
        "ar",
        "هاشتاغ",
        "بشار الأسد",
        1,
        1,
    )
    assert (
        first.content == "أهمية التنسيق في المرحلة القادمة"
        and first.title == "Title of https://hashtag.example/1"
    )


def test_pagination(session: Session, data: dict[str, list[int]]) -> None:
    everything, _ = _ids(session, QueueFilter())
    pages = [_ids(session, QueueFilter(), page=p, page_size=2) for p in (1, 2, 3, 4)]
    assert [ids for ids, _ in pages] == [everything[0:2], everything[2:4], everything[4:5], []]
    assert {total for _, total in pages} == {5}
    assert _ids(session, QueueFilter(), page=0, page_size=2)[0] == everything[0:2]  # page < 1 means the first


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (QueueFilter(lang="en"), ["en0", "en1", "en2"]),
        (QueueFilter(lang="ar"), ["ar0", "ar1"]),
        (QueueFilter(outlet="هاشتاغ"), ["ar0", "ar1"]),
        (QueueFilter(outlet="Nowhere"), []),
        (QueueFilter(speaker="Sam Reed"), ["en1"]),
        (QueueFilter(speaker="علي أصغر خاجي"), ["ar1"]),
        (QueueFilter(since=date(2026, 11, 21)), ["ar0", "ar1"]),
        (QueueFilter(until=date(2026, 11, 20)), ["en0", "en1", "en2"]),
        (QueueFilter(since=date(2026, 11, 20), until=date(2026, 11, 20)), ["en0", "en1", "en2"]),
        (QueueFilter(until=date(2026, 11, 19)), []),
        (QueueFilter(text="FIGURE"), ["en1"]),
        (QueueFilter(text="reed"), ["en1"]),  # the speaker too
        (QueueFilter(text="التنسيق"), ["ar0"]),
        (QueueFilter(text="3 percent"), ["en0"]),
        (QueueFilter(text="100%"), []),  # % is a literal, not a wildcard
        (QueueFilter(text="_"), []),
        (QueueFilter(lang="en", text="rates", speaker="Central Bank"), ["en2"]),
    ],
)
def test_filters(
    session: Session,
    data: dict[str, list[int]],
    filters: QueueFilter,
    expected: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names = {cid: f"{k}{i}" for k, ids in data.items() for i, cid in enumerate(ids)}
    # both plans: article filters as an id list (few articles) and as a join (many articles)
    for list_max in (1000, 0):
        monkeypatch.setattr(queue, "ARTICLE_LIST_MAX", list_max)
        ids, total = _ids(session, filters)
        assert [names[i] for i in ids] == expected and total == len(expected), list_max
        nxt = review.review_next(
            session, actor=login_as(session, f"r{list_max}"), now=NOW, lease_minutes=10, filters=filters
        )
        assert (names[nxt.claim.id] if nxt else None) == next((e for e in expected), None)
        session.rollback()


def test_the_total_is_counted_up_to_a_cap(
    session: Session, data: dict[str, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queue, "COUNT_CAP", 2)
    rows, total = queue_page(session, filters=QueueFilter(), page_size=10, now=NOW)
    assert len(rows) == 5 and total == 3 and queue.total_label(total) == "2+"
    assert queue.total_label(2) == "2"
    monkeypatch.setattr(queue, "COUNT_CAP", 10_000)
    assert queue.total_label(12_345) == "10,000+" and queue.total_label(1234) == "1,234"


def test_status_filter_and_decided_claims(session: Session, data: dict[str, list[int]]) -> None:
    users = seed_users(session)
    review.decide(
        session,
        claim_id=data["en"][0],
        actor=users["alice"],
        verdict=ReviewStatus.VERIFIED,
        version=1,
        now=NOW,
    )
    session.commit()
    assert data["en"][0] not in _ids(session, QueueFilter())[0]
    assert _ids(session, QueueFilter(status="verified")) == ([data["en"][0]], 1)
    assert _ids(session, QueueFilter(status=None))[1] == 5
    with pytest.raises(InputError, match="unknown status"):
        queue_page(session, filters=QueueFilter(status="approved"), now=NOW)


def test_rows_show_unexpired_leases_only(session: Session, data: dict[str, list[int]]) -> None:
    review.open_claim(session, claim_id=data["ar"][0], actor=login_as(session, "alice"), now=NOW, lease_minutes=10)
    session.commit()
    rows, _ = queue_page(session, filters=QueueFilter(), now=NOW + timedelta(minutes=5))
    assert (rows[0].lease_holder, rows[0].lease_expires_at) == ("alice", NOW + timedelta(minutes=10))
    assert rows[1].lease_holder is None
    rows, _ = queue_page(session, filters=QueueFilter(), now=NOW + timedelta(minutes=10))
    assert rows[0].lease_holder is None and rows[0].lease_expires_at is None


def test_cluster_size_is_shown(session: Session, data: dict[str, list[int]]) -> None:
    ids = [data["en"][0], data["ar"][1]]
    session.exec(update(Claim).where(col(Claim.id).in_(ids)).values(cluster_id=ids[0]))  # type: ignore[call-overload]
    session.commit()
    rows, _ = queue_page(session, filters=QueueFilter(), now=NOW)
    sizes = {r.claim_id: r.cluster_size for r in rows}
    assert sizes[ids[0]] == sizes[ids[1]] == 2 and sizes[data["en"][1]] == 1


def test_filter_options(session: Session, data: dict[str, list[int]]) -> None:
    seed_article(
        session,
        url="https://daily.example/2",
        text=EN_TEXT + "\n\nMore.",
        claims=(("the figure was wrong", "Sam Reed"),),
    )
    session.commit()
    options = filter_options(session)
    assert options["lang"] == ["ar", "en"]
    assert set(options["outlet"]) == {"Daily Example", "هاشتاغ"}
    assert options["speaker"][0] == "Sam Reed"  # two claims: the most frequent first
    assert set(options["speaker"]) == {
        "Sam Reed",
        "The minister",
        "Central Bank",
        "بشار الأسد",
        "علي أصغر خاجي",
    }
    assert filter_options(session, top_speakers=1)["speaker"] == ["Sam Reed"]


def test_an_empty_database_has_an_empty_queue(session: Session) -> None:
    assert queue_page(session, filters=QueueFilter(), now=NOW) == ([], 0)
    assert filter_options(session) == {"lang": [], "outlet": [], "speaker": []}


def test_the_queue_indexes_migrate_down_and_up(db_url: str) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from claims import db

    def names() -> set[str]:
        engine = db.make_engine(db_url)
        try:
            return {ix["name"] for ix in inspect(engine).get_indexes("claim") if ix["name"]}
        finally:
            engine.dispose()

    assert {"ix_claim_queue_order", "ix_claim_speaker_queue"} <= names()
    command.downgrade(db.alembic_config(db_url), "0003")
    assert not {"ix_claim_queue_order", "ix_claim_speaker_queue", "ix_claim_content_trgm"} & names()
    db.upgrade(db_url)
    expected = {"ix_claim_queue_order", "ix_claim_speaker_queue"}
    if db_url.startswith("postgresql"):
        expected |= {"ix_claim_content_trgm", "ix_claim_speaker_trgm"}
    assert expected <= names()
