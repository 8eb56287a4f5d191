"""Beyond one process: batch tasks on a Dask LocalCluster (prefect-dask), and ``claims serve``
running the scheduled deployments on a real ``prefect server start`` with PostgreSQL as the
product's database. Both are slow (a cluster, a server); they are kept lean (2 workers, 1 thread each,
one source of a few articles)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlmodel import select

from claims import db
from claims.db import session_scope
from claims.ingest.sources import source_health
from claims.models import Article
from flows.server import free_port, port_in_use
from tests.flows.site import FIXTURES
from tests.flows.snapshot import snapshot

AR_ARTICLES = sorted((FIXTURES / "articles").glob("[!e]*.txt"))
pytestmark = pytest.mark.xdist_group("prefect")  # one worker, one harness


def make_corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for path in AR_ARTICLES[:n]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.mark.slow
@pytest.mark.postgres
def test_batches_run_on_a_dask_local_cluster(pg_url: str, tmp_path: Path) -> None:
    from flows.ingest import dask_ingest, ingest

    db.upgrade(pg_url)
    corpus = make_corpus(tmp_path / "corpus", 4)
    on_dask = dask_ingest(n_workers=2, threads_per_worker=1)
    report = on_dask(paths=[str(corpus)], batch_size=2, database_url=pg_url)
    assert report.count("added") == 4 and not report.failed
    ref_url = f"sqlite:///{tmp_path / 'reference.db'}"
    db.upgrade(ref_url)
    ingest(paths=[str(corpus)], batch_size=2, database_url=ref_url)
    assert snapshot(pg_url) == snapshot(ref_url)


@pytest.mark.slow
@pytest.mark.postgres
def test_claims_serve_runs_scheduled_deployments_on_a_real_server(pg_url: str, tmp_path: Path) -> None:
    db.upgrade(pg_url)
    corpus = make_corpus(tmp_path / "corpus", 3)
    toml = tmp_path / "sources.toml"
    toml.write_text(
        f'[[source]]\nname = "desk"\nkind = "files"\npath = "{corpus}"\ninterval = 10\n\n'
        '[[source]]\nname = "off"\nkind = "feed"\nurl = "https://example.org/rss"\nenabled = false\n',
        encoding="utf-8",
    )
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        CLAIMS_DATABASE_URL=pg_url,
        CLAIMS_DATA_DIR=str(tmp_path / "data"),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_LOGGING_LEVEL="WARNING",
        PREFECT_RUNNER_POLL_FREQUENCY="2",  # pick scheduled runs up fast (default 10 s)
        PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="3",  # the server schedules runs every 60 s by default
    )
    log = (tmp_path / "serve.log").open("wb")
    claims = Path(sys.executable).parent / "claims"
    proc = subprocess.Popen(
        [str(claims), "serve", "--file", str(toml), "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        started = time.monotonic()
        deadline = started + 150
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            with session_scope(pg_url) as s:
                stored = len(s.exec(select(Article)).all())
            if stored == 3:
                break
            time.sleep(1)
        output = (tmp_path / "serve.log").read_text(errors="replace")
        assert stored == 3, output[-3000:]
        print(
            f"serve: first scheduled run stored its articles {time.monotonic() - started:.1f} s after start"
        )
        runs = httpx.post(
            f"http://127.0.0.1:{port}/api/flow_runs/filter", json={"limit": 10}, timeout=10
        ).json()
        assert any(r["deployment_id"] for r in runs), runs
        deps = httpx.post(f"http://127.0.0.1:{port}/api/deployments/filter", json={}, timeout=10).json()
        assert [d["name"] for d in deps] == ["desk"]  # one per enabled source
        with session_scope(pg_url) as s:
            health = {h.name: h for h in source_health(s)}
        assert health["desk"].articles == 3 and health["desk"].last_run_at is not None
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            raise
        log.close()
    assert code == 0, (tmp_path / "serve.log").read_text(errors="replace")[-3000:]
    assert not port_in_use(port)  # the server it started is gone
