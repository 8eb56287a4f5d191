"""The Prefect-free ingestion pipeline: items → fetch → clean → extract → store → link.

Split into batch steps so the flow can put each in one coarse task (fetch: network; prepare: CPU,
no database; store: database, one transaction per article, in order). Every step is idempotent:
items already stored (canonical URL) are skipped before any work, the same text under another URL
is stored once (content hash), and an item that fails is recorded in FetchState with its reason and
attempt count and is tried again on the next run. A run killed mid-batch leaves only whole
articles behind, so running it again ends in the same database as an uninterrupted run.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Literal

from sqlmodel import Session, col, select

from claims.candidates import ClaimCandidate, CleanDocument
from claims.db import session_scope
from claims.errors import ClaimsError, InputError
from claims.ingest.fetch import HTML_TYPES, decode_bytes, fetch_with_retries, make_client
from claims.ingest.items import Item, parse_date
from claims.models import Article, FetchState, utcnow
from claims.repository import replace_claims, site_lines, store_article
from claims.types import Lang
from claims.urls import bytes_hash, canonical_url

log = logging.getLogger(__name__)

Status = Literal["added", "duplicate", "failed"]


@dataclass(frozen=True)
class Prepared:
    """An item cleaned and extracted, ready to store (or the reason it could not be)."""

    url: str
    doc: CleanDocument | None = None
    candidates: tuple[ClaimCandidate, ...] = ()
    published: datetime | None = None
    raw_hash: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Outcome:
    url: str
    status: Status
    article_id: int | None = None
    title: str | None = None
    claims: int = 0
    reason: str | None = None


@dataclass
class IngestReport:
    """What a run did, for the CLI, the flow's return value and the source's health."""

    outcomes: list[Outcome] = field(default_factory=list)
    skipped: int = 0  # already stored before this run
    error: str | None = None  # a source-level failure (the feed itself could not be read)

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def added(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "added"]

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def summary(self) -> str:
        claims = sum(o.claims for o in self.added)
        text = (
            f"{self.count('added')} added ({claims} claims), {self.count('duplicate')} duplicates, "
            f"{self.skipped} already stored, {self.count('failed')} failed"
        )
        return f"{text}; source error: {self.error}" if self.error else text


def select_new(
    session: Session, items: Sequence[Item], *, source_id: int | None, exclude: Iterable[str] = ()
) -> tuple[list[Item], int]:
    """Items not stored yet (first of each canonical URL), plus this source's pending web failures.

    ``exclude`` names URLs that are not articles (the feed itself). Returns the items to process
    and how many were skipped as already stored.
    """
    skip = {_key(u) for u in exclude}
    by_canon: dict[str, Item] = {}
    for item in items:
        try:
            key = canonical_url(item.url)
        except InputError as exc:
            key = item.url
            item = replace(item, error=item.error or str(exc))
        by_canon.setdefault(key, item)
    if source_id is not None:
        pending = session.exec(
            select(FetchState.url).where(FetchState.source_id == source_id, FetchState.status == "failed")
        ).all()
        for url in pending:
            if url.startswith(("http://", "https://")) and url not in by_canon and url not in skip:
                by_canon[url] = Item(url=url)
    stored = _stored(session, [k for k, v in by_canon.items() if v.error is None])
    fresh = [item for key, item in by_canon.items() if key not in stored]
    return fresh, sum(1 for k in by_canon if k in stored)


def _stored(session: Session, canon: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(canon), 500):
        chunk = canon[i : i + 500]
        found.update(
            session.exec(select(Article.canonical_url).where(col(Article.canonical_url).in_(chunk))).all()
        )
    return found


def batches(items: Sequence[Item], size: int) -> list[list[Item]]:
    return [list(items[i : i + size]) for i in range(0, len(items), max(1, size))]


# --- fetch (network) -----------------------------------------------------------------------------


def fetch_items(
    items: Sequence[Item],
    *,
    timeout: float,
    max_bytes: int,
    user_agent: str,
    attempts: int = 3,
    backoff: float = 0.5,
    workers: int = 4,
) -> list[Item]:
    """Fetch every item that needs it (a few at a time); a failure becomes the item's ``error``."""
    todo = [i for i in items if i.needs_fetch]
    if not todo:
        return list(items)
    with make_client(timeout=timeout, user_agent=user_agent) as client:

        def one(item: Item) -> Item:
            try:
                got = fetch_with_retries(
                    client,
                    item.url,
                    attempts=attempts,
                    backoff=backoff,
                    accept=HTML_TYPES,
                    max_bytes=max_bytes,
                )
            except ClaimsError as exc:
                return replace(item, error=str(exc))
            fmt: Literal["html", "text"] = "text" if got.media_type == "text/plain" else "html"
            return replace(
                item,
                raw=got.content,
                fmt=fmt,
                charset=got.charset,
                etag=got.etag,
                last_modified=got.last_modified,
            )

        with ThreadPoolExecutor(max_workers=max(1, min(workers, len(todo)))) as pool:
            done = dict(zip([id(i) for i in todo], pool.map(one, todo), strict=True))
    return [done.get(id(i), i) for i in items]


# --- prepare (CPU, no database) ------------------------------------------------------------------


def prepare(item: Item, *, lang: Lang | None = None, repeated: Collection[str] = ()) -> Prepared:
    """Decode, clean and extract one item; any failure becomes ``Prepared.error`` (never raised).

    ``repeated`` holds the lines the item's site repeats across its stored pages (``site_lines``).
    """
    if item.error:
        return Prepared(url=item.url, error=item.error)
    try:
        return _prepare(item, lang, repeated)
    except ClaimsError as exc:
        return Prepared(url=item.url, error=str(exc))
    except Exception as exc:  # an extractor bug on one article must not sink the batch
        log.warning("preparing %s failed: %r", item.url, exc, exc_info=log.isEnabledFor(logging.DEBUG))
        return Prepared(url=item.url, error=f"{type(exc).__name__}: {exc}")


def _prepare(item: Item, lang: Lang | None, repeated: Collection[str] = ()) -> Prepared:
    from claims.extract import extract_claims

    raw = item.raw
    if item.path is not None:
        try:
            raw = Path(item.path).read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {item.path}: {exc.strerror}") from None
    raw_hash = bytes_hash(raw) if raw is not None else None
    if item.text is not None:
        text = item.text
    elif raw is not None:
        text, _codec = decode_bytes(raw, header_charset=item.charset)
    else:
        raise InputError("nothing to read")
    doc = _clean(text, item, lang, repeated)
    if not doc.text.strip():
        raise InputError("empty: no article text after cleaning")
    candidates = tuple(extract_claims(doc))
    published = item.published or parse_date(doc.published)
    return Prepared(
        url=item.url,
        doc=doc,
        candidates=candidates,
        published=published,
        raw_hash=raw_hash,
        etag=item.etag,
        last_modified=item.last_modified,
    )


_HTML_START_RE = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def _clean(text: str, item: Item, lang: Lang | None, repeated: Collection[str] = ()) -> CleanDocument:
    if item.fmt == "html" or _HTML_START_RE.match(text):  # an HTML page saved under a .txt name
        from claims.text.html import html_to_document

        url = item.url if item.url.startswith(("http://", "https://")) else None
        doc = html_to_document(text, url=url, lang=lang, repeated=repeated)
        if item.title and not doc.title:
            doc = doc.model_copy(update={"title": item.title})
        return doc
    from claims.text.clean import clean_text

    return clean_text(text, lang=lang, title=item.title, repeated=repeated)


def prepare_batch(
    items: Sequence[Item], *, lang: Lang | None = None, repeated: Collection[str] = ()
) -> list[Prepared]:
    return [prepare(i, lang=lang, repeated=repeated) for i in items]


# --- store + link (database) ---------------------------------------------------------------------


def store_prepared(
    session: Session,
    prepared: Prepared,
    *,
    source_id: int | None,
    auto_threshold: float,
    suggest_threshold: float,
) -> Outcome:
    """Store one prepared article with its claims and links, or record its failure. No commit."""
    if prepared.error is not None or prepared.doc is None:
        reason = prepared.error or "nothing extracted"
        record_failure(session, url=prepared.url, source_id=source_id, reason=reason)
        return Outcome(prepared.url, "failed", reason=reason)
    from claims.linking import link_article, store_teasers

    stored = store_article(
        session,
        doc=prepared.doc,
        url=prepared.url,
        source_id=source_id,
        published_at=prepared.published,
        raw_hash=prepared.raw_hash,
    )
    n_claims = 0
    if stored.created:
        n_claims = len(replace_claims(session, article_id=stored.article_id, candidates=prepared.candidates))
        store_teasers(session, article_id=stored.article_id, teasers=prepared.doc.teasers)
        link_article(
            session,
            article_id=stored.article_id,
            auto_threshold=auto_threshold,
            suggest_threshold=suggest_threshold,
        )
    record_success(session, prepared, source_id=source_id, article_id=stored.article_id)
    status: Status = "added" if stored.created else "duplicate"
    reason = f"same text as {stored.duplicate_of_url}" if stored.duplicate_of_url else None
    return Outcome(prepared.url, status, stored.article_id, prepared.doc.title, n_claims, reason)


def record_failure(session: Session, *, url: str, source_id: int | None, reason: str) -> FetchState:
    """Note that ``url`` failed (one more attempt) so the next run tries it again."""
    state = _state(session, url, source_id)
    state.status, state.attempts, state.last_error = "failed", state.attempts + 1, reason[:2000]
    state.last_attempt_at = utcnow()
    session.add(state)
    return state


def record_success(session: Session, prepared: Prepared, *, source_id: int | None, article_id: int) -> None:
    """Clear a pending failure, and keep validators for conditional GET; files with no history add no row."""
    key = _key(prepared.url)
    state = session.exec(select(FetchState).where(FetchState.url == key)).first()
    if state is None and not (prepared.etag or prepared.last_modified):
        return
    state = state or _state(session, prepared.url, source_id)
    state.status, state.last_error, state.article_id = "ok", None, article_id
    state.etag, state.last_modified = prepared.etag, prepared.last_modified
    state.last_attempt_at = state.last_success_at = utcnow()
    state.attempts += 1
    session.add(state)


def _key(url: str) -> str:
    try:
        return canonical_url(url)[:2000]
    except InputError:
        return url[:2000]


def _state(session: Session, url: str, source_id: int | None) -> FetchState:
    key = _key(url)
    state = session.exec(select(FetchState).where(FetchState.url == key)).first()
    if state is None:
        state = FetchState(url=key, source_id=source_id, status="ok", attempts=0)
    elif source_id is not None:
        state.source_id = source_id
    return state


OutcomeHook = Callable[[Outcome], None]


def store_batch(
    db_url: str,
    prepared: Sequence[Prepared],
    *,
    source_id: int | None,
    auto_threshold: float,
    suggest_threshold: float,
    on_outcome: OutcomeHook | None = None,
) -> list[Outcome]:
    """Store a batch in order, one transaction per article (a crash leaves only whole articles)."""
    outcomes: list[Outcome] = []
    for p in prepared:
        with session_scope(db_url) as session:
            outcome = store_prepared(
                session,
                p,
                source_id=source_id,
                auto_threshold=auto_threshold,
                suggest_threshold=suggest_threshold,
            )
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return outcomes


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    user_agent: str = "claims-bot/0.1"
    attempts: int = 3
    backoff: float = 0.5


def run_pipeline(
    db_url: str,
    items: Sequence[Item],
    *,
    source_id: int | None = None,
    lang: Lang | None = None,
    batch_size: int = 100,
    fetch: FetchOptions | None = None,
    auto_threshold: float = 0.82,
    suggest_threshold: float = 0.6,
    on_outcome: OutcomeHook | None = None,
) -> IngestReport:
    """The whole pipeline without Prefect: what the flow does, batch by batch, in one process."""
    fetch = fetch or FetchOptions()
    with session_scope(db_url) as session:
        fresh, skipped = select_new(session, items, source_id=source_id)
        repeated = site_lines(session, source_id=source_id) if source_id is not None else frozenset()
    report = IngestReport(skipped=skipped)
    for batch in batches(fresh, batch_size):
        got = fetch_items(
            batch,
            timeout=fetch.timeout,
            max_bytes=fetch.max_bytes,
            user_agent=fetch.user_agent,
            attempts=fetch.attempts,
            backoff=fetch.backoff,
        )
        report.outcomes.extend(
            store_batch(
                db_url,
                prepare_batch(got, lang=lang, repeated=repeated),
                source_id=source_id,
                auto_threshold=auto_threshold,
                suggest_threshold=suggest_threshold,
                on_outcome=on_outcome,
            )
        )
    return report
