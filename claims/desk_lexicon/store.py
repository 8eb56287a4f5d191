"""The desk lexicon in the database: proposals from history, editors' decisions, the layer extraction uses.

Proposals are computed, never typed: :func:`refresh_proposals` reads the review history (speaker
and cue corrections, claims a reviewer added) and stores what :func:`~claims.desk_lexicon.proposals.propose`
finds, once per lesson (``key``: a rejected lesson is not proposed again). Only editors (and admins)
accept, edit or reject, checked here at the moment of the act (:func:`claims.auth.acting_user`);
every decision appends a :class:`~claims.models.DeskLexiconChange` whose id is the new revision.
:func:`current_layer` gives the accepted entries as a :class:`~claims.extract.LexiconLayer`, cached
per database and revision, so ingestion reads two small queries per run and never re-merges.
Nothing here commits.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from claims.actors import Actor
from claims.auth import Action, acting_user
from claims.desk_lexicon.proposals import Lesson, propose
from claims.errors import InputError
from claims.extract.layered import ArabicLexicon, EnglishLexicon, LexiconError, LexiconLayer
from claims.models import Article, Claim, DeskLexiconChange, DeskLexiconEntry, ReviewEvent, utcnow
from claims.provenance import REVIEWER_EXTRACTOR

PROPOSED, ACCEPTED, REJECTED = "proposed", "accepted", "rejected"
_MODELS: dict[str, type[ArabicLexicon] | type[EnglishLexicon]] = {"ar": ArabicLexicon, "en": EnglishLexicon}


@dataclass(frozen=True)
class Taught:
    """A lesson with where it came from: the claim, the event, who made it and when."""

    lesson: Lesson
    claim_id: int
    event_id: int | None
    actor: str
    at: datetime


def lessons(session: Session) -> Iterator[Taught]:
    """Every correction of a speaker or a cue, and every claim a reviewer added, oldest first."""
    corrections = session.exec(
        select(ReviewEvent, Claim, Article)
        .join(Claim, col(Claim.id) == ReviewEvent.claim_id)
        .join(Article, col(Article.id) == Claim.article_id)
        .where(col(ReviewEvent.action) == "correct")
        .order_by(col(ReviewEvent.id))
    ).all()
    for event, claim, article in corrections:
        before, after = event.before or {}, event.after or {}
        if before.get("speaker") == after.get("speaker") and before.get("cue") == after.get("cue"):
            continue
        assert claim.id is not None
        yield Taught(
            Lesson(
                lang=article.lang,
                text=article.text,
                start=int(after.get("start", claim.start)),
                end=int(after.get("end", claim.end)),
                speaker=str(after.get("speaker") or claim.speaker),
                speaker_kind=claim.speaker_kind,
                cue=str(after.get("cue") if after.get("cue") != before.get("cue") else ""),
                extracted_speaker=str(before.get("speaker") or ""),
                extracted_mention=claim.speaker_mention
                if before.get("speaker") == _first_speaker(session, claim)
                else "",
                extracted_cue=str(before.get("cue") or ""),
            ),
            claim.id,
            event.id,
            event.actor,
            event.at,
        )
    added = session.exec(
        select(Claim, Article)
        .join(Article, col(Article.id) == Claim.article_id)
        .where(col(Claim.extractor) == REVIEWER_EXTRACTOR, col(Claim.kind) != "event")
        .order_by(col(Claim.id))
    ).all()
    for claim, article in added:
        assert claim.id is not None
        first = session.exec(
            select(ReviewEvent).where(col(ReviewEvent.claim_id) == claim.id).order_by(col(ReviewEvent.id))
        ).first()
        yield Taught(
            Lesson(
                lang=article.lang,
                text=article.text,
                start=claim.start,
                end=claim.end,
                speaker=claim.speaker,
                speaker_kind=claim.speaker_kind,
                cue=claim.cue,
            ),
            claim.id,
            first.id if first else None,
            first.actor if first else (claim.reviewed_by or ""),
            first.at if first else claim.created_at,
        )


def _first_speaker(session: Session, claim: Claim) -> str:
    """The speaker the extractor gave (before any correction): only then is its mention the extractor's."""
    first = session.exec(
        select(ReviewEvent)
        .where(col(ReviewEvent.claim_id) == claim.id, col(ReviewEvent.action) == "correct")
        .order_by(col(ReviewEvent.id))
    ).first()
    return str((first.before or {}).get("speaker", "")) if first else claim.speaker


def _key(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def refresh_proposals(session: Session, *, now: datetime | None = None) -> list[DeskLexiconEntry]:
    """Store the proposals the history teaches that are not stored yet (in any state); returns them."""
    known = set(session.exec(select(DeskLexiconEntry.lang, DeskLexiconEntry.key)).all())
    added: list[DeskLexiconEntry] = []
    for taught in lessons(session):
        lang = taught.lesson.lang
        if lang not in _MODELS:
            continue
        for proposal in propose(taught.lesson):
            key = _key(proposal.data)
            if (lang, key) in known or len(key) > 1000:
                continue
            _validate(lang, proposal.data)
            entry = DeskLexiconEntry(
                lang=lang,
                kind=proposal.kind,
                key=key,
                data=proposal.data,
                summary=proposal.summary,
                claim_id=taught.claim_id,
                event_id=taught.event_id,
                proposed_by=taught.actor,
                proposed_at=taught.at or now or utcnow(),
            )
            known.add((lang, key))
            try:  # two pages refreshing at once: the other one stored this lesson first
                with session.begin_nested():
                    session.add(entry)
            except IntegrityError:
                continue
            added.append(entry)
    session.flush()
    return added


def list_entries(session: Session, *, status: str | None = None) -> list[DeskLexiconEntry]:
    """Proposals first (newest first), then decided entries by their last decision."""
    query = select(DeskLexiconEntry)
    if status:
        query = query.where(col(DeskLexiconEntry.status) == status)
    rows = list(session.exec(query).all())
    rows.sort(key=lambda e: (e.status != PROPOSED, -(e.revision or 0), -(e.id or 0)))
    return rows


def changes(session: Session, *, entry_id: int) -> list[DeskLexiconChange]:
    return list(
        session.exec(
            select(DeskLexiconChange)
            .where(col(DeskLexiconChange.entry_id) == entry_id)
            .order_by(col(DeskLexiconChange.id))
        ).all()
    )


def current_revision(session: Session) -> int:
    """The desk lexicon's revision: the id of its last decision (0 before any)."""
    return int(session.exec(select(func.max(DeskLexiconChange.id))).one() or 0)


def accept(session: Session, *, entry_id: int, actor: Actor, now: datetime | None = None) -> DeskLexiconEntry:
    """An editor accepts an entry: from the next extraction on, it is laid over the built-ins."""
    return _decide(session, entry_id, actor, now, ACCEPTED, "accept", None)


def reject(session: Session, *, entry_id: int, actor: Actor, now: datetime | None = None) -> DeskLexiconEntry:
    """An editor rejects an entry (an accepted one is withdrawn from the next extraction on)."""
    return _decide(session, entry_id, actor, now, REJECTED, "reject", None)


def edit(
    session: Session, *, entry_id: int, actor: Actor, data: dict[str, Any] | str, now: datetime | None = None
) -> DeskLexiconEntry:
    """An editor rewrites an entry (JSON text or a dict, lexicon format) and accepts it as rewritten."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise InputError(f"the entry is not valid JSON: {exc.msg} (line {exc.lineno})") from None
    if not isinstance(data, dict) or not data:
        raise InputError('an entry is a JSON object of lexicon tables, e.g. {"person_titles": ["…"]}')
    return _decide(session, entry_id, actor, now, ACCEPTED, "edit", data)


def _decide(
    session: Session,
    entry_id: int,
    actor: Actor,
    now: datetime | None,
    status: str,
    action: str,
    data: dict[str, Any] | None,
) -> DeskLexiconEntry:
    now = now or utcnow()
    user = acting_user(session, actor, Action.MANAGE_LEXICON, now)
    entry = session.get(DeskLexiconEntry, entry_id)
    if entry is None:
        raise InputError(f"no desk lexicon entry {entry_id}")
    if data is not None:
        _validate(entry.lang, data)
        entry.data = data
    if status == ACCEPTED:  # the whole accepted set must still make one valid lexicon
        others = [e.data for e in _accepted(session, entry.lang) if e.id != entry.id]
        _combined(entry.lang, [*others, entry.data])
    change = DeskLexiconChange(entry_id=entry_id, action=action, actor=user.name, at=now, data=entry.data)
    session.add(change)
    session.flush()
    entry.status = status
    entry.decided_by = user.name
    entry.decided_at = now
    entry.revision = change.id or 0
    session.add(entry)
    session.flush()
    return entry


def _accepted(session: Session, lang: str | None = None) -> list[DeskLexiconEntry]:
    query = select(DeskLexiconEntry).where(col(DeskLexiconEntry.status) == ACCEPTED)
    if lang:
        query = query.where(col(DeskLexiconEntry.lang) == lang)
    return list(session.exec(query.order_by(col(DeskLexiconEntry.id))).all())


def _validate(lang: str, data: dict[str, Any]) -> None:
    model = _MODELS.get(lang)
    if model is None:
        raise InputError(f"no lexicon for language {lang!r}")
    try:
        model.parse(data, source=f"desk entry ({lang})")
    except LexiconError as exc:
        raise InputError(str(exc)) from None


def _combined(lang: str, fragments: Iterable[dict[str, Any]]) -> ArabicLexicon | EnglishLexicon:
    """Fragments as one overlay: word lists and alias lists joined, other table entries replaced."""
    model = _MODELS[lang]
    out: dict[str, Any] = {}
    for fragment in fragments:
        for table, value in fragment.items():
            if isinstance(value, list):
                have = out.setdefault(table, [])
                have.extend(w for w in value if w not in have)
            elif isinstance(value, dict):
                have_d = out.setdefault(table, {})
                for name, item in value.items():
                    if table in ("speaker_aliases", "reporting_verbs") and name in have_d:
                        have_d[name] = [*have_d[name], *(w for w in item if w not in have_d[name])]
                    else:
                        have_d[name] = item
            else:
                out[table] = value
    try:
        return model.parse(out, source=f"desk lexicon ({lang})")
    except LexiconError as exc:
        raise InputError(f"the accepted entries would not make a valid lexicon: {exc}") from None


_layers: dict[tuple[str, int], LexiconLayer] = {}
_layers_lock = threading.Lock()


def current_layer(session: Session) -> LexiconLayer:
    """The accepted entries as one layer over the built-ins, built once per database and revision."""
    revision = current_revision(session)
    bind = session.get_bind()
    key = (str(getattr(bind, "url", "")), revision)
    with _layers_lock:
        cached = _layers.get(key)
    if cached is not None:
        return cached
    accepted = _accepted(session)
    layer = LexiconLayer(
        revision=revision,
        arabic=_combined("ar", [e.data for e in accepted if e.lang == "ar"]),  # type: ignore[arg-type]
        english=_combined("en", [e.data for e in accepted if e.lang == "en"]),  # type: ignore[arg-type]
    )
    with _layers_lock:
        if len(_layers) > 16:
            _layers.clear()
        _layers[key] = layer
    return layer
