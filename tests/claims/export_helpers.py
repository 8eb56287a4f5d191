"""Builders for export tests: articles and claims decided the way ``claims.review.decide`` records them.

A decided claim is a Claim row (status, reviewed_by, reviewed_at, version bumped) plus a
ReviewEvent (action verify/dispute, verdict, note, evidence_urls, actor, at).
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session

from claims.models import Article, Claim, ReviewEvent, Source
from claims.urls import canonical_url, content_hash

_seq = itertools.count(1)
ACTIONS = {"verified": "verify", "disputed": "dispute", "not_a_claim": "not_a_claim"}


def article(
    session: Session,
    *,
    url: str | None = None,
    lang: str = "ar",
    outlet: str | None = "هاشتاغ",
    published_at: datetime | None = datetime(2026, 11, 1, 8, 30, tzinfo=UTC),
    source: str | None = None,
    text: str = "نص المقال",
) -> Article:
    n = next(_seq)
    url = url or f"https://news{n}.example/article/{n}"
    source_id = None
    if source is not None:
        src = Source(name=source, kind="feed", location=f"https://{source}.example/rss")
        session.add(src)
        session.flush()
        source_id = src.id
    row = Article(
        canonical_url=canonical_url(url),
        url=url,
        source_id=source_id,
        outlet=outlet,
        lang=lang,
        published_at=published_at,
        text=f"{text} {n}",
        content_hash=content_hash(f"{text} {n}"),
    )
    session.add(row)
    session.flush()
    return row


def claim(session: Session, art: Article, content: str = "صوابية الرؤية السورية", **fields: Any) -> Claim:
    n = next(_seq)
    values: dict[str, Any] = {
        "article_id": art.id,
        "speaker": "علي أصغر خاجي",
        "speaker_mention": "خاجي",
        "speaker_role": "معاون وزير الخارجية الإيرانية",
        "speaker_kind": "person",
        "cue": "أكد",
        "content": content,
        "start": n,
        "end": n + len(content),
        "kind": "indirect",
        "extractor": "test",
        "extractor_version": "0",
        "checkworthiness": 0.75,
    }
    row = Claim(**(values | fields))
    session.add(row)
    session.flush()
    return row


def decide(
    session: Session,
    row: Claim,
    status: str = "verified",
    *,
    actor: str = "rana",
    note: str | None = "confirmed with the primary source",
    evidence: list[str] | None = None,
    at: datetime | None = None,
) -> ReviewEvent:
    """Record a verdict on ``row`` as the review module does (claim fields + an appended event)."""
    at = at or datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
    event = ReviewEvent(
        claim_id=row.id,
        actor=actor,
        at=at,
        action=ACTIONS[status],
        verdict=status,
        note=note,
        evidence_urls=evidence if evidence is not None else ["https://evidence.example/1"],
        claim_version=row.version,
    )
    row.status = status
    row.reviewed_by = actor
    row.reviewed_at = at
    row.version += 1
    row.updated_at = at
    session.add_all([row, event])
    session.flush()
    return event


def decided(
    session: Session, content: str = "صوابية الرؤية السورية", status: str = "verified", **kw: Any
) -> Claim:
    """An article with one claim, decided. ``kw`` splits into article, claim and decision fields."""
    art_keys = {"url", "lang", "outlet", "published_at", "source"}
    dec_keys = {"actor", "note", "evidence", "at"}
    art = article(session, **{k: v for k, v in kw.items() if k in art_keys})
    row = claim(session, art, content, **{k: v for k, v in kw.items() if k not in art_keys | dec_keys})
    decide(session, row, status, **{k: v for k, v in kw.items() if k in dec_keys})
    return row
