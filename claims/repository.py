"""Storing articles, their claims and speakers. The caller owns the session and the commit.

Writes are idempotent: the same article (canonical URL, or the same content under another URL) is
stored once; a fresh extraction replaces an article's *unreviewed* claims and never touches reviewed
claims, corrected claims or review events.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, or_
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from claims.candidates import ClaimCandidate, CleanDocument
from claims.errors import InputError
from claims.models import Article, Claim, CrossReference, Entity, ReviewEvent, utcnow
from claims.priority import compute_priority
from claims.provenance import is_reviewer_added
from claims.storable import fit_document
from claims.text.normalize import normalize_for_matching
from claims.text.site import repeated_lines
from claims.types import ClaimKind, ReviewStatus, SpeakerKind
from claims.urls import canonical_url, content_hash, site_domain


@dataclass(frozen=True)
class StoredArticle:
    """What :func:`store_article` did: the article's id and whether it was new."""

    article_id: int
    created: bool
    duplicate_of_url: str | None = None  # set when the same content was already stored under another URL


def find_article(session: Session, *, url: str) -> Article | None:
    return session.exec(select(Article).where(Article.canonical_url == canonical_url(url))).first()


def store_article(
    session: Session,
    *,
    doc: CleanDocument,
    url: str,
    source_id: int | None = None,
    published_at: datetime | None = None,
    raw_hash: str | None = None,
    input_fixes: Sequence[str] = (),
) -> StoredArticle:
    """Insert the article unless its canonical URL or its content is already stored.

    Metadata is fitted to the schema here (``claims.storable``); the text must already be fitted,
    because claim spans were computed on it — a NUL in it is refused rather than silently moved.
    """
    fitted, fixes = fit_document(doc)
    if fitted.text != doc.text:
        raise InputError("the article text holds NUL characters: fit it (claims.storable) before extracting")
    doc = fitted
    canon = canonical_url(url)
    existing = session.exec(select(Article).where(Article.canonical_url == canon)).first()
    if existing is not None:
        assert existing.id is not None
        return StoredArticle(existing.id, created=False)
    digest = content_hash(doc.text)
    same_text = session.exec(select(Article).where(Article.content_hash == digest)).first()
    if same_text is not None:
        assert same_text.id is not None
        return StoredArticle(same_text.id, created=False, duplicate_of_url=same_text.url)
    article = Article(
        canonical_url=canon,
        url=url,
        source_id=source_id,
        outlet=doc.outlet,
        title=doc.title,
        lang=doc.lang,
        author=doc.author,
        published_at=published_at,
        text=doc.text,
        content_hash=digest,
        raw_hash=raw_hash,
        boilerplate=list(doc.boilerplate),
        metadata_lines=[{"kind": m.kind, "start": m.start, "end": m.end} for m in doc.metadata],
        input_fixes=[*input_fixes, *(f for f in fixes if f not in input_fixes)],
    )
    session.add(article)
    session.flush()
    assert article.id is not None
    return StoredArticle(article.id, created=True)


def site_lines(session: Session, *, source_id: int, recent: int = 200) -> frozenset[str]:
    """Lines the source repeats across its latest ``recent`` stored pages (text and dropped chrome).

    Evidence for the cleaner (``clean_text(repeated=…)``); the stored headlines are never learnt,
    so an article listed in every page's related block keeps its own title.
    """
    rows = session.exec(
        select(Article.text, Article.boilerplate, Article.title)
        .where(Article.source_id == source_id)
        .order_by(col(Article.id).desc())
        .limit(recent)
    ).all()
    titles = {normalize_for_matching(title) for _, _, title in rows if title}
    pages = ([*text.split("\n"), *(boilerplate or [])] for text, boilerplate, _ in rows)
    return repeated_lines(pages, exclude=titles)


def upsert_entity(session: Session, *, name: str, kind: str, alias: str = "") -> Entity:
    """The entity for ``name`` (matched after normalisation), created on first sight; records ``alias``.

    Two editors naming the same new speaker at the same moment both find no entity; the second insert
    then breaks the unique name, so it runs in a savepoint and, refused, takes the row the first stored.
    """
    key = normalize_for_matching(name)
    query = select(Entity).where(Entity.normalized_name == key, Entity.kind == kind)
    entity = session.exec(query).first()
    if entity is None:
        try:
            with session.begin_nested():
                entity = Entity(canonical_name=name, normalized_name=key, kind=kind, aliases=[])
                session.add(entity)
        except IntegrityError:
            entity = session.exec(query).one()
    if alias and alias != name and alias not in entity.aliases:
        entity.aliases = [*entity.aliases, alias]
    session.flush()
    return entity


def _is_reviewed(claim: Claim, with_events: set[int]) -> bool:
    """Touched by a person: decided, corrected, added by a desk member, or carrying any event in its history."""
    return (
        claim.status != ReviewStatus.PENDING
        or claim.corrected
        or claim.version > 1
        or claim.id in with_events
        or is_reviewer_added(claim)
    )


@dataclass(frozen=True)
class _Replacement:
    """What replacing an article's claims with candidates would do (see :func:`replace_claims`)."""

    article: Article
    stale: list[Claim]  # unreviewed claims that go
    chosen: list[ClaimCandidate]  # candidates that come (those repeating a reviewed claim left out)


def _plan(session: Session, article_id: int, candidates: Sequence[ClaimCandidate]) -> _Replacement:
    article = session.get(Article, article_id)
    if article is None:
        raise LookupError(f"no article {article_id}")
    candidates = event_speakers(candidates, article)
    current = session.exec(select(Claim).where(Claim.article_id == article_id)).all()
    ids = [c.id for c in current if c.id is not None]
    with_events = set(
        session.exec(select(ReviewEvent.claim_id).where(col(ReviewEvent.claim_id).in_(ids)).distinct()).all()
    ) if ids else set()
    kept = {(c.start, c.end, c.speaker, c.kind) for c in current if _is_reviewed(c, with_events)}
    stale = [c for c in current if not _is_reviewed(c, with_events) and c.id is not None]
    chosen: list[ClaimCandidate] = []
    seen: set[tuple[int, int, str, str]] = set()
    for cand in candidates:
        key = (cand.start, cand.end, cand.speaker, str(cand.kind))
        if key in kept or key in seen:
            continue
        seen.add(key)
        chosen.append(cand)
    return _Replacement(article, stale, chosen)


def replace_claims(session: Session, *, article_id: int, candidates: Sequence[ClaimCandidate]) -> list[int]:
    """Replace the article's unreviewed claims with ``candidates``; returns the ids of the new claims.

    Reviewed claims stay as they are, and a candidate that repeats one of them is not stored again.
    """
    plan = _plan(session, article_id, candidates)
    article, chosen = plan.article, plan.chosen
    stale = [c.id for c in plan.stale if c.id is not None]
    if stale:
        _delete_claims(session, stale)
    entities = _entities_for(session, chosen)
    now = utcnow()
    rows = [_claim_row(article, cand, entities, now) for cand in chosen]
    new_ids: list[int] = []
    if rows:  # one multi-row INSERT … RETURNING: building an ORM object per claim cost ~1.5 ms each
        inserted = session.execute(insert(Claim).returning(col(Claim.id), sort_by_parameter_order=True), rows)
        new_ids = [int(i) for i in inserted.scalars().all()]
    article.extracted_at = utcnow()
    article.extractor_version = candidates[0].extractor_version if candidates else article.extractor_version
    session.flush()
    return new_ids


_SAME_FIELDS = (
    "start", "end", "speaker", "speaker_mention", "speaker_role", "speaker_kind", "cue", "content", "kind",
    "via", "extractor", "extractor_version", "confidence", "checkworthiness",
)  # fmt: skip


def replacement_changes(session: Session, *, article_id: int, candidates: Sequence[ClaimCandidate]) -> bool:
    """Whether :func:`replace_claims` with ``candidates`` would change the article's claims.

    False when the unreviewed claims stored are already exactly what would be stored (same fields,
    the extractor's version included): re-extraction then leaves the rows, and their ids, alone.
    """
    plan = _plan(session, article_id, candidates)

    def signature(values: dict[str, Any]) -> tuple[Any, ...]:
        return (*(str(values[f]) for f in _SAME_FIELDS), tuple(values["checkworthy_reasons"]))

    fields = (*_SAME_FIELDS, "checkworthy_reasons")
    stored = sorted(signature({f: getattr(c, f) for f in fields}) for c in plan.stale)
    fresh = sorted(signature(c.model_dump()) for c in plan.chosen)
    return stored != fresh


def event_speakers(candidates: Sequence[ClaimCandidate], article: Article) -> list[ClaimCandidate]:
    """Event claims (the outlet's own narration) spoken by the outlet, else by the site's domain.

    The extractor sees only the document, so an article with no outlet name gives its events an
    empty speaker; the article's URL still names the site (``sana.sy``), and a claim must say who
    asserts it (an empty one also broke the ClaimReview export).
    """
    fallback = (article.outlet or "").strip() or site_domain(article.url) or ""
    return [
        c.model_copy(update={"speaker": fallback, "speaker_kind": SpeakerKind.OUTLET})
        if c.kind == ClaimKind.EVENT and not c.speaker.strip() and fallback
        else c
        for c in candidates
    ]


def _entities_for(session: Session, cands: Sequence[ClaimCandidate]) -> dict[tuple[str, str], Entity]:
    """Every speaker and ``via`` entity of ``cands``, keyed by (normalised name, kind), upserted as a batch.

    Same result as calling :func:`upsert_entity` per claim, in one SELECT and one flush for the article
    instead of a query and a flush per claim (15 % of ingestion time before, RESULTS.md "Ingestion").
    """
    wanted: list[tuple[str, str, str]] = []  # (name, kind, alias) in candidate order
    for cand in cands:
        wanted.append((cand.speaker, str(cand.speaker_kind), cand.speaker_mention))
        if cand.via:
            wanted.append((cand.via, "organization", ""))
    if not wanted:
        return {}
    keys = {(normalize_for_matching(name), kind) for name, kind, _ in wanted}
    names = sorted({k for k, _ in keys})
    found: dict[tuple[str, str], Entity] = {}
    for i in range(0, len(names), 500):
        rows = session.exec(select(Entity).where(col(Entity.normalized_name).in_(names[i : i + 500]))).all()
        for e in rows:
            if (e.normalized_name, e.kind) in keys:
                found.setdefault((e.normalized_name, e.kind), e)
    for name, kind, alias in wanted:
        key = (normalize_for_matching(name), kind)
        entity = found.get(key)
        if entity is None:
            entity = found[key] = Entity(canonical_name=name, normalized_name=key[0], kind=kind, aliases=[])
            session.add(entity)
        if alias and alias != name and alias not in entity.aliases:
            entity.aliases = [*entity.aliases, alias]
    session.flush()
    return found


def _claim_row(
    article: Article, cand: ClaimCandidate, entities: dict[tuple[str, str], Entity], now: datetime
) -> dict[str, Any]:
    speaker = entities[(normalize_for_matching(cand.speaker), str(cand.speaker_kind))]
    via = entities[(normalize_for_matching(cand.via), "organization")] if cand.via else None
    return {
        "created_at": now,
        "updated_at": now,
        "article_id": article.id,
        "speaker_id": speaker.id,
        "speaker": cand.speaker,
        "speaker_mention": cand.speaker_mention,
        "speaker_role": cand.speaker_role,
        "speaker_kind": str(cand.speaker_kind),
        "cue": cand.cue,
        "content": cand.content,
        "start": cand.start,
        "end": cand.end,
        "kind": str(cand.kind),
        "via": cand.via,
        "via_entity_id": via.id if via else None,
        "extractor": cand.extractor,
        "extractor_version": cand.extractor_version,
        "confidence": cand.confidence,
        "checkworthiness": cand.checkworthiness,
        "checkworthy_reasons": list(cand.checkworthy_reasons),
        "priority": compute_priority(
            cand.checkworthiness, 1, article.published_at, now, confidence=cand.confidence,
            speaker_kind=str(cand.speaker_kind), speaker_role=cand.speaker_role, start=cand.start,
        ),  # fmt: skip
    }


def _delete_claims(session: Session, claim_ids: Iterable[int]) -> None:
    ids = list(claim_ids)
    session.exec(  # type: ignore[call-overload]
        delete(CrossReference).where(
            or_(col(CrossReference.from_claim_id).in_(ids), col(CrossReference.to_claim_id).in_(ids))
        )
    )
    roots = {r for r in session.exec(select(Claim.cluster_id).where(col(Claim.id).in_(ids))).all() if r is not None}
    session.exec(delete(Claim).where(col(Claim.id).in_(ids)))  # type: ignore[call-overload]
    if roots:  # the survivors of those clusters regroup (a deleted claim may have been the canonical one)
        from claims.linking.clusters import regroup

        regroup(session, cluster_ids=roots)


def claims_of(session: Session, *, article_id: int) -> list[Claim]:
    return list(session.exec(select(Claim).where(Claim.article_id == article_id).order_by(col(Claim.start))).all())


def history(session: Session, *, claim_id: int) -> list[ReviewEvent]:
    """The claim's append-only event log, oldest first."""
    query = select(ReviewEvent).where(ReviewEvent.claim_id == claim_id).order_by(col(ReviewEvent.at), col(ReviewEvent.id))
    return list(session.exec(query).all())
