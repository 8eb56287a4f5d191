"""The band tables: write a claim's or document's LSH keys, look candidates up by key.

Inserts ignore rows already present (re-linking is idempotent) through each dialect's
``ON CONFLICT DO NOTHING``. Lookups are one indexed ``IN`` query per claim: the cost depends on
the bucket sizes, not on how many claims are stored.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import BindParameter, Select, bindparam, func, select
from sqlmodel import Session

from claims.linking.signature import band_keys
from claims.linking.text import neutral_keys, tokens
from claims.models import DocBand
from claims.text.normalize import normalize_for_matching

# newest claims read per band key: a crowded bucket (common words) costs no more than this. 32, not 16:
# at 1M synthetic claims 16 lost 4 of 47 planted pairs to older partners, 32 loses 1, for ~1 ms
# more per article (tests/perf/RESULTS.md, "Linking")
PER_KEY = 32
MAX_CANDIDATES = 16  # per claim, most shared bands first, then newest (true pairs rank first: RESULTS.md)


def _insert_ignore(
    session: Session, table: str, columns: tuple[str, str], rows: list[tuple[int, int]]
) -> None:
    """Driver-level executemany of ``INSERT … ON CONFLICT DO NOTHING`` (the ORM's per-row cost dominated)."""
    if not rows:
        return
    conn = session.connection()
    mark = "%s" if conn.dialect.name == "postgresql" else "?"
    sql = f"INSERT INTO {table} ({columns[0]}, {columns[1]}) VALUES ({mark}, {mark}) ON CONFLICT DO NOTHING"
    conn.exec_driver_sql(sql, rows)  # type: ignore[arg-type]


def claim_keys(content: str | list[str]) -> list[int]:
    """A claim's band keys, from its content or its normalised tokens."""
    return band_keys(neutral_keys(content), space="claim")


_LATERAL = (
    "SELECT k, b.{ref} FROM unnest(%s::bigint[]) AS k CROSS JOIN LATERAL "
    "(SELECT {ref} FROM {table} WHERE band_key = k ORDER BY {ref} DESC LIMIT {lim}) AS b"
)
_BANDS = {"claimband": "claim_id", "docband": "ref_id"}  # band table → its id column


def bucket_hits(
    session: Session, keys: Sequence[int], *, table: str = "claimband", per_key: int = PER_KEY
) -> dict[int, list[int]]:
    """For each band key, the newest ``per_key`` ids in its bucket of ``table`` (one statement for all keys).

    Bounded work per key keeps a lookup's cost flat as the store grows: the primary key
    (band_key, id) serves each key as one index range read backwards. SQLite runs a
    ``UNION ALL`` of one branch per key, with the keys written into the SQL text (``int()`` guards
    it); PostgreSQL, where planning that union took 14 ms, runs one ``LATERAL`` join over the key
    array (1 ms). Both on the DB-API cursor: binding ~100 parameters and wrapping ~3,000 rows
    through SQLAlchemy cost more than the lookup itself.
    """
    ref = _BANDS[table]
    keys = sorted({int(k) for k in keys})
    out: dict[int, list[int]] = {}
    conn = session.connection()
    cursor = conn.connection.cursor()  # the DB-API cursor: ~3,000 rows, no row objects
    lim = int(per_key)
    try:
        if conn.dialect.name == "postgresql":  # one small plan, prepared by psycopg after a few calls
            cursor.execute(_LATERAL.format(ref=ref, table=table, lim=lim), (keys,))
            rows = cursor.fetchall()
        else:
            rows = []
            for i in range(0, len(keys), 200):  # SQLite caps compound selects at 500 terms
                cursor.execute(
                    " UNION ALL ".join(
                        f"SELECT * FROM (SELECT band_key, {ref} FROM {table} WHERE band_key = {k} "
                        f"ORDER BY {ref} DESC LIMIT {lim}) AS b{n}"
                        for n, k in enumerate(keys[i : i + 200])
                    )
                )
                rows += cursor.fetchall()
    finally:
        cursor.close()
    for key, ref_id in rows:
        out.setdefault(key, []).append(ref_id)
    return out


def claim_hits(session: Session, keys: Sequence[int], *, per_key: int = PER_KEY) -> dict[int, list[int]]:
    """For each band key, the newest ``per_key`` claim ids in its bucket (see :func:`bucket_hits`)."""
    return bucket_hits(session, keys, table="claimband", per_key=per_key)


def rank_candidates(
    hits: dict[int, list[int]], keys: Sequence[int], *, limit: int = MAX_CANDIDATES
) -> list[int]:
    """A claim's candidates: ids sharing its band keys, most shared bands first, then newest.

    Grouped by count, then plain integer sorts: a per-id sort key over the ~500 hits of a claim
    cost more than the rest of the ranking.
    """
    counts: Counter[int] = Counter()
    for k in keys:
        counts.update(hits.get(k, ()))
    by_count: dict[int, list[int]] = {}
    for claim_id, n in counts.items():
        by_count.setdefault(n, []).append(claim_id)
    out: list[int] = []
    for n in sorted(by_count, reverse=True):
        out.extend(sorted(by_count[n], reverse=True)[: limit - len(out)])
        if len(out) >= limit:
            break
    return out


COPY_SHINGLE = 4  # words per shingle: long enough that two stories share few by chance
COPY_SAMPLE = 4  # keep shingles whose hash is 0 mod this (the same ones in every copy)
COPY_MIN_WORDS = 8  # lines shorter than this are datelines, captions or chrome: not compared
MAX_COPY_KEYS = 300


def body_shingles(text: str) -> set[str]:
    """Word shingles of an article's sentence lines (short lines, i.e. datelines and chrome, left out)."""
    out: set[str] = set()
    for line in text[:30000].splitlines():
        toks = tokens(line)
        if len(toks) >= COPY_MIN_WORDS:
            out.update(" ".join(toks[i : i + COPY_SHINGLE]) for i in range(len(toks) - COPY_SHINGLE + 1))
    return out


def _copy_hash(shingle: str) -> int:
    digest = hashlib.blake2b(("copy\x1f" + shingle).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def copy_keys(shingles: set[str]) -> list[int]:
    """Content-defined sample of a text's shingles (mod-p sampling), as signed 64-bit keys.

    A copy that carries a passage carries the same sampled shingles of it, so the share of keys two
    texts share estimates the containment of the shorter in the longer, whatever the longer adds
    (MinHash bands estimate Jaccard, which a copy with an extra paragraph or a cut tail fails).
    """
    keys = sorted(h for h in map(_copy_hash, shingles) if h % COPY_SAMPLE == 0)
    return keys[:MAX_COPY_KEYS]


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the other."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def copy_candidates(session: Session, keys: Sequence[int], *, per_key: int = PER_KEY, limit: int = 5) -> list[int]:
    """Documents sharing the most copy keys (each key's newest ``per_key`` only), at least 3 shared."""
    if not keys:
        return []
    hits = bucket_hits(session, keys, table="docband", per_key=per_key)
    counts = Counter(ref for refs in hits.values() for ref in refs)
    return [ref for ref, n in counts.most_common(limit) if n >= 3]


def title_keys(title: str, *, space: str) -> list[int]:
    """Keys of a headline, in the ``title`` space (articles) or the ``teaser`` space (teasers)."""
    return band_keys(neutral_keys(title), space=space)


def add_claims(session: Session, keys_by_claim: dict[int, list[int]]) -> None:
    """Index claims: one executemany for all their band keys."""
    rows = [(k, claim_id) for claim_id, keys in keys_by_claim.items() for k in keys]
    _insert_ignore(session, "claimband", ("band_key", "claim_id"), rows)


def add_doc(session: Session, ref_id: int, keys: Sequence[int]) -> None:
    _insert_ignore(session, "docband", ("band_key", "ref_id"), [(k, ref_id) for k in keys])


_DOC = DocBand.__table__  # type: ignore[attr-defined]
_DOC_CANDIDATES = (  # prebuilt (compiled once): building an IN of ~20 keys per call cost more than running it
    select(_DOC.c.ref_id)
    .where(_DOC.c.band_key.in_(bindparam("keys", expanding=True)))
    .group_by(_DOC.c.ref_id)
    .order_by(func.count().desc(), _DOC.c.ref_id)
    .limit(bindparam("limit"))
)


def doc_candidates_query(keys: BindParameter[Any], *, limit: int = 50) -> Select[tuple[int]]:
    """:func:`doc_candidates` as a subquery for a prebuilt statement (``keys``: an expanding parameter)."""
    return (
        select(_DOC.c.ref_id)
        .where(_DOC.c.band_key.in_(keys))
        .group_by(_DOC.c.ref_id)
        .order_by(func.count().desc(), _DOC.c.ref_id)
        .limit(limit)
    )


def doc_candidates(session: Session, keys: Sequence[int], *, limit: int = 50) -> list[int]:
    """Documents sharing the most band keys with ``keys`` (ties: lowest id first)."""
    if not keys:
        return []
    rows = session.connection().execute(_DOC_CANDIDATES, {"keys": list(keys), "limit": limit})
    return [row[0] for row in rows]


def fingerprint(article_id: int, content: str, speaker: str) -> int:
    """A claim's identity across re-extraction (article, normalised content and speaker), signed 64-bit."""
    data = f"{article_id}\x1f{normalize_for_matching(content)}\x1f{normalize_for_matching(speaker)}"
    return int.from_bytes(hashlib.blake2b(data.encode(), digest_size=8).digest(), "big", signed=True)


def pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a <= b else (b, a)


def unique(ids: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(ids))
