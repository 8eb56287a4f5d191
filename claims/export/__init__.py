"""Exporting reviewed claims: CSV (Excel-ready Arabic), JSON Lines, schema.org ClaimReview.

One function, :func:`export_claims`, serves ``claims export`` and the dashboard's Export view.
The column set is in :mod:`claims.export.columns` and documented in ``docs/export.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import BinaryIO, Literal, get_args

from sqlmodel import Session

from claims.actors import Actor
from claims.auth import Action, authorize
from claims.errors import InputError
from claims.export import csv_fast, rows
from claims.export.claimreview import ClaimReviewWriter
from claims.export.columns import COLUMNS, HEADER, SCHEMA_VERSION
from claims.export.csv_writer import CsvWriter
from claims.export.filters import EXPORTABLE, ExportFilter, parse_bound
from claims.export.jsonl import JsonlWriter

Format = Literal["csv", "jsonl", "claimreview"]
FORMATS: tuple[str, ...] = get_args(Format)
DEFAULT_ORGANIZATION = "Claims Desk"
DEFAULT_ORGANIZATION_URL = "https://example.org"

__all__ = [
    "COLUMNS",
    "EXPORTABLE",
    "FORMATS",
    "HEADER",
    "SCHEMA_VERSION",
    "ExportFilter",
    "Format",
    "count_claims",
    "export_claims",
    "parse_bound",
]


def export_claims(
    session: Session,
    *,
    actor: Actor,
    filters: ExportFilter,
    fmt: Format,
    out: BinaryIO,
    bom: bool = True,
    organization: str = DEFAULT_ORGANIZATION,
    organization_url: str = DEFAULT_ORGANIZATION_URL,
    progress: Callable[[int], None] | None = None,
    batch_size: int = rows.BATCH,
    now: datetime | None = None,
) -> int:
    """Write the claims ``filters`` select to ``out`` as ``fmt``; returns how many were written.

    Streams in batches from one read snapshot; ``progress`` gets the running count after each
    batch. ``bom`` applies to CSV only (JSON must not start with one). The caller owns ``out``.
    CSV on SQLite and PostgreSQL takes :mod:`claims.export.csv_fast` (the same bytes, faster).
    ``actor`` is an editor's or admin's live login, or the operator (``claims export``).
    """
    authorize(session, actor, Action.EXPORT, now)
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}: choose {', '.join(FORMATS)}")
    writer: CsvWriter | JsonlWriter | ClaimReviewWriter
    if fmt == "csv":
        writer = CsvWriter(out, bom=bom)
    elif fmt == "jsonl":
        writer = JsonlWriter(out)
    else:
        writer = ClaimReviewWriter(out, organization=organization, organization_url=organization_url)
    written = 0
    with rows.snapshot(session) as conn:
        writer.begin()
        if isinstance(writer, CsvWriter) and csv_fast.supported(conn):
            for count, text in csv_fast.stream(conn, filters, batch=batch_size):
                writer.write_text(text)
                written += count
                if progress is not None:
                    progress(written)
            writer.end()
            return written
        for batch in rows.stream(conn, filters, batch=batch_size):
            writer.write(batch)
            written += len(batch)
            if progress is not None:
                progress(written)
        writer.end()
    return written


def count_claims(session: Session, *, filters: ExportFilter) -> int:
    """How many claims an export with ``filters`` would write now (for a progress bar)."""
    with rows.snapshot(session) as conn:
        return rows.count(conn, filters)
