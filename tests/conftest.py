"""Shared fixtures: clean settings, and real databases — a SQLite file and a PostgreSQL database.

``db_url`` is parametrised over both back ends. PostgreSQL is the machine's server on 127.0.0.1:5432
(database ``test`` is used only to create a throwaway database per test). Off CI an unreachable
server skips those cases with the reason; under CI (``CI=true``) it fails them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from claims import db
from claims.settings import get_settings

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
PG_ADMIN_URL = os.environ.get("CLAIMS_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No developer's CLAIMS_* variables or .env leak into a test; data goes to a temp folder."""
    for name in list(os.environ):
        if name.startswith("CLAIMS_") and name != "CLAIMS_TEST_PG_URL":
            monkeypatch.delenv(name)
    monkeypatch.setenv("CLAIMS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def _pg_admin() -> object:
    import psycopg

    try:
        return psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL unreachable under CI at {PG_ADMIN_URL}: {exc}")
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL}: {exc}")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    conn = _pg_admin()
    name = f"claims_t_{uuid.uuid4().hex[:12]}"
    conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[attr-defined]
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    url = f"{base}/{name}"
    try:
        yield url
    finally:
        db.dispose_engines()
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[attr-defined]
        conn.close()  # type: ignore[attr-defined]


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'claims.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_db_url(request: pytest.FixtureRequest) -> str:
    """An empty database URL of each back end (not migrated)."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def db_url(empty_db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A migrated database of each back end; also set as CLAIMS_DATABASE_URL for shells under test."""
    db.upgrade(empty_db_url)
    monkeypatch.setenv("CLAIMS_DATABASE_URL", empty_db_url)
    get_settings.cache_clear()
    yield empty_db_url
    db.dispose_engines()


@pytest.fixture
def engine(db_url: str) -> Engine:
    return db.cached_engine(db_url)


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as s:
        yield s
