"""Benchmark: 1M verified claims to CSV — seconds and peak memory (target ≤ 15 s, memory flat).

The store holds N verified claims (default 1,000,000; ``CLAIMS_BENCH_EXPORT_N`` to change) in
N/10 articles, one review event each, a same-claim link for one claim in ten, and some pending
and disputed claims the export must skip. The first tenth was decided a month earlier, so
``--until`` selects 10% of the store: each export runs in a fresh process and reports its peak RSS,
so "flat" means the 100k and the 1M exports peak at about the same RSS. The built store is cached
(SQLite: ``tests/artifacts/export-bench-N-gG.db``; PostgreSQL: database ``claims_export_bench_N_gG``),
keyed by size and :data:`GENERATOR`, since a million claims take minutes to insert; the export only
reads it. The test fails when the export's CPU time exceeds 15 s per million claims, when memory
grows with the number of claims, or when time grows faster than it; wall time and the load average
are reported. Figures go to ``tests/perf/RESULTS.md`` (section "Export"). Run: ``make bench`` or
``.venv/bin/python -m pytest tests/perf/test_export_perf.py -m perf -s -p no:randomly``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine

from claims import db
from tests.conftest import PG_ADMIN_URL, _pg_admin

GENERATOR = 1  # bump when _build changes: invalidates the cached stores
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
N = int(os.environ.get("CLAIMS_BENCH_EXPORT_N", "1000000"))
PER_ARTICLE = 10
TARGET_S = 15.0  # issue 7: a million verified claims to CSV in at most 15 s
CHUNK = 20_000
EARLY = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
LATE = datetime(2026, 2, 15, 9, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]

CONTENT = (
    'أكد الوزير أن "الاتفاق نهائي"، وأن المحادثات ستستأنف الأسبوع المقبل في القاهرة, '
    "بمشاركة الوفود كافة (رقم {i})"
)
EXPORT_SCRIPT = """
import json, os, resource, sys, time
from sqlmodel import Session
from claims import db
from claims.export import ExportFilter, export_claims, parse_bound
url, out, until = sys.argv[1], sys.argv[2], sys.argv[3]
filters = ExportFilter(until=parse_bound(until) if until != "-" else None)
t0, c0 = time.perf_counter(), time.process_time()
with Session(db.make_engine(url)) as session, open(out, "wb") as fh:
    n = export_claims(session, actor=OPERATOR, filters=filters, fmt="csv", out=fh)
seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
load = os.getloadavg()[0]
print(json.dumps({"rows": n, "seconds": seconds, "cpu": cpu, "peak_rss_mb": peak / 1024, "load": load}))
"""


def _chunks(total: int) -> range:
    return range(0, total, CHUNK)


def _insert(conn: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """Driver-level executemany: a million rows without SQLAlchemy's per-value processing."""
    if not rows:
        return
    names = list(rows[0])
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    columns = ", ".join(f'"{n}"' for n in names)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join([mark] * len(names))})"
    conn.exec_driver_sql(sql, [tuple(r[n] for n in names) for r in rows])


def _build(engine: Engine, n: int) -> None:
    """The store: N verified claims in N/10 articles, an event each, links, and claims to skip."""
    articles = n // PER_ARTICLE
    sqlite = engine.dialect.name == "sqlite"

    def ts(
        value: datetime,
    ) -> Any:  # SQLite stores UTC text (as SQLModel writes it); psycopg adapts datetimes
        return value.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else value

    published = datetime(2026, 1, 1, tzinfo=UTC)
    with engine.begin() as conn:
        for lo in _chunks(articles):
            _insert(
                conn,
                "article",
                [
                    {
                        "id": a + 1,
                        "canonical_url": f"https://outlet{a % 50}.example/news/{a}",
                        "lang": "ar" if a % 3 else "en",
                        "url": f"https://outlet{a % 50}.example/news/{a}?utm_source=rss",
                        "outlet": f"outlet {a % 50}",
                        "published_at": ts(published + timedelta(minutes=a)),
                        "fetched_at": ts(published),
                        "text": f"article {a}",
                        "content_hash": f"{a:064x}",
                        "boilerplate": "[]",
                    }
                    for a in range(lo, min(lo + CHUNK, articles))
                ],
            )
    extra = n // 50  # pending and disputed claims the default export skips
    links: list[dict[str, Any]] = []
    with engine.begin() as conn:
        for lo in _chunks(n + extra):
            rows: list[dict[str, Any]] = []
            events: list[dict[str, Any]] = []
            for i in range(lo, min(lo + CHUNK, n + extra)):
                status = "verified" if i < n else ("pending" if i % 2 else "disputed")
                at = ts(EARLY if i < n // 10 else LATE)
                rows.append(
                    {
                        "id": i + 1,
                        "article_id": i // PER_ARTICLE % articles + 1,
                        "speaker": f"متحدث {i % 997}",
                        "speaker_mention": "",
                        "speaker_role": "وزير الخارجية",
                        "speaker_kind": "person",
                        "cue": "أكد",
                        "content": CONTENT.format(i=i),
                        "start": i % 500,
                        "end": i % 500 + 90,
                        "kind": "indirect",
                        "via": "إرنا" if i % 4 == 0 else "",
                        "extractor": "bench",
                        "extractor_version": "0",
                        "confidence": 0.9,
                        "checkworthiness": 0.5 + (i % 50) / 100,
                        "checkworthy_reasons": "[]",
                        "priority": 0.5,
                        "status": status,
                        "corrected": False,
                        "version": 2,
                        "reviewed_by": "rana",
                        "reviewed_at": at if status != "pending" else None,
                        "created_at": ts(published),
                        "updated_at": at,
                    }
                )
                if status != "pending":
                    events.append(
                        {
                            "claim_id": i + 1,
                            "actor": "rana",
                            "at": at,
                            "action": "verify" if status == "verified" else "dispute",
                            "verdict": status,
                            "note": f"مطابق للنص الرسمي، انظر المصدر {i}",
                            "claim_version": 1,
                            "evidence_urls": f'["https://evidence.example/{i}"]',
                        }
                    )
                if i % 10 == 9 and i < n:
                    links.append(
                        {
                            "kind": "same_claim",
                            "state": "auto",
                            "from_claim_id": i + 1,
                            "to_claim_id": i - 4,
                            "score": 0.9,
                            "created_at": ts(published),
                            "updated_at": ts(published),
                        }
                    )
            _insert(conn, "claim", rows)
            _insert(conn, "reviewevent", events)
        _insert(conn, "crossreference", links)
    if not sqlite:
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")


def _store(backend: str, n: int) -> tuple[str, float | None]:
    """A built, migrated store of ``n`` claims and its build time (``None`` when it was cached).

    Built under a temporary name and renamed when complete, so an interrupted build is never reused.
    """
    if backend == "sqlite":
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"export-bench-{n}-g{GENERATOR}.db"
        url = f"sqlite:///{path}"
        if path.exists():
            db.upgrade(url)  # a cached store follows later migrations
            return url, None
        for stale in ARTIFACTS.glob(f"export-bench-{n}-*"):
            stale.unlink()
        part = path.with_name(path.name + ".part")
        db.upgrade(f"sqlite:///{part}")
        t0 = time.perf_counter()
        engine = db.make_engine(f"sqlite:///{part}")
        _build(engine, n)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        part.rename(path)
        return url, time.perf_counter() - t0
    admin = _pg_admin()  # skips (or fails under CI) when the server is unreachable
    name = f"claims_export_bench_{n}_g{GENERATOR}"
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        exists = "SELECT 1 FROM pg_database WHERE datname = %s"
        found = admin.execute(exists, [name]).fetchone()  # type: ignore[attr-defined]
        if found:
            db.upgrade(f"{base}/{name}")
            return f"{base}/{name}", None
        admin.execute(f'DROP DATABASE IF EXISTS "{name}_part" WITH (FORCE)')  # type: ignore[attr-defined]
        admin.execute(f'CREATE DATABASE "{name}_part"')  # type: ignore[attr-defined]
        db.upgrade(f"{base}/{name}_part")
        t0 = time.perf_counter()
        engine = db.make_engine(f"{base}/{name}_part")
        _build(engine, n)
        engine.dispose()
        admin.execute(f'ALTER DATABASE "{name}_part" RENAME TO "{name}"')  # type: ignore[attr-defined]
        return f"{base}/{name}", time.perf_counter() - t0
    finally:
        admin.close()  # type: ignore[attr-defined]


def _export(url: str, out: Path, until: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", EXPORT_SCRIPT, url, str(out), until],
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.perf
@pytest.mark.timeout(3600)  # building a million-claim store on a busy machine takes minutes
@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_export_one_million_verified_claims_to_csv(backend: str, tmp_path: Path) -> None:
    url, build_s = _store(backend, N)
    small = _export(url, tmp_path / "small.csv", (EARLY + timedelta(days=1)).date().isoformat())
    whole = _export(url, tmp_path / "whole.csv", "-")
    size_mb = (tmp_path / "whole.csv").stat().st_size / 1e6
    with (tmp_path / "whole.csv").open("rb") as fh:
        assert fh.read(3) == b"\xef\xbb\xbf"
        lines = sum(1 for _ in fh)
    print(
        f"\nexport [{backend}] store "
        f"{'cached' if build_s is None else f'built in {build_s:.1f} s'}; "
        f"{small['rows']:,} rows: {small['seconds']:.2f} s wall, {small['cpu']:.2f} s CPU, "
        f"peak RSS {small['peak_rss_mb']:.0f} MB; "
        f"{whole['rows']:,} rows: {whole['seconds']:.2f} s wall, {whole['cpu']:.2f} s CPU, "
        f"peak RSS {whole['peak_rss_mb']:.0f} MB, {size_mb:.0f} MB of CSV; "
        f"load average {small['load']:.1f} / {whole['load']:.1f} (2 cores)"
    )
    assert small["rows"] == N // 10 and whole["rows"] == N
    assert lines >= N + 1  # header + one record per claim (quoted newlines only add lines)
    assert whole["peak_rss_mb"] - small["peak_rss_mb"] < 20, "memory grows with the number of claims"
    # Linear, not worse: a lookup that scans per batch (as a hash join once did on PostgreSQL) shows here.
    assert whole["cpu"] <= 13 * small["cpu"], "export time grows faster than the number of claims"
    # The target is 15 s per million. Asserted on the export process's CPU seconds, which neighbours
    # on a shared 2-core machine barely move; wall time (which they do move) is reported. On an idle
    # machine the SQLite export's wall time is about its CPU time; on PostgreSQL the server's work
    # (in its own process, outside this figure) overlaps the client's through the reader thread.
    per_million = whole["cpu"] * 1_000_000 / N
    print(
        f"export [{backend}] per million claims: {per_million:.1f} s CPU, "
        f"{whole['seconds'] * 1_000_000 / N:.1f} s wall (target 15 s)"
    )
    assert per_million <= TARGET_S, f"{per_million:.1f} s of CPU per million claims (target {TARGET_S} s)"
