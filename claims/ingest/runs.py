"""A source's run, start to end: which source, how its items are discovered, how it went.

Kept apart from the batch pipeline so the flow's first and last tasks (and the CLI) share it:
``open_run`` resolves a declared or one-off source, ``discover_feed`` handles the feed itself
(conditional GET validators, bozo, failure recording) and ``close_run`` writes the source's health.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from claims.errors import InputError
from claims.ingest.feeds import parse_feed
from claims.ingest.fetch import Fetched
from claims.ingest.items import Item, items_from_paths, items_from_refs, items_from_urls, read_url_list
from claims.ingest.pipeline import IngestReport, record_failure
from claims.ingest.sources import ensure_adhoc_source
from claims.models import FetchState, Source, utcnow
from claims.types import Lang
from claims.urls import canonical_url


@dataclass(frozen=True)
class RunPlan:
    """What one run ingests: the source's id, kind, location(s) and language hint."""

    source_id: int
    name: str
    kind: str  # feed | urls | files
    locations: tuple[str, ...]
    lang: Lang | None


def open_run(
    session: Session,
    *,
    source: str | None = None,
    kind: str | None = None,
    locations: tuple[str, ...] = (),
    lang: Lang | None = None,
) -> RunPlan:
    """Resolve a declared source by name, or a one-off (``kind`` + ``locations``); stamp its run time."""
    if source is not None:
        row = session.exec(select(Source).where(Source.name == source)).first()
        if row is None:
            raise InputError(
                f"no source named {source!r}: declare it in sources.toml (then `claims sources`)"
            )
        locs: tuple[str, ...] = (row.location,)
        lang = lang or row.lang_hint  # type: ignore[assignment]
    else:
        if kind not in ("feed", "urls", "files") or not locations:
            raise InputError("give a source name, or a kind (feed, urls, files) and where to read it")
        row = ensure_adhoc_source(session, kind=kind, location=" ".join(locations), lang=lang)
        locs = locations
    row.last_run_at = utcnow()
    session.add(row)
    session.flush()
    assert row.id is not None
    return RunPlan(row.id, row.name, row.kind, locs, lang)


def local_items(plan: RunPlan) -> list[Item]:
    """Items of a files or urls source (a feed's come from :func:`discover_feed`)."""
    if plan.kind == "files":
        return items_from_paths(plan.locations)
    if plan.kind == "urls":
        return items_from_urls(u for loc in plan.locations for u in read_url_list(loc))
    raise InputError(f"{plan.kind} sources are discovered over the network")


def feed_validators(session: Session, url: str) -> tuple[str | None, str | None]:
    """The ETag and Last-Modified the feed gave last time, for a conditional GET."""
    state = session.exec(select(FetchState).where(FetchState.url == canonical_url(url))).first()
    if state is None or state.status == "failed":
        return None, None
    return state.etag, state.last_modified


def discover_feed(
    session: Session, plan: RunPlan, url: str, fetched: Fetched | None, error: str | None
) -> tuple[list[Item], str | None]:
    """Record the feed fetch (validators or failure) and return its entries as items, and any error."""
    key = canonical_url(url)
    if fetched is None:
        reason = error or "feed could not be fetched"
        record_failure(session, url=url, source_id=plan.source_id, reason=reason)
        return [], reason
    state = session.exec(select(FetchState).where(FetchState.url == key)).first() or FetchState(url=key)
    state.source_id, state.last_attempt_at = plan.source_id, utcnow()
    state.attempts += 1
    if fetched.not_modified:
        state.status, state.last_error, state.last_success_at = "not_modified", None, utcnow()
        session.add(state)
        return [], None
    parsed = parse_feed(fetched.content, url=fetched.final_url, content_type=fetched.media_type)
    if not parsed.entries and parsed.bozo:
        reason = f"not a readable feed: {parsed.bozo}"
        state.status, state.last_error = "failed", reason
        session.add(state)
        return [], reason
    state.status, state.last_error, state.last_success_at = "ok", None, utcnow()
    state.etag, state.last_modified = fetched.etag, fetched.last_modified
    session.add(state)
    return items_from_refs(parsed.entries), None


def close_run(session: Session, source_id: int, report: IngestReport) -> None:
    """Write the run's end into the source's health: success, or the source-level error."""
    row = session.get(Source, source_id)
    if row is None:
        return
    if report.error:
        row.last_error, row.last_error_at = report.error[:2000], utcnow()
    else:
        row.last_success_at = utcnow()
    session.add(row)
