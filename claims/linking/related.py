"""Related articles: teasers kept as ``related`` cross-references and resolved to stored articles.

A teaser resolves by its URL (canonical form) or by its headline against stored titles (fuzzy, on
normalised text, candidates from the ``title`` band space). Unresolved teasers keep their text and
URL and are indexed in the ``teaser`` space, so each new article's title finds them and retries.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz
from sqlalchemy import bindparam, or_
from sqlmodel import Session, col, select

from claims.candidates import Teaser
from claims.errors import InputError
from claims.linking import index
from claims.models import Article, CrossReference, utcnow
from claims.text.normalize import normalize_for_matching
from claims.urls import canonical_url

TITLE_MATCH = 85.0  # rapidfuzz token-sort ratio on normalised headlines


def title_score(a: str, b: str) -> float:
    return fuzz.token_sort_ratio(normalize_for_matching(a), normalize_for_matching(b))


def _canon(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return canonical_url(url)
    except Exception:  # a teaser's link may be relative or broken: then it resolves by title only
        return None


def find_article(
    session: Session, *, text: str | None, url: str | None, exclude: int | None = None
) -> tuple[Article, float] | None:
    """The stored article a teaser (headline ``text``, link ``url``) points to, and how sure (0–1).

    Read-only: the desk's cards use it to open a teaser whose article arrived after the teaser did.
    """
    canon = _canon(url)
    if canon:
        hit = session.exec(select(Article).where(Article.canonical_url == canon)).first()
        if hit is not None and hit.id != exclude:
            return hit, 1.0
    best: tuple[float, Article | None] = (0.0, None)
    keys = index.title_keys(text or "", space="title")
    ids = [i for i in index.doc_candidates(session, keys) if i != exclude]
    for art in session.exec(select(Article).where(col(Article.id).in_(ids))).all() if ids else ():
        score = title_score(text or "", art.title or "")
        if score > best[0]:
            best = (score, art)
    if best[1] is not None and best[0] >= TITLE_MATCH:
        return best[1], best[0] / 100
    return None


def _resolve(session: Session, xref: CrossReference) -> bool:
    """Try to point ``xref`` at a stored article other than its own; True when it did."""
    found = find_article(session, text=xref.text, url=xref.to_url, exclude=xref.from_article_id)
    if found is None:
        return False
    _point(session, xref, *found)
    return True


def _point(session: Session, xref: CrossReference, article: Article, score: float) -> None:
    xref.to_article_id, xref.state, xref.score, xref.updated_at = (
        article.id,
        "auto",
        round(score, 4),
        utcnow(),
    )
    session.add(xref)


def store_teasers(session: Session, *, article_id: int, teasers: Sequence[Teaser]) -> tuple[int, int]:
    """Keep ``article_id``'s teasers as ``related`` links, resolving what it can; (resolved, unresolved).

    Idempotent: a teaser already stored for the article (same text and URL) is not stored twice.
    """
    if session.get(Article, article_id) is None:
        raise InputError(f"no article {article_id}")
    existing = {
        (x.text, x.to_url)
        for x in session.exec(
            select(CrossReference).where(
                CrossReference.from_article_id == article_id, CrossReference.kind == "related"
            )
        ).all()
    }
    resolved = unresolved = 0
    for teaser in teasers:
        if not teaser.text.strip() or (teaser.text, teaser.url) in existing:
            continue
        existing.add((teaser.text, teaser.url))
        xref = CrossReference(
            kind="related",
            state="unresolved",
            from_article_id=article_id,
            text=teaser.text,
            to_url=teaser.url,
        )
        session.add(xref)
        session.flush()
        if _resolve(session, xref):
            resolved += 1
        else:
            unresolved += 1
            assert xref.id is not None
            index.add_doc(session, xref.id, index.title_keys(teaser.text, space="teaser"))
    session.flush()
    return resolved, unresolved


# one prebuilt statement: waiting teasers naming the article's URL, with a headline near its title,
# or of the article itself (counted: how many of its own still wait)
_WAITING_FOR = select(CrossReference).where(
    CrossReference.kind == "related",
    CrossReference.state == "unresolved",
    or_(
        col(CrossReference.to_url).in_(bindparam("urls", expanding=True)),
        col(CrossReference.id).in_(index.doc_candidates_query(bindparam("keys", expanding=True))),
        CrossReference.from_article_id == bindparam("a"),
    ),
)


def retry_for(session: Session, article: Article) -> tuple[int, int]:
    """Resolve waiting teasers that point at the newly stored ``article``.

    Returns (how many it resolved, how many of the article's own teasers still wait).
    """
    found = own = 0
    keys = index.title_keys(article.title, space="teaser") if article.title else []
    urls = [article.url, article.canonical_url]
    waiting = session.exec(_WAITING_FOR, params={"urls": urls, "keys": keys, "a": article.id}).all()
    for xref in {x.id: x for x in waiting}.values():
        if xref.from_article_id == article.id:
            own += 1
            continue
        by_url = (
            xref.to_url in (article.url, article.canonical_url)
            or _canon(xref.to_url) == article.canonical_url
        )
        score = 100.0 if by_url else title_score(xref.text or "", article.title or "")
        if score >= TITLE_MATCH:
            _point(session, xref, article, score / 100)
            found += 1
    return found, own


def index_unresolved(session: Session) -> None:
    """Re-index every waiting teaser (after ``link --all`` cleared the band tables)."""
    for xref in session.exec(
        select(CrossReference).where(CrossReference.kind == "related", CrossReference.state == "unresolved")
    ).all():
        assert xref.id is not None
        index.add_doc(session, xref.id, index.title_keys(xref.text or "", space="teaser"))
