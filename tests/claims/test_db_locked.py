"""A SQLite database another program keeps locked: waited for up to ``CLAIMS_DB_LOCK_TIMEOUT_SECONDS``
(SQLite retries with backoff), then one clear line instead of tracebacks."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims import db
from claims.cli import app
from claims.settings import get_settings
from tests.claims.test_cli_hygiene import no_flow  # noqa: F401  (a fixture: the flow must not start)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@contextmanager
def locked(url: str, seconds: float = 60.0) -> Iterator[None]:
    """Another program's exclusive lock on the SQLite file, released after ``seconds`` (or at exit)."""
    conn = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN EXCLUSIVE")
    done = threading.Event()

    def release() -> None:
        done.wait(seconds)
        conn.execute("COMMIT")
        conn.close()

    releaser = threading.Thread(target=release)
    releaser.start()
    try:
        yield
    finally:
        done.set()
        releaser.join()


@pytest.fixture
def migrated(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    db.upgrade(sqlite_url)
    monkeypatch.setenv("CLAIMS_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("CLAIMS_DB_LOCK_TIMEOUT_SECONDS", "1")
    get_settings.cache_clear()
    yield sqlite_url
    db.dispose_engines()


def invoke(*args: str) -> tuple[int, str, float]:
    started = time.monotonic()
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output, time.monotonic() - started


@pytest.mark.usefixtures("no_flow")
@pytest.mark.parametrize(
    "args",
    [
        ("users", "add", "rana", "--role", "editor", "--password", "a-long-passphrase-1"),
        ("ingest", str(FIXTURES / "articles")),
    ],
)
def test_a_database_locked_past_the_bound_is_one_line(migrated: str, args: tuple[str, ...]) -> None:
    with locked(migrated):
        code, out, took = invoke(*args)
    assert code == 1 and out.count("\n") == 1, out
    assert out.startswith("error: the database at sqlite:///") and "stayed locked by another program for 1 s" in out
    assert "CLAIMS_DB_LOCK_TIMEOUT_SECONDS" in out and took < 8, took


def test_a_lock_shorter_than_the_bound_is_waited_out(migrated: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMS_DB_LOCK_TIMEOUT_SECONDS", "20")
    get_settings.cache_clear()
    with locked(migrated, seconds=1.5):
        code, out, took = invoke("users", "add", "rana", "--role", "editor", "--password", "a-long-passphrase-1")
    assert code == 0 and "added editor rana" in out and took >= 1.4, (out, took)
