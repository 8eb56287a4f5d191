"""The database URL a desk gives, checked and put in the one form SQLAlchemy and our drivers take.

Hosting panels and ``pg_dump`` docs hand out ``postgres://user@host/db``; SQLAlchemy dropped that
scheme, so a desk pasting it got a traceback about a missing plugin. It names PostgreSQL without
ambiguity, so it is accepted and rewritten to ``postgresql+psycopg://`` (the driver we install); the
rest of the URL is kept verbatim. Anything else that is not SQLite or PostgreSQL through an installed
driver is refused in one line. Kept apart from ``claims.db`` so reading the settings stays light.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

SUPPORTED = {"sqlite": ("pysqlite",), "postgresql": ("psycopg",)}
_ALIASES = ("postgres://", "postgres+psycopg://", "postgresql+psycopg3://")
EXPECTED = "sqlite:///PATH or postgresql://USER@HOST:PORT/DB"


def normalize_database_url(url: str) -> str:
    """``url`` in canonical form; raises ``ValueError`` with a one-line reason when it cannot be used."""
    url = url.strip()
    for alias in _ALIASES:
        if url.startswith(alias):
            url = "postgresql+psycopg://" + url[len(alias) :]
            break
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ValueError(f"{url!r} is not a database URL (expected {EXPECTED})") from None
    backend, driver = parsed.drivername.partition("+")[::2]
    if backend not in SUPPORTED:
        raise ValueError(f"{backend!r} databases are not supported (expected {EXPECTED})")
    if driver and driver not in SUPPORTED[backend]:
        installed = f"{backend}+{SUPPORTED[backend][0]}://"
        raise ValueError(f"the {driver!r} driver is not installed: use {installed} or {backend}://")
    if backend == "postgresql" and not parsed.database:
        raise ValueError(f"the PostgreSQL URL names no database (expected {EXPECTED})")
    return url
