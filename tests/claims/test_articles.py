"""``claims.articles.read_article`` (the article view's data) and the read-only teaser lookup, on
SQLite and PostgreSQL: a live login is required, the text and offsets come back exactly as stored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from claims import logins
from claims.actors import OPERATOR
from claims.articles import read_article
from claims.auth import add_user, set_active
from claims.candidates import Teaser
from claims.errors import InputError, PermissionDenied
from claims.linking import cross_references_of, store_teasers
from claims.models import Claim, CrossReference
from claims.repository import replace_claims, store_article
from tests.factories import make_candidate, make_document

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
MIXED = "قال الوزير إن «الميناء <b>سيفتح</b>» الأسبوع المقبل.\n\nThe minister said \"40 ships\" wait."


def _login(session: Session, name: str = "rita") -> str:
    user = add_user(session, actor=OPERATOR, name=name, password="correct-horse-1", role="reviewer")
    token = logins.start_session(session, user, NOW, timedelta(hours=1))
    session.commit()
    return token


def _article(session: Session) -> int:
    doc = make_document(MIXED, title="الميناء")
    stored = store_article(session, doc=doc, url="https://port.example/a")
    replace_claims(
        session,
        article_id=stored.article_id,
        candidates=[
            make_candidate(doc, '"40 ships" wait', speaker="The minister", cue="said"),
            make_candidate(doc, "«الميناء <b>سيفتح</b>» الأسبوع المقبل", speaker="الوزير", cue="قال"),
        ],
    )
    session.commit()
    return stored.article_id


def test_an_article_comes_back_byte_exact_with_its_claims_in_reading_order(session: Session) -> None:
    token, article_id = _login(session), _article(session)
    claim = session.exec(select(Claim).where(Claim.speaker == "الوزير")).one()
    claim.status = "disputed"
    session.add(claim)
    session.commit()
    view = read_article(session, article_id=article_id, token=token, now=NOW)
    assert view.text == MIXED and view.lang == "ar"
    assert [c.speaker for c in view.claims] == ["الوزير", "The minister"]  # by position, not by id
    assert all(view.text[c.start : c.end] == c.content for c in view.claims)
    assert [c.status for c in view.claims] == ["disputed", "pending"] and view.decided == 1
    assert view.order() == [c.id for c in view.claims]


def test_reading_an_article_needs_a_live_login(session: Session) -> None:
    token, article_id = _login(session), _article(session)
    for bad in (None, "", "not-a-token-at-all-0000000000"):
        with pytest.raises(PermissionDenied):
            read_article(session, article_id=article_id, token=bad, now=NOW)
    with pytest.raises(PermissionDenied):  # expired
        read_article(session, article_id=article_id, token=token, now=NOW + timedelta(hours=2))
    set_active(session, actor=OPERATOR, name="rita", active=False)
    session.commit()
    with pytest.raises(PermissionDenied):  # deactivated since the login
        read_article(session, article_id=article_id, token=token, now=NOW)
    other = _login(session, "rami")
    with pytest.raises(InputError, match="no article 999"):
        read_article(session, article_id=999, token=other, now=NOW)


def test_a_teaser_opens_the_article_stored_after_it_without_writing(session: Session) -> None:
    doc = make_document()
    first = store_article(session, doc=doc, url="https://hashtag.example/one")
    replace_claims(
        session, article_id=first.article_id, candidates=[make_candidate(doc, "صوابية الرؤية السورية")]
    )
    teaser = Teaser(text="الميناء", url="https://port.example/a")
    store_teasers(session, article_id=first.article_id, teasers=[teaser])
    session.commit()
    claim_id = session.exec(select(Claim.id)).one()
    (card,) = cross_references_of(session, claim_id=claim_id)
    assert card.article_id is None  # nothing stored there yet
    teased = _article(session)  # the teased article arrives later (not linked yet)
    (card,) = cross_references_of(session, claim_id=claim_id)
    assert card.article_id == teased and card.article_title == "الميناء"
    stored = session.exec(select(CrossReference)).one()
    assert (stored.to_article_id, stored.state) == (None, "unresolved")  # a read changed nothing


def test_metadata_lines_are_stored_labelled_and_read_back_on_the_exact_text(session: Session) -> None:
    """Issue 15: the dateline and byline stay in the text and keep their labels in storage."""
    from claims.text.clean import clean_text

    raw = (
        "ميناء جديد\x00 على البحر\n\n"
        "كتب: سامر الخطيب\n\n"
        "بيروت - 5 كانون الأول (ديسمبر) 2026\n\n"
        "قال وزير النقل سليم عواد إن الميناء سيفتح أبوابه الأسبوع المقبل أمام السفن التجارية.\n"
    )
    from claims.storable import fit_document

    cleaned = clean_text(raw, lang="ar")
    doc, notes = fit_document(cleaned)  # the NUL in the headline goes: the later offsets shift by one
    assert notes and cleaned.metadata, "the test needs a NUL to strip and a metadata line after it"
    token = _login(session)
    stored = store_article(session, doc=doc, url="https://port.example/meta")
    session.commit()
    view = read_article(session, article_id=stored.article_id, token=token, now=NOW)
    assert [(m.kind, m.text) for m in view.metadata] == [(m.kind, m.text) for m in cleaned.metadata]
    assert all(view.text[m.start : m.end] == m.text for m in view.metadata)
