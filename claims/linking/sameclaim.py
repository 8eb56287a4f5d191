"""Same-claim linking of one article's claims, in a fixed, small number of statements.

Every read is a prebuilt Core statement with expanding ``IN`` parameters (compiled once per
process), every write one executemany: the ORM's per-object and per-statement costs were ~40 % of
linking (tests/perf/RESULTS.md, "Linking"). Clusters are merged in Python (union-find over the
clusters' canonical members) and written with one executemany; the result equals merging link by
link, since each merge keeps the earliest canonical member of the clusters it joins.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, insert, literal, select, union_all
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

from claims.linking import clusters, index
from claims.linking.anchors import claim_anchors, join_stored, split_stored
from claims.linking.score import PREFILTER_DICE, ClaimSide
from claims.linking.signature import band_keys_many
from claims.linking.text import neutral_keys, tokens
from claims.models import Article, Claim, CrossReference, Entity, LinkRejection, utcnow

_CLAIM = Claim.__table__  # type: ignore[attr-defined]
_ARTICLE = Article.__table__  # type: ignore[attr-defined]
_XREF = CrossReference.__table__  # type: ignore[attr-defined]
_REJ = LinkRejection.__table__  # type: ignore[attr-defined]
_ENTITY = Entity.__table__  # type: ignore[attr-defined]
_ROOT = _CLAIM.alias("root")
_ROOT_ARTICLE = _ARTICLE.alias("root_article")
_SIDE = (
    _CLAIM.c.id, _CLAIM.c.article_id, _CLAIM.c.speaker, _CLAIM.c.speaker_id, _CLAIM.c.kind,
    _CLAIM.c.speaker_kind, _CLAIM.c.content, _CLAIM.c.via, _CLAIM.c.cluster_id, _CLAIM.c.match_tokens,
    _CLAIM.c.created_at,
)  # fmt: skip
_OWN = (
    select(*_SIDE, _CLAIM.c.start, _CLAIM.c.end, _CLAIM.c.speaker_role)
    .where(_CLAIM.c.article_id == bindparam("a"))
    .order_by(_CLAIM.c.id)
)
# candidates with their article, and their cluster's canonical member (for the merge order)
_CANDIDATES = (
    select(*_SIDE, _ARTICLE.c.lang, _ARTICLE.c.outlet, _ARTICLE.c.published_at)
    .add_columns(_ROOT.c.created_at, _ROOT_ARTICLE.c.published_at)
    .join_from(_CLAIM, _ARTICLE, _ARTICLE.c.id == _CLAIM.c.article_id)
    .outerjoin(_ROOT, _ROOT.c.id == _CLAIM.c.cluster_id)
    .outerjoin(_ROOT_ARTICLE, _ROOT_ARTICLE.c.id == _ROOT.c.article_id)
    .where(_CLAIM.c.id.in_(bindparam("ids", expanding=True)))
)
_ROOTS = (
    select(_CLAIM.c.id, _ARTICLE.c.published_at, _CLAIM.c.created_at)
    .join_from(_CLAIM, _ARTICLE, _ARTICLE.c.id == _CLAIM.c.article_id)
    .where(_CLAIM.c.id.in_(bindparam("ids", expanding=True)))
)
# links already stored for the article's claims, and remembered rejections, in one round trip
_KNOWN = union_all(
    *(  # one branch per side, each on its own index (an OR of the two reads every same-claim link)
        select(literal(0), _XREF.c.from_claim_id, _XREF.c.to_claim_id).where(
            side.in_(bindparam("ids", expanding=True)), _XREF.c.kind.in_(clusters.CLAIM_KINDS)
        )
        for side in (_XREF.c.from_claim_id, _XREF.c.to_claim_id)
    ),
    select(literal(1), _REJ.c.a_fp, _REJ.c.b_fp).where(
        _REJ.c.a_fp.in_(bindparam("fps", expanding=True)) | _REJ.c.b_fp.in_(bindparam("fps", expanding=True))
    ),
)
_ALIASES = select(_ENTITY.c.id, _ENTITY.c.canonical_name, _ENTITY.c.aliases).where(
    _ENTITY.c.id.in_(bindparam("ids", expanding=True))
)
_MERGE = (
    "UPDATE claim SET cluster_id = {m} WHERE (cluster_id = {m} OR id = {m}) "
    "AND (cluster_id IS NULL OR cluster_id <> {m})"  # members already under the winner stay untouched
)


@dataclass(frozen=True)
class Row:
    """A claim as read for linking (plain columns: no ORM object is loaded on this path)."""

    id: int
    article_id: int
    speaker: str
    speaker_id: int | None
    kind: str
    speaker_kind: str
    content: str
    via: str
    cluster_id: int | None
    match_tokens: str | None
    created_at: datetime
    lang: str | None = None
    outlet: str | None = None
    published_at: datetime | None = None
    root_created_at: datetime | None = None
    root_published_at: datetime | None = None

    def side(self, lang: str | None, aliases: dict[int, tuple[str, ...]] | None = None) -> ClaimSide:
        return ClaimSide(
            content=self.content, speaker=self.speaker, speaker_id=self.speaker_id, kind=self.kind,
            speaker_kind=self.speaker_kind, lang=lang,
            aliases=(aliases or {}).get(self.speaker_id or -1, ()), stored_tokens=self.match_tokens,
        )  # fmt: skip


@lru_cache(maxsize=65_536)
def _neutral_set(match_tokens: str) -> frozenset[str]:
    """Language-neutral keys of stored tokens (pure; recent claims recur as candidates)."""
    return frozenset(neutral_keys(split_stored(match_tokens)[0].split()))


def _overlap(x: frozenset[str], y: frozenset[str]) -> float:
    """Same as :func:`claims.linking.score.quick_overlap`, on cached key sets."""
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


@dataclass
class Links:
    """What linking one article decided: link rows, cluster edges (claim id pairs), counts."""

    rows: list[dict[str, Any]]
    edges: list[tuple[Row, Row]]
    auto: int = 0
    suggested: int = 0
    via: int = 0


def own_claims(
    session: Session, article_id: int, text: str | None = None, published: datetime | None = None
) -> list[Row]:
    """The article's claims, ``match_tokens`` brought up to date (one executemany when stale).

    With the article's ``text`` (and date), each claim's event anchors are stored with its tokens.
    """
    conn = session.connection()
    rows = []
    stale = []
    for *cols, start, end, role in conn.execute(_OWN, {"a": article_id}):
        r = Row(*cols)
        toks = tokens(r.content)
        if text is not None:
            anchors = claim_anchors(text, start, end, published, r.speaker, r.kind, role or "")
            stored = join_stored(toks, anchors)
        else:
            stored = " ".join(toks)
        if r.match_tokens != stored:
            r = Row(**{**r.__dict__, "match_tokens": stored})
            stale.append((stored, r.id))
        rows.append(r)
    if stale:
        mark = "%s" if conn.dialect.name == "postgresql" else "?"
        sql = f"UPDATE claim SET match_tokens = {mark} WHERE id = {mark}"
        conn.exec_driver_sql(sql, stale)  # type: ignore[arg-type]
        for toks, claim_id in stale:
            _set_loaded(session, claim_id, "match_tokens", toks)
    return rows


def _set_loaded(session: Session, claim_id: int, attr: str, value: object) -> None:
    """Keep a Claim already in the session's identity map in step with a driver-level write."""
    obj = session.identity_map.get(session.identity_key(Claim, claim_id))
    if obj is not None:
        set_committed_value(obj, attr, value)


def candidates(session: Session, claims: list[Row]) -> dict[int, list[int]]:
    """Each claim's candidate ids from the band table; indexes the claims' own bands as well."""
    found = band_keys_many([_neutral_set(c.match_tokens or "") for c in claims], space="claim")
    keys = {c.id: ks for c, ks in zip(claims, found, strict=True)}
    hits = index.claim_hits(session, [k for ks in keys.values() for k in ks])
    own = set(keys)
    out = {c.id: [i for i in index.rank_candidates(hits, keys[c.id]) if i not in own] for c in claims}
    index.add_claims(session, keys)
    return out


def read(session: Session, ids: set[int]) -> dict[int, Row]:
    return {r[0]: Row(*r) for r in session.connection().execute(_CANDIDATES, {"ids": sorted(ids)})}


def prefilter(
    claims: list[Row], cand_ids: dict[int, list[int]], others: dict[int, Row]
) -> dict[int, list[Row]]:
    """The cheap pass: language-neutral overlap only, before aliases, fingerprints and full scores."""
    survivors: dict[int, list[Row]] = {}
    for c in claims:
        mine = _neutral_set(c.match_tokens or "")
        for oid in cand_ids[c.id]:
            o = others.get(oid)
            if o is not None and _overlap(mine, _neutral_set(o.match_tokens or "")) >= PREFILTER_DICE:
                survivors.setdefault(c.id, []).append(o)
    return survivors


def aliases(session: Session, ids: set[int]) -> dict[int, tuple[str, ...]]:
    if not ids:
        return {}
    rows = session.connection().execute(_ALIASES, {"ids": sorted(ids)})
    return {i: (name, *(more or ())) for i, name, more in rows}


def known(
    session: Session, claim_ids: list[int], fps: list[int]
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """(pairs already linked, rejected fingerprint pairs) touching the article's claims."""
    existing: set[tuple[int, int]] = set()
    rejected: set[tuple[int, int]] = set()
    for tag, a, b in session.connection().execute(_KNOWN, {"ids": claim_ids, "fps": sorted(set(fps))}):
        if tag:
            rejected.add((a, b))  # stored as an ordered pair already
        elif a is not None and b is not None:
            existing.add(index.pair(a, b))
    return existing, rejected


def write_links(session: Session, rows: list[dict[str, Any]]) -> None:
    """All of the article's link rows in one INSERT."""
    if rows:
        now = utcnow()
        stamped = [r | {"created_at": now, "updated_at": now} for r in rows]
        session.connection().execute(insert(_XREF), stamped)


def merge_clusters(
    session: Session, edges: list[tuple[Row, Row]], article_published: datetime | None
) -> None:
    """Join the clusters of each auto-linked pair under their earliest canonical member.

    Union-find over canonical members (a singleton is its own); each component's winner is the
    earliest by :func:`clusters.order_key`, as with link-by-link merges. One executemany moves the
    members of every other canonical member (and the singletons) under the winner.
    """
    if not edges:
        return
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    keys: dict[int, tuple[datetime, datetime, int]] = {}
    clustered: set[int] = set()  # roots that already head a cluster
    for a, b in edges:  # ``a`` is the new article's claim, ``b`` a candidate
        ra, rb = _root_of(a, article_published, keys, clustered), _root_of(b, b.published_at, keys, clustered)
        parent[find(ra)] = find(rb)
    missing = [r for r in parent if r not in keys]
    if missing:  # an own claim's cluster headed by a claim neither read here (a re-link)
        for i, published, created in session.connection().execute(_ROOTS, {"ids": missing}):
            keys[i] = clusters.order_key(published, created, i)
    groups: dict[int, list[int]] = {}
    for r in parent:
        groups.setdefault(find(r), []).append(r)
    params = []
    for members in groups.values():
        if len(members) == 1 and members[0] in clustered:
            continue  # both sides were already in one cluster
        known = [r for r in members if r in keys] or members  # a canonical member since deleted never wins
        winner = min(known, key=lambda r: keys.get(r, clusters.order_key(None, None, r)))
        params.extend((winner, r, r, winner) for r in members)
    if params:
        conn = session.connection()
        mark = "%s" if conn.dialect.name == "postgresql" else "?"
        sql = _MERGE.replace("{m}", mark)
        conn.exec_driver_sql(sql, params)  # type: ignore[arg-type]


def _root_of(
    x: Row, published: datetime | None, keys: dict[int, tuple[datetime, datetime, int]], clustered: set[int]
) -> int:
    """``x``'s canonical member (``published``: its article's date), noting its order key when known."""
    if x.cluster_id is None or x.cluster_id == x.id:
        keys.setdefault(x.id, clusters.order_key(published, x.created_at, x.id))
        if x.cluster_id is not None:
            clustered.add(x.id)
        return x.id
    clustered.add(x.cluster_id)
    if x.root_created_at is not None:  # a candidate: its canonical member was read with it
        root = clusters.order_key(x.root_published_at, x.root_created_at, x.cluster_id)
        keys.setdefault(x.cluster_id, root)
    return x.cluster_id
