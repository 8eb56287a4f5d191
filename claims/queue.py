"""The review queue: pending claims ordered by stored priority, filtered and paged.

Ordering is ``priority DESC, id DESC`` on the ``ix_claim_queue_order`` index (status, priority, id),
so page 1 of a 1M-claim queue reads a few index entries rather than sorting the table. The total is
counted only up to :data:`COUNT_CAP` (an exact count of 900k pending claims costs ~0.5 s on
PostgreSQL and nobody pages that far): a total above the cap means "more than COUNT_CAP", which
:func:`total_label` renders as "10,000+".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, and_, case, column, func, table
from sqlalchemy import text as sql_text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from claims.errors import InputError
from claims.models import Article, Claim, ClaimSkip
from claims.priority import DOUBLING_SECONDS, EPOCH
from claims.search_index import MIN_TERM, TABLE, fts_phrase, search_term
from claims.types import ClaimKind, ReviewStatus

ATTRIBUTIONS, EVENTS = "attributions", "events"  # QueueFilter.claims: scored and reviewed apart
MAX_PAGE_SIZE = 200
COUNT_CAP = 10_000
ARTICLE_LIST_MAX = 1000  # article filters matching at most this many articles become an id list
TOP_SPEAKERS = 200
TEXT_LIST_MAX = 10_000  # SQLite: a term in at most this many claims becomes ``claim.id IN (…)``
TEXT_COUNT_READ = 2 * COUNT_CAP  # SQLite: index matches read to count a common term (else walk)


@dataclass(frozen=True)
class QueueFilter:
    """What the reviewer narrowed the queue to; ``None`` means no restriction on that field.

    ``since``/``until`` are inclusive dates (UTC) of the article's publication; ``text`` searches the
    claim's content and speaker, both folded by the project's normaliser (case, hamza and alef forms,
    alef maqsura, ta marbuta, tatweel, diacritics: ``claims.search_index.search_text``).
    """

    lang: str | None = None
    outlet: str | None = None
    speaker: str | None = None
    status: str | None = "pending"
    since: date | None = None
    until: date | None = None
    text: str | None = None
    #: whose skips apply: their skipped claims (until the end of their day) leave the list, or,
    #: with ``skipped``, are the list. ``None``: nobody's (the CLI, exports).
    reviewer_id: int | None = None
    skipped: bool = False
    claims: str | None = ATTRIBUTIONS  # ATTRIBUTIONS, EVENTS (the outlet's own sentences) or None: both


@dataclass(frozen=True)
class QueueRow:
    claim_id: int
    article_id: int
    speaker: str
    speaker_role: str
    speaker_kind: str
    cue: str
    content: str
    kind: str
    lang: str
    outlet: str | None
    title: str | None
    published_at: datetime | None
    checkworthiness: float
    checkworthy_reasons: list[str]
    priority: float
    cluster_size: int
    status: str
    lease_holder: str | None  # None when nobody holds an unexpired lease
    lease_expires_at: datetime | None
    version: int
    confidence: float = 0.0  # with start: the rest of what its priority is made of (claims.priority.explain)
    start: int = 0


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


@dataclass(frozen=True)
class Scope:
    """A filter turned into WHERE conditions on Claim; ``needs_join`` when they name Article columns."""

    conditions: tuple[ColumnElement[bool], ...]
    needs_join: bool
    by_articles: bool = False  # the filter matched few articles (or claims): find them, then sort
    total: int | None = None  # the capped count, when planning already established it

    def order_by(self) -> tuple[Any, ...]:
        """Priority order; ``priority + 0`` when the claims come from a few articles, so the planner
        sorts those few instead of walking the whole queue index looking for them."""
        priority = col(Claim.priority) + 0 if self.by_articles else col(Claim.priority)
        return priority.desc(), col(Claim.id).desc()

    def apply(self, query: Select[Any]) -> Select[Any]:
        """Add the conditions (and the join when needed) to a query selecting from Claim."""
        if self.needs_join:
            query = query.join(Article, col(Article.id) == col(Claim.article_id))
        return query.where(*self.conditions)


def _like(column: Any, needle: str, dialect: str) -> ColumnElement[bool]:
    """Case-insensitive substring match, written so each back end can use what it has.

    PostgreSQL: ``lower(x) LIKE lower('%…%')`` — the form its pg_trgm indexes serve. SQLite: plain
    ``LIKE``, which already ignores ASCII case (like its ``lower()``) and scans twice as fast.
    """
    pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    if dialect == "sqlite":
        return col(column).like(pattern, escape="\\")
    return func.lower(column).like(func.lower(pattern), escape="\\")


def end_of_day(now: datetime, timezone: str = "UTC") -> datetime:
    """The next midnight after ``now`` in ``timezone`` (an IANA name), as UTC: when a skip ends."""
    zone = ZoneInfo(timezone)
    local = now.astimezone(zone)
    midnight = datetime.combine(local.date() + timedelta(days=1), time.min, tzinfo=zone)
    return midnight.astimezone(UTC)


def record_skip(session: Session, *, claim_id: int, user_id: int, until: datetime) -> datetime:
    """Keep ``claim_id`` out of this user's Review next until ``until`` (a later skip extends it).

    The caller checks who acts (``claims.review.skip``). Two tabs of one reviewer skipping the same
    claim at once meet on the unique (user, claim) key; the savepoint lets the second one simply
    update the row the first wrote.
    """
    query = select(ClaimSkip).where(col(ClaimSkip.user_id) == user_id, col(ClaimSkip.claim_id) == claim_id)
    row = session.exec(query).first()
    if row is None:
        try:
            with session.begin_nested():
                session.add(ClaimSkip(user_id=user_id, claim_id=claim_id, until=until))
            return until
        except IntegrityError:
            row = session.exec(query).one()
    row.until = max(row.until, until)
    session.add(row)
    session.flush()
    return row.until


def skipped_by(user_id: int, now: datetime) -> Select[Any]:
    """The ids of the claims ``user_id`` skipped whose skip has not ended at ``now``."""
    return select(ClaimSkip.claim_id).where(col(ClaimSkip.user_id) == user_id, col(ClaimSkip.until) > now)


def scope(session: Session, filters: QueueFilter, *, now: datetime | None = None) -> Scope:
    """The filter's conditions, planned for a 1M-claim table (shared by the queue and review_next).

    Article filters (language, outlet, dates) that match few articles become ``article_id IN (…)``,
    so the claims are found through ``ix_claim_article_id`` instead of by walking the whole queue;
    when they match many articles the query walks the queue in priority order and stops early.
    On SQLite, a text term found in few claims by the trigram index becomes ``claim.id IN (…)``
    the same way (PostgreSQL's pg_trgm indexes serve the ``LIKE`` directly).
    """
    conds: list[ColumnElement[bool]] = []
    if filters.status:
        if filters.status not in {s.value for s in ReviewStatus}:
            raise InputError(
                f"unknown status {filters.status!r}: use one of {', '.join(s.value for s in ReviewStatus)}"
            )
        conds.append(col(Claim.status) == filters.status)
    if filters.speaker:
        conds.append(col(Claim.speaker) == filters.speaker)
    if filters.reviewer_id is not None:
        mine = skipped_by(filters.reviewer_id, now or datetime.now(UTC))
        conds.append(col(Claim.id).in_(mine) if filters.skipped else col(Claim.id).not_in(mine))
    conds.extend(_kind_conditions(filters.claims))
    needle = search_term(filters.text or "")  # folded like claim.search_text (claims.search_index)
    dialect = session.get_bind().dialect.name
    if needle:
        conds.append(_like(Claim.search_text, needle, dialect))
    article: list[ColumnElement[bool]] = []
    if filters.lang:
        article.append(col(Article.lang) == filters.lang)
    if filters.outlet:
        article.append(col(Article.outlet) == filters.outlet)
    if filters.since:
        article.append(col(Article.published_at) >= _day_start(filters.since))
    if filters.until:
        article.append(col(Article.published_at) < _day_start(filters.until + timedelta(days=1)))
    common_term = False  # SQLite: the index found too many claims to list (see below)
    if dialect == "sqlite" and len(needle) >= MIN_TERM and not filters.speaker:  # speaker: indexed
        found = _text_matches(session, needle)
        if len(found) <= TEXT_LIST_MAX:  # few claims contain the term: sort those
            conds.append(col(Claim.id).in_(found))
            return Scope((*conds, *article), needs_join=bool(article), by_articles=True)
        # a common term: the plans below meet its claims early (LIKE on each claim they visit); but
        # counting 10,000 of them by walking the whole pending queue may read most of it
        common_term = filters.status in (None, ReviewStatus.PENDING.value)
    if not article:
        return Scope(tuple(conds), False, total=_text_count(session, needle, conds) if common_term else None)
    ids = session.exec(select(Article.id).where(*article).limit(ARTICLE_LIST_MAX + 1)).all()
    if len(ids) <= ARTICLE_LIST_MAX:
        return Scope((*conds, col(Claim.article_id).in_(ids)), needs_join=False, by_articles=True)
    if filters.until:  # the walk down the queue may start at the newest claim the bound allows:
        # priority = log2(weight) + days(min(published, stored)), and log2(weight) < 30
        conds.append(col(Claim.priority) < _days(_day_start(filters.until + timedelta(days=1))) + 30)
    return Scope((*conds, *article), needs_join=True)


def _kind_conditions(claims: str | None) -> list[ColumnElement[bool]]:
    """Attributions and the outlet's own event sentences are different work: one at a time."""
    if claims is None:
        return []
    if claims == ATTRIBUTIONS:
        return [col(Claim.kind) != ClaimKind.EVENT.value]
    if claims == EVENTS:
        return [col(Claim.kind) == ClaimKind.EVENT.value]
    raise InputError(f"unknown claim filter {claims!r}: use {ATTRIBUTIONS!r} or {EVENTS!r}")


_FTS = table(TABLE, column("rowid"))
_MATCH = sql_text(f"{TABLE} MATCH :fts_term")


def _text_matches(session: Session, needle: str) -> list[int]:
    """Ids of the claims whose content or speaker contains ``needle`` (a superset: Unicode case
    folding), from SQLite's trigram index (``claims.search_index``), at most ``TEXT_LIST_MAX + 1``.

    The caller keeps its ``LIKE`` condition, so the index only narrows and the result is exactly
    the scan's. Stopping early keeps a common term cheap (its claims are then found by walking).
    """
    query = select(_FTS.c.rowid).where(_MATCH.bindparams(fts_term=fts_phrase(needle)))
    return list(session.exec(query.limit(TEXT_LIST_MAX + 1)).all())  # type: ignore[call-overload]


def _text_count(session: Session, needle: str, conds: list[ColumnElement[bool]]) -> int | None:
    """The capped count of a common term's claims, from at most ``TEXT_COUNT_READ`` index matches;
    ``None`` when those are not enough to tell (the caller then counts by walking, as before).

    Counting 10,000 claims of a term in 2% of a 1M-claim queue by walking reads about half of it
    (~0.4 s); through the index, at most ``TEXT_COUNT_READ`` matches (~0.1 s at worst measured).
    Not used with article filters or a decided status: their walks are shorter, the gain unsure.
    """
    matches = (
        select(_FTS.c.rowid.label("id"))
        .where(_MATCH.bindparams(fts_term=fts_phrase(needle)))
        .limit(TEXT_COUNT_READ)
        .subquery()
    )
    passing = func.sum(case((and_(*conds), 1), else_=0))
    query = select(func.count(), passing).select_from(matches).join(Claim, col(Claim.id) == matches.c.id)
    read, passed = session.exec(query).one()  # type: ignore[call-overload]
    n = int(passed or 0)  # SUM of no rows is NULL
    if n > COUNT_CAP:
        return COUNT_CAP + 1
    return n if read < TEXT_COUNT_READ else None  # all matches read, or more unread


def _days(when: datetime) -> float:
    return (when - EPOCH).total_seconds() / DOUBLING_SECONDS


def queue_page(
    session: Session, *, filters: QueueFilter, page: int = 1, page_size: int = 25, now: datetime
) -> tuple[list[QueueRow], int]:
    """One page of the queue, highest priority first, and the number of matching claims."""
    page = max(page, 1)
    page_size = min(max(page_size, 1), MAX_PAGE_SIZE)
    article_cols = (Article.lang, Article.outlet, Article.title, Article.published_at)  # not the text
    plan = scope(session, filters, now=now)
    rows_q = plan.apply(select(Claim.id)).order_by(*plan.order_by())
    ids = list(session.exec(rows_q.offset((page - 1) * page_size).limit(page_size)).all())  # type: ignore[call-overload]
    # the page's full rows in a second query: the ordered scan above stays narrow
    loaded = {
        r[0].id: r
        for r in session.exec(
            select(Claim, *article_cols)
            .join(Article, col(Article.id) == col(Claim.article_id))
            .where(col(Claim.id).in_(ids or [-1]))
        ).all()
    }
    rows = [loaded[i] for i in ids if i in loaded]
    sizes = _cluster_sizes(session, [r[0].cluster_id for r in rows if r[0].cluster_id is not None])
    return [_row(c, _ArticleCols(*rest), sizes, now) for c, *rest in rows], _count(session, plan)


def _count(session: Session, plan: Scope) -> int:
    """Matching claims, counted up to ``COUNT_CAP + 1`` (more means "over the cap")."""
    if plan.total is not None:
        return plan.total
    capped = plan.apply(select(Claim.id)).limit(COUNT_CAP + 1).subquery()
    return int(session.exec(select(func.count()).select_from(capped)).one())


def total_label(total: int) -> str:
    """How to show a :func:`queue_page` total: "1,234", or "10,000+" above the cap."""
    return f"{COUNT_CAP:,}+" if total > COUNT_CAP else f"{total:,}"


@dataclass(frozen=True)
class _ArticleCols:
    lang: str
    outlet: str | None
    title: str | None
    published_at: datetime | None


def _cluster_sizes(session: Session, cluster_ids: list[int]) -> dict[int, int]:
    if not cluster_ids:
        return {}
    query = (
        select(Claim.cluster_id, func.count())
        .where(col(Claim.cluster_id).in_(set(cluster_ids)))
        .group_by(Claim.cluster_id)
    )
    return {cid: n for cid, n in session.exec(query).all() if cid is not None}


def _row(c: Claim, a: _ArticleCols, sizes: dict[int, int], now: datetime) -> QueueRow:
    held = c.lease_holder is not None and c.lease_expires_at is not None and c.lease_expires_at > now
    assert c.id is not None
    return QueueRow(
        claim_id=c.id,
        article_id=c.article_id,
        speaker=c.speaker,
        speaker_role=c.speaker_role,
        speaker_kind=c.speaker_kind,
        cue=c.cue,
        content=c.content,
        kind=c.kind,
        lang=a.lang,
        outlet=a.outlet,
        title=a.title,
        published_at=a.published_at,
        checkworthiness=c.checkworthiness,
        checkworthy_reasons=list(c.checkworthy_reasons),
        priority=c.priority,
        cluster_size=sizes.get(c.cluster_id, 1) if c.cluster_id is not None else 1,
        status=c.status,
        lease_holder=c.lease_holder if held else None,
        lease_expires_at=c.lease_expires_at if held else None,
        version=c.version,
        confidence=c.confidence,
        start=c.start,
    )


def filter_options(session: Session, *, top_speakers: int = TOP_SPEAKERS) -> dict[str, list[str]]:
    """Choices for the filter widgets: languages, outlets, and the most frequent speakers."""
    langs = session.exec(select(Article.lang).distinct().order_by(col(Article.lang))).all()
    outlets = session.exec(
        select(Article.outlet)
        .where(col(Article.outlet).is_not(None))
        .distinct()
        .order_by(col(Article.outlet))
    ).all()
    speakers = session.exec(
        select(Claim.speaker)
        .group_by(Claim.speaker)
        .order_by(func.count().desc(), col(Claim.speaker))
        .limit(top_speakers)
    ).all()
    return {
        "lang": [x for x in langs if x],
        "outlet": [x for x in outlets if x],
        "speaker": [x for x in speakers if x],
    }
