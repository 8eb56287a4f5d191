"""The Prefect-free ingestion pipeline: items → fetch → clean → extract → store → link.

Split into batch steps so the flow can put each in one coarse task (fetch: network; prepare: CPU,
no database; store: database, one transaction per article, in order). Every step is idempotent:
items already stored (canonical URL) are skipped before any work, the same text under another URL
is stored once (content hash), and an item that fails is recorded in FetchState with its reason,
kind and attempt count and is tried again on the next run — until a web URL has failed
``max_failures`` runs in a row, when it is marked ``dead`` with its reason and left alone; and
except an extractor failure, which the same extractor would repeat on the same text: it waits for a
new extractor version. Fetching isolates items: any error of one URL, whatever raised it, is that
URL's recorded failure; storing isolates them too: an article the database refuses is recorded and
the rest of the batch lands. A run killed mid-batch leaves only whole articles behind, so running it
again ends in the same database as an uninterrupted run.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session, col, select

from claims.candidates import ClaimCandidate, CleanDocument
from claims.db import session_scope
from claims.errors import ClaimsError, InputError
from claims.ingest.fetch import HTML_TYPES, decode_bytes, fetch_with_retries, make_client
from claims.ingest.items import Item, parse_date
from claims.models import Article, FetchState, Source, utcnow
from claims.repository import replace_claims, site_lines, store_article
from claims.ssrf import IPNetwork
from claims.storable import fit_candidate, fit_document
from claims.types import Lang
from claims.urls import bytes_hash, canonical_url

if TYPE_CHECKING:  # the extractor is imported when a run extracts, not when the CLI starts
    from claims.extract.layered import LexiconLayer

log = logging.getLogger(__name__)

Status = Literal["added", "duplicate", "failed"]
# fetch: could not be fetched or read; clean: the cleaner raised; extract: the extractor raised
# (retried only under a new extractor version); store: the database refused the article.
FailureKind = Literal["fetch", "clean", "extract", "store"]


def extractor_version(layer: LexiconLayer | None = None) -> str:
    """The running extractor's version, read at call time (a failure is tied to the version that failed).

    With the desk's lexicon layer it names the layer's revision too (``0.8.0+desk.7``): an accepted
    entry is a new extractor, so an article the old one failed on is tried again.
    """
    import claims.extract

    base = claims.extract.EXTRACTOR_VERSION
    return base if layer is None or layer.empty else f"{base}+desk.{layer.revision}"


def desk_layer(session: Session) -> LexiconLayer:
    """The desk lexicon's accepted entries, read once per run (``claims.desk_lexicon.current_layer``)."""
    from claims.desk_lexicon import current_layer

    return current_layer(session)


def one_line(exc: BaseException, limit: int = 300) -> str:
    """``Type: first line of the message``, short enough for a table cell and a log line."""
    lines = str(exc).strip().splitlines()
    text = f"{type(exc).__name__}: {lines[0] if lines else ''}".rstrip(": ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
    remote: bool = False  # read over the network (only such failures can be marked dead)
    failure_kind: FailureKind = "fetch"
    extractor_version: str | None = None  # set on an extract failure: the version that failed
    fixes: tuple[str, ...] = ()  # what was changed to fit the schema (see claims.storable)


@dataclass(frozen=True)
class Outcome:
    url: str
    status: Status
    article_id: int | None = None
    title: str | None = None
    claims: int = 0
    reason: str | None = None
    failure_kind: FailureKind | None = None


@dataclass
class IngestReport:
    """What a run did, for the CLI, the flow's return value and the source's health."""

    outcomes: list[Outcome] = field(default_factory=list)
    skipped: int = 0  # already stored before this run
    given_up: int = 0  # web URLs marked dead by earlier runs, not fetched again
    held: int = 0  # the extractor failed on them and has not changed since: not tried again
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
        if self.given_up:
            text += f", {self.given_up} dead (given up earlier)"
        if self.held:
            text += f", {self.held} waiting for a new extractor version"
        return f"{text}; source error: {self.error}" if self.error else text


@dataclass(frozen=True)
class Selection:
    """What a run will process, and what it leaves alone."""

    fresh: list[Item]
    skipped: int  # already stored
    given_up: int  # marked dead by earlier runs
    held: int = 0  # the current extractor failed on them


def select_new(
    session: Session,
    items: Sequence[Item],
    *,
    source_id: int | None,
    exclude: Iterable[str] = (),
    layer: LexiconLayer | None = None,
) -> Selection:
    """Items not stored yet (first of each canonical URL), plus this source's pending web failures.

    ``exclude`` names URLs that are not articles (the feed itself). Dead URLs are not fetched again
    (a ``.jsonl`` line with its text in hand is still read, whatever its URL's history). Pending
    web failures are retried only for sources that fetch (feeds, URL lists): a *files* source reads
    its files again, and a ``.jsonl`` line's URL is its identity, never something to download.
    An item the current extractor already failed on is held back until the extractor's version
    changes.
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
    held = _held_back(session, extractor_version(layer))
    if source_id is not None and _fetches(session, source_id):
        pending = session.exec(
            select(FetchState.url).where(FetchState.source_id == source_id, FetchState.status == "failed")
        ).all()
        for url in pending:
            if url.startswith(("http://", "https://")) and url not in by_canon and url not in skip | held:
                by_canon[url] = Item(url=url)
    readable = [k for k, v in by_canon.items() if v.error is None]
    to_fetch = [k for k, v in by_canon.items() if v.needs_fetch]
    stored = _existing(session, col(Article.canonical_url), readable)
    dead = _existing(session, col(FetchState.url), to_fetch, FetchState.status == "dead")
    waiting = {k for k in by_canon if k not in stored and _key(k) in held}
    fresh = [item for key, item in by_canon.items() if key not in stored and key not in dead | waiting]
    return Selection(fresh, sum(1 for k in by_canon if k in stored), len(dead - stored), len(waiting))


def _held_back(session: Session, version: str) -> set[str]:
    """URLs (FetchState keys) whose extraction failed under ``version``: the same code would fail again."""
    return set(
        session.exec(
            select(FetchState.url).where(
                FetchState.status == "failed",
                FetchState.failure_kind == "extract",
                FetchState.extractor_version == version,
            )
        ).all()
    )


def _fetches(session: Session, source_id: int) -> bool:
    source = session.get(Source, source_id)
    return source is None or source.kind != "files"


def _existing(session: Session, column: Any, keys: list[str], *where: Any) -> set[str]:
    """Which of ``keys`` are in ``column`` (in chunks, to keep the IN lists short)."""
    found: set[str] = set()
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        found.update(session.exec(select(column).where(column.in_(chunk), *where)).all())
    return found


def batches(items: Sequence[Item], size: int) -> list[list[Item]]:
    return [list(items[i : i + size]) for i in range(0, len(items), max(1, size))]


# --- fetch (network) -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FetchOptions:
    """How pages are fetched; the defaults are the settings' defaults (no private network allowed)."""

    timeout: float = 20.0
    max_bytes: int = 5_000_000
    user_agent: str = "claims-bot/0.1"
    attempts: int = 3
    backoff: float = 0.5
    deadline: float = 60.0
    allow_networks: tuple[IPNetwork, ...] = ()
    max_failures: int = 5


def fetch_items(
    items: Sequence[Item],
    *,
    timeout: float,
    max_bytes: int,
    user_agent: str,
    attempts: int = 3,
    backoff: float = 0.5,
    workers: int = 4,
    deadline: float | None = None,
    allow_networks: Sequence[IPNetwork] = (),
) -> list[Item]:
    """Fetch every item that needs it (a few at a time); a failure becomes the item's ``error``.

    Never raises for one item: :func:`fetch` turns HTTP client errors into one-line reasons, and
    anything else (a bug, an exotic error) is caught here too, so the other pages still land.
    """
    todo = [i for i in items if i.needs_fetch]
    if not todo:
        return list(items)
    with make_client(timeout=timeout, user_agent=user_agent, allow_networks=allow_networks) as client:

        def one(item: Item) -> Item:
            try:
                got = fetch_with_retries(
                    client,
                    item.url,
                    attempts=attempts,
                    backoff=backoff,
                    deadline=deadline,
                    accept=HTML_TYPES,
                    max_bytes=max_bytes,
                )
            except ClaimsError as exc:
                return replace(item, error=str(exc))
            except Exception as exc:
                log.warning("fetching %s failed: %r", item.url, exc, exc_info=log.isEnabledFor(logging.DEBUG))
                return replace(item, error=f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
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


def fetch_batch(items: Sequence[Item], options: FetchOptions) -> list[Item]:
    """:func:`fetch_items` with a run's :class:`FetchOptions`."""
    return fetch_items(
        items,
        timeout=options.timeout,
        max_bytes=options.max_bytes,
        user_agent=options.user_agent,
        attempts=options.attempts,
        backoff=options.backoff,
        deadline=options.deadline,
        allow_networks=options.allow_networks,
    )


# --- prepare (CPU, no database) ------------------------------------------------------------------


def prepare(
    item: Item, *, lang: Lang | None = None, repeated: Collection[str] = (), layer: LexiconLayer | None = None
) -> Prepared:
    """Decode, clean and extract one item; any failure becomes ``Prepared.error`` (never raised).

    ``repeated`` holds the lines the item's site repeats across its stored pages (``site_lines``);
    ``layer`` is the desk lexicon laid over the built-in word lists (:func:`desk_layer`).
    """
    remote = item.path is None and item.text is None
    if item.error:
        return Prepared(url=item.url, error=item.error, remote=remote)
    try:
        return _prepare(item, lang, repeated, layer)
    except ClaimsError as exc:
        return Prepared(url=item.url, error=str(exc), remote=remote)
    except Exception as exc:  # a cleaner bug on one article must not sink the batch
        log.warning("cleaning %s failed: %r", item.url, exc, exc_info=log.isEnabledFor(logging.DEBUG))
        return Prepared(url=item.url, error=one_line(exc), failure_kind="clean", remote=remote)


def extract_document(
    doc: CleanDocument, fixes: list[str] | None = None, layer: LexiconLayer | None = None
) -> tuple[ClaimCandidate, ...]:
    """The claims of a cleaned document, fitted to the schema: the one extraction step of ingestion.

    Re-extraction (``claims.reextract``) and quality runs (``claims.quality``) call this too, so a
    stored article is extracted exactly as ingestion would extract it now, desk lexicon ``layer``
    included. ``fixes`` collects what fitting changed (``claims.storable``).
    """
    from claims.extract import extract_claims

    notes: list[str] = [] if fixes is None else fixes
    return tuple(fit_candidate(c, notes) for c in extract_claims(doc, layer))


def _prepare(
    item: Item, lang: Lang | None, repeated: Collection[str] = (), layer: LexiconLayer | None = None
) -> Prepared:
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
    doc, fixes = fit_document(_clean(text, item, lang, repeated))  # before extraction: spans point into the text
    if not doc.text.strip():
        raise InputError("empty: no article text after cleaning")
    version = extractor_version(layer)
    try:
        candidates = extract_document(doc, fixes, layer)
    except Exception as exc:  # an extractor bug on one article must not sink the batch
        log.warning("extracting %s failed: %r", item.url, exc, exc_info=log.isEnabledFor(logging.DEBUG))
        reason = f"extractor {version} failed: {one_line(exc)}"
        return Prepared(url=item.url, error=reason, failure_kind="extract", extractor_version=version)
    published = item.published or parse_date(doc.published)
    return Prepared(
        url=item.url,
        doc=doc,
        candidates=candidates,
        published=published,
        raw_hash=raw_hash,
        etag=item.etag,
        last_modified=item.last_modified,
        fixes=tuple(fixes),
    )


_HTML_START_RE = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def _clean(text: str, item: Item, lang: Lang | None, repeated: Collection[str] = ()) -> CleanDocument:
    doc = _clean_text(text, item, lang, repeated)
    if item.outlet and not doc.outlet:  # a local file's sidecar names the outlet the text lost
        doc = doc.model_copy(update={"outlet": item.outlet})
    return doc


def _clean_text(text: str, item: Item, lang: Lang | None, repeated: Collection[str]) -> CleanDocument:
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
    items: Sequence[Item],
    *,
    lang: Lang | None = None,
    repeated: Collection[str] = (),
    layer: LexiconLayer | None = None,
) -> list[Prepared]:
    return [prepare(i, lang=lang, repeated=repeated, layer=layer) for i in items]


# --- store + link (database) ---------------------------------------------------------------------


def store_prepared(
    session: Session,
    prepared: Prepared,
    *,
    source_id: int | None,
    auto_threshold: float,
    suggest_threshold: float,
    max_failures: int | None = None,
) -> Outcome:
    """Store one prepared article with its claims and links, or record its failure. No commit."""
    if prepared.error is not None or prepared.doc is None:
        reason = prepared.error or "nothing extracted"
        # text in hand (a file, a .jsonl line) is re-read; an extract failure already waits for a new version
        remote = prepared.remote and prepared.failure_kind != "extract"
        state = record_failure(
            session,
            url=prepared.url,
            source_id=source_id,
            reason=reason,
            max_failures=max_failures if remote else None,
            kind=prepared.failure_kind,
            extractor_version=prepared.extractor_version,
        )
        return Outcome(
            prepared.url, "failed", reason=state.last_error or reason, failure_kind=prepared.failure_kind
        )
    from claims.linking import link_article, store_teasers

    stored = store_article(
        session,
        doc=prepared.doc,
        url=prepared.url,
        source_id=source_id,
        published_at=prepared.published,
        raw_hash=prepared.raw_hash,
        input_fixes=prepared.fixes,
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


def record_failure(
    session: Session,
    *,
    url: str,
    source_id: int | None,
    reason: str,
    max_failures: int | None = None,
    kind: FailureKind = "fetch",
    extractor_version: str | None = None,
) -> FetchState:
    """Note that ``url`` failed so the next run tries it again; ``attempts`` counts failed runs in a row.

    ``kind`` says what failed; an ``extract`` failure keeps the ``extractor_version`` that failed.

    A web URL failing its ``max_failures``-th run in a row is marked ``dead`` (a 404 stays a 404;
    retrying it every run for ever only costs the desk and the site), keeping the reason. Callers
    pass no cap for what was not fetched: files and ``.jsonl`` lines are read again whenever a run
    names them.
    """
    state = _state(session, url, source_id)
    streak = state.attempts + 1 if state.status in ("failed", "dead") else 1
    state.status, state.attempts, state.last_error = "failed", streak, reason[:1900]
    state.failure_kind, state.extractor_version = kind, extractor_version
    if max_failures is not None and streak >= max_failures and state.url.startswith(("http://", "https://")):
        state.status = "dead"
        state.last_error = f"{reason[:1900]} (dead after {streak} failed runs; not retried)"
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
    state.failure_kind = state.extractor_version = None
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
    max_failures: int | None = None,
) -> list[Outcome]:
    """Store a batch in order, one transaction per article (a crash leaves only whole articles).

    Each article is stored inside a savepoint: when the database refuses it (a value it cannot hold,
    a constraint), the savepoint is rolled back, the refusal is recorded as that article's failure in
    the same transaction, and the batch goes on. A lost connection or a locked database is not the
    article's fault and still stops the run.
    """
    outcomes: list[Outcome] = []
    for p in prepared:
        with session_scope(db_url) as session:
            try:
                with session.begin_nested():
                    outcome = store_prepared(
                        session,
                        p,
                        source_id=source_id,
                        auto_threshold=auto_threshold,
                        suggest_threshold=suggest_threshold,
                        max_failures=max_failures,
                    )
            except OperationalError:
                raise
            except DBAPIError as exc:
                reason = f"the database refused the article: {one_line(exc.orig or exc)}"
                log.warning("storing %s failed: %s", p.url, reason)
                record_failure(session, url=p.url, source_id=source_id, reason=reason, kind="store")
                outcome = Outcome(p.url, "failed", reason=reason, failure_kind="store")
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return outcomes


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
        layer = desk_layer(session)
        selection = select_new(session, items, source_id=source_id, layer=layer)
        repeated = site_lines(session, source_id=source_id) if source_id is not None else frozenset()
    report = IngestReport(skipped=selection.skipped, given_up=selection.given_up, held=selection.held)
    for batch in batches(selection.fresh, batch_size):
        got = fetch_batch(batch, fetch)
        report.outcomes.extend(
            store_batch(
                db_url,
                prepare_batch(got, lang=lang, repeated=repeated, layer=layer),
                source_id=source_id,
                auto_threshold=auto_threshold,
                suggest_threshold=suggest_threshold,
                on_outcome=on_outcome,
                max_failures=fetch.max_failures,
            )
        )
    return report
