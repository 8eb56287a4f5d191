"""CSV straight from the driver's tuples: the CSV export's path on SQLite and PostgreSQL.

The general path (:mod:`claims.export.rows`) builds an :class:`ExportRecord` per claim, which every
format can use; for a million-claim CSV that object layer was most of the time. Here one query
returns each claim with its latest verdict already joined (a correlated subquery on SQLite, a
``LATERAL`` join on PostgreSQL), as plain tuples from the driver's own cursor (``fetchmany``; a
server-side cursor on PostgreSQL), and each batch becomes one string through one f-string per row
with the same cell encoder as :func:`claims.export.csv_writer.line`. Cross-references still come
from :func:`claims.export.links.links`, a handful of queries per batch.

The bytes are the general path's, byte for byte: ``tests/claims/test_export_fast.py`` holds the two
equal on both back ends over generated text.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Select, Text, case, cast, select, true
from sqlalchemy.orm import aliased
from sqlmodel import col

from claims.export.columns import LIST_SEPARATOR, SCHEMA_VERSION
from claims.export.csv_writer import _Memo, cell
from claims.export.filters import ExportFilter
from claims.export.links import links
from claims.export.rows import DECISIONS, where
from claims.export.sqltext import json_list, when
from claims.models import Article, Claim, ReviewEvent

DIALECTS = ("sqlite", "postgresql")
_cursor_names = itertools.count(1)


def supported(conn: Connection) -> bool:
    return conn.dialect.name in DIALECTS


def _latest(dialect: str) -> tuple[Any, Any, Any]:
    """The latest verify/dispute event of each claim: (what to join, its ON clause, its columns)."""
    order = (col(ReviewEvent.at).desc(), col(ReviewEvent.id).desc())
    mine = (col(ReviewEvent.claim_id) == Claim.id, col(ReviewEvent.action).in_(DECISIONS))
    if dialect == "postgresql":  # one index probe per claim, planned as a nested loop
        lateral = (
            select(
                ReviewEvent.id, ReviewEvent.actor, ReviewEvent.at, ReviewEvent.note, ReviewEvent.evidence_urls
            )
            .where(*mine)
            .order_by(*order)
            .limit(1)
            .lateral("e")
        )
        return lateral, true(), lateral.c
    event = aliased(ReviewEvent, name="e")  # SQLite has no LATERAL: join the newest event's id
    newest = select(ReviewEvent.id).where(*mine).order_by(*order).limit(1).correlate(Claim).scalar_subquery()
    return event, event.id == newest, event


@lru_cache(maxsize=4)
def _base(dialect: str) -> Select[Any]:
    """The claims with their latest verdict, one row each, columns in CSV order (built once)."""
    joined, on, e = _latest(dialect)
    decided = e.id.is_not(None)
    return (
        select(
            Claim.id,
            Article.url,
            Article.outlet,
            when(Article.published_at),
            Article.lang,
            Claim.speaker,
            Claim.speaker_role,
            Claim.cue,
            Claim.content,
            Claim.kind,
            Claim.via,
            Claim.checkworthiness,
            Claim.status,
            case((decided, e.actor), else_=Claim.reviewed_by),
            when(case((decided, e.at), else_=Claim.reviewed_at)),
            e.note,
            cast(e.evidence_urls, Text),  # the JSON text: psycopg would parse a json column per row
            Claim.start,
            Claim.end,
            Claim.cluster_id,  # last, as links() expects
        )
        .join(Article, col(Article.id) == Claim.article_id)
        .outerjoin(joined, on)
        .order_by(col(Claim.id))
    )


def _cursor(conn: Connection, query: Select[Any], batch: int) -> Any:
    """The driver's cursor over ``query``: rows are read only as ``fetchmany`` asks for them."""
    if conn.dialect.name == "postgresql":
        compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
        driver = conn.connection.driver_connection
        assert driver is not None
        cur = driver.cursor(name=f"claims_export_{next(_cursor_names)}")  # server-side, in the snapshot
        cur.itersize = batch
        cur.execute(compiled.string, compiled.params)
        return cur
    return conn.execute(query).cursor  # pysqlite steps the statement as rows are fetched


class _Numbers(dict[Any, str]):
    """checkworthiness → its cell (``csv_writer.line``'s format), filled on first sight."""

    def __missing__(self, key: Any) -> str:
        value = f"{round(key or 0.0, 3):g}"
        if len(self) < 1000:  # the extractor's scores repeat; a flood of distinct ones is not kept
            self[key] = value
        return value


def evidence_cell(raw: str | None) -> str:
    """The evidence cell from the column's JSON text: one URL is read without the JSON decoder."""
    if not raw or raw == "[]":
        return ""
    if raw.startswith('["') and raw.endswith('"]') and raw.count('"') == 2 and "\\" not in raw:
        return cell(raw[2:-2])  # a single JSON string without escapes is its own text
    return cell(LIST_SEPARATOR.join(json_list(raw)))


def _batches(conn: Connection, cur: Any, batch: int) -> Iterator[tuple[list[Any], dict[int, str]]]:
    """(rows, claim id → cross-reference cell) per batch: all the database work of the export."""
    while rows := cur.fetchmany(batch):
        found = links(conn, rows[0][0], rows[-1][0], rows)
        yield rows, {cid: cell(LIST_SEPARATOR.join(urls)) for cid, (urls, _) in found.items()}


def _ahead(batches: Iterator[Any], depth: int = 2) -> Iterator[Any]:
    """``batches`` produced by a thread of its own, at most ``depth`` ahead of the consumer.

    psycopg releases the GIL while it waits for the server's next batch, so the server's half of
    the work (the joins, the time formatting) overlaps the Python half. Not on SQLite: pysqlite
    hands the GIL back and forth once per row, and with a busy consumer that costs more than the
    overlap saves (measured). Only that thread touches the connection until the iterator is
    closed; closing it stops the thread and waits for it.
    """
    out: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in batches:
                while not stop.is_set():
                    try:
                        out.put(("batch", item), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            out.put(("end", None))
        except BaseException as exc:  # handed to the consumer, raised there
            out.put(("error", exc))
        finally:
            close = getattr(batches, "close", None)
            if close is not None:
                close()  # in this thread, the one that was using the connection

    thread = threading.Thread(target=produce, name="claims-export-reader", daemon=True)
    thread.start()
    try:
        while True:
            kind, item = out.get()
            if kind == "end":
                return
            if kind == "error":
                raise item
            yield item
    finally:
        stop.set()
        while thread.is_alive():
            try:
                out.get(timeout=0.1)
            except queue.Empty:
                continue
        thread.join()


def stream(conn: Connection, filters: ExportFilter, *, batch: int) -> Iterator[tuple[int, str]]:
    """(claims in the batch, their CSV lines) for the claims ``filters`` select, in id order."""
    cur = _cursor(conn, where(_base(conn.dialect.name), filters), batch)
    memo, numbers = _Memo(), _Numbers()
    q, ev = cell, evidence_cell
    v = SCHEMA_VERSION
    batches = _batches(conn, cur, batch)
    if conn.dialect.name == "postgresql":  # see _ahead: on SQLite a thread only adds GIL hand-offs
        batches = _ahead(batches)
    try:
        for rows, xref in batches:
            xr = xref.get
            text = "".join(
                [
                    f"{cid},{memo[url]},{memo[outlet]},{pub or ''},{lang},{memo[speaker]},{memo[role]},"
                    f"{memo[cue]},{q(content)},{kind},{memo[via]},{numbers[worth]},{status},"
                    f"{memo[reviewer]},{at or ''},{q(note) if note else ''},{ev(evidence)},"
                    f"{xr(cid, '')},{start},{end},{v}\r\n"
                    for (
                        cid,
                        url,
                        outlet,
                        pub,
                        lang,
                        speaker,
                        role,
                        cue,
                        content,
                        kind,
                        via,
                        worth,
                        status,
                        reviewer,
                        at,
                        note,
                        evidence,
                        start,
                        end,
                        _cluster,
                    ) in rows
                ]
            )
            yield len(rows), text
    finally:
        batches.close()  # stops the reader before the cursor and the snapshot go
        cur.close()
