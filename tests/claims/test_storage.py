"""Storage on both back ends: migrations, idempotent writes, the reviewed-claims rule."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect
from sqlmodel import Session, select

from claims import db, repository
from claims.errors import StorageError
from claims.models import Article, Claim, ReviewEvent
from claims.types import ReviewStatus
from tests.factories import make_candidate, make_document

TABLES = {"source", "fetchstate", "article", "entity", "claim", "crossreference", "reviewevent", "user"}


def test_migrations_create_every_table_from_empty(empty_db_url: str) -> None:
    with pytest.raises(StorageError, match="claims db upgrade"):
        db.require_migrated(empty_db_url)
    db.upgrade(empty_db_url)
    engine = db.require_migrated(empty_db_url)
    assert set(inspect(engine).get_table_names()) >= TABLES
    assert db.current_revision(engine) == db.head_revision()


def test_storing_the_same_article_twice_keeps_one(session: Session) -> None:
    doc = make_document()
    first = repository.store_article(session, doc=doc, url="https://hashtag.example/a?utm_source=rss")
    again = repository.store_article(session, doc=doc, url="https://HASHTAG.example/a/")
    syndicated = repository.store_article(session, doc=doc, url="https://other.example/copy")
    session.commit()
    assert first.created and not again.created and not syndicated.created
    assert again.article_id == first.article_id == syndicated.article_id
    assert syndicated.duplicate_of_url == "https://hashtag.example/a?utm_source=rss"
    assert len(session.exec(select(Article)).all()) == 1


def test_arabic_text_round_trips_byte_exact(session: Session) -> None:
    doc = make_document()
    stored = repository.store_article(session, doc=doc, url="https://hashtag.example/b")
    session.commit()
    session.expire_all()
    assert session.get(Article, stored.article_id).text.encode() == doc.text.encode()  # type: ignore[union-attr]


def test_fresh_extraction_replaces_only_unreviewed_claims(session: Session) -> None:
    doc = make_document()
    art = repository.store_article(session, doc=doc, url="https://hashtag.example/c").article_id
    coordination = make_candidate(doc, "أهمية التنسيق في المرحلة القادمة")
    vision = make_candidate(doc, "صوابية الرؤية السورية", speaker="علي أصغر خاجي", speaker_mention="خاجي")
    repository.replace_claims(session, article_id=art, candidates=[coordination, vision])
    session.commit()

    reviewed = session.exec(select(Claim).where(Claim.content == coordination.content)).one()
    reviewed.status = ReviewStatus.VERIFIED
    reviewed.version += 1
    session.add(ReviewEvent(claim_id=reviewed.id, actor="rana", action="verify", verdict="verified", claim_version=1))
    session.commit()

    # Re-extraction: the same two candidates plus a wider span for the second.
    wider = make_candidate(doc, "بدوره، أكد خاجي صوابية الرؤية السورية", speaker="علي أصغر خاجي")
    new_ids = repository.replace_claims(session, article_id=art, candidates=[coordination, vision, wider])
    session.commit()

    claims = repository.claims_of(session, article_id=art)
    assert len(new_ids) == 2  # the reviewed one is not stored again
    assert sorted(c.content for c in claims) == sorted([coordination.content, vision.content, wider.content])
    kept = session.get(Claim, reviewed.id)
    assert kept is not None and kept.status == ReviewStatus.VERIFIED
    assert len(repository.history(session, claim_id=reviewed.id)) == 1  # type: ignore[arg-type]


def test_speakers_become_entities_with_aliases(session: Session) -> None:
    doc = make_document()
    art = repository.store_article(session, doc=doc, url="https://hashtag.example/d").article_id
    repository.replace_claims(session, article_id=art, candidates=[make_candidate(doc, "صوابية الرؤية السورية",
                              speaker="علي أصغر خاجي", speaker_mention="خاجي")])
    session.commit()
    claim = session.exec(select(Claim)).one()
    entity = repository.upsert_entity(session, name="علي أصغر خاجي", kind="person")
    assert claim.speaker_id == entity.id and entity.aliases == ["خاجي"]


def test_a_pending_claim_with_history_survives_re_extraction(session: Session) -> None:
    doc = make_document()
    art = repository.store_article(session, doc=doc, url="https://hashtag.example/e").article_id
    cand = make_candidate(doc, "أهمية التنسيق في المرحلة القادمة")
    repository.replace_claims(session, article_id=art, candidates=[cand])
    claim = session.exec(select(Claim)).one()
    session.add(ReviewEvent(claim_id=claim.id, actor="rana", action="link_confirm", claim_version=1))
    session.commit()
    assert repository.replace_claims(session, article_id=art, candidates=[cand]) == []
    session.commit()
    assert [c.id for c in repository.claims_of(session, article_id=art)] == [claim.id]
