"""Every database table, as SQLModel classes. Schema changes go through Alembic (``migrations/``).

Shapes follow ``claims-guideline.md``: a claim is a span of its article's immutable clean text with a
speaker, a cue and a kind; review events are append-only; cross-references tie claims and articles
to each other and to the outside. Timestamps are timezone-aware UTC throughout.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Integer, Text, UniqueConstraint, event, func
from sqlmodel import Field, SQLModel

from claims.search_index import search_text


def utcnow() -> datetime:
    """Aware UTC now (sqlmodel rejects naive datetimes)."""
    return datetime.now(UTC)


def _search_text_default(context: Any) -> str:
    """``claim.search_text`` of a Core INSERT that does not give it (``claims.repository``)."""
    params = context.get_current_parameters()
    return search_text(params.get("speaker"), params.get("content"))


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


def _json_dict() -> Any:
    return Field(default=None, sa_column=Column(JSON, nullable=True))


class Source(SQLModel, table=True):
    """A declared feed, URL list or folder, mirrored from ``sources.toml``, with its health."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True, max_length=200)
    kind: str = Field(max_length=20)  # feed | urls | files
    location: str = Field(max_length=2000)
    lang_hint: str | None = Field(default=None, max_length=5)
    cron: str | None = Field(default=None, max_length=100)
    interval_seconds: int | None = None
    enabled: bool = True
    last_run_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    last_error_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)


class FetchState(SQLModel, table=True):
    """What we know of one URL: conditional-GET validators, and failures waiting to be retried."""

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(unique=True, index=True, max_length=2000)
    source_id: int | None = Field(default=None, foreign_key="source.id", index=True)
    etag: str | None = Field(default=None, max_length=500)
    last_modified: str | None = Field(default=None, max_length=100)
    status: str = Field(default="ok", max_length=20, index=True)  # ok | failed | not_modified
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    # 0007: what failed (fetch | extract | store); an extract failure waits for a new extractor version
    failure_kind: str | None = Field(default=None, max_length=20)
    extractor_version: str | None = Field(default=None, max_length=50)
    last_attempt_at: datetime | None = None
    last_success_at: datetime | None = None
    article_id: int | None = Field(default=None, foreign_key="article.id")


class Article(SQLModel, table=True):
    """One stored article. ``text`` is the immutable clean text every claim span points into."""

    id: int | None = Field(default=None, primary_key=True)
    canonical_url: str = Field(unique=True, index=True, max_length=2000)
    url: str = Field(max_length=2000)
    source_id: int | None = Field(default=None, foreign_key="source.id", index=True)
    outlet: str | None = Field(default=None, max_length=300, index=True)
    title: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    lang: str = Field(max_length=5, index=True)
    author: str | None = Field(default=None, max_length=300)
    published_at: datetime | None = Field(default=None, index=True)
    fetched_at: datetime = Field(default_factory=utcnow)
    text: str = Field(sa_column=Column(Text, nullable=False))
    content_hash: str = Field(index=True, max_length=64)
    raw_hash: str | None = Field(default=None, max_length=64)
    boilerplate: list[str] = _json_list()
    input_fixes: list[str] = _json_list()  # 0007: what storing changed to fit the schema (NUL stripped, …)
    # 0009: the cleaner's metadata lines of ``text`` as {"kind", "start", "end"} (dateline, byline, date…)
    metadata_lines: list[dict[str, Any]] = _json_list()
    extracted_at: datetime | None = None
    extractor_version: str | None = Field(default=None, max_length=50)
    linked_at: datetime | None = Field(default=None, index=True)  # when `claims link` last linked it


class Entity(SQLModel, table=True):
    """A speaker or intermediary under one canonical name, with the other names it goes by."""

    __table_args__ = (UniqueConstraint("normalized_name", "kind", name="uq_entity_name_kind"),)

    id: int | None = Field(default=None, primary_key=True)
    canonical_name: str = Field(max_length=500)
    normalized_name: str = Field(index=True, max_length=500)
    kind: str = Field(max_length=20)  # person | organization | outlet | group
    aliases: list[str] = _json_list()


class Claim(SQLModel, table=True):
    """One attribution or event: a span of an article with who said it and how."""

    __table_args__ = (
        UniqueConstraint("article_id", "start", "end", "speaker", "kind", name="uq_claim_span"),
        Index("ix_claim_queue", "status", "priority"),
        Index("ix_claim_queue_order", "status", "priority", "id"),  # 0004: queue page and review_next
        Index("ix_claim_speaker_queue", "speaker", "status", "priority"),  # 0004: speaker filter
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    speaker_id: int | None = Field(default=None, foreign_key="entity.id", index=True)
    speaker: str = Field(max_length=500)
    speaker_mention: str = Field(default="", max_length=500)
    speaker_role: str = Field(default="", max_length=500)
    speaker_kind: str = Field(max_length=20)
    cue: str = Field(default="", max_length=200)
    content: str = Field(sa_column=Column(Text, nullable=False))
    start: int
    end: int
    kind: str = Field(max_length=10, index=True)  # direct | indirect | event
    via: str = Field(default="", max_length=500)
    via_entity_id: int | None = Field(default=None, foreign_key="entity.id")
    extractor: str = Field(max_length=100)
    extractor_version: str = Field(max_length=50)
    confidence: float = 0.0
    checkworthiness: float = 0.0
    checkworthy_reasons: list[str] = _json_list()
    priority: float = Field(default=0.0, index=True)
    status: str = Field(default="pending", max_length=20, index=True)
    corrected: bool = False
    version: int = 1  # optimistic concurrency: every change bumps it
    lease_holder: str | None = Field(default=None, max_length=100)
    lease_expires_at: datetime | None = None
    cluster_id: int | None = Field(default=None, index=True)  # id of the canonical claim of its cluster
    match_tokens: str | None = Field(default=None, sa_column=Column(Text, nullable=True))  # linker's normalised words
    # 0011: speaker and content folded for the queue's search (claims.search_index.search_text)
    search_text: str | None = Field(
        default=None, sa_column=Column(Text, nullable=True, default=_search_text_default)
    )
    reviewed_by: str | None = Field(default=None, max_length=100)
    reviewed_at: datetime | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow)


@event.listens_for(Claim, "before_insert")
def _fill_search_text(_mapper: Any, _connection: Any, claim: Claim) -> None:
    """An ORM insert sends every attribute, ``search_text=None`` too: fill it from the claim."""
    claim.search_text = search_text(claim.speaker, claim.content)


# 0004: substring search of the queue's text filter (lower(x) LIKE '%…%') through pg_trgm GIN
# indexes on PostgreSQL; expression indexes, so SQLite (which has no trigram index) skips them.
Index(
    "ix_claim_content_trgm",
    func.lower(Claim.__table__.c.content).label("lower_content"),  # type: ignore[attr-defined]
    postgresql_using="gin",
    postgresql_ops={"lower_content": "gin_trgm_ops"},
)
Index(  # 0011: the queue's search on folded text
    "ix_claim_search_trgm",
    func.lower(Claim.__table__.c.search_text).label("lower_search_text"),  # type: ignore[attr-defined]
    postgresql_using="gin",
    postgresql_ops={"lower_search_text": "gin_trgm_ops"},
)
Index(
    "ix_claim_speaker_trgm",
    func.lower(Claim.__table__.c.speaker).label("lower_speaker"),  # type: ignore[attr-defined]
    postgresql_using="gin",
    postgresql_ops={"lower_speaker": "gin_trgm_ops"},
)


class CrossReference(SQLModel, table=True):
    """A link from a claim or article to a claim, article or outside URL (kind + score + state)."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20, index=True)  # same_claim | via | related | syndicated
    state: str = Field(default="auto", max_length=20, index=True)  # auto | suggested | confirmed | rejected | unresolved
    from_claim_id: int | None = Field(default=None, foreign_key="claim.id", index=True)
    from_article_id: int | None = Field(default=None, foreign_key="article.id", index=True)
    to_claim_id: int | None = Field(default=None, foreign_key="claim.id", index=True)
    to_article_id: int | None = Field(default=None, foreign_key="article.id", index=True)
    to_url: str | None = Field(default=None, max_length=2000)
    text: str | None = Field(default=None, sa_column=Column(Text, nullable=True))  # e.g. a teaser's headline
    score: float = 0.0
    decided_by: str | None = Field(default=None, max_length=100)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ClaimBand(SQLModel, table=True):
    """The claim index: one row per MinHash LSH band of a claim, so candidates come from lookups, not scans."""

    __table_args__ = ({"sqlite_with_rowid": False},)

    band_key: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    claim_id: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))


class DocBand(SQLModel, table=True):
    """Article-level LSH bands: article text (syndication), titles and unresolved teasers (related)."""

    __table_args__ = ({"sqlite_with_rowid": False},)

    band_key: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    ref_id: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))


class LinkRejection(SQLModel, table=True):
    """A same-claim pair a reviewer rejected, by claim fingerprints, so re-extraction cannot revive it."""

    a_fp: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    b_fp: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    decided_by: str = Field(max_length=100)
    decided_at: datetime = Field(default_factory=utcnow)


class ReviewEvent(SQLModel, table=True):
    """Append-only history of a claim: who did what, when, and the claim before and after."""

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    actor: str = Field(max_length=100, index=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    action: str = Field(max_length=30)  # verify | dispute | not_a_claim | correct | reopen | link_confirm | link_reject
    verdict: str | None = Field(default=None, max_length=20)
    note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    evidence_urls: list[str] = _json_list()
    before: dict[str, Any] | None = _json_dict()
    after: dict[str, Any] | None = _json_dict()
    claim_version: int = 0


class User(SQLModel, table=True):
    """A desk member who logs in to the dashboard.

    ``name`` is shown as typed; ``name_key`` (NFKC, case-folded: ``claims.auth.name_key``) is what
    logins and uniqueness compare, so ``Bob`` and ``bob`` are one account.
    """

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True, max_length=100)
    name_key: str = Field(unique=True, index=True, max_length=400)  # 0008: case folding can lengthen
    password_hash: str = Field(max_length=300)
    role: str = Field(max_length=20)  # reviewer | editor | admin
    active: bool = True
    language: str | None = Field(default=None, max_length=5)  # 0010: dashboard language (ar | en); None: default
    created_at: datetime = Field(default_factory=utcnow)


class ClaimSkip(SQLModel, table=True):
    """A reviewer passed over a claim ("Skip"): it stays out of their Review next until ``until``.

    ``claim_id`` has no foreign key on purpose: re-extraction deletes unreviewed claims, and a
    skip (which expires within a day) must not block that; a skip of a deleted claim matches nothing.
    """

    __table_args__ = (UniqueConstraint("user_id", "claim_id", name="uq_claimskip_user_claim"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    claim_id: int = Field(index=True)
    until: datetime = Field(index=True)
    created_at: datetime = Field(default_factory=utcnow)


class LoginSession(SQLModel, table=True):
    """A dashboard login that survives a reload; only its token's SHA-256 is stored (``claims.logins``)."""

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(unique=True, index=True, max_length=64)
    user_id: int = Field(foreign_key="user.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    last_seen_at: datetime = Field(default_factory=utcnow)
    revoked: bool = False


class LoginThrottle(SQLModel, table=True):
    """Recent failed logins of one account name or one client address (``claims.throttle``).

    ``key`` is ``account:`` or ``client:`` and a SHA-256, so the table holds neither names that
    were tried nor addresses in clear; a row exists only while failures are recent.
    """

    key: str = Field(primary_key=True, max_length=80)
    failures: int = 0
    last_failure_at: datetime
    locked_until: datetime | None = None


class DeskLexiconEntry(SQLModel, table=True):
    """A word-list entry the desk learned from a correction or an added claim (``claims.desk_lexicon``).

    ``data`` is a lexicon fragment in the built-in lexicons' own format (``{"person_titles":
    ["ناظره"]}``), validated by the language's model; accepted entries are laid over the built-ins at
    every extraction. ``key`` is the fragment as first proposed, so the same lesson is proposed once
    (a rejected one is not proposed again). ``revision`` is the desk lexicon's revision of its last
    decision (0 while proposed).
    """

    __table_args__ = (UniqueConstraint("lang", "key", name="uq_desklexiconentry_key"),)

    id: int | None = Field(default=None, primary_key=True)
    lang: str = Field(max_length=5)
    kind: str = Field(max_length=20)  # alias | title | given_name | organization | cue
    key: str = Field(max_length=1000)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    summary: str = Field(default="", sa_column=Column(Text, nullable=False))
    status: str = Field(default="proposed", max_length=20, index=True)  # proposed | accepted | rejected
    claim_id: int | None = Field(default=None, foreign_key="claim.id", index=True)
    event_id: int | None = Field(default=None, foreign_key="reviewevent.id")
    proposed_by: str = Field(default="", max_length=100)  # whose correction or added claim taught it
    proposed_at: datetime = Field(default_factory=utcnow)
    decided_by: str | None = Field(default=None, max_length=100)
    decided_at: datetime | None = None
    revision: int = 0


class DeskLexiconChange(SQLModel, table=True):
    """Append-only log of accepts, edits and rejects; its id is the desk lexicon's revision number."""

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="desklexiconentry.id", index=True)
    action: str = Field(max_length=20)  # accept | edit | reject
    actor: str = Field(max_length=100)
    at: datetime = Field(default_factory=utcnow)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class QualityRun(SQLModel, table=True):
    """One language's figures of one ``claims quality`` run (``claims.quality``).

    The current extractor re-run on the desk's own gold (articles whose claims are all decided),
    scored as ``score_claims.py`` scores; kept so the Stats view shows precision and recall per
    language and extractor version over time. ``added`` counts the gold claims a reviewer added:
    what the extractor missed outright.
    """

    id: int | None = Field(default=None, primary_key=True)
    run_at: datetime = Field(default_factory=utcnow, index=True)
    lang: str = Field(max_length=5, index=True)
    extractor_version: str = Field(max_length=50)
    since: datetime | None = None  # the run's window: articles stored on or after this
    articles: int = 0
    gold: int = 0  # attribution claims in the desk's gold
    predicted: int = 0
    hits: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    added: int = 0  # of ``gold``, claims a reviewer added (claims.provenance)
    events_gold: int = 0
    events_predicted: int = 0
    events_hits: int = 0
