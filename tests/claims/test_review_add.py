"""Adding a missed claim and moving a claim's span by offsets chosen in the article view.

The offsets are code points of the stored text; the selection's own text comes along and must be
exactly ``text[start:end]``, which is what catches a browser that counted UTF-16 units (an emoji
before the selection shifts such a count by one). Both back ends.
"""

from __future__ import annotations

import csv
import io

import pytest
from sqlmodel import Session, col, select

from claims import auth, logins, repository, review
from claims.actors import OPERATOR
from claims.errors import DuplicateClaim, InputError, LoginEnded, PermissionDenied, ReviewError
from claims.export import ExportFilter, export_claims
from claims.models import Article, Claim
from claims.queue import QueueFilter, queue_page
from claims.repository import history
from claims.types import ReviewStatus
from tests.claims.review_data import NOW, seed_article, seed_users
from tests.factories import make_candidate, make_document

# Self-written mixed text: Arabic, Latin, an emoji (two UTF-16 units) and a flag (four) before the
# sentences the tests select.
MIXED = (
    "عاجل 🚨 من دمشق 🇸🇾\n\n"
    "قال وزير النقل Ahmad Karim إن الميناء سيفتح يوم الاثنين.\n\n"
    "وأضاف أن 40 سفينة تنتظر في البحر، بحسب Reuters."
)
MISSED = "الميناء سيفتح يوم الاثنين"
SECOND = "40 سفينة تنتظر في البحر"


@pytest.fixture
def users(session: Session) -> dict:
    return seed_users(session)


@pytest.fixture
def mixed(session: Session) -> tuple[int, int]:
    """An Arabic article with emoji and Latin words and one extracted claim; (article id, claim id)."""
    doc = make_document(MIXED, lang="ar", outlet="Port Daily", title="الميناء")
    art = repository.store_article(session, doc=doc, url="https://port.example/a").article_id
    [claim_id] = repository.replace_claims(
        session, article_id=art, candidates=[make_candidate(doc, SECOND, speaker="أحمد كريم", cue="أضاف")]
    )
    session.commit()
    return art, claim_id


def _span(needle: str) -> tuple[int, int]:
    start = MIXED.index(needle)
    return start, start + len(needle)


def test_a_missed_claim_is_added_pending_with_its_event(session: Session, mixed, users: dict) -> None:
    art, _ = mixed
    start, end = _span(MISSED)
    assert len(MIXED[:start].encode("utf-16-le")) // 2 != start  # astral characters come before it
    claim = review.add_claim(
        session, article_id=art, start=start, end=end, content=MISSED, speaker="أحمد كريم",
        speaker_kind="person", speaker_role="وزير النقل", cue="قال", kind="indirect", actor=users["alice"],
        now=NOW,
    )  # fmt: skip
    session.commit()
    stored = session.get(Claim, claim.id)
    assert stored is not None
    article = session.get(Article, art)
    assert article is not None and article.text[stored.start : stored.end] == MISSED == stored.content
    assert (stored.extractor, stored.extractor_version, stored.status) == ("reviewer", "desk", "pending")
    assert (stored.speaker, stored.speaker_role, stored.cue, stored.kind) == ("أحمد كريم", "وزير النقل", "قال", "indirect")
    assert stored.speaker_id is not None and stored.priority > 0 and stored.checkworthiness > 0
    [event] = history(session, claim_id=stored.id)  # type: ignore[arg-type]
    assert (event.action, event.actor) == ("add", "alice")
    assert event.after and event.after["content"] == MISSED and event.before and event.before["content"] is None
    rows, _ = queue_page(session, filters=QueueFilter(), now=NOW)
    assert stored.id in [r.claim_id for r in rows]


def test_a_selection_counted_in_utf16_units_is_refused(session: Session, mixed, users: dict) -> None:
    """A browser's UTF-16 offsets land after the code-point ones by one per emoji unit before them."""
    art, _ = mixed
    start, end = _span(MISSED)
    utf16 = len(MIXED[:start].encode("utf-16-le")) // 2
    shift = utf16 - start
    with pytest.raises(ReviewError, match="does not match"):
        review.add_claim(
            session, article_id=art, start=start + shift, end=end + shift, content=MISSED,
            speaker="أحمد كريم", actor=users["alice"], now=NOW,
        )  # fmt: skip


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [(-1, 5, "within"), (5, 5, "within"), (10, 10_000, "within"), (MIXED.index("\n"), MIXED.index("\n") + 2, "no text")],
)
def test_spans_outside_the_text_or_empty_are_refused(
    session: Session, mixed, users: dict, start: int, end: int, message: str
) -> None:
    art, _ = mixed
    with pytest.raises(ReviewError, match=message):
        review.add_claim(session, article_id=art, start=start, end=end, speaker="x", actor=users["alice"], now=NOW)


def test_the_same_span_and_speaker_twice_is_a_duplicate(session: Session, mixed, users: dict) -> None:
    art, _ = mixed
    start, end = _span(SECOND)
    with pytest.raises(DuplicateClaim, match="already has this span"):
        review.add_claim(
            session, article_id=art, start=start, end=end, content=SECOND, speaker="أحمد كريم", actor=users["bob"], now=NOW
        )
    # another speaker on the same words is another claim
    other = review.add_claim(
        session, article_id=art, start=start, end=end, content=SECOND, speaker="Reuters",
        speaker_kind="organization", actor=users["bob"], now=NOW,
    )  # fmt: skip
    assert other.id is not None


def test_bad_fields_unknown_article_and_empty_speaker_are_refused(session: Session, mixed, users: dict) -> None:
    art, _ = mixed
    start, end = _span(MISSED)
    kw = {"start": start, "end": end, "actor": users["alice"], "now": NOW}
    with pytest.raises(InputError, match="no article"):
        review.add_claim(session, article_id=art + 99, speaker="x", **kw)
    with pytest.raises(ReviewError, match="unknown kind"):
        review.add_claim(session, article_id=art, speaker="x", kind="rumour", **kw)
    with pytest.raises(ReviewError, match="unknown speaker kind"):
        review.add_claim(session, article_id=art, speaker="x", speaker_kind="crowd", **kw)
    with pytest.raises(ReviewError, match="speaker cannot be empty"):
        review.add_claim(session, article_id=art, speaker="  ", **kw)
    with pytest.raises(ReviewError, match="too long"):
        review.add_claim(session, article_id=art, speaker="x", cue="c" * 201, **kw)


def test_an_added_event_is_the_outlets(session: Session, mixed, users: dict) -> None:
    art, _ = mixed
    start, end = _span(MISSED)
    claim = review.add_claim(
        session, article_id=art, start=start, end=end, speaker="أحمد كريم", speaker_kind="person", kind="event",
        actor=users["alice"], now=NOW,
    )  # fmt: skip
    assert (claim.speaker, claim.speaker_kind, claim.kind) == ("Port Daily", "outlet", "event")


def test_adding_needs_a_live_desk_login(session: Session, mixed, users: dict) -> None:
    art, _ = mixed
    start, end = _span(MISSED)
    with pytest.raises(PermissionDenied, match="operator"):
        review.add_claim(session, article_id=art, start=start, end=end, speaker="x", actor=OPERATOR, now=NOW)
    logins.end_session(session, users["alice"].token)
    session.commit()
    with pytest.raises(LoginEnded):
        review.add_claim(session, article_id=art, start=start, end=end, speaker="x", actor=users["alice"], now=NOW)
    assert session.exec(select(Claim).where(col(Claim.extractor) == "reviewer")).all() == []


def test_an_added_claim_survives_re_extraction_and_is_exported_once_verified(
    session: Session, mixed, users: dict
) -> None:
    art, _ = mixed
    start, end = _span(MISSED)
    added = review.add_claim(
        session, article_id=art, start=start, end=end, content=MISSED, speaker="أحمد كريم", cue="قال",
        actor=users["alice"], now=NOW,
    )  # fmt: skip
    session.commit()
    doc = make_document(MIXED, lang="ar", outlet="Port Daily", title="الميناء")
    repository.replace_claims(
        session, article_id=art, candidates=[make_candidate(doc, MISSED, speaker="أحمد كريم", cue="قال")]
    )
    session.commit()
    same = session.exec(select(Claim).where(col(Claim.article_id) == art, col(Claim.content) == MISSED)).all()
    assert [c.id for c in same] == [added.id]  # kept, and the extractor's copy not stored beside it
    review.decide(
        session, claim_id=added.id, actor=users["bob"], verdict=ReviewStatus.VERIFIED, version=added.version, now=NOW  # type: ignore[arg-type]
    )
    session.commit()
    out = io.BytesIO()
    export_claims(session, actor=OPERATOR, filters=ExportFilter(), fmt="csv", out=out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8-sig"), newline="")))
    [row] = [r for r in rows if r["claim_id"] == str(added.id)]
    assert (row["claim_text"], row["start"], row["end"], row["speaker"]) == (MISSED, str(start), str(end), "أحمد كريم")


def test_an_editor_moves_a_span_and_edits_kind_via_and_speaker_kind(session: Session, mixed, users: dict) -> None:
    _art, claim_id = mixed
    claim = session.get(Claim, claim_id)
    assert claim is not None
    wider = "أن 40 سفينة تنتظر في البحر"
    start, end = _span(wider)
    moved = review.correct(
        session, claim_id=claim_id, actor=users["eve"], version=claim.version, start=start, end=end,
        content=wider, kind="direct", via="Reuters", speaker_kind="group", cue="وأضاف", now=NOW,
    )  # fmt: skip
    session.commit()
    assert (moved.start, moved.end, moved.content, moved.kind, moved.via, moved.speaker_kind, moved.cue) == (
        start, end, wider, "direct", "Reuters", "group", "وأضاف",
    )  # fmt: skip
    assert moved.corrected and moved.via_entity_id is not None
    event = history(session, claim_id=claim_id)[-1]
    assert event.action == "correct" and event.before and event.after
    assert (event.before["kind"], event.after["kind"], event.before["via"], event.after["via"]) == (
        "indirect", "direct", "", "Reuters",
    )  # fmt: skip
    with pytest.raises(ReviewError, match="does not match"):
        review.correct(
            session, claim_id=claim_id, actor=users["eve"], version=moved.version, start=start + 1, end=end + 1,
            content=wider, now=NOW,
        )  # fmt: skip
    with pytest.raises(ReviewError, match="unknown kind"):
        review.correct(session, claim_id=claim_id, actor=users["eve"], version=moved.version, kind="x", now=NOW)


def test_a_reviewer_may_add_but_not_move(session: Session, mixed, users: dict) -> None:
    _art, claim_id = mixed
    start, end = _span(MISSED)
    with pytest.raises(PermissionDenied):
        review.correct(session, claim_id=claim_id, actor=users["alice"], version=1, start=start, end=end, now=NOW)
    assert auth.can("reviewer", auth.Action.DECIDE)


def test_moving_onto_another_claims_span_and_speaker_is_a_duplicate(session: Session, users: dict) -> None:
    ids = seed_article(session, url="https://news.example/dup")
    session.commit()
    first, second = (session.get(Claim, i) for i in ids[:2])
    assert first is not None and second is not None
    review.correct(session, claim_id=second.id, actor=users["eve"], version=second.version, speaker=first.speaker, now=NOW)  # type: ignore[arg-type]
    session.commit()
    second = session.get(Claim, ids[1])
    assert second is not None
    with pytest.raises(DuplicateClaim):
        review.correct(
            session, claim_id=ids[1], actor=users["eve"], version=second.version, start=first.start, end=first.end, now=NOW
        )
    # the same span and speaker as another kind is not a duplicate (uq_claim_span includes the kind)
    moved = review.correct(
        session, claim_id=ids[1], actor=users["eve"], version=second.version, start=first.start, end=first.end,
        kind="direct", now=NOW,
    )  # fmt: skip
    assert (moved.start, moved.kind) == (first.start, "direct")
