"""The flow's task bodies through ``.fn()`` (no Prefect run): the same library calls, same results."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from claims.db import session_scope
from claims.errors import InputError
from claims.ingest.runs import open_run
from claims.models import FetchState, Source
from tests.flows.site import FIXTURES


def test_task_bodies_run_a_files_source_through_fn(db_url: str, tmp_path: Path) -> None:
    from flows.ingest import close_run_task, discover_task, open_run_task, prepare_task, store_task

    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(FIXTURES / "pages" / "ar-water-minister.html", folder / "a.html")
    (folder / "b.txt").write_bytes(b"\x00\x01 not text")
    plan, validators = open_run_task.fn(db_url, None, "files", [str(folder)], None)
    assert validators == (None, None) and plan.kind == "files"
    selection, error = discover_task.fn(db_url, plan, None, None)
    assert (len(selection.fresh), selection.skipped, selection.given_up, error) == (2, 0, 0, None)
    assert selection.held == 0
    prepared = prepare_task.fn(selection.fresh, None)
    outcomes = store_task.fn(db_url, prepared, plan.source_id, 0.82, 0.6)  # logs the failure without a run
    assert [o.status for o in outcomes] == ["added", "failed"]
    from claims.ingest.pipeline import IngestReport

    close_run_task.fn(db_url, plan.source_id, IngestReport(outcomes=outcomes))
    with session_scope(db_url) as s:
        source = s.get(Source, plan.source_id)
        assert source is not None and source.last_success_at is not None and source.last_run_at is not None
        failed = s.exec(select(FetchState).where(FetchState.status == "failed")).one()
        assert failed.url.endswith("/b.txt") and failed.source_id == plan.source_id
    again, _ = discover_task.fn(db_url, plan, None, None)
    assert [i.url for i in again.fresh] == [failed.url] and again.skipped == 1


def test_open_run_of_an_unknown_source_is_a_clear_error(db_url: str) -> None:
    with session_scope(db_url) as s, pytest.raises(InputError, match="no source named 'ghost'"):
        open_run(s, source="ghost")
    with session_scope(db_url) as s, pytest.raises(InputError, match="give a source name, or a kind"):
        open_run(s, kind="rss", locations=("x",))
