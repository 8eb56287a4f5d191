"""The band tables: write a claim's or document's LSH keys, look candidates up by key.

Inserts ignore rows already present (re-linking is idempotent) through each dialect's
``ON CONFLICT DO NOTHING``. Lookups are one indexed ``IN`` query per claim: the cost depends on
the bucket sizes, not on how many claims are stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from claims.linking.signature import band_keys
from claims.linking.text import neutral_keys, tokens
from claims.models import ClaimBand, DocBand
from claims.text.normalize import normalize_for_matching

MAX_CANDIDATES = 100


def _insert_ignore(session: Session, model: type, rows: list[dict[str, int]]) -> None:
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(model).on_conflict_do_nothing(), rows)


def claim_keys(content: str) -> list[int]:
    return band_keys(neutral_keys(content), space="claim")


def text_shingles(text: str, size: int = 3) -> list[str]:
    toks = tokens(text)
    return [" ".join(toks[i : i + size]) for i in range(max(len(toks) - size + 1, 1))]


def text_keys(text: str) -> list[int]:
    """Near-duplicate keys of a whole article (word 3-shingles, 8 bands of 4: Jaccard ≥ 0.8 → 98%)."""
    return band_keys(text_shingles(text[:20000]), space="text", rows=4)


def title_keys(title: str, *, space: str) -> list[int]:
    """Keys of a headline, in the ``title`` space (articles) or the ``teaser`` space (teasers)."""
    return band_keys(neutral_keys(title), space=space)


def add_claim(session: Session, claim_id: int, keys: Sequence[int]) -> None:
    _insert_ignore(session, ClaimBand, [{"band_key": k, "claim_id": claim_id} for k in keys])


def add_doc(session: Session, ref_id: int, keys: Sequence[int]) -> None:
    _insert_ignore(session, DocBand, [{"band_key": k, "ref_id": ref_id} for k in keys])


def claim_candidates(session: Session, keys: Sequence[int], *, limit: int = MAX_CANDIDATES) -> list[int]:
    """Claim ids sharing at least one band, most shared bands first."""
    if not keys:
        return []
    hits = func.count().label("hits")
    query = (
        select(ClaimBand.claim_id, hits)  # type: ignore[call-overload]
        .where(col(ClaimBand.band_key).in_(list(keys)))
        .group_by(ClaimBand.claim_id)
        .order_by(hits.desc(), ClaimBand.claim_id)
        .limit(limit)
    )
    return [row[0] for row in session.execute(query)]


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
