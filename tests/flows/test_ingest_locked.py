"""A real flow run on a SQLite database another program keeps locked: the run stops with the one-line
``DatabaseLocked`` and Prefect logs that line, not a traceback per task and flow."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from claims import db
from claims.db import DatabaseLocked
from claims.settings import get_settings
from flows.ingest import ingest
from tests.claims.test_db_locked import locked
from tests.flows.site import FIXTURES

pytestmark = pytest.mark.xdist_group("prefect")  # one worker, one harness


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def run_logs() -> Iterator[list[logging.LogRecord]]:
    handler = _Records()
    loggers = [logging.getLogger(n) for n in ("prefect.task_runs", "prefect.flow_runs")]
    for logger in loggers:
        logger.addHandler(handler)
    yield handler.records
    for logger in loggers:
        logger.removeHandler(handler)


def test_a_locked_database_stops_the_run_with_one_line(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_logs: list[logging.LogRecord]
) -> None:
    db.upgrade(sqlite_url)
    monkeypatch.setenv("CLAIMS_DB_LOCK_TIMEOUT_SECONDS", "1")
    get_settings.cache_clear()
    db.dispose_engines()
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted((FIXTURES / "articles").glob("[!e]*.txt"))[:2]:
        shutil.copy(path, folder / path.name)
    with locked(sqlite_url), pytest.raises(DatabaseLocked, match="stayed locked by another program for 1 s"):
        ingest(paths=[str(folder)], database_url=sqlite_url)
    failures = [r for r in run_logs if r.levelno >= logging.ERROR]
    assert failures and any("stayed locked" in r.getMessage() for r in failures)
    assert all(r.exc_info is None for r in failures), [r.getMessage() for r in failures]
    assert all("\n" not in r.getMessage() for r in failures if "stayed locked" in r.getMessage())
    db.dispose_engines()
    again = ingest(paths=[str(folder)], database_url=sqlite_url)  # once released, the run goes through
    assert again.count("added") == 2
