"""Linking one article (the ingestion step) and rebuilding everything (``claims link --all``).

``link_article`` indexes the article (text, title, each claim's bands), groups syndicated copies,
retries waiting teasers, and links each claim to its candidates: ``via`` when one side cites the
other's outlet, else ``same_claim``; ``auto`` at or above the auto threshold (same language only:
cross-language matches rest on a small glossary, so a reviewer confirms them), ``suggested`` at or
above the suggest threshold. One link per existing cluster keeps rows bounded. Never commits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime

from rapidfuzz import fuzz
from sqlalchemy import delete, or_, update
from sqlmodel import Session, col, select

from claims.errors import InputError
from claims.linking import clusters, index, related
from claims.linking.score import PREFILTER_DICE, ClaimSide, quick_overlap, score_pair
from claims.linking.text import skeleton, tokens
from claims.models import Article, Claim, ClaimBand, CrossReference, DocBand, Entity, utcnow
from claims.priority import refresh_priorities
from claims.text.normalize import normalize_for_matching

SYNDICATED_MATCH = 90.0  # rapidfuzz ratio of the normalised texts' first 4000 characters
_AGENCY_WORDS = {
    normalize_for_matching(w)
    for w in ["وكالة", "وكاله", "الوكالة", "أنباء", "الأنباء", "news", "agency", "press", "the"]
}


@dataclass
class LinkReport:
    """What linking did: counts per kind of link (``+`` adds two reports)."""

    articles: int = 0
    claims: int = 0
    auto: int = 0
    suggested: int = 0
    via: int = 0
    related_resolved: int = 0
    related_unresolved: int = 0
    syndicated: int = 0

    def __add__(self, other: LinkReport) -> LinkReport:
        return LinkReport(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})


def outlet_key(name: str | None) -> frozenset[str]:
    """An outlet or agency name as skeletons without 'agency' words (وكالة إرنا, IRNA → {"rn"})."""
    if not name:
        return frozenset()
    return frozenset(skeleton(t) for t in tokens(name) if t not in _AGENCY_WORDS and skeleton(t))


def cites(via: str, outlet: str | None) -> bool:
    """Whether a claim's ``via`` names the outlet of another article."""
    a, b = outlet_key(via), outlet_key(outlet)
    return bool(a and b and (a <= b or b <= a))


def _aliases(session: Session, ids: set[int]) -> dict[int, tuple[str, ...]]:
    if not ids:
        return {}
    rows = session.execute(  # plain columns: loading Entity objects cost more than the query
        select(Entity.id, Entity.canonical_name, Entity.aliases).where(col(Entity.id).in_(ids))  # type: ignore[call-overload]
    ).all()
    return {i: (name, *(aliases or ())) for i, name, aliases in rows if i is not None}


def _syndicated(session: Session, article: Article) -> int:
    keys = index.text_keys(article.text)
    found = 0
    ids = [i for i in index.doc_candidates(session, keys) if i != article.id]
    if ids:
        mine = normalize_for_matching(article.text[:4000])
        linked = {
            (x.from_article_id, x.to_article_id)
            for x in session.exec(
                select(CrossReference).where(
                    CrossReference.kind == "syndicated",
                    or_(
                        CrossReference.from_article_id == article.id,
                        CrossReference.to_article_id == article.id,
                    ),
                )
            ).all()
        }
        for other in session.exec(select(Article).where(col(Article.id).in_(ids))).all():
            if (article.id, other.id) in linked or (other.id, article.id) in linked:
                continue
            ratio = fuzz.ratio(mine, normalize_for_matching(other.text[:4000]))
            if ratio >= SYNDICATED_MATCH:
                session.add(
                    CrossReference(
                        kind="syndicated",
                        state="auto",
                        from_article_id=article.id,
                        to_article_id=other.id,
                        score=round(ratio / 100, 4),
                    )
                )
                found += 1
    assert article.id is not None
    title = index.title_keys(article.title, space="title") if article.title else []
    index.add_doc(session, article.id, [*keys, *title])
    return found


def _existing_pairs(session: Session, claim_ids: list[int]) -> set[tuple[int, int]]:
    rows = session.execute(
        select(CrossReference.from_claim_id, CrossReference.to_claim_id).where(  # type: ignore[call-overload]
            col(CrossReference.kind).in_(clusters.CLAIM_KINDS),
            or_(
                col(CrossReference.from_claim_id).in_(claim_ids),
                col(CrossReference.to_claim_id).in_(claim_ids),
            ),
        )
    ).all()
    return {index.pair(a, b) for a, b in rows if a is not None and b is not None}


@dataclass(frozen=True)
class _Other:
    """A candidate claim as read for scoring (plain columns, no ORM object until it is linked)."""

    id: int
    article_id: int
    speaker: str
    speaker_id: int | None
    kind: str
    speaker_kind: str
    content: str
    via: str
    cluster_id: int | None
    match_tokens: str | None
    lang: str
    outlet: str | None
    published_at: datetime | None


_OTHER_COLUMNS = (
    Claim.id, Claim.article_id, Claim.speaker, Claim.speaker_id, Claim.kind, Claim.speaker_kind,
    Claim.content,
    Claim.via, Claim.cluster_id, Claim.match_tokens, Article.lang, Article.outlet, Article.published_at,
)  # fmt: skip


def _side_of(
    x: Claim | _Other, lang: str | None, aliases: dict[int, tuple[str, ...]], toks: str | None
) -> ClaimSide:
    return ClaimSide(
        content=x.content, speaker=x.speaker, speaker_id=x.speaker_id, kind=x.kind,
        speaker_kind=x.speaker_kind,
        lang=lang, aliases=aliases.get(x.speaker_id or -1, ()), stored_tokens=toks,
    )  # fmt: skip


def _link_claims(
    session: Session, article: Article, auto_threshold: float, suggest_threshold: float, report: LinkReport
) -> set[int]:
    """Link the article's claims; returns the ids of claims whose cluster changed."""
    touched: set[int] = set()
    claims = list(session.exec(select(Claim).where(Claim.article_id == article.id)).all())
    report.claims += len(claims)
    if not claims:
        return touched
    own = {c.id for c in claims}
    for c in claims:
        toks = " ".join(tokens(c.content))
        if c.match_tokens != toks:
            c.match_tokens = toks
            session.add(c)
    keys = {c.id: index.claim_keys((c.match_tokens or "").split()) for c in claims}
    hits = index.claim_hits(session, [k for ks in keys.values() for k in ks])
    cand_ids = {c.id: [i for i in index.rank_candidates(hits, keys[c.id]) if i not in own] for c in claims}
    index.add_claims(session, keys)  # type: ignore[arg-type]
    every = {i for ids in cand_ids.values() for i in ids}
    if not every:
        return touched
    rows = session.execute(
        select(*_OTHER_COLUMNS)
        .join(Article, col(Article.id) == col(Claim.article_id))
        .where(col(Claim.id).in_(every))
    ).all()
    others = {r[0]: _Other(*r) for r in rows}
    # cheap pass: language-neutral overlap only, before aliases, fingerprints and full scores
    mine = {c.id: _side_of(c, article.lang, {}, c.match_tokens) for c in claims}
    survivors: dict[int, list[_Other]] = {}
    for c in claims:
        for oid in cand_ids[c.id]:
            o = others.get(oid)
            if (
                o is not None
                and quick_overlap(mine[c.id], _side_of(o, o.lang, {}, o.match_tokens)) >= PREFILTER_DICE
            ):
                survivors.setdefault(c.id, []).append(o)  # type: ignore[arg-type]
    if not survivors:
        return touched
    kept = [o for os_ in survivors.values() for o in os_]
    aliases = _aliases(session, {x.speaker_id for x in [*claims, *kept] if x.speaker_id})
    existing = _existing_pairs(session, [c.id for c in claims if c.id is not None])
    fp = {c.id: index.fingerprint(c.article_id, c.content, c.speaker) for c in claims}
    rejected = clusters.rejected_pairs(session, fp.values())  # type: ignore[arg-type]
    chosen: dict[int, list[tuple[float, _Other, bool]]] = {}
    for c in claims:
        me = _side_of(c, article.lang, aliases, c.match_tokens)
        best_per_cluster: dict[int, tuple[float, _Other, bool]] = {}
        for o in survivors.get(c.id, ()):  # type: ignore[call-overload]
            if index.pair(c.id, o.id) in existing:  # type: ignore[arg-type]
                continue
            result = score_pair(me, _side_of(o, o.lang, aliases, o.match_tokens))
            if result.score < suggest_threshold:
                continue
            if (
                rejected
                and index.pair(fp[c.id], index.fingerprint(o.article_id, o.content, o.speaker)) in rejected
            ):  # type: ignore[arg-type]
                continue
            group = o.cluster_id or -o.id
            if group not in best_per_cluster or result.score > best_per_cluster[group][0]:
                best_per_cluster[group] = (result.score, o, result.cross_language)
        chosen[c.id] = sorted(best_per_cluster.values(), key=lambda t: -t[0])  # type: ignore[index]
    wanted = {o.id for links in chosen.values() for _, o, _ in links}
    loaded = (
        {x.id: x for x in session.exec(select(Claim).where(col(Claim.id).in_(wanted))).all()}
        if wanted
        else {}
    )
    known = {article.id: article.published_at} | {o.article_id: o.published_at for o in kept}
    for c in claims:
        for score, o, cross in chosen.get(c.id, ()):  # type: ignore[call-overload]
            other = loaded.get(o.id)
            if other is not None and _add_link(
                session, article, c, other, o.outlet, score, cross, auto_threshold, report, known
            ):
                touched.update((c.id, other.id))  # type: ignore[arg-type]
    return touched


def _add_link(
    session: Session,
    article: Article,
    c: Claim,
    other: Claim,
    outlet: str | None,
    score: float,
    cross: bool,
    auto_threshold: float,
    report: LinkReport,
    known: dict[int, datetime | None],
) -> bool:
    """Store one link; True when it was automatic (the clusters changed)."""
    state = "auto" if score >= auto_threshold and not cross else "suggested"
    if c.via and cites(c.via, outlet):
        kind, src, dst = "via", c, other
    elif other.via and cites(other.via, article.outlet):
        kind, src, dst = "via", other, c
    else:
        kind, src, dst = "same_claim", c, other
    session.add(CrossReference(kind=kind, state=state, from_claim_id=src.id, to_claim_id=dst.id, score=score))
    if kind == "via":
        report.via += 1
    if state == "auto":
        report.auto += 1
        clusters.merge(session, c, other, known)
        return True
    report.suggested += 1
    return False


def link_article(
    session: Session, *, article_id: int, auto_threshold: float, suggest_threshold: float
) -> LinkReport:
    """Link one stored article's claims, copies and waiting teasers (the caller commits)."""
    if suggest_threshold > auto_threshold:
        raise InputError(
            f"suggest threshold {suggest_threshold} is above the auto threshold {auto_threshold}"
        )
    article = session.get(Article, article_id)
    if article is None:
        raise InputError(f"no article {article_id}")
    report = LinkReport(articles=1)
    session.flush()  # the caller's pending rows (the article's claims) first, then reads without autoflush
    with session.no_autoflush:
        if article.linked_at is None:
            report.syndicated = _syndicated(session, article)
        report.related_resolved = related.retry_for(session, article)
        touched = _link_claims(session, article, auto_threshold, suggest_threshold, report)
        report.related_unresolved = related.waiting_count(session, article_id)
        article.linked_at = utcnow()
        session.add(article)
    session.flush()
    if touched:
        refresh_priorities(session, claim_ids=sorted(touched))  # cluster size weighs in the queue order
    return report


def pending_articles(session: Session) -> list[int]:
    """Articles never linked, or extracted again since they were linked."""
    query = select(Article.id).where(
        or_(col(Article.linked_at).is_(None), col(Article.extracted_at) > col(Article.linked_at))
    )
    return [
        i
        for i in session.exec(query.order_by(col(Article.published_at), col(Article.id))).all()
        if i is not None
    ]


def reset(session: Session) -> None:
    """Forget everything ``link --all`` recomputes; keep reviewers' decisions and teasers' text."""
    session.execute(delete(ClaimBand))
    session.execute(delete(DocBand))
    session.execute(
        delete(CrossReference).where(
            col(CrossReference.kind).in_(("same_claim", "via", "syndicated")),
            col(CrossReference.state).in_(("auto", "suggested")),
        )
    )
    session.execute(
        update(CrossReference)
        .where(CrossReference.kind == "related", CrossReference.state == "auto")
        .values(state="unresolved", to_article_id=None, score=0.0)
    )
    session.execute(update(Claim).values(cluster_id=None))
    session.execute(update(Article).values(linked_at=None))
    session.flush()
    confirmed = session.exec(
        select(CrossReference).where(
            col(CrossReference.kind).in_(clusters.CLAIM_KINDS), CrossReference.state == "confirmed"
        )
    ).all()
    for x in confirmed:
        a, b = session.get(Claim, x.from_claim_id), session.get(Claim, x.to_claim_id)
        if a is not None and b is not None:
            clusters.merge(session, a, b)
    related.index_unresolved(session)
    session.flush()


def link_all(
    session: Session,
    *,
    auto_threshold: float,
    suggest_threshold: float,
    progress: Callable[[int, int], None] | None = None,
    rebuild: bool = True,
    commit_every: int | None = None,
) -> LinkReport:
    """Link every article (``rebuild``: from scratch, oldest first) or only pending ones.

    ``commit_every`` commits after that many articles (the CLI's choice for large stores); by default
    nothing is committed and the caller owns the unit of work.
    """
    if rebuild:
        reset(session)
    ids = pending_articles(session)
    total = LinkReport()
    for n, article_id in enumerate(ids, 1):
        total = total + link_article(
            session, article_id=article_id, auto_threshold=auto_threshold, suggest_threshold=suggest_threshold
        )
        if commit_every and n % commit_every == 0:
            session.commit()
        if progress is not None:
            progress(n, len(ids))
    return total
