"""An extractor that raises on one article, in a real flow run: the others are stored, the failure is
an ``extract`` failure with the extractor's version and a one-line reason, and it is tried again only
when the extractor's version changes (the same code fails the same way on the same text)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

import claims.extract
from claims.db import session_scope
from claims.models import Article, FetchState
from claims.urls import file_url
from flows.ingest import ingest
from tests.flows.site import FIXTURES

pytestmark = pytest.mark.xdist_group("prefect")  # one worker, one harness
ARTICLES = sorted((FIXTURES / "articles").glob("[!e]*.txt"))[:4]
REAL_EXTRACT = claims.extract.extract_claims


def _breaking_on(marker: str, calls: list[str]) -> Callable[..., Any]:
    """The real extractor, except that it raises on the document containing ``marker``."""
    def extract(doc: Any, *args: Any, **kwargs: Any) -> Any:
        if marker in doc.text:
            calls.append(marker)
            raise IndexError("string index out of range\n  (a second line the reason leaves out)")
        return REAL_EXTRACT(doc, *args, **kwargs)

    return extract


def test_an_extractor_failure_is_its_own_kind_and_waits_for_a_new_version(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in ARTICLES:
        shutil.copy(path, folder / path.name)
    victim = folder / ARTICLES[2].name
    marker = victim.read_text(encoding="utf-8").split("\n")[0][:40]  # its first line, ours alone
    calls: list[str] = []
    monkeypatch.setattr(claims.extract, "extract_claims", _breaking_on(marker, calls))
    version = claims.extract.EXTRACTOR_VERSION

    first = ingest(paths=[str(folder)], batch_size=2, database_url=db_url)
    assert first.count("added") == 3 and len(first.failed) == 1 and first.error is None
    reason = first.failed[0].reason or ""
    assert reason == f"extractor {version} failed: IndexError: string index out of range"
    assert first.failed[0].failure_kind == "extract"
    with session_scope(db_url) as s:
        assert len(s.exec(select(Article)).all()) == 3
        state = s.exec(select(FetchState).where(FetchState.url == file_url(victim))).one()
        assert (state.status, state.failure_kind, state.extractor_version) == ("failed", "extract", version)
        assert (state.attempts, state.last_error) == (1, reason)

    same = ingest(paths=[str(folder)], batch_size=2, database_url=db_url)  # same extractor: not retried
    assert same.outcomes == [] and (same.skipped, same.held) == (3, 1) and calls == [marker]
    assert "1 waiting for a new extractor version" in same.summary()
    with session_scope(db_url) as s:
        assert s.exec(select(FetchState).where(FetchState.url == file_url(victim))).one().attempts == 1

    monkeypatch.setattr(claims.extract, "EXTRACTOR_VERSION", f"{version}.1")  # a new extractor: retried
    newer = ingest(paths=[str(folder)], batch_size=2, database_url=db_url)
    assert [o.status for o in newer.outcomes] == ["failed"] and calls == [marker, marker]
    with session_scope(db_url) as s:
        state = s.exec(select(FetchState).where(FetchState.url == file_url(victim))).one()
        assert (state.attempts, state.extractor_version) == (2, f"{version}.1")

    monkeypatch.setattr(claims.extract, "extract_claims", _breaking_on("\x00never", calls))  # fixed
    monkeypatch.setattr(claims.extract, "EXTRACTOR_VERSION", f"{version}.2")
    fixed = ingest(paths=[str(folder)], batch_size=2, database_url=db_url)
    assert [o.status for o in fixed.outcomes] == ["added"] and fixed.added[0].claims > 0
    with session_scope(db_url) as s:
        state = s.exec(select(FetchState).where(FetchState.url == file_url(victim))).one()
        assert (state.status, state.failure_kind, state.extractor_version) == ("ok", None, None)
