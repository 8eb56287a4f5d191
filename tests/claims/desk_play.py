"""A desk that reviews ingested fixture articles the way its hand-written gold says, through the library.

For each stored claim the desk finds the gold claim with the same content (the scorer's own
matching); an editor corrects the speaker, span or cue where the extractor got them wrong, then a
reviewer decides Verified (some Disputed, with a note and a link). The desk is strict: a speaker
named by a title or a short form is corrected to the gold's canonical name. Claims no gold claim matches are
marked Not a claim. Gold claims nobody matched are added by a desk member, as the dashboard's "add a
missed claim" stores them (``extractor == "reviewer"``), and verified.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from claims import repository, review
from claims.actors import Login
from claims.models import Article, Claim
from claims.provenance import REVIEWER_EXTRACTOR
from claims.scoring import match
from claims.types import ReviewStatus
from tests.factories import login_as

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
# the shared scorer beside the repository (a clone next to ../shared), or beside a worktree's parent
SHARED_SCORER = next(
    (
        p
        for p in (d / "shared" / "tools" / "score_claims.py" for d in (ROOT.parent, ROOT.parents[1]))
        if p.exists()
    ),
    ROOT.parent / "shared" / "tools" / "score_claims.py",
)
DECIDED_AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@dataclass
class Played:
    """What the desk did on one article."""

    verified: int = 0
    disputed: int = 0
    not_a_claim: int = 0
    corrected: int = 0
    added: int = 0
    unplaced: int = 0  # missed gold claims whose content is not in the stored text (not added)


def fixture_gold(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / "gold" / f"{name}.json").read_text(encoding="utf-8"))


def desk_logins(session: Session) -> tuple[Login, Login]:
    """A reviewer and an editor with live logins (committed)."""
    logins = login_as(session, "rana", "reviewer"), login_as(session, "omar", "editor")
    session.commit()
    return logins


def add_missed(session: Session, article: Article, gold: dict[str, Any], *, kind: str) -> Claim:
    """A claim the extractor missed, added by a desk member (stand-in for the dashboard's add)."""
    start = article.text.index(gold["content"])
    speaker_kind = gold.get("speaker_kind", "outlet")
    entity = repository.upsert_entity(session, name=gold["speaker"], kind=speaker_kind)
    claim = Claim(
        article_id=article.id,  # type: ignore[arg-type]
        speaker_id=entity.id,
        speaker=gold["speaker"],
        speaker_kind=speaker_kind,
        cue=gold.get("cue", ""),
        content=gold["content"],
        start=start,
        end=start + len(gold["content"]),
        kind=kind,
        via=gold.get("via", ""),
        extractor=REVIEWER_EXTRACTOR,
        extractor_version="desk",
    )
    session.add(claim)
    session.flush()
    return claim


def play(
    session: Session,
    article_id: int,
    gold: dict[str, Any],
    *,
    reviewer: Login,
    editor: Login,
    dispute_every: int = 4,
    leave_pending: int = 0,
) -> Played:
    """Review every claim of ``article_id`` after ``gold``; the first ``leave_pending`` stay undecided."""
    article = session.get(Article, article_id)
    assert article is not None
    claims = repository.claims_of(session, article_id=article_id)
    played = Played()
    now = DECIDED_AT
    todo: list[tuple[Claim, dict[str, Any] | None]] = []
    for is_event, gold_items in ((False, gold["claims"]), (True, gold.get("events", []))):
        mine = [c for c in claims if (c.kind == "event") == is_event]
        pairs = match(gold_items, [{"speaker": c.speaker, "content": c.content} for c in mine], None)
        matched = {pi: gi for gi, pi, _ in pairs}
        todo += [(c, gold_items[matched[i]] if i in matched else None) for i, c in enumerate(mine)]
        for gi, g in enumerate(gold_items):
            if gi in {gi for gi, _, _ in pairs}:
                continue
            if g["content"] not in article.text:  # the cleaner changed the text the gold was written on
                played.unplaced += 1
                continue
            todo.append((add_missed(session, article, g, kind="event" if is_event else g["kind"]), g))
            played.added += 1
    for n, (claim, g) in enumerate(todo):
        now += timedelta(minutes=1)
        assert claim.id is not None
        if n < leave_pending:
            continue
        if g is None:
            review.decide(session, claim_id=claim.id, actor=reviewer, verdict=ReviewStatus.NOT_A_CLAIM,
                          version=claim.version, now=now)  # fmt: skip
            played.not_a_claim += 1
            continue
        changes: dict[str, Any] = {}
        if "speaker_kind" in g and claim.speaker != g["speaker"]:  # a strict desk: the gold's canonical name
            changes["speaker"] = g["speaker"]
        if claim.content != g["content"] and g["content"] in article.text:
            changes["start"] = article.text.index(g["content"])
            changes["end"] = changes["start"] + len(g["content"])
        if "cue" in g and claim.cue != g["cue"] and g["cue"]:
            changes["cue"] = g["cue"]
        if changes:
            claim = review.correct(session, claim_id=claim.id, actor=editor, version=claim.version, now=now,
                                   **changes)  # fmt: skip
            played.corrected += 1
        assert claim.id is not None
        if n % dispute_every == dispute_every - 1:
            review.decide(session, claim_id=claim.id, actor=reviewer, verdict=ReviewStatus.DISPUTED,
                          version=claim.version, note="the ministry denied it", now=now,
                          evidence_urls=["https://example.org/denial"])  # fmt: skip
            played.disputed += 1
        else:
            review.decide(session, claim_id=claim.id, actor=reviewer, verdict=ReviewStatus.VERIFIED,
                          version=claim.version, now=now)  # fmt: skip
            played.verified += 1
    session.flush()
    return played


def article_id_of(session: Session, name: str) -> int:
    """The stored id of the fixture article ``name`` (ingested from fixtures/articles)."""
    for article in session.exec(select(Article)).all():
        if article.canonical_url.endswith(f"/{name}.txt"):
            assert article.id is not None
            return article.id
    raise LookupError(name)
