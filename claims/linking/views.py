"""What the dashboard's claim view shows of a claim's cross-references: plain, escaped-later values."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_
from sqlmodel import Session, select

from claims.errors import InputError
from claims.linking.related import find_article
from claims.models import Article, Claim, CrossReference

_ORDER = {"via": 0, "same_claim": 1, "syndicated": 2, "related": 3}


@dataclass(frozen=True)
class XrefView:
    """One cross-reference seen from a claim: the other claim, or the other article, or the teaser."""

    id: int
    kind: str  # same_claim | via | related | syndicated
    state: str  # auto | suggested | confirmed | rejected | unresolved
    score: float
    outgoing: bool  # True when this claim (or its article) is the link's source
    decided_by: str | None = None
    claim_id: int | None = None
    claim_content: str | None = None
    claim_speaker: str | None = None
    claim_status: str | None = None
    article_id: int | None = None
    article_title: str | None = None
    article_outlet: str | None = None
    article_url: str | None = None
    text: str | None = None  # a teaser's headline
    url: str | None = None  # a teaser's link


def cross_references_of(session: Session, *, claim_id: int, include_rejected: bool = False) -> list[XrefView]:
    """The claim's links (same claim, via) and its article's (syndicated copies, related articles)."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise InputError(f"no claim {claim_id}")
    query = select(CrossReference).where(
        or_(
            CrossReference.from_claim_id == claim_id,
            CrossReference.to_claim_id == claim_id,
            CrossReference.from_article_id == claim.article_id,
            CrossReference.to_article_id == claim.article_id,
        )
    )
    views: list[XrefView] = []
    for x in session.exec(query).all():
        if x.state == "rejected" and not include_rejected:
            continue
        if x.kind == "related" and x.from_article_id != claim.article_id:
            continue  # another article's teaser pointing here is that article's business
        outgoing = x.from_claim_id == claim_id or (
            x.from_claim_id is None and x.from_article_id == claim.article_id
        )
        other_claim_id = x.to_claim_id if outgoing else x.from_claim_id
        other_article_id = x.to_article_id if outgoing else x.from_article_id
        other = session.get(Claim, other_claim_id) if other_claim_id else None
        if other is not None:
            other_article_id = other.article_id
        art = session.get(Article, other_article_id) if other_article_id else None
        if art is None and other is None and x.kind == "related" and (x.text or x.to_url):
            found = find_article(session, text=x.text, url=x.to_url, exclude=claim.article_id)
            art = found[0] if found else None  # its article arrived after the teaser: open it
        assert x.id is not None
        views.append(
            XrefView(
                id=x.id,
                kind=x.kind,
                state=x.state,
                score=x.score,
                outgoing=outgoing,
                decided_by=x.decided_by,
                claim_id=other.id if other else None,
                claim_content=other.content if other else None,
                claim_speaker=other.speaker if other else None,
                claim_status=other.status if other else None,
                article_id=art.id if art else None,
                article_title=art.title if art else None,
                article_outlet=art.outlet if art else None,
                article_url=art.url if art else None,
                text=x.text,
                url=x.to_url,
            )
        )
    views.sort(key=lambda v: (_ORDER.get(v.kind, 9), -v.score, v.id))
    return views
