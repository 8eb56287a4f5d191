"""Clusters of the same claim, and the reviewer's confirm / reject decisions on links.

A cluster is a connected component of *accepted* same-claim links (``auto`` or ``confirmed``,
kinds ``same_claim`` and ``via``); every member's ``cluster_id`` is the id of its canonical member,
the earliest claim (earliest article publication, then earliest stored). Singletons keep ``None``.
A rejected pair is remembered by the claims' fingerprints, so it is never suggested again, even
after the article is extracted anew. The trail is the link row's ``decided_by``/``updated_at`` and the
rejection row: no ``ReviewEvent`` is written, because an event on a pending claim would make
``repository.replace_claims`` fail on the foreign key when the article is extracted again.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from claims.errors import InputError
from claims.linking.index import fingerprint, pair
from claims.models import Article, Claim, CrossReference, LinkRejection, utcnow
from claims.priority import refresh_priorities

ACCEPTED = ("auto", "confirmed")
CLAIM_KINDS = ("same_claim", "via")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _aware(value: datetime | None) -> datetime:
    if value is None:
        return _EPOCH
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _order_key(
    session: Session, claims: list[Claim], known: dict[int, datetime | None] | None = None
) -> dict[int, tuple[datetime, datetime, int]]:
    """Sort keys for "earliest": the article's publication (else the claim's storage), then storage, then id.

    ``known`` maps article ids to publication times the caller already read (saves a query).
    """
    published = dict(known or {})
    missing = {m.article_id for m in claims} - set(published)
    if missing:
        published.update(
            session.execute(
                select(Article.id, Article.published_at).where(col(Article.id).in_(missing))
            ).all()
        )
    return {c.id or 0: order_key(published.get(c.article_id), c.created_at, c.id or 0) for c in claims}


def order_key(
    published: datetime | None, created: datetime | None, claim_id: int
) -> tuple[datetime, datetime, int]:
    """A claim's place in "earliest" order; the cluster's canonical member has the least."""
    return (_aware(published) if published else _aware(created), _aware(created), claim_id)


def _canonical(
    session: Session, members: list[Claim], known: dict[int, datetime | None] | None = None
) -> Claim:
    keys = _order_key(session, members, known)
    return min(members, key=lambda c: keys[c.id or 0])


def merge(session: Session, a: Claim, b: Claim, known: dict[int, datetime | None] | None = None) -> None:
    """Put ``a`` and ``b`` (and their clusters) in one cluster under the earliest claim.

    Each cluster's canonical member is its root, so only the two roots are compared, and members
    move with one UPDATE (no member is loaded).
    """
    roots = {a.cluster_id or a.id, b.cluster_id or b.id}
    if len(roots) == 1 and a.cluster_id is not None:
        return
    root_claims = [r for r in (session.get(Claim, i) for i in roots) if r is not None]
    winner = _canonical(session, root_claims, known).id
    ids = sorted(i for i in roots | {a.id, b.id} if i is not None)
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    session.execute(  # plain SQL: the ORM's statement building cost more than the update itself
        text(
            f"UPDATE claim SET cluster_id = :w WHERE (cluster_id IN ({marks}) OR id IN ({marks})) "
            "AND (cluster_id IS NULL OR cluster_id <> :w)"  # members already under the winner stay untouched
        ),
        {"w": winner, **{f"i{n}": i for n, i in enumerate(ids)}},
    )
    for c in (a, b, *root_claims):
        set_committed_value(c, "cluster_id", winner)


def recluster(session: Session, claim_ids: Iterable[int]) -> None:
    """Recompute the clusters touching ``claim_ids`` from the accepted links (after a rejection)."""
    seed = set(claim_ids)
    roots = {
        c.cluster_id for c in session.exec(select(Claim).where(col(Claim.id).in_(seed))).all() if c.cluster_id
    }
    members = {c.id: c for c in session.exec(select(Claim).where(col(Claim.id).in_(seed))).all()}
    if roots:
        members |= {
            c.id: c for c in session.exec(select(Claim).where(col(Claim.cluster_id).in_(roots))).all()
        }
    ids = set(members)
    links = session.exec(
        select(CrossReference).where(
            col(CrossReference.kind).in_(CLAIM_KINDS),
            col(CrossReference.state).in_(ACCEPTED),
            col(CrossReference.from_claim_id).in_(ids),
            col(CrossReference.to_claim_id).in_(ids),
        )
    ).all()
    adj: dict[int, set[int]] = {i: set() for i in ids}
    for x in links:
        assert x.from_claim_id is not None and x.to_claim_id is not None
        adj[x.from_claim_id].add(x.to_claim_id)
        adj[x.to_claim_id].add(x.from_claim_id)
    seen: set[int] = set()
    for start in ids:
        if start in seen:
            continue
        comp, stack = [], [start]
        while stack:
            node = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            comp.append(members[node])
            stack.extend(adj[node] - seen)
        canon_id = _canonical(session, comp).id if len(comp) > 1 else None
        for m in comp:
            if m.cluster_id != canon_id:
                m.cluster_id = canon_id
                session.add(m)


def _members(session: Session, claim_ids: list[int]) -> list[int]:
    """The claims and every member of their clusters (before a split, for the priority refresh)."""
    roots = [r for r in session.exec(select(Claim.cluster_id).where(col(Claim.id).in_(claim_ids))).all() if r]
    more = session.exec(select(Claim.id).where(col(Claim.cluster_id).in_(roots))).all() if roots else []
    return sorted({*claim_ids, *(i for i in more if i is not None)})


def regroup(session: Session, *, cluster_ids: Iterable[int]) -> None:
    """Recompute the given clusters from their remaining members (after claims were deleted)."""
    session.flush()
    members = [
        i
        for i in session.exec(select(Claim.id).where(col(Claim.cluster_id).in_(set(cluster_ids)))).all()
        if i
    ]
    if members:
        recluster(session, members)
        session.flush()
        refresh_priorities(session, claim_ids=members)


def _load(session: Session, xref_id: int) -> CrossReference:
    xref = session.get(CrossReference, xref_id)
    if xref is None:
        raise InputError(f"no cross-reference {xref_id}")
    return xref


def confirm_link(session: Session, *, xref_id: int, user: str) -> CrossReference:
    """The reviewer accepts a link: state ``confirmed``; same-claim links join the clusters."""
    xref = _load(session, xref_id)
    if xref.state == "rejected":
        raise InputError(
            f"cross-reference {xref_id} was rejected by {xref.decided_by}; it cannot be confirmed"
        )
    xref.state, xref.decided_by, xref.updated_at = "confirmed", user, utcnow()
    session.add(xref)
    if xref.kind in CLAIM_KINDS and xref.from_claim_id and xref.to_claim_id:
        a, b = session.get(Claim, xref.from_claim_id), session.get(Claim, xref.to_claim_id)
        if a is not None and b is not None:
            merge(session, a, b)
            session.flush()
            refresh_priorities(session, claim_ids=[xref.from_claim_id, xref.to_claim_id])
    session.flush()
    return xref


def reject_link(session: Session, *, xref_id: int, user: str) -> CrossReference:
    """The reviewer refuses a link: state ``rejected``, remembered for the pair, clusters recomputed."""
    xref = _load(session, xref_id)
    before = xref.state
    xref.state, xref.decided_by, xref.updated_at = "rejected", user, utcnow()
    session.add(xref)
    if xref.from_claim_id and xref.to_claim_id:
        a, b = session.get(Claim, xref.from_claim_id), session.get(Claim, xref.to_claim_id)
        if a is not None and b is not None:
            fa, fb = pair(
                fingerprint(a.article_id, a.content, a.speaker),
                fingerprint(b.article_id, b.content, b.speaker),
            )
            if session.get(LinkRejection, (fa, fb)) is None:
                session.add(LinkRejection(a_fp=fa, b_fp=fb, decided_by=user))
            session.flush()
            if before in ACCEPTED and xref.kind in CLAIM_KINDS:
                members = _members(session, [a.id or 0, b.id or 0])
                recluster(session, [a.id or 0, b.id or 0])
                session.flush()
                refresh_priorities(session, claim_ids=members)
    session.flush()
    return xref
