"""The ingestion flow: thin Prefect tasks around ``claims.ingest``.

Tasks are coarse (one per batch of articles, never per claim: Prefect's own SQLite stalls on
hundreds of small task runs), take ids, URLs, paths and plain data (never sessions or clients),
retry with backoff only around network I/O (the feed task here; pages retry per URL inside
``fetch_items``), and never cache: every DB-writing task has ``cache_policy=NO_CACHE``, and the
others do too because hashing a batch of articles to build a cache key costs more than the work.
Batches are stored strictly in order, so a run is deterministic and a killed run can be re-run.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.exceptions import MissingContextError
from prefect.futures import PrefectFuture
from prefect.tasks import exponential_backoff

from claims.db import session_scope
from claims.errors import ClaimsError, InputError
from claims.ingest.fetch import FEED_TYPES, Fetched, TransientFetchError, fetch, make_client
from claims.ingest.items import Item, check_feed_url
from claims.ingest.pipeline import (
    FetchOptions,
    IngestReport,
    Outcome,
    Prepared,
    Selection,
    batches,
    desk_layer,
    fetch_batch,
    prepare_batch,
    select_new,
    store_batch,
)
from claims.ingest.runs import RunPlan, close_run, discover_feed, feed_validators, local_items, open_run
from claims.repository import site_lines
from claims.settings import get_settings
from claims.types import Lang
from flows._prefect_env import claims_errors_in_one_line

if TYPE_CHECKING:
    from claims.extract.layered import LexiconLayer

claims_errors_in_one_line()


class Observer:
    """In-process progress: the CLI's progress bar subscribes; served runs have none."""

    def total(self, n: int) -> None: ...

    def outcome(self, outcome: Outcome) -> None: ...


_OBSERVER: Observer = Observer()


@contextmanager
def observing(observer: Observer) -> Iterator[None]:
    """Report totals and outcomes of flows run in this process to ``observer``."""
    global _OBSERVER
    previous, _OBSERVER = _OBSERVER, observer
    try:
        yield
    finally:
        _OBSERVER = previous


def _logger() -> Any:
    """The run's logger (shown in the Prefect UI), or a plain one when a task is called via ``.fn()``."""
    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger(__name__)


def _transient(_task: Any, _run: Any, state: Any) -> bool:
    """Retry only failures that may pass: 5xx, timeouts, dropped connections."""
    return isinstance(getattr(state, "data", None), TransientFetchError)


@task(name="open-run", cache_policy=NO_CACHE)
def open_run_task(
    db_url: str, source: str | None, kind: str | None, locations: list[str], lang: Lang | None
) -> tuple[RunPlan, tuple[str | None, str | None]]:
    with session_scope(db_url) as session:
        plan = open_run(session, source=source, kind=kind, locations=tuple(locations), lang=lang)
        validators = feed_validators(session, plan.locations[0]) if plan.kind == "feed" else (None, None)
    return plan, validators


@task(
    name="fetch-feed",
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=1),
    retry_jitter_factor=0.2,
    retry_condition_fn=_transient,
    cache_policy=NO_CACHE,
)
def fetch_feed_task(url: str, etag: str | None, last_modified: str | None, options: FetchOptions) -> Fetched:
    with make_client(
        timeout=options.timeout, user_agent=options.user_agent, allow_networks=options.allow_networks
    ) as client:
        return fetch(
            client,
            url,
            accept=FEED_TYPES,
            max_bytes=options.max_bytes,
            etag=etag,
            last_modified=last_modified,
            deadline=options.deadline,
        )


@task(name="discover", cache_policy=NO_CACHE)
def discover_task(
    db_url: str, plan: RunPlan, fetched: Fetched | None, error: str | None, layer: LexiconLayer | None = None
) -> tuple[Selection, str | None]:
    """The run's new items: the feed's entries or the local list, minus stored and dead ones, plus retries."""
    with session_scope(db_url) as session:
        if plan.kind == "feed":
            items, error = discover_feed(session, plan, plan.locations[0], fetched, error)
        else:
            items = local_items(plan)
        exclude = plan.locations if plan.kind == "feed" else ()
        selection = select_new(session, items, source_id=plan.source_id, exclude=exclude, layer=layer)
    return selection, error


@task(name="fetch-pages", cache_policy=NO_CACHE)
def fetch_pages_task(items: list[Item], options: FetchOptions) -> list[Item]:
    return fetch_batch(items, options)


@task(name="site-lines", cache_policy=NO_CACHE)
def site_lines_task(db_url: str, source_id: int) -> frozenset[str]:
    """The lines this source repeats across its stored pages: evidence of chrome for the cleaner."""
    with session_scope(db_url) as session:
        return site_lines(session, source_id=source_id)


@task(name="desk-lexicon", cache_policy=NO_CACHE)
def desk_layer_task(db_url: str) -> LexiconLayer:
    """The desk lexicon's accepted entries, read once per run and laid over the built-ins by every batch."""
    with session_scope(db_url) as session:
        return desk_layer(session)


@task(name="prepare-batch", cache_policy=NO_CACHE)
def prepare_task(
    items: list[Item],
    lang: Lang | None,
    repeated: frozenset[str] = frozenset(),
    layer: LexiconLayer | None = None,
) -> list[Prepared]:
    return prepare_batch(items, lang=lang, repeated=repeated, layer=layer)


@task(name="store-batch", cache_policy=NO_CACHE)
def store_task(
    db_url: str,
    prepared: list[Prepared],
    source_id: int,
    auto: float,
    suggest: float,
    max_failures: int | None = None,
) -> list[Outcome]:
    outcomes = store_batch(
        db_url,
        prepared,
        source_id=source_id,
        auto_threshold=auto,
        suggest_threshold=suggest,
        on_outcome=_OBSERVER.outcome,
        max_failures=max_failures,
    )
    for o in outcomes:
        if o.status == "failed":
            _logger().warning("%s: %s", o.url, o.reason)
    return outcomes


@task(name="close-run", cache_policy=NO_CACHE)
def close_run_task(db_url: str, source_id: int, report: IngestReport) -> None:
    with session_scope(db_url) as session:
        close_run(session, source_id, report)


def fetch_options() -> FetchOptions:
    s = get_settings()
    return FetchOptions(
        timeout=s.fetch_timeout_seconds,
        max_bytes=s.fetch_max_bytes,
        user_agent=s.user_agent,
        deadline=s.fetch_deadline_seconds,
        allow_networks=s.allowed_networks,
        max_failures=s.fetch_max_failures,
    )


@flow(name="ingest", log_prints=False)
def ingest(
    source: str | None = None,
    feed: str | None = None,
    urls_file: str | None = None,
    paths: list[str] | None = None,
    lang: Lang | None = None,
    batch_size: int = 100,
    database_url: str | None = None,
) -> IngestReport:
    """Ingest a declared source (by name), or one feed, URL list or set of paths, once."""
    settings = get_settings()
    db_url = database_url or settings.resolved_database_url
    kind, locations = _what(source, feed, urls_file, paths)
    options = fetch_options()
    plan, (etag, last_modified) = open_run_task(db_url, source, kind, locations, lang)
    fetched, error = None, None
    if plan.kind == "feed":
        try:
            fetched = fetch_feed_task(plan.locations[0], etag, last_modified, options)
        except ClaimsError as exc:
            error = f"feed {plan.locations[0]}: {exc}"
    layer = desk_layer_task(db_url)
    selection, error = discover_task(db_url, plan, fetched, error, layer)
    repeated = site_lines_task(db_url, plan.source_id) if selection.fresh else frozenset()
    _OBSERVER.total(len(selection.fresh))
    report = IngestReport(
        skipped=selection.skipped, given_up=selection.given_up, held=selection.held, error=error
    )
    stored: list[PrefectFuture[list[Outcome]]] = []
    for batch in batches(selection.fresh, batch_size):
        got: Any = fetch_pages_task.submit(batch, options) if any(i.needs_fetch for i in batch) else batch
        prepared = prepare_task.submit(got, plan.lang, repeated, layer)
        stored.append(
            store_task.submit(
                db_url,
                prepared,  # type: ignore[arg-type]
                plan.source_id,
                settings.link_auto_threshold,
                settings.link_suggest_threshold,
                options.max_failures,
                wait_for=stored[-1:],  # strictly in order: runs are deterministic and re-runnable
            )
        )
    try:
        for future in stored:
            report.outcomes.extend(future.result())
    except Exception as exc:  # a crashed batch: the source's health says so, then the run fails
        report.error = f"run crashed: {type(exc).__name__}: {exc}"
        close_run_task(db_url, plan.source_id, report)
        raise
    close_run_task(db_url, plan.source_id, report)
    if report.error:
        get_run_logger().error("source %s: %s", plan.name, report.error)
    return report


def _what(
    source: str | None, feed: str | None, urls_file: str | None, paths: list[str] | None
) -> tuple[str | None, list[str]]:
    given = [x for x in (source, feed, urls_file, paths) if x]
    if len(given) != 1:
        raise InputError("give exactly one of: a source name, a feed URL, a URL list, or paths")
    if feed:
        return "feed", [check_feed_url(feed)]
    if urls_file:
        return "urls", [urls_file]
    if paths:
        return "files", [str(p) for p in paths]
    return None, []


def dask_ingest(address: str | None = None, *, n_workers: int = 2, threads_per_worker: int = 1) -> Any:
    """The same flow with its batch tasks on Dask: a scheduler at ``address``, or a LocalCluster."""
    from prefect_dask import DaskTaskRunner

    if address:
        runner = DaskTaskRunner(address=address)
    else:
        runner = DaskTaskRunner(
            cluster_kwargs={
                "n_workers": n_workers,
                "threads_per_worker": threads_per_worker,
                "processes": True,
                "dashboard_address": None,
            }
        )
    return ingest.with_options(task_runner=runner)


# `claims serve --dask ADDRESS` sets this; served runs load the flow from this module in a fresh
# process, so the task runner has to be chosen here, at import, for them to see it.
if os.environ.get("CLAIMS_DASK_ADDRESS"):
    ingest = dask_ingest(os.environ["CLAIMS_DASK_ADDRESS"])
