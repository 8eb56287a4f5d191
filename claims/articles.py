"""One article as the desk reads it: its stored text and every claim on it with its current status.

The article view (``/article?id=N``) shows the whole stored text with each claim's span marked by
its status, so the library hands it plain frozen values (no ORM rows outliving their session) and
the offsets exactly as stored: the view slices ``text`` with them and must get the claim's content
back byte for byte. Reading needs a live login with the ``view`` permission, checked here at the
moment of the read (a tab whose login was ended elsewhere is refused by the library, not by the UI).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from claims import logins
from claims.auth import Action, require
from claims.candidates import MetaLine
from claims.errors import InputError, PermissionDenied
from claims.models import Article, Claim, User, utcnow
from claims.provenance import is_reviewer_added
from claims.types import ReviewStatus

DECIDED = frozenset(s.value for s in ReviewStatus if s is not ReviewStatus.PENDING)


@dataclass(frozen=True)
class ArticleClaim:
    """A claim as the article view marks it: where it is, who said it, where it stands."""

    id: int
    start: int
    end: int
    speaker: str
    speaker_role: str
    cue: str
    kind: str
    status: str
    content: str
    speaker_kind: str = "person"
    via: str = ""
    extractor: str = ""
    version: int = 1

    @property
    def decided(self) -> bool:
        return self.status in DECIDED

    @property
    def added(self) -> bool:
        """Added by a desk member (``claims.review.add_claim``), not found by the extractor."""
        return is_reviewer_added(self)


@dataclass(frozen=True)
class ArticleView:
    """The stored article (text untouched) and its claims in reading order (start, then end)."""

    id: int
    title: str | None
    url: str
    outlet: str | None
    lang: str
    author: str | None
    published_at: datetime | None
    text: str
    claims: tuple[ArticleClaim, ...]
    metadata: tuple[MetaLine, ...] = ()  # the dateline, byline, date and caption lines, labelled

    @property
    def decided(self) -> int:
        return sum(1 for c in self.claims if c.decided)

    def order(self) -> list[int]:
        """The claim ids in reading order (what "Review this article" walks)."""
        return [c.id for c in self.claims]

    def speakers(self) -> list[tuple[str, str]]:
        """The article's known speakers as (name, speaker kind), in reading order, each once:
        the choices offered when a missed claim is added (the outlet itself among them)."""
        seen: dict[str, str] = {}
        for claim in self.claims:
            if claim.speaker and claim.speaker not in seen:
                seen[claim.speaker] = claim.speaker_kind
        if self.outlet and self.outlet not in seen:
            seen[self.outlet] = "outlet"
        return list(seen.items())

    def overlapping(self, start: int, end: int) -> list[ArticleClaim]:
        """Claims whose span overlaps ``start``–``end``, most overlap first: the likeliest claim a
        selection is meant to re-span."""

        def overlap(c: ArticleClaim) -> int:
            return min(c.end, end) - max(c.start, start)

        found = [c for c in self.claims if overlap(c) > 0]
        return sorted(found, key=lambda c: (-overlap(c), abs(c.start - start) + abs(c.end - end), c.id))


def viewer(session: Session, token: str | None, now: datetime | None = None) -> User:
    """The user of the live login ``token`` if they may view claims; else :class:`PermissionDenied`."""
    user = logins.resume(session, token, now or utcnow())
    if user is None:
        raise PermissionDenied("your login has ended: log in again")
    require(user, Action.VIEW)
    return user


def read_article(
    session: Session, *, article_id: int, token: str | None, now: datetime | None = None
) -> ArticleView:
    """The article and its claims for the login ``token``; :class:`InputError` for an unknown id."""
    viewer(session, token, now)
    article = session.get(Article, article_id)
    if article is None or article.id is None:
        raise InputError(f"no article {article_id}")
    rows = session.exec(
        select(Claim)
        .where(col(Claim.article_id) == article_id)
        .order_by(col(Claim.start), col(Claim.end), col(Claim.id))
    ).all()
    claims = tuple(
        ArticleClaim(
            id=c.id,
            start=c.start,
            end=c.end,
            speaker=c.speaker,
            speaker_role=c.speaker_role,
            cue=c.cue,
            kind=c.kind,
            status=c.status,
            content=c.content,
            speaker_kind=c.speaker_kind,
            via=c.via,
            extractor=c.extractor,
            version=c.version,
        )
        for c in rows
        if c.id is not None
    )
    return ArticleView(
        id=article.id,
        title=article.title,
        url=article.url,
        outlet=article.outlet,
        lang=article.lang,
        author=article.author,
        published_at=article.published_at,
        text=article.text,
        claims=claims,
        metadata=tuple(
            MetaLine(kind=m["kind"], text=article.text[m["start"] : m["end"]], start=m["start"], end=m["end"])
            for m in article.metadata_lines
        ),
    )
