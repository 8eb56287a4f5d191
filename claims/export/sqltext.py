"""Values as the export writes them, produced by the database where it is cheaper.

A million timestamps formatted in SQL cost next to nothing; parsed into datetimes and formatted
in Python they were a tenth of the export. JSON lists come as text from SQLite and are decoded
with the C scanner, skipping SQLAlchemy's per-value processing.
"""

from __future__ import annotations

import json
from datetime import UTC
from typing import Any

from sqlalchemy import String, type_coerce
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class _IsoUtc(FunctionElement[str]):
    """A timestamp as ISO 8601 UTC text to the second: ``2026-11-02T10:00:00Z``."""

    type = String()
    name = "iso_utc"
    inherit_cache = True


@compiles(_IsoUtc, "sqlite")
def _iso_sqlite(element: _IsoUtc, compiler: Any, **kw: Any) -> str:
    return f"strftime('%Y-%m-%dT%H:%M:%SZ', {compiler.process(element.clauses, **kw)})"  # stored as UTC text


@compiles(_IsoUtc, "postgresql")
def _iso_postgresql(element: _IsoUtc, compiler: Any, **kw: Any) -> str:
    arg = compiler.process(element.clauses, **kw)
    return f"""to_char({arg} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"""  # timestamptz → UTC


@compiles(_IsoUtc)
def _iso_other(element: _IsoUtc, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)  # the driver's value, formatted by iso()


def when(column: Any) -> Any:
    """``column`` (a timestamp) as ISO text, formatted by SQLite or PostgreSQL."""
    return _IsoUtc(column)


def raw(column: Any) -> Any:
    """``column`` without SQLAlchemy's result processing (for JSON, decoded by :func:`json_list`)."""
    return type_coerce(column, String)


def formats_in_sql(dialect_name: str) -> bool:
    return dialect_name in ("sqlite", "postgresql")


def iso(value: Any) -> str | None:
    """ISO 8601 UTC to the second with ``Z`` (unchanged when the database already formatted it)."""
    if value is None or isinstance(value, str):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


_scan = json.JSONDecoder().scan_once  # the C scanner, without json.loads' per-call overhead


def json_list(value: Any) -> list[str]:
    """A JSON list column: SQLite hands over the text, PostgreSQL the parsed list."""
    if not value or value == "[]":
        return []
    if not isinstance(value, str):
        return list(value)
    try:
        return list(_scan(value, 0)[0])
    except (StopIteration, ValueError):
        return list(json.loads(value))
