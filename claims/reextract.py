"""Re-extraction: run the current extractor again on stored articles nobody has decided yet.

Why: when the extractor improves (a new version, an accepted desk-lexicon entry), the claims still
waiting in the queue should be what it finds now, not what an older one found. Only articles with no
decided claim are taken, and the existing replacement rule applies (``repository.replace_claims``):
claims a person touched — corrected, leased into a history, added — and their history are never
changed. An article whose stored pending claims already are what the extractor finds now is left
exactly as it is (same rows, same ids), so a second run changes nothing.

Each article is its own transaction; an article that fails (the extractor raises, the database
refuses a row) is reported in one line and the run goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import exists, or_
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, col, select

from claims.candidates import CleanDocument
from claims.db import session_scope
from claims.models import Article, Claim, Source
from claims.types import ReviewStatus

if TYPE_CHECKING:
    from claims.extract.layered import LexiconLayer

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (done, total)


def stored_document(article: Article) -> CleanDocument:
    """The stored article as the extractor sees it: the immutable clean text, language and outlet.

    What ingestion handed the extractor, minus what it does not read (teasers, labelled metadata):
    the extractor reads only ``text``, ``lang`` and ``outlet``, so claims found here are the claims
    ingestion would find now.
    """
    return CleanDocument(
        text=article.text,
        title=article.title,
        lang=article.lang,
        outlet=article.outlet,
        author=article.author,
    )


@dataclass(frozen=True)
class Failure:
    article_id: int
    reason: str

    def line(self) -> str:
        return f"article {self.article_id}: {self.reason}"


@dataclass
class ReextractReport:
    """What a run did: articles looked at, changed, left as they were, failed."""

    articles: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0  # decided by a reviewer between selection and re-extraction
    claims_removed: int = 0
    claims_added: int = 0
    failures: list[Failure] = field(default_factory=list)

    def summary(self) -> str:
        plural = "s" if self.articles != 1 else ""
        return (
            f"{self.articles} article{plural}: {self.changed} re-extracted ({self.claims_removed} "
            f"pending claims replaced by {self.claims_added}), {self.unchanged} unchanged, "
            f"{self.skipped} decided meanwhile, {len(self.failures)} failed"
        )


def _undecided() -> object:
    decided = select(Claim.id).where(
        col(Claim.article_id) == col(Article.id), col(Claim.status) != ReviewStatus.PENDING.value
    )
    return ~exists(decided)


def undecided_article_ids(
    session: Session, *, since: datetime | None = None, source: str | None = None
) -> list[int]:
    """Articles with no decided claim (Verified, Disputed, Not a claim), oldest first.

    ``since``: stored on or after (UTC); ``source``: a declared source's name or an article's outlet.
    """
    query = select(Article.id).where(_undecided())
    if since is not None:
        query = query.where(col(Article.fetched_at) >= since)
    if source is not None:
        named = select(Source.id).where(Source.name == source).scalar_subquery()
        query = query.where(or_(col(Article.source_id) == named, col(Article.outlet) == source))
    return [int(i) for i in session.exec(query.order_by(col(Article.id))).all() if i is not None]


def reextract_article(
    session: Session,
    article_id: int,
    *,
    auto_threshold: float,
    suggest_threshold: float,
    layer: LexiconLayer | None = None,
) -> tuple[str, int, int]:
    """Re-extract one article in ``session``, no commit: (outcome, claims removed, claims added).

    The outcome is "changed", "unchanged" (the stored pending claims already are what it finds) or
    "skipped" (gone, or decided by someone since it was selected).

    Raises what the extractor or the database raises; the caller isolates articles.
    """
    from claims.ingest.pipeline import extract_document
    from claims.linking import link_article
    from claims.repository import replace_claims, replacement_changes

    article = session.get(Article, article_id)
    if article is None:
        return "skipped", 0, 0
    decided = session.exec(
        select(Claim.id).where(
            Claim.article_id == article_id, col(Claim.status) != ReviewStatus.PENDING.value
        )
    ).first()
    if decided is not None:
        return "skipped", 0, 0
    candidates = extract_document(stored_document(article), layer=layer)
    if not replacement_changes(session, article_id=article_id, candidates=candidates):
        return "unchanged", 0, 0
    before = set(session.exec(select(Claim.id).where(Claim.article_id == article_id)).all())
    added = replace_claims(session, article_id=article_id, candidates=candidates)
    after = set(session.exec(select(Claim.id).where(Claim.article_id == article_id)).all())
    link_article(
        session, article_id=article_id, auto_threshold=auto_threshold, suggest_threshold=suggest_threshold
    )
    return "changed", len(before - after), len(added)


def reextract(
    db_url: str,
    *,
    since: datetime | None = None,
    source: str | None = None,
    auto_threshold: float = 0.82,
    suggest_threshold: float = 0.6,
    progress: Progress | None = None,
) -> ReextractReport:
    """Re-extract every article with no decided claim in scope, one transaction per article.

    A lost connection or a locked database stops the run (it is not one article's fault); anything
    else one article raises becomes that article's :class:`Failure`, and the rest go on.
    """
    from claims.ingest.pipeline import desk_layer

    with session_scope(db_url) as session:
        ids = undecided_article_ids(session, since=since, source=source)
        layer = desk_layer(session)  # read once: the run extracts as ingestion would now
    report = ReextractReport(articles=len(ids))
    for done, article_id in enumerate(ids, start=1):
        try:
            with session_scope(db_url) as session:
                outcome, removed, added = reextract_article(
                    session,
                    article_id,
                    auto_threshold=auto_threshold,
                    suggest_threshold=suggest_threshold,
                    layer=layer,
                )
        except OperationalError:
            raise
        except Exception as exc:  # one article's failure must not sink the run
            log.warning(
                "re-extracting article %s failed: %r",
                article_id,
                exc,
                exc_info=log.isEnabledFor(logging.DEBUG),
            )
            report.failures.append(Failure(article_id, _one_line(exc)))
        else:
            if outcome == "changed":
                report.changed += 1
                report.claims_removed += removed
                report.claims_added += added
            elif outcome == "unchanged":
                report.unchanged += 1
            else:
                report.skipped += 1
        if progress is not None:
            progress(done, len(ids))
    return report


def _one_line(exc: BaseException) -> str:
    from claims.ingest.pipeline import one_line

    return one_line(exc)
