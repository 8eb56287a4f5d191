"""The band tables: write a claim's or document's LSH keys, look candidates up by key.

Inserts ignore rows already present (re-linking is idempotent) through each dialect's
``ON CONFLICT DO NOTHING``. Lookups are one indexed ``IN`` query per claim: the cost depends on
the bucket sizes, not on how many claims are stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select, text
from sqlmodel import Session, col

from claims.linking.signature import band_keys
from claims.linking.text import neutral_keys, tokens
from claims.models import DocBand
from claims.text.normalize import normalize_for_matching

PER_KEY = 16  # newest claims read per band key: a crowded bucket (common words) costs no more than this
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


def claim_hits(session: Session, keys: Sequence[int], *, per_key: int = PER_KEY) -> dict[int, list[int]]:
    """For each band key, the newest ``per_key`` claim ids in its bucket (one statement for all keys).

    Bounded work per key keeps a lookup's cost flat as the store grows: the primary key
    (band_key, claim_id) serves each branch as one index range read backwards. Plain SQL text,
    because building ~100 subquery objects per article costs more than running them.
    """
    keys = sorted(set(keys))
    out: dict[int, list[int]] = {}
    for i in range(0, len(keys), 200):  # SQLite caps compound selects at 500 terms
        chunk = keys[i : i + 200]
        branch = (
            "SELECT * FROM (SELECT band_key, claim_id FROM claimband WHERE band_key = :k{n} "
            "ORDER BY claim_id DESC LIMIT {lim}) AS b{n}"
        )
        sql = " UNION ALL ".join(branch.format(n=n, lim=int(per_key)) for n in range(len(chunk)))
        rows = session.execute(text(sql), {f"k{n}": k for n, k in enumerate(chunk)})
        for key, claim_id in rows:
            out.setdefault(key, []).append(claim_id)
    return out


def rank_candidates(
    hits: dict[int, list[int]], keys: Sequence[int], *, limit: int = MAX_CANDIDATES
) -> list[int]:
    """A claim's candidates: ids sharing its band keys, most shared bands first, then newest."""
    counts: dict[int, int] = {}
    for k in keys:
        for claim_id in hits.get(k, ()):
            counts[claim_id] = counts.get(claim_id, 0) + 1
    return sorted(counts, key=lambda i: (-counts[i], -i))[:limit]


def text_shingles(text: str, size: int = 3) -> list[str]:
    toks = tokens(text)
    return [" ".join(toks[i : i + size]) for i in range(max(len(toks) - size + 1, 1))]


def text_keys(text: str) -> list[int]:
    """Near-duplicate keys of a whole article (word 3-shingles, 8 bands of 4: Jaccard ≥ 0.8 → 98%)."""
    return band_keys(text_shingles(text[:20000]), space="text", rows=4)


def title_keys(title: str, *, space: str) -> list[int]:
    """Keys of a headline, in the ``title`` space (articles) or the ``teaser`` space (teasers)."""
    return band_keys(neutral_keys(title), space=space)


def add_claims(session: Session, keys_by_claim: dict[int, list[int]]) -> None:
    """Index claims: one executemany for all their band keys."""
    rows = [(k, claim_id) for claim_id, keys in keys_by_claim.items() for k in keys]
    _insert_ignore(session, "claimband", ("band_key", "claim_id"), rows)


def add_doc(session: Session, ref_id: int, keys: Sequence[int]) -> None:
    _insert_ignore(session, "docband", ("band_key", "ref_id"), [(k, ref_id) for k in keys])


def doc_candidates(session: Session, keys: Sequence[int], *, limit: int = 50) -> list[int]:
    if not keys:
        return []
    hits = func.count().label("hits")
    query = (
        select(DocBand.ref_id, hits)  # type: ignore[call-overload]
        .where(col(DocBand.band_key).in_(list(keys)))
        .group_by(DocBand.ref_id)
        .order_by(hits.desc(), DocBand.ref_id)
        .limit(limit)
    )
    return [row[0] for row in session.execute(query)]


def fingerprint(article_id: int, content: str, speaker: str) -> int:
    """A claim's identity across re-extraction (article, normalised content and speaker), signed 64-bit."""
    data = f"{article_id}\x1f{normalize_for_matching(content)}\x1f{normalize_for_matching(speaker)}"
    return int.from_bytes(hashlib.blake2b(data.encode(), digest_size=8).digest(), "big", signed=True)


def pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a <= b else (b, a)


def unique(ids: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(ids))
