"""The desk's decisions as gold files: the shared gold format, built from reviewed articles.

Why: reviewers' verdicts and corrections say what the right extraction of an article is, so an
article whose claims are all decided is a gold file the extractor can be scored on
(``score_claims.py``, ``claims quality``) — on the desk's own outlets and speakers, not only on the
fixtures. The format is exactly ``../shared/gold/*.json`` (claims-guideline.md):

- ``claims``: Verified and Disputed attributions as corrected, and claims a desk member added
  (``claims.provenance``); ``events``: the outlet's own assertions with those statuses. Not a claim
  is left out (the extractor was wrong to find it).
- ``aliases``: for each speaker of the gold, the names the article uses for it — the speaker
  mentions of the gold claims the desk kept as extracted, and the names its stored entity is known
  by when the article uses them; a name two speakers share is left out, it would resolve to either.
- ``cross_refs``: the article's related-article teasers; ``boilerplate``: the chrome cleaning dropped.

An article counts as complete when every claim is decided (Verified, Disputed or Not a claim), at
least one. ``include_partial`` also takes articles with pending claims; their gold holds only what
was decided (and added), so scoring on them under-counts the extractor's precision.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from claims.actors import Actor
from claims.auth import Action, authorize
from claims.errors import InputError
from claims.models import Article, Claim, CrossReference, Entity
from claims.provenance import is_reviewer_added
from claims.text.normalize import normalize_for_matching
from claims.types import LANGS, ClaimKind, ReviewStatus
from claims.urls import site_domain

GOLD_STATUSES = (ReviewStatus.VERIFIED.value, ReviewStatus.DISPUTED.value)
_GROUP_JOIN = re.compile(r"\s*\+\s*")
_OURS = re.compile(r"^\d+\.(?:json|txt)$")  # the files an export writes: <article id>.json / .txt


@dataclass(frozen=True)
class GoldScope:
    """Which articles' decisions become gold: stored since ``since``, in ``lang``, complete or not."""

    since: datetime | None = None  # Article.fetched_at on or after (UTC)
    lang: str | None = None
    include_partial: bool = False

    def __post_init__(self) -> None:
        if self.lang is not None and self.lang not in LANGS:
            raise InputError(f"unknown language {self.lang!r}: choose {' or '.join(LANGS)}")


@dataclass(frozen=True)
class GoldArticle:
    """One article's gold record (``record``, the shared format) and what it was made of."""

    article: Article
    record: dict[str, Any]
    added: int  # gold attributions a desk member added
    complete: bool


@dataclass(frozen=True)
class GoldExport:
    """What ``export_gold`` wrote."""

    articles: int
    claims: int
    events: int
    added: int
    partial: int  # articles written with pending claims (only with include_partial)
    left_out: int  # articles with decisions but pending claims, left out (without include_partial)


def start_of(value: date | datetime) -> datetime:
    """A ``--since`` bound as an aware UTC instant: a date means the start of that day."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.combine(value, time.min, tzinfo=UTC)


def source_name(article_id: int) -> str:
    """The ``source`` of an article's gold file and the name of its text file: ``<id>.txt``."""
    return f"{article_id}.txt"


def gold_article_ids(session: Session, scope: GoldScope) -> tuple[list[int], int]:
    """Articles with at least one decision, oldest first: (the ones in scope, how many partial left out)."""
    pending = func.sum(case((col(Claim.status) == ReviewStatus.PENDING.value, 1), else_=0))
    decided = func.sum(case((col(Claim.status) != ReviewStatus.PENDING.value, 1), else_=0))
    query = (
        select(Claim.article_id, pending, decided)
        .join(Article, col(Article.id) == col(Claim.article_id))
        .group_by(col(Claim.article_id))
        .order_by(col(Claim.article_id))
    )
    if scope.since is not None:
        query = query.where(col(Article.fetched_at) >= scope.since)
    if scope.lang is not None:
        query = query.where(col(Article.lang) == scope.lang)
    ids: list[int] = []
    left_out = 0
    for article_id, n_pending, n_decided in session.exec(query).all():
        if not n_decided:
            continue
        if n_pending and not scope.include_partial:
            left_out += 1
            continue
        ids.append(int(article_id))
    return ids, left_out


def in_gold(claim: Claim) -> bool:
    """A claim the desk stands behind as extracted: Verified, Disputed, or added by a desk member."""
    if claim.status in GOLD_STATUSES:
        return True
    return is_reviewer_added(claim) and claim.status == ReviewStatus.PENDING.value


def gold_articles(session: Session, scope: GoldScope) -> Iterator[GoldArticle]:
    """The gold record of every article in ``scope``, in id order."""
    ids, _ = gold_article_ids(session, scope)
    for article_id in ids:
        article = session.get(Article, article_id)
        assert article is not None
        claims = list(
            session.exec(
                select(Claim).where(Claim.article_id == article_id).order_by(col(Claim.start), col(Claim.id))
            ).all()
        )
        yield gold_article(session, article, claims)


def gold_article(session: Session, article: Article, claims: Sequence[Claim]) -> GoldArticle:
    """``article``'s gold record from its ``claims`` (all of them; this picks the gold ones)."""
    assert article.id is not None
    kept = [c for c in claims if in_gold(c)]
    attributions = [c for c in kept if c.kind != ClaimKind.EVENT.value]
    events = [c for c in kept if c.kind == ClaimKind.EVENT.value]
    teasers = session.exec(
        select(CrossReference.text)
        .where(CrossReference.from_article_id == article.id, CrossReference.kind == "related")
        .order_by(col(CrossReference.id))
    ).all()
    record: dict[str, Any] = {
        "source": source_name(article.id),
        "lang": article.lang,
        "outlet": article.outlet or site_domain(article.url) or "",
        "title": article.title,
        "aliases": aliases(session, article, attributions),
        "claims": [
            {
                "speaker": c.speaker,
                "speaker_kind": c.speaker_kind,
                "kind": c.kind,
                "cue": c.cue,
                "content": c.content,
                "via": c.via,
            }
            for c in attributions
        ],
        "events": [{"speaker": c.speaker, "content": c.content} for c in events],
        "cross_refs": [t for t in teasers if t and t.strip()],
        "boilerplate": list(article.boilerplate or []),
    }
    return GoldArticle(
        article=article,
        record=record,
        added=sum(1 for c in attributions if is_reviewer_added(c)),
        complete=all(c.status != ReviewStatus.PENDING.value for c in claims),
    )


def aliases(session: Session, article: Article, claims: Sequence[Claim]) -> dict[str, list[str]]:
    """Each gold speaker's other names in this article, as the gold format lists them.

    The speaker mention of a claim the desk kept as extracted names its speaker. A claim whose
    speaker an editor corrected gives none: the pair (extracted, corrected) is the extractor's
    measured error, and an alias from it would quietly forgive that error in every later score (the
    words the extractor took for the speaker can be wrong even with the right span; ``the Pakistan
    Meteorological Department`` is part of ``spokesperson for the Pakistan Meteorological
    Department`` and is not that person). The names the speaker's stored entity is known by count
    when the article uses them. Only speakers are keys: a key is a name of its own, so an
    intermediary's name as written (``Syrian state news agency Sana``) listed as a key would stop it
    resolving to the speaker ``Sana`` it names.
    """
    text_key = normalize_for_matching(article.text)
    found: dict[str, list[str]] = {}

    def note(canonical: str, name: str) -> None:
        name = name.strip()
        if name and name != canonical and name not in found[canonical]:
            found[canonical].append(name)

    entity_ids: dict[str, set[int]] = {}
    for claim in claims:
        parts = [p.strip() for p in _GROUP_JOIN.split(claim.speaker) if p.strip()]
        for part in parts:
            found.setdefault(part, [])
        if len(parts) != 1:
            continue  # a group's mention ("الجانبان") names no one of them
        if claim.speaker_id is not None:
            entity_ids.setdefault(parts[0], set()).add(claim.speaker_id)
        if not claim.corrected:
            note(parts[0], claim.speaker_mention)
    wanted = {i for ids in entity_ids.values() for i in ids}
    entities = (
        {e.id: e for e in session.exec(select(Entity).where(col(Entity.id).in_(wanted))).all()}
        if wanted
        else {}
    )
    for canonical, ids in entity_ids.items():
        for entity_id in sorted(ids):
            entity = entities.get(entity_id)
            if entity is None:
                continue
            for name in [entity.canonical_name, *entity.aliases]:
                if _occurs(normalize_for_matching(name), text_key):
                    note(canonical, name)
    return _unambiguous(found)


def _occurs(key: str, text_key: str) -> bool:
    """``key`` is in ``text_key`` as whole words, allowing a leading clitic (``وخاجي``, ``لخاجي``)."""
    return bool(key) and re.search(rf"(?<!\w)[وفبلك]?{re.escape(key)}(?!\w)", text_key) is not None


def _unambiguous(found: dict[str, list[str]]) -> dict[str, list[str]]:
    """Drop a name listed under two speakers, a speaker's own name, and repeats after normalisation."""
    owners: dict[str, set[str]] = {}
    for canonical, names in found.items():
        for name in names:
            owners.setdefault(normalize_for_matching(name), set()).add(canonical)
    canon_keys = {normalize_for_matching(c): c for c in found}
    out: dict[str, list[str]] = {}
    for canonical, names in found.items():
        seen = {normalize_for_matching(canonical)}
        kept: list[str] = []
        for name in names:
            key = normalize_for_matching(name)
            if key in seen or len(owners[key]) > 1 or canon_keys.get(key, canonical) != canonical:
                continue
            seen.add(key)
            kept.append(name)
        out[canonical] = kept
    return out


def export_gold(
    session: Session, *, actor: Actor, out_dir: Path, scope: GoldScope, now: datetime | None = None
) -> GoldExport:
    """Write ``out_dir/texts/<id>.txt`` (the stored text, byte for byte) and ``out_dir/gold/<id>.json``.

    ``out_dir`` ends up holding exactly this export: files of an earlier export (``<id>.json`` and
    ``<id>.txt``) for articles no longer in scope are removed, so ``score_claims.py --gold DIR/gold``
    scores on the desk's gold as it is now. Other files are left alone. Exporting needs the right to
    export (an editor's live login, or the operator at the command line).
    """
    authorize(session, actor, Action.EXPORT, now)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"{out_dir} is a file, not a folder")
    texts, golds = out_dir / "texts", out_dir / "gold"
    texts.mkdir(parents=True, exist_ok=True)
    golds.mkdir(parents=True, exist_ok=True)
    _, left_out = gold_article_ids(session, scope)
    written: set[str] = set()
    n_articles = n_claims = n_events = n_added = n_partial = 0
    for item in gold_articles(session, scope):
        assert item.article.id is not None
        name = str(item.article.id)
        _write_atomic(texts / f"{name}.txt", item.article.text.encode("utf-8"))
        body = json.dumps(item.record, ensure_ascii=False, indent=1) + "\n"
        _write_atomic(golds / f"{name}.json", body.encode("utf-8"))
        written.update({f"{name}.txt", f"{name}.json"})
        n_articles += 1
        n_claims += len(item.record["claims"])
        n_events += len(item.record["events"])
        n_added += item.added
        n_partial += not item.complete
    for folder in (texts, golds):
        for path in folder.iterdir():
            if path.is_file() and _OURS.match(path.name) and path.name not in written:
                path.unlink()
    return GoldExport(n_articles, n_claims, n_events, n_added, n_partial, left_out)


def _write_atomic(path: Path, data: bytes) -> None:
    """Write beside ``path`` and move into place: an interrupted export never leaves half a file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
