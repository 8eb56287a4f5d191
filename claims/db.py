"""Engines and migrations: SQLite (WAL, busy timeout) by default, PostgreSQL by URL.

The caller owns sessions and commits (repository functions take ``session``). A fresh database is
created by the Alembic migrations in ``migrations/``, never by ``create_all`` behind the user's back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, create_engine

from claims.dburl import normalize_database_url
from claims.errors import StorageError
from claims.search_index import REVISION as SEARCH_INDEX_REVISION
from claims.search_index import ensure_search_index

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


DEFAULT_LOCK_TIMEOUT = 60.0  # seconds; the shells pass CLAIMS_DB_LOCK_TIMEOUT_SECONDS


class DatabaseLocked(StorageError):
    """Another program kept the SQLite database locked for longer than we were willing to wait."""


def _sqlite_setup(lock_timeout: float) -> Any:
    def pragmas(dbapi_conn: Any, _record: Any) -> None:
        # WAL lets a flow write while the dashboard reads. The busy timeout is the bound on waiting
        # for another writer: SQLite's busy handler retries with growing sleeps (1 ms … 100 ms) until it.
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={int(lock_timeout * 1000)}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    return pragmas


def _sqlite_locked(url: str, lock_timeout: float) -> Any:
    """An error hook: SQLite's "database is locked" after the bound becomes one :class:`DatabaseLocked`."""

    def hook(context: Any) -> None:
        original = context.original_exception
        if isinstance(original, sqlite3.OperationalError) and "locked" in str(original):
            raise DatabaseLocked(
                f"the database at {_safe(url)} stayed locked by another program for {lock_timeout:g} s: "
                "try again once it is done, or wait longer with CLAIMS_DB_LOCK_TIMEOUT_SECONDS"
            ) from None

    return hook


def make_engine(url: str, *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> Engine:
    """An engine for ``url``; SQLite files get WAL and a busy timeout, their folder is created.

    ``postgres://`` is accepted (``claims.dburl``); a URL no driver here can use is a
    :class:`StorageError` in one line, not a traceback from deep inside SQLAlchemy. A SQLite
    database another program holds locked is waited for up to ``lock_timeout`` seconds, then is a
    :class:`DatabaseLocked` in one line.
    """
    try:
        url = normalize_database_url(url)
    except ValueError as exc:
        raise StorageError(f"cannot use the database URL: {exc}") from None
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": lock_timeout, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_setup(lock_timeout))
        event.listen(engine, "handle_error", _sqlite_locked(url, lock_timeout))
        return engine
    return create_engine(url, pool_pre_ping=True)


_ENGINES: dict[str, Engine] = {}


def configured_lock_timeout() -> float:
    """``CLAIMS_DB_LOCK_TIMEOUT_SECONDS``: read here because every shell reaches the database through
    :func:`cached_engine`, and a bound that one shell forgot to pass would be no bound."""
    from claims.settings import get_settings

    return get_settings().db_lock_timeout_seconds


def cached_engine(url: str) -> Engine:
    """One engine per URL per process (engines own connection pools)."""
    if url not in _ENGINES:
        _ENGINES[url] = make_engine(url, lock_timeout=configured_lock_timeout())
    return _ENGINES[url]


def wait_writable(url: str) -> None:
    """Return once the database takes writes; a SQLite file locked past the bound is one
    :class:`DatabaseLocked` line — said before a run starts rather than from inside its first task."""
    engine = cached_engine(url)
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # takes the write lock, waiting up to the bound
        conn.exec_driver_sql("ROLLBACK")


def dispose_engines() -> None:
    """Close every cached engine's connections (tests, and before dropping a database)."""
    for engine in _ENGINES.values():
        engine.dispose()
    _ENGINES.clear()


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Session]:
    """A unit of work on ``engine``: commits on success, rolls back on error, always closed."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise


def session_scope(url: str) -> AbstractContextManager[Session]:
    """A unit of work on the cached engine of ``url``."""
    return unit_of_work(cached_engine(url))


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    """Apply migrations up to ``revision``; raises :class:`StorageError` when unreachable."""
    make_engine(url).dispose()  # creates the SQLite folder; a URL we cannot use stops here
    url = normalize_database_url(url)
    try:
        command.upgrade(alembic_config(url), revision)
    except OperationalError as exc:
        raise StorageError(f"cannot reach the database at {_safe(url)}: {exc.orig}") from None
    if url.startswith("sqlite"):
        _repair_search_index(url)


def _repair_search_index(url: str) -> None:
    """Put back SQLite's text-search index and triggers if a migration dropped them.

    A batch migration of ``claim`` (copy, drop, rename) silently drops its triggers; running this
    after every upgrade repairs it. Only once the schema is at or past the revision that made it.
    """
    engine = make_engine(url)
    try:
        current = current_revision(engine)
        lineage = _scripts().iterate_revisions(current, "base") if current else ()
        if any(r.revision == SEARCH_INDEX_REVISION for r in lineage):
            with engine.begin() as conn:
                ensure_search_index(conn)
    finally:
        engine.dispose()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _scripts() -> ScriptDirectory:
    """The migration scripts (the same for every database URL)."""
    return ScriptDirectory.from_config(alembic_config("sqlite://"))


def head_revision() -> str | None:
    return _scripts().get_current_head()


def require_migrated(url: str) -> Engine:
    """The engine for ``url`` if its schema is current, else a clear :class:`StorageError`."""
    engine = cached_engine(url)
    try:
        current = current_revision(engine)
    except OperationalError as exc:
        raise StorageError(f"cannot reach the database at {_safe(url)}: {exc.orig}") from None
    if current != head_revision():
        raise StorageError(
            f"the database at {_safe(url)} is at revision {current or 'none'}, not {head_revision()}: "
            "run `claims db upgrade`"
        )
    return engine


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
