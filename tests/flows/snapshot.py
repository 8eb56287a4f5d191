"""A database's content by natural keys (URLs, spans, names), free of ids and timestamps.

Two runs that did the same work produce equal snapshots even when ids differ (PostgreSQL
sequences skip values a crashed transaction used), which is what idempotency and
kill-and-rerun equivalence mean.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from claims.db import session_scope
from claims.models import Article, Claim, CrossReference, Entity, FetchState, Source


def _sorted(rows: Any) -> list[Any]:
    return sorted(rows, key=repr)  # rows hold None next to strings


def snapshot(db_url: str, *, with_fetch_state: bool = True) -> dict[str, Any]:
    with session_scope(db_url) as session:
        return _snapshot(session, with_fetch_state)


def _snapshot(session: Session, with_fetch_state: bool) -> dict[str, Any]:
    articles = {a.id: a for a in session.exec(select(Article)).all()}
    sources = {s.id: s.name for s in session.exec(select(Source)).all()}
    claims = {c.id: c for c in session.exec(select(Claim)).all()}
    entities = {e.id: (e.canonical_name, e.kind) for e in session.exec(select(Entity)).all()}

    def art(aid: int | None) -> str | None:
        return articles[aid].canonical_url if aid in articles else None

    def claim(cid: int | None) -> tuple[Any, ...] | None:
        c = claims.get(cid)  # type: ignore[arg-type]
        return (art(c.article_id), c.start, c.end, c.speaker, c.kind) if c else None

    out: dict[str, Any] = {
        "articles": _sorted(
            (
                a.canonical_url,
                a.url,
                sources.get(a.source_id),
                a.title,
                a.lang,
                a.text,
                a.content_hash,
                a.raw_hash,
                str(a.published_at),
            )
            for a in articles.values()
        ),
        "claims": _sorted(
            (*claim(c.id), c.content, c.cue, c.via, entities.get(c.speaker_id), c.status, claim(c.cluster_id))  # type: ignore[misc]
            for c in claims.values()
        ),
        "entities": _sorted(
            (*e, tuple(sorted(x.aliases)))
            for x in session.exec(select(Entity)).all()
            for e in [entities[x.id]]
        ),
        "xrefs": _sorted(
            (
                x.kind,
                x.state,
                claim(x.from_claim_id),
                art(x.from_article_id),
                claim(x.to_claim_id),
                art(x.to_article_id),
                x.to_url,
                x.text,
                round(x.score, 6),
            )
            for x in session.exec(select(CrossReference)).all()
        ),
    }
    if with_fetch_state:
        out["fetch_state"] = _sorted(
            (f.url, sources.get(f.source_id), f.status, f.attempts, f.last_error, f.etag, art(f.article_id))
            for f in session.exec(select(FetchState)).all()
        )
    return out
