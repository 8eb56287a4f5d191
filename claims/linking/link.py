"""Linking one article (the ingestion step) and rebuilding everything (``claims link --all``).

``link_article`` indexes the article (copy keys, title, each claim's bands), finds syndicated copies,
retries waiting teasers, and links each claim to its candidates: ``via`` when one side cites the
other's outlet, else ``same_claim``; ``auto`` at or above the auto threshold (same language only:
cross-language matches rest on a small glossary, so a reviewer confirms them; so does a repeat that
no copy, verbatim wording, day or party places on one occasion), ``suggested`` at or above the
suggest threshold. One link per existing cluster keeps rows bounded. Never commits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from sqlalchemy import bindparam, delete, or_, update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from claims.errors import InputError
from claims.linking import clusters, index, related, sameclaim
from claims.linking.anchors import Anchors, claim_anchors, conflict, corroborate
from claims.linking.score import NEUTRAL_SPEAKER, VERBATIM, ClaimSide, score_pair
from claims.linking.text import skeleton, tokens
from claims.models import Article, Claim, ClaimBand, CrossReference, DocBand, utcnow
from claims.priority import refresh_priorities
from claims.text.normalize import normalize_for_matching

_LINKED = (
    update(Article.__table__)  # type: ignore[arg-type]
    .where(Article.__table__.c.id == bindparam("a"))  # type: ignore[attr-defined]
    .values(linked_at=bindparam("now"))
)
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


SYNDICATED_CONTAINMENT = 0.5  # real agency copies: 0.53-0.79 of the shorter's shingles; rewrites ≤ 0.23
SYNDICATED_MIN_SHINGLES = 30  # about two sentences: a shared quote in two short items is no copy


def _lede(article: Article) -> Anchors:
    return claim_anchors(article.text, 0, 0, article.published_at)


def _syndicated(session: Session, article: Article) -> set[int]:
    """Copies of one text on several sites: containment of the shorter's shingles in the longer.

    Candidates come from sampled shingle keys in the document band table; each is confirmed on the
    full shingle sets of both texts' sentence lines (datelines and chrome lines are too short to
    count), and on the ledes' event anchors: two dispatches of one template about two different calls
    (another day, another counterpart) are not copies.
    """
    mine = index.body_shingles(article.text)
    keys = index.copy_keys(mine)
    found: set[int] = set()
    ids = [i for i in index.copy_candidates(session, keys) if i != article.id]
    if ids:
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
        lede = _lede(article)
        for other in session.exec(select(Article).where(col(Article.id).in_(ids))).all():
            if (article.id, other.id) in linked or (other.id, article.id) in linked:
                continue
            theirs = index.body_shingles(other.text)
            if min(len(mine), len(theirs)) < SYNDICATED_MIN_SHINGLES:
                continue
            share = index.containment(mine, theirs)
            if share >= SYNDICATED_CONTAINMENT and not conflict(lede, _lede(other)):
                session.add(
                    CrossReference(
                        kind="syndicated",
                        state="auto",
                        from_article_id=article.id,
                        to_article_id=other.id,
                        score=round(share, 4),
                    )
                )
                found.add(other.id or 0)
    assert article.id is not None
    title = index.title_keys(article.title, space="title") if article.title else []
    index.add_doc(session, article.id, [*keys, *title])
    return found


_COPIES = select(CrossReference.from_article_id, CrossReference.to_article_id).where(
    CrossReference.kind == "syndicated",
    or_(CrossReference.from_article_id == bindparam("a"), CrossReference.to_article_id == bindparam("a")),
)
COPY_CONTENT = 0.9  # a claim's words found again in a copy of its article: the same claim, whoever the
# extractor took for its speaker on either side (a dateline agency, a body quoted two lines above)


def own_narrations_apart(a: ClaimSide, b: ClaimSide) -> bool:
    """Two event sentences of one outlet (an event's speaker is its outlet), in two of its articles,
    that no day or party places on one occasion: "the minister held his regular briefing today",
    narrated again in the outlet's own words, is the next briefing. An outlet tells an occurrence
    once; its own update repeats its words (a copy, or word for word), and only then is it linked.
    "Today, Tuesday" on both sides places nothing here: an outlet narrates the weekly cabinet session
    or briefing in one template, on the same weekday every week."""
    return (
        a.kind == b.kind == "event"
        and bool(a.speaker.strip())
        and normalize_for_matching(a.speaker) == normalize_for_matching(b.speaker)
        and not corroborate(a.event, b.event, bare_weekdays=False)
    )


def copies_of(session: Session, article_id: int) -> set[int]:
    """Articles stored as syndicated copies of this one (either direction)."""
    rows = session.connection().execute(_COPIES, {"a": article_id})
    return {x for pair in rows for x in pair if x is not None and x != article_id}


def _link_claims(
    session: Session,
    article: Article,
    auto_threshold: float,
    suggest_threshold: float,
    report: LinkReport,
    copies: frozenset[int] | set[int] = frozenset(),
) -> set[int]:
    """Link the article's claims; returns the ids of claims whose cluster changed."""
    claims = sameclaim.own_claims(session, article.id or 0, article.text, article.published_at)
    report.claims += len(claims)
    if not claims:
        return set()
    cand_ids = sameclaim.candidates(session, claims)
    every = {i for ids in cand_ids.values() for i in ids}
    if not every:
        return set()
    others = sameclaim.read(session, every)
    survivors = sameclaim.prefilter(claims, cand_ids, others)
    if not survivors:
        return set()
    kept = [o for os_ in survivors.values() for o in os_]
    aliases = sameclaim.aliases(session, {x.speaker_id for x in [*claims, *kept] if x.speaker_id})
    fp = {c.id: index.fingerprint(c.article_id, c.content, c.speaker) for c in claims}
    existing, rejected = sameclaim.known(session, [c.id for c in claims], list(fp.values()))
    links = sameclaim.Links(rows=[], edges=[])
    for c in claims:
        me = c.side(article.lang, aliases)
        best_per_cluster: dict[int, tuple[float, sameclaim.Row, bool]] = {}
        for o in survivors.get(c.id, ()):
            if index.pair(c.id, o.id) in existing:
                continue
            other = o.side(o.lang, aliases)
            result = score_pair(me, other)
            copy = o.article_id in copies
            if copy and result.content >= COPY_CONTENT:
                result = replace(result, score=max(result.score, round(result.content * NEUTRAL_SPEAKER, 4)))
            if result.score < suggest_threshold:
                continue
            if not copy and result.content < VERBATIM and own_narrations_apart(me, other):
                continue
            if rejected and (
                index.pair(fp[c.id], index.fingerprint(o.article_id, o.content, o.speaker)) in rejected
            ):
                continue
            # an unplaced repeat (no copy, not verbatim, no day or party agreeing) stays a suggestion:
            # a reviewer decides, and clusters do not merge on it
            review = result.cross_language or (
                result.score >= auto_threshold
                and o.article_id not in copies
                and result.content < VERBATIM
                and not corroborate(me.event, other.event)
            )
            group = o.cluster_id or -o.id
            if group not in best_per_cluster or result.score > best_per_cluster[group][0]:
                best_per_cluster[group] = (result.score, o, review)
        for score, o, review in sorted(best_per_cluster.values(), key=lambda t: -t[0]):
            _add_link(article, c, o, score, review, auto_threshold, links)
    sameclaim.write_links(session, links.rows)
    sameclaim.merge_clusters(session, links.edges, article.published_at)
    report.auto += links.auto
    report.suggested += links.suggested
    report.via += links.via
    return {x.id for edge in links.edges for x in edge}


def _add_link(
    article: Article,
    c: sameclaim.Row,
    other: sameclaim.Row,
    score: float,
    review: bool,
    auto_threshold: float,
    links: sameclaim.Links,
) -> None:
    """One link row: ``via`` when one side cites the other's outlet; auto links join the clusters.

    ``review``: a reviewer must confirm it whatever its score (across languages, or an unplaced repeat).
    """
    state = "auto" if score >= auto_threshold and not review else "suggested"
    if c.via and cites(c.via, other.outlet):
        kind, src, dst = "via", c, other
    elif other.via and cites(other.via, article.outlet):
        kind, src, dst = "via", other, c
    else:
        kind, src, dst = "same_claim", c, other
    links.rows.append(
        {"kind": kind, "state": state, "from_claim_id": src.id, "to_claim_id": dst.id, "score": score}
    )
    if kind == "via":
        links.via += 1
    if state == "auto":
        links.auto += 1
        links.edges.append((c, other))
    else:
        links.suggested += 1


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
        copies: set[int] = set()
        if article.linked_at is None:
            copies = _syndicated(session, article)
            report.syndicated = len(copies)
        copies |= copies_of(session, article_id)
        report.related_resolved, report.related_unresolved = related.retry_for(session, article)
        touched = _link_claims(session, article, auto_threshold, suggest_threshold, report, copies)
    now = utcnow()
    session.connection().execute(_LINKED, {"a": article_id, "now": now})
    set_committed_value(article, "linked_at", now)
    session.flush()  # teasers resolved and copies found above
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
