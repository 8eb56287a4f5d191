"""Benchmark: linking one new article's claims against stores of 10k, 100k and 1M claims.

Target: median ≤ 20 ms per article at 1M claims (asserted on CPU time, wall printed), and sublinear
growth. The store is synthetic but varied: each claim draws 6-22 words from the fixture articles'
vocabulary (Arabic or English, by corpus frequency, with random numbers), a speaker from a pool of
20,000, an outlet from 200; ten claims per article. The pairs fixture's ``a`` sides are planted in
it at random positions in articles of their language, and the measured "new" articles carry the
``b`` sides (up to six claims of one language each), so linking really finds, scores and writes
links; the share of planted partners linked is the retrieval's recall at that size.
Rows and LSH bands go in through the raw driver (``executemany`` on SQLite, ``COPY`` on
PostgreSQL); the band keys come from the library's own batch function, so they are the ones a
live ingest would have written. Each timed call is ``link_article`` with its flushes, rolled back
afterwards so every article meets the same store. Memory: tracemalloc peak inside one call, and
the process's max RSS. Built stores are cached in ``tests/artifacts`` (keyed by size and generator
version) since 1M takes minutes. Figures go to ``tests/perf/RESULTS.md`` ("Linking").

Run: ``.venv/bin/python -m pytest tests/perf/test_link_perf.py -m perf -s -p no:randomly``
(``CLAIMS_LINK_BENCH_SIZES=10000,100000`` to run fewer sizes).
"""

from __future__ import annotations

import json
import os
import re
import resource
import statistics
import time
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session

from claims import db
from claims.linking import link_article
from claims.linking.signature import band_keys_many
from claims.linking.text import neutral_keys, tokens

pytestmark = [pytest.mark.perf, pytest.mark.timeout(7200)]  # the 1M store takes minutes to build

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
SIZES = [int(x) for x in os.environ.get("CLAIMS_LINK_BENCH_SIZES", "10000,100000,1000000").split(",")]
GENERATOR = 6  # bump when the synthetic store or the band scheme changes (invalidates caches)
PER_ARTICLE = 10
QUERY_CLAIMS = 6
TARGET_MS = 20.0  # the target, per article at the largest size: the CPU median must meet it
# (wall time on this shared 2-core machine swings 3x with other people's jobs; CPU time is what this
# code controls); the wall median is printed as OK / OVER TARGET
MIN_RECALL = 0.75  # planted partners linked; the scorer alone links 47 of the 54 (RESULTS.md)
AUTO, SUGGEST = 0.82, 0.6
START = datetime(2025, 1, 1, tzinfo=UTC)
CHUNK = 50_000
_WORD = re.compile(r"[^\W\d_]{2,}")
_AR = re.compile(r"[\u0600-\u06ff]")


def _vocabulary() -> dict[str, tuple[list[str], np.ndarray]]:
    counts: Counter[str] = Counter()
    for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt")):
        counts.update(_WORD.findall(path.read_text(encoding="utf-8")))
    out = {}
    for lang, keep in (("ar", lambda w: bool(_AR.match(w))), ("en", lambda w: not _AR.match(w))):
        words = [w for w in counts if keep(w)]
        weights = np.array([counts[w] for w in words], dtype=float)
        out[lang] = (words, weights / weights.sum())
    return out


def _pairs() -> list[dict[str, Any]]:
    lines = (ROOT / "fixtures" / "linking" / "pairs.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(x) for x in lines if x.strip()]
    return [r for r in rows if r["lang"] != "ar-en" and r["label"] == "same"]


def _synthetic_claims(n: int, rng: np.random.Generator) -> Iterator[tuple[int, str, str, str]]:
    """(article index, lang, speaker, content) for n claims, ten per article (words drawn in bulk)."""
    vocab = _vocabulary()
    speakers = {}
    for lang, (words, p) in vocab.items():
        pool = rng.choice(len(words), size=(10_000, 2), p=p)
        speakers[lang] = [f"{words[a]} {words[b]}" for a, b in pool.tolist()]
    for start in range(0, n, CHUNK):
        size = min(CHUNK, n - start)
        lengths = rng.integers(6, 23, size=size).tolist()
        drawn = {lang: rng.choice(len(w), size=sum(lengths), p=p).tolist() for lang, (w, p) in vocab.items()}
        numbers = rng.integers(1, 100_000, size=size).tolist()
        with_number = (rng.random(size) < 0.4).tolist()
        who = rng.integers(0, 10_000, size=size).tolist()
        offset = 0
        for j, length in enumerate(lengths):
            i = start + j
            lang = "ar" if (i // PER_ARTICLE) % 2 == 0 else "en"
            words = vocab[lang][0]
            parts = [words[k] for k in drawn[lang][offset : offset + length]]
            offset += length
            if with_number[j]:
                parts.insert(length // 2, str(numbers[j]))
            yield i // PER_ARTICLE, lang, speakers[lang][who[j]], " ".join(parts)


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return int(value) if isinstance(value, bool) else value


class _Loader:
    """Raw-driver bulk insert: executemany on SQLite, COPY on PostgreSQL."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.raw = engine.raw_connection()
        self.cur = self.raw.cursor()
        self.indexes: list[str] = []
        if engine.dialect.name == "sqlite":
            # bulk-load mode: no journal, no fsync, secondary indexes built once at the end
            self.cur.execute("PRAGMA journal_mode=OFF")
            self.cur.execute("PRAGMA synchronous=OFF")
            found = self.cur.execute(
                "SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name IN ('claim', 'article') "
                "AND sql IS NOT NULL"
            ).fetchall()
            for name, sql in found:
                self.cur.execute(f'DROP INDEX "{name}"')
                self.indexes.append(sql)

    def load(self, table: str, columns: list[str], rows: Iterator[tuple[Any, ...]]) -> None:
        names = ", ".join(f'"{c}"' for c in columns)
        if self.engine.dialect.name == "sqlite":
            sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
            batch: list[tuple[Any, ...]] = []
            for row in rows:
                batch.append(tuple(_sqlite_value(v) for v in row))
                if len(batch) >= CHUNK:
                    self.cur.executemany(sql, batch)
                    batch.clear()
            self.cur.executemany(sql, batch)
        else:
            with self.cur.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:  # type: ignore[attr-defined]
                for row in rows:
                    copy.write_row(row)

    def close(self) -> None:
        if self.engine.dialect.name == "postgresql":
            for table in ("article", "claim"):
                top = f'(SELECT max(id) FROM "{table}")'
                self.cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {top})")
        for sql in self.indexes:
            self.cur.execute(sql)
        self.raw.commit()
        if self.engine.dialect.name == "sqlite":
            self.cur.execute("PRAGMA journal_mode=WAL")
        self.raw.close()


ART_COLS = [
    *("id", "canonical_url", "url", "outlet", "title", "lang", "published_at", "fetched_at", "text"),
    *("content_hash", "boilerplate", "extractor_version", "linked_at"),
]
CLAIM_COLS = [
    *("id", "article_id", "speaker", "speaker_mention", "speaker_role", "speaker_kind", "cue", "content"),
    *("start", "end", "kind", "via", "extractor", "extractor_version", "confidence", "checkworthiness"),
    *("checkworthy_reasons", "priority", "status", "corrected", "version", "created_at", "updated_at"),
    "match_tokens",
]


def _article(a: int, lang: str, outlet: str, linked: bool) -> tuple[Any, ...]:
    when = START + timedelta(minutes=5 * a)
    url = f"https://o{a % 200}.example/{a}"
    return (a, url, url, outlet, f"Headline {a}", lang, when, when, f"Article {a}.", f"{a:064x}", "[]", "1",
            when if linked else None)  # fmt: skip


def _claim(i: int, a: int, speaker: str, content: str, toks: str | None) -> tuple[Any, ...]:
    when = START + timedelta(minutes=5 * a)
    at = (i % 100) * 1000  # distinct spans within an article (unique constraint)
    return (i, a, speaker, "", "", "person", "said", content, at, at + len(content), "indirect", "",
            "bench", "1", 0.9, 0.5, "[]", 0.5, "pending", False, 1, when, when, toks)  # fmt: skip


def _build(engine: Engine, n: int) -> tuple[list[int], dict[int, int]]:
    """Fill the store; returns the query articles' ids (stored, not yet linked) and each query claim's
    planted partner."""
    rng = np.random.default_rng(n)
    loader = _Loader(engine)
    pairs = _pairs()
    n_synth = n - len(pairs)
    n_articles = (n_synth + PER_ARTICLE - 1) // PER_ARTICLE
    loader.load("article", ART_COLS, (_article(a + 1, "ar" if a % 2 == 0 else "en", f"Outlet {a % 200}", True)
                                      for a in range(n_articles)))  # fmt: skip
    claims: list[tuple[int, str]] = []  # (claim id, normalised tokens) of every indexed claim
    # planted: each true pair's first side replaces a synthetic claim at a random position, so its
    # partner is neither the newest nor the oldest claim in the buckets it shares; the position is in
    # an article of the pair's language (in another one the pair would be scored across languages)
    pairs = sorted(pairs, key=lambda p: p["lang"])  # stable: query articles of one language each
    positions = np.arange(1, n_synth + 1)
    arabic = ((positions - 1) // PER_ARTICLE) % 2 == 0  # as _synthetic_claims alternates articles
    planted_at: dict[int, dict[str, Any]] = {}
    for lang, mask in (("ar", arabic), ("en", ~arabic)):
        mine = [p for p in pairs if p["lang"] == lang]
        spots = rng.choice(positions[mask], size=len(mine), replace=False).tolist()
        planted_at.update(zip(spots, mine, strict=True))
    planted_id = {id(p): i for i, p in planted_at.items()}

    def synth_rows() -> Iterator[tuple[Any, ...]]:
        for i, (a, _lang, speaker, content) in enumerate(_synthetic_claims(n_synth, rng), 1):
            if i in planted_at:
                speaker, content = planted_at[i]["a"]["speaker"], planted_at[i]["a"]["content"]
            toks = " ".join(tokens(content))
            claims.append((i, toks))
            yield _claim(i, a + 1, speaker, content, toks)

    loader.load("claim", CLAIM_COLS, synth_rows())
    next_article, next_claim = n_articles + 1, n_synth + 1
    planted_art: list[tuple[Any, ...]] = []
    planted: list[tuple[Any, ...]] = []
    # query articles: the pairs' second sides, up to six claims of one language each, never linked
    queries, query_arts, query_claims, partners = [], [], [], {}
    groups = [
        same[q : q + QUERY_CLAIMS]
        for lang in ("ar", "en")
        for same in [[p for p in pairs if p["lang"] == lang]]
        for q in range(0, len(same), QUERY_CLAIMS)
    ]
    for group in groups:
        query_arts.append(_article(next_article, group[0]["lang"], "Query", False))
        queries.append(next_article)
        for p in group:
            query_claims.append(_claim(next_claim, next_article, p["b"]["speaker"], p["b"]["content"], None))
            partners[next_claim] = planted_id[id(p)]
            next_claim += 1
        next_article += 1
    loader.load("article", ART_COLS, iter(planted_art + query_arts))
    loader.load("claim", CLAIM_COLS, iter(planted + query_claims))

    def band_rows() -> Iterator[tuple[int, int]]:
        for s in range(0, len(claims), CHUNK):
            chunk = claims[s : s + CHUNK]
            keys = band_keys_many([neutral_keys(t.split()) for _, t in chunk], space="claim")
            for (claim_id, _), ks in zip(chunk, keys, strict=True):
                for k in ks:
                    yield (k, claim_id)

    rows = sorted(band_rows())  # sorted: appends to the primary-key B-tree, no page splits
    loader.load("claimband", ["band_key", "claim_id"], iter(rows))
    loader.close()
    if engine.dialect.name == "postgresql":  # as autovacuum would have: statistics, and the visibility
        # map that lets the band lookups read the index alone (VACUUM cannot run in a transaction)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    else:
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    return queries, partners


def _store(backend_url: str, n: int) -> tuple[str, list[int], dict[int, int], float]:
    """A built store (cached for SQLite), its query article ids, planted partners and build time."""
    if backend_url.startswith("sqlite"):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"link-bench-{n}-g{GENERATOR}.db"
        meta = path.with_suffix(".json")
        url = f"sqlite:///{path}"
        if path.exists() and meta.exists():
            info = json.loads(meta.read_text())
            db.upgrade(url)  # a cached store follows later migrations
            return url, info["queries"], {int(k): v for k, v in info["partners"].items()}, info["build_s"]
        for stale in ARTIFACTS.glob(f"link-bench-{n}-g*"):
            stale.unlink()
        backend_url = url
    db.upgrade(backend_url)
    engine = db.make_engine(backend_url)
    t0 = time.perf_counter()
    queries, partners = _build(engine, n)
    build_s = time.perf_counter() - t0
    engine.dispose()
    if backend_url.startswith("sqlite"):
        Path(backend_url.split("///", 1)[1]).with_suffix(".json").write_text(
            json.dumps({"queries": queries, "partners": partners, "build_s": build_s})
        )
    return backend_url, queries, partners, build_s


def _measure(url: str, queries: list[int], partners: dict[int, int]) -> dict[str, float]:
    """Round 0 warms caches, rounds 1-2 are timed (wall and CPU), round 3 runs under tracemalloc.

    Round 0 also counts the planted partners linked (the store has no other links: every call is
    rolled back), read after the timed call.
    """
    engine = db.make_engine(url)
    wall, cpu, peaks, links = [], [], [], []
    found = 0
    for round_ in range(4):
        for article_id in queries:
            with Session(engine, expire_on_commit=False) as session:
                if round_ == 3:
                    tracemalloc.start()
                t0, c0 = time.perf_counter(), time.process_time()
                report = link_article(
                    session, article_id=article_id, auto_threshold=AUTO, suggest_threshold=SUGGEST
                )
                elapsed, used = (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000
                if round_ == 3:
                    peaks.append(tracemalloc.get_traced_memory()[1] / 1e6)
                    tracemalloc.stop()
                if round_ == 0:
                    made = session.execute(text("SELECT from_claim_id, to_claim_id FROM crossreference"))
                    found += sum(partners.get(a) == b or partners.get(b) == a for a, b in made)
                session.rollback()
            if round_ in (1, 2):
                wall.append(elapsed)
                cpu.append(used)
                links.append(report.auto + report.suggested)
    engine.dispose()
    return {
        "median_ms": statistics.median(wall),
        "p90_ms": statistics.quantiles(wall, n=10)[-1],
        "cpu_ms": statistics.median(cpu),
        "peak_mb": max(peaks),
        "links_per_article": statistics.mean(links),
        "recall": found / len(partners),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _report(backend: str, results: dict[int, dict[str, float]]) -> None:
    load = os.getloadavg()[0]
    head = f"up to {QUERY_CLAIMS} claims per article, 2 rounds x 10 articles, load {load:.1f}"
    print(f"\n[{backend}] link_article, {head}:")
    for n, r in results.items():
        print(
            f"  {n:>9,} claims: median {r['median_ms']:6.1f} ms  p90 {r['p90_ms']:6.1f} ms  "
            f"cpu {r['cpu_ms']:5.1f} ms  "
            f"tracemalloc peak {r['peak_mb']:5.1f} MB  links/article {r['links_per_article']:.1f}  "
            f"planted found {r['recall']:.0%}  "
            f"rss {r['rss_mb']:5.0f} MB  db {r.get('db_mb', 0):6.0f} MB  build {r['build_s']:5.0f} s  "
            f"{'OK' if r['median_ms'] <= TARGET_MS else 'OVER TARGET'}"
        )


def _run(url_for: dict[int, str], backend: str) -> dict[int, dict[str, float]]:
    results = {}
    for n in SIZES:
        url, queries, partners, build_s = _store(url_for[n], n)
        results[n] = _measure(url, queries, partners) | {"build_s": build_s}
        if url.startswith("sqlite"):
            results[n]["db_mb"] = Path(url.split("///", 1)[1]).stat().st_size / 1e6
    _report(backend, results)
    return results


def _check(results: dict[int, dict[str, float]]) -> None:
    largest, smallest = max(results), min(results)
    assert results[largest]["cpu_ms"] <= TARGET_MS, results
    assert all(r["recall"] >= MIN_RECALL for r in results.values()), ("planted pairs were not found", results)
    if largest > smallest:  # sublinear: 100x the store costs far less than 100x the time
        growth = results[largest]["cpu_ms"] / results[smallest]["cpu_ms"]
        assert growth < (largest / smallest) ** 0.5, (growth, results)


def test_link_one_article_sqlite(tmp_path: Path) -> None:
    _check(_run({n: f"sqlite:///{tmp_path}/unused-{n}.db" for n in SIZES}, "sqlite"))


@pytest.mark.postgres
def test_link_one_article_postgres(pg_url: str) -> None:
    """PostgreSQL, one database rebuilt per size (COPY); not cached."""
    from sqlalchemy import create_engine

    results = {}
    for n in SIZES:
        admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        admin.dispose()
        db.dispose_engines()
        url, queries, partners, build_s = _store(pg_url, n)
        results[n] = _measure(url, queries, partners) | {"build_s": build_s}
    _report("postgresql", results)
    _check(results)
