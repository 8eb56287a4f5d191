"""Queue priority: why one claim is reviewed before another, as one storable number.

The weight multiplies what makes a claim worth a fact-checker's time first:

* **check-worthiness** (numbers, dates, comparisons, names: ``claims.extract.core.checkworthiness``);
* **how many outlets carry it** (its same-claim cluster's size);
* **the extractor's doubt** (``0.5 + (1 - confidence)``: an unsure extraction needs a person sooner);
* **the speaker's prominence** (a minister or a head of state outranks an unnamed resident; the
  offices are a word list, ``claims/prominent-offices.txt``);
* **where in the article** it stands (the lede before the tenth paragraph; small, it mostly breaks
  ties between sentences of one article).

The score is time-independent (like Reddit's "hot" ranking): the log of the weight plus a term that
grows with the article's date. Newer claims win without any stored value ever needing a refresh as
the clock moves, so the score can be stored on the claim and indexed for a 1M-row queue. Doubling
the weight is worth :data:`DOUBLING_SECONDS` of recency. :func:`explain` gives the same factors back
as codes with their values, so the queue can say why a claim ranks where it does in the reader's
language (the dashboard words each code; this library stays language-neutral).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from typing import Any

from sqlalchemy import bindparam, select, union_all
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

from claims.models import Article, Claim
from claims.text.normalize import normalize_for_matching

EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
DOUBLING_SECONDS = 86_400.0  # a claim one day newer ranks like one twice as check-worthy
MIN_WEIGHT = 0.01  # check-worthiness 0 still gets a finite score
LEDE_CHARS = 2000.0  # the position bonus halves every this many characters into the article
LEDE_BONUS = 0.25  # the first sentence weighs 1.25, a sentence deep in a long article ~1.0
_CHUNK = 500


@dataclass(frozen=True)
class Factor:
    """One reason in a claim's priority: what it is (a code, with the values it quotes) and how much
    it multiplies the weight. Codes, not words, so that the interface says it in its own language."""

    code: str
    weight: float
    values: dict[str, Any] = field(default_factory=dict, compare=False)


@cache
def _offices() -> tuple[str, ...]:
    text = resources.files("claims").joinpath("prominent-offices.txt").read_text(encoding="utf-8")
    words = (normalize_for_matching(line.strip()) for line in text.splitlines())
    return tuple(w for w in words if w and not w.startswith("#"))


@cache
def _office_re() -> re.Pattern[str]:
    # whole words, allowing Arabic's attached و/ف/ل/ب before the office word
    alts = "|".join(sorted((re.escape(w) for w in _offices()), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:[وفلب])?(?:{alts})(?!\w)")


def prominence(speaker_kind: str, speaker_role: str) -> Factor:
    """How much the speaker's standing weighs: a high office, any office, an institution, a name."""
    if speaker_kind == "outlet":
        return Factor("outlet_report", 1.0)
    if speaker_kind == "organization":
        return Factor("institution", 1.4)
    if speaker_kind == "group":
        return Factor("group", 1.0)
    role = normalize_for_matching(speaker_role or "")
    if role and _office_re().search(role):
        return Factor("high_office", 2.0)
    if role:
        return Factor("named_role", 1.5)
    return Factor("named_person", 1.2)


def _doubt(confidence: float | None) -> float:
    return 1.0 if confidence is None else 0.5 + (1.0 - min(max(confidence, 0.0), 1.0))


def _lede(start: int | None) -> float:
    return 1.0 if start is None else 1.0 + LEDE_BONUS * 2.0 ** (-max(start, 0) / LEDE_CHARS)


def compute_priority(
    checkworthiness: float,
    cluster_size: int,
    published_at: datetime | None,
    created_at: datetime,
    *,
    confidence: float | None = None,
    speaker_kind: str | None = None,
    speaker_role: str = "",
    start: int | None = None,
) -> float:
    """log2(check-worthiness × outlets × doubt × prominence × position) + age term; higher first.

    A factor whose input is not given counts 1. The article's publication time counts, but never
    later than when we stored the claim (a misdated article cannot jump the queue by claiming a
    future date).
    """
    weight = max(checkworthiness, MIN_WEIGHT) * max(cluster_size, 1)
    weight *= _doubt(confidence) * _lede(start)
    if speaker_kind is not None:
        weight *= prominence(speaker_kind, speaker_role).weight
    when = created_at if published_at is None else min(published_at, created_at)
    return round(math.log2(weight) + (when - EPOCH).total_seconds() / DOUBLING_SECONDS, 6)


def claim_priority(claim: Claim, cluster_size: int, published_at: datetime | None) -> float:
    """:func:`compute_priority` of a stored (or about to be stored) claim, with every factor."""
    return compute_priority(
        claim.checkworthiness, cluster_size, published_at, claim.created_at,
        confidence=claim.confidence, speaker_kind=claim.speaker_kind, speaker_role=claim.speaker_role,
        start=claim.start,
    )  # fmt: skip


def explain(
    *,
    checkworthiness: float,
    reasons: Sequence[str],
    cluster_size: int,
    confidence: float,
    speaker_kind: str,
    speaker_role: str,
    start: int,
) -> list[Factor]:
    """The factors of a claim's weight, largest first (the date is shown beside them).

    Codes: ``checkworthy`` (values ``value``, ``reasons``: the check-worthiness reason codes),
    ``carried_by`` (``outlets``) or ``one_outlet``, ``extractor_unsure`` / ``extractor_sure``
    (``confidence``), the :func:`prominence` codes, ``early`` / ``further_down``.
    """
    factors = [
        Factor("checkworthy", max(checkworthiness, MIN_WEIGHT), {"value": checkworthiness, "reasons": tuple(reasons)}),
        Factor("carried_by", cluster_size, {"outlets": cluster_size})
        if cluster_size > 1
        else Factor("one_outlet", 1),
        Factor("extractor_unsure" if confidence < 0.75 else "extractor_sure", _doubt(confidence),
               {"confidence": confidence}),
        prominence(speaker_kind, speaker_role),
        Factor("early" if start < LEDE_CHARS else "further_down", _lede(start)),
    ]  # fmt: skip
    return sorted(factors, key=lambda f: -f.weight)


_CLAIM = Claim.__table__  # type: ignore[attr-defined]
_ARTICLE = Article.__table__  # type: ignore[attr-defined]
_MEMBERS = _CLAIM.alias("member")
_ROOTS = _CLAIM.alias("root")
_COLUMNS = (
    _CLAIM.c.id, _CLAIM.c.checkworthiness, _CLAIM.c.cluster_id,
    select(_ARTICLE.c.published_at).where(_ARTICLE.c.id == _CLAIM.c.article_id).scalar_subquery(),
    _CLAIM.c.created_at, _CLAIM.c.priority, _CLAIM.c.confidence, _CLAIM.c.speaker_kind,
    _CLAIM.c.speaker_role, _CLAIM.c.start,
)  # fmt: skip
# the claims and every member of their clusters, in one statement: two single-table branches, since
# SQLite plans an OR of the two, a join to article, or a non-covering cluster_id read as a full scan
# (ANALYZE sees one cluster_id value, NULL, in most rows)
_ROWS = union_all(
    select(*_COLUMNS).where(_CLAIM.c.id.in_(bindparam("ids", expanding=True))),
    select(*_COLUMNS).where(
        _CLAIM.c.id.in_(
            select(_MEMBERS.c.id).where(  # ids first (a covering index read), then rows by primary key
                _MEMBERS.c.cluster_id.in_(
                    select(_ROOTS.c.cluster_id).where(
                        _ROOTS.c.id.in_(bindparam("ids", expanding=True)), _ROOTS.c.cluster_id.is_not(None)
                    )
                )
            )
        )
    ),
)


def refresh_priorities(session: Session, *, claim_ids: Sequence[int]) -> None:
    """Recompute the priority of ``claim_ids`` and of every member of their clusters.

    The linker calls this after clustering, since a cluster's size changes all its members' weight.
    One read and one executemany (per 500 ids): per-statement costs dominated linking (RESULTS.md).
    Claims already loaded in the session get the stored values. Does not commit.
    """
    if not claim_ids:
        return
    session.flush()  # the caller's cluster changes must be visible to the query below
    conn = session.connection()
    rows = {}
    for chunk in _chunks(sorted(set(claim_ids))):
        rows.update({r[0]: r for r in conn.execute(_ROWS, {"ids": chunk})})
    sizes = Counter(r[2] for r in rows.values() if r[2] is not None)  # whole clusters were read
    changed: list[tuple[float, int]] = []
    for claim_id, cw, cluster_id, published_at, created_at, current, conf, kind, role, start in rows.values():
        size = sizes[cluster_id] if cluster_id is not None else 1
        value = compute_priority(
            cw, size, published_at, created_at, confidence=conf, speaker_kind=kind, speaker_role=role, start=start
        )
        if current != value:  # members whose cluster size did not change need no write
            changed.append((value, claim_id))
    if changed:
        mark = "%s" if conn.dialect.name == "postgresql" else "?"
        sql = f"UPDATE claim SET priority = {mark} WHERE id = {mark}"
        conn.exec_driver_sql(sql, changed)  # type: ignore[arg-type]
    for value, claim_id in changed:  # loaded claims must not keep a stale priority or cluster
        obj = session.identity_map.get(session.identity_key(Claim, claim_id))
        if obj is not None:
            set_committed_value(obj, "priority", value)
    for claim_id, _cw, cluster_id, *_ in rows.values():
        obj = session.identity_map.get(session.identity_key(Claim, claim_id))
        if obj is not None and "cluster_id" in obj.__dict__ and obj.__dict__["cluster_id"] != cluster_id:
            set_committed_value(obj, "cluster_id", cluster_id)


def _chunks(items: list[int]) -> list[list[int]]:
    return [items[i : i + _CHUNK] for i in range(0, len(items), _CHUNK)]
