"""Review rules: leases, decisions and corrections, safe with two reviewers on one claim.

Every change is one conditional ``UPDATE … WHERE id = :id AND version = :v AND <lease is free or
mine>``; a row count of 0 means someone else got there first, and nothing is overwritten. Leases do
not bump the version (renewing one must not make the reviewer's open form stale); decisions and
corrections do. Works the same on SQLite (writes serialised by the database lock) and PostgreSQL
(the second UPDATE waits for the first's row lock, then re-checks its WHERE). Nothing here commits.

Every call that changes a claim (leases included) takes the acting login (``actor``) and checks
it itself (:func:`claims.auth.acting_user`): live, active, and allowed by the user's current role.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import ColumnElement, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from claims.actors import Actor
from claims.auth import Action, acting_user
from claims.errors import (
    Conflict,
    DuplicateClaim,
    InputError,
    LeaseHeld,
    PermissionDenied,
    ReviewError,
    StaleClaim,
)
from claims.linking import confirm_link, reject_link
from claims.models import Article, Claim, CrossReference, ReviewEvent
from claims.priority import compute_priority, refresh_priorities
from claims.provenance import REVIEWER_EXTRACTOR
from claims.queue import QueueFilter, end_of_day, record_skip, scope
from claims.repository import history, upsert_entity
from claims.search_index import search_text
from claims.ssrf import refusal
from claims.types import ClaimKind, ReviewStatus, SpeakerKind

VERDICT_ACTIONS = {
    ReviewStatus.VERIFIED: "verify",
    ReviewStatus.DISPUTED: "dispute",
    ReviewStatus.NOT_A_CLAIM: "not_a_claim",
}
SNAPSHOT_FIELDS = (
    "status", "speaker", "speaker_role", "speaker_kind", "cue", "start", "end", "content", "kind", "via",
    "corrected", "reviewed_by", "reviewed_at", "version",
)  # fmt: skip
_QUOTED = re.compile(r'["“«„][^"“”«»„]{3,}["”»“]')  # a quoted source: "…", “…”, «…», „…“ (not apostrophes)
_NEXT_BATCH = 10
_NEXT_ROUNDS = 5
ADDED_VERSION = "desk"  # Claim.extractor_version of a claim a desk member added (extractor: REVIEWER_EXTRACTOR)


@dataclass(frozen=True)
class ClaimDetail:
    """A claim with what the reviewer needs to judge it."""

    claim: Claim
    article: Article
    paragraph: tuple[int, int]  # (start, end) in article.text of the paragraph(s) holding the span
    history: list[ReviewEvent]
    lease_note: str | None  # "held by X until HH:MM UTC" when someone else holds it


# ---------------------------------------------------------------- helpers


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line(s) around ``text[start:end]``: from the previous newline to the next one."""
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    return begin, len(text) if stop < 0 else stop


def snapshot(claim: Claim) -> dict[str, Any]:
    """The reviewable fields of a claim, JSON-ready, for an event's before/after."""
    out: dict[str, Any] = {}
    for name in SNAPSHOT_FIELDS:
        value = getattr(claim, name)
        out[name] = value.isoformat() if isinstance(value, datetime) else value
    return out


_HOST_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_TLD = re.compile(r"(xn--[a-z0-9-]{1,59}|[a-z]{2,63})")


def _is_public_host(host: str) -> bool:
    """A host a reader can open: a domain name with a real-looking top-level domain, or a public IP.

    Only for links typed without a scheme: ``example.org/report`` is taken as a host, ``notes/x`` or
    ``localhost`` is not; an IP literal must be one a fetch would also accept (``claims.ssrf``).
    """
    try:
        return refusal(ipaddress.ip_address(host.strip("[]"))) is None
    except ValueError:
        pass
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return False
    labels = ascii_host.rstrip(".").split(".")
    return (
        len(labels) >= 2
        and len(ascii_host) <= 253
        and all(_HOST_LABEL.fullmatch(label) for label in labels)
        and bool(_TLD.fullmatch(labels[-1]))
    )


def normalize_evidence_url(raw: str) -> str:
    """``raw`` stripped; a link typed without a scheme (``example.org/x``) becomes ``https://…``
    when what it starts with is a public host name, since reviewers paste links from address bars
    that hide the scheme. Anything else is returned as typed, for :func:`check_evidence_urls` to judge."""
    url = raw.strip()
    if not url or "://" in url or url.lower().startswith(("mailto:", "javascript:", "data:", "file:")):
        return url
    try:
        host = urlsplit("https://" + url).hostname or ""
    except ValueError:  # e.g. a bracket that is not an IPv6 literal
        return url
    if _is_public_host(host):
        return "https://" + url
    return url


def check_evidence_urls(urls: Sequence[str]) -> list[str]:
    """The non-empty links, normalised (:func:`normalize_evidence_url`), stripped and de-duplicated;
    :class:`ReviewError` unless each is an http(s) URL."""
    out: list[str] = []
    for raw in urls:
        url = normalize_evidence_url(raw)
        if not url:
            continue
        parts = urlsplit(url)
        if (
            parts.scheme.lower() not in ("http", "https")
            or not parts.netloc
            or len(url) > 2000
            or any(ch.isspace() or not ch.isprintable() for ch in url)
        ):
            raise ReviewError(f"evidence links must be http(s) URLs: {url[:80]!r} is not")
        if url not in out:
            out.append(url)
    return out


def _hhmm(when: datetime) -> str:
    return f"{when:%H:%M} UTC"


def _held_by_other(claim: Claim, user: str, now: datetime) -> bool:
    return (
        claim.lease_holder is not None
        and claim.lease_holder != user
        and claim.lease_expires_at is not None
        and claim.lease_expires_at > now
    )


def _lease_note(claim: Claim, now: datetime | None) -> str | None:
    if claim.lease_holder is None or claim.lease_expires_at is None:
        return None
    if now is not None and claim.lease_expires_at <= now:
        return None
    return f"held by {claim.lease_holder} until {_hhmm(claim.lease_expires_at)}"


def _lease_free(user: str, now: datetime) -> ColumnElement[bool]:
    return or_(
        col(Claim.lease_holder).is_(None),
        col(Claim.lease_holder) == user,
        col(Claim.lease_expires_at).is_(None),
        col(Claim.lease_expires_at) <= now,
    )


def _load(session: Session, claim_id: int) -> Claim:
    """The claim as the database has it now (never a stale identity-map copy)."""
    claim = session.get(Claim, claim_id, populate_existing=True)
    if claim is None:
        raise InputError(f"no claim {claim_id}")
    return claim


def _guarded_update(
    session: Session, claim_id: int, where: list[ColumnElement[bool]], values: dict[str, Any]
) -> bool:
    """One conditional UPDATE; True when it changed the row (False: someone else got there first)."""
    stmt = (
        update(Claim)
        .where(col(Claim.id) == claim_id, *where)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    result = session.exec(stmt)  # type: ignore[call-overload]
    session.flush()
    return bool(result.rowcount == 1)


def _raise_if_not_current(session: Session, claim: Claim, user: str, version: int, now: datetime) -> None:
    if _held_by_other(claim, user, now):
        raise LeaseHeld(f"claim {claim.id} is {_lease_note(claim, now)} — pick another one")
    if claim.version != version:
        last = session.exec(
            select(ReviewEvent)
            .where(col(ReviewEvent.claim_id) == claim.id)
            .order_by(col(ReviewEvent.at).desc(), col(ReviewEvent.id).desc())
        ).first()
        who = last.actor if last else (claim.reviewed_by or "someone")
        when = last.at if last else claim.updated_at
        raise StaleClaim(
            f"claim {claim.id} was changed by {who} at {when:%Y-%m-%d %H:%M} UTC "
            f"(version {claim.version}, you had {version}) — reload it; nothing was saved"
        )


def _change(
    session: Session, claim: Claim, user: str, version: int, now: datetime, values: dict[str, Any]
) -> Claim:
    """Apply ``values`` if the claim is still at ``version`` and not leased to someone else."""
    assert claim.id is not None
    _raise_if_not_current(session, claim, user, version, now)
    where = [col(Claim.version) == version, _lease_free(user, now)]
    if not _guarded_update(session, claim.id, where, values | {"version": version + 1, "updated_at": now}):
        _raise_if_not_current(session, _load(session, claim.id), user, version, now)
        raise StaleClaim(f"claim {claim.id} changed meanwhile — reload it; nothing was saved")
    return _load(session, claim.id)


def _detail(session: Session, claim_id: int, lease_note: str | None) -> ClaimDetail:
    claim = _load(session, claim_id)
    article = session.get(Article, claim.article_id)
    assert article is not None
    return ClaimDetail(
        claim=claim,
        article=article,
        paragraph=paragraph_bounds(article.text, claim.start, claim.end),
        history=history(session, claim_id=claim_id),
        lease_note=lease_note,
    )


# ---------------------------------------------------------------- leases


def read_claim(session: Session, *, claim_id: int, now: datetime | None = None) -> ClaimDetail:
    """The claim without taking its lease; ``lease_note`` says who holds it (unexpired at ``now``)."""
    return _detail(session, claim_id, _lease_note(_load(session, claim_id), now))


def _take_lease(
    session: Session, claim_id: int, user: str, now: datetime, lease_minutes: int, *extra: Any
) -> bool:
    values = {"lease_holder": user, "lease_expires_at": now + timedelta(minutes=lease_minutes)}
    return _guarded_update(session, claim_id, [_lease_free(user, now), *extra], values)


def open_claim(
    session: Session, *, claim_id: int, actor: Actor, now: datetime, lease_minutes: int
) -> ClaimDetail:
    """Take (or renew) the claim's lease and return it; :class:`LeaseHeld` if someone else has it."""
    user = acting_user(session, actor, Action.DECIDE, now).name
    _load(session, claim_id)
    if not _take_lease(session, claim_id, user, now, lease_minutes):
        raise LeaseHeld(f"claim {claim_id} is {_lease_note(_load(session, claim_id), now)}")
    return _detail(session, claim_id, None)


def renew_lease(session: Session, *, claim_id: int, actor: Actor, now: datetime, lease_minutes: int) -> None:
    """Extend the user's lease while they act; :class:`LeaseHeld` if it passed to someone else."""
    user = acting_user(session, actor, Action.DECIDE, now).name
    if not _take_lease(session, claim_id, user, now, lease_minutes):
        raise LeaseHeld(f"claim {claim_id} is {_lease_note(_load(session, claim_id), now)}")


def release(session: Session, *, claim_id: int, actor: Actor, now: datetime) -> None:
    """Give the claim back to the queue (a no-op unless the acting user holds it)."""
    user = acting_user(session, actor, Action.DECIDE, now).name
    _guarded_update(
        session, claim_id, [col(Claim.lease_holder) == user], {"lease_holder": None, "lease_expires_at": None}
    )


def review_next(
    session: Session,
    *,
    actor: Actor,
    now: datetime,
    lease_minutes: int,
    filters: QueueFilter | None = None,
    skip: Sequence[int] = (),
) -> ClaimDetail | None:
    """Lease the top pending claim nobody else holds and return it; ``None`` when there is none.

    Two reviewers racing never get the same claim: the lease is taken by a conditional UPDATE on
    the candidate's id, version and free lease, and a miss moves on to the next candidate.
    ``skip`` leaves out claims the reviewer has just passed over ("Skip").
    """
    member = acting_user(session, actor, Action.DECIDE, now)
    user = member.name
    # the reviewer's own skips (until the end of their day) always apply
    filters = dataclasses.replace(
        filters or QueueFilter(), status=ReviewStatus.PENDING.value, reviewer_id=member.id, skipped=False
    )
    plan = scope(session, filters, now=now)
    query = plan.apply(select(Claim.id, Claim.version)).where(_lease_free(user, now))
    if skip:
        query = query.where(col(Claim.id).not_in(list(skip)))
    query = query.order_by(*plan.order_by()).limit(_NEXT_BATCH)
    for _ in range(_NEXT_ROUNDS):
        candidates = session.exec(query).all()  # type: ignore[call-overload]
        if not candidates:
            return None
        for claim_id, version in candidates:
            extra = [col(Claim.version) == version, col(Claim.status) == ReviewStatus.PENDING.value]
            if _take_lease(session, claim_id, user, now, lease_minutes, *extra):
                return _detail(session, claim_id, None)
    return None


# ---------------------------------------------------------------- decisions


def decide(
    session: Session,
    *,
    claim_id: int,
    actor: Actor,
    verdict: ReviewStatus,
    version: int,
    note: str = "",
    evidence_urls: Sequence[str] = (),
    now: datetime,
) -> Claim:
    """Record a verdict (Verified, Disputed, Not a claim), append its event, release the lease."""
    user = acting_user(session, actor, Action.DECIDE, now)
    try:
        verdict = ReviewStatus(verdict)
    except ValueError:
        raise ReviewError(f"unknown verdict {verdict!r}") from None
    if verdict not in VERDICT_ACTIONS:
        raise ReviewError("a decision is Verified, Disputed or Not a claim")
    note = note.strip()
    urls = check_evidence_urls(evidence_urls)
    if verdict is ReviewStatus.DISPUTED:
        if not note:
            raise ReviewError("Disputed needs a note saying why")
        if not urls and not _QUOTED.search(note):
            raise ReviewError("Disputed needs at least one evidence link or a quoted source in the note")
    claim = _load(session, claim_id)
    before = snapshot(claim)
    values = {
        "status": verdict.value,
        "reviewed_by": user.name,
        "reviewed_at": now,
        "lease_holder": None,
        "lease_expires_at": None,
    }
    claim = _change(session, claim, user.name, version, now, values)
    _event(
        session, claim, user.name, now, VERDICT_ACTIONS[verdict], before, note, urls, verdict=verdict.value
    )
    return claim


UNDOABLE = frozenset(VERDICT_ACTIONS.values())


def last_decision(session: Session, claim_id: int) -> ReviewEvent | None:
    """The claim's latest verdict event (Verified, Disputed, Not a claim), or ``None``."""
    return session.exec(
        select(ReviewEvent)
        .where(col(ReviewEvent.claim_id) == claim_id, col(ReviewEvent.action).in_(UNDOABLE))
        .order_by(col(ReviewEvent.at).desc(), col(ReviewEvent.id).desc())
    ).first()


def undo(
    session: Session,
    *,
    claim_id: int,
    actor: Actor,
    now: datetime,
    window: timedelta,
    lease_minutes: int | None = None,
) -> Claim:
    """Take back the claim's last decision: its status and reviewer as they were before it.

    Allowed only to the reviewer who made the decision, within ``window`` of it, and while the claim
    is still exactly as that decision left it (same version: no correction, no later decision, no
    earlier undo). Nothing is deleted: an ``undo`` event is appended and the version goes up, so
    the history keeps the decision and its reversal. With ``lease_minutes`` the reviewer holds the
    claim again, to decide it anew.
    """
    user = acting_user(session, actor, Action.DECIDE, now)
    claim = _load(session, claim_id)
    decision = last_decision(session, claim_id)
    if decision is None or decision.before is None:
        raise ReviewError(f"claim {claim_id} has no decision to undo")
    if claim.version != decision.claim_version:
        raise StaleClaim(
            f"claim {claim_id} changed after this decision (version {claim.version}, the decision left "
            f"{decision.claim_version}) — it cannot be undone; nothing was saved"
        )
    if decision.actor != user.name:
        raise PermissionDenied(f"only {decision.actor}, who made this decision, can undo it")
    if now - decision.at > window:
        minutes = round(window.total_seconds() / 60)
        raise ReviewError(f"too late to undo: a decision can be undone for {minutes} minutes after it")
    previous = decision.before
    reviewed_at = previous.get("reviewed_at")
    values: dict[str, Any] = {
        "status": previous.get("status", ReviewStatus.PENDING.value),
        "reviewed_by": previous.get("reviewed_by"),
        "reviewed_at": datetime.fromisoformat(reviewed_at) if isinstance(reviewed_at, str) else None,
    }
    if lease_minutes is not None:
        values |= {"lease_holder": user.name, "lease_expires_at": now + timedelta(minutes=lease_minutes)}
    before = snapshot(claim)
    claim = _change(session, claim, user.name, claim.version, now, values)
    note = f"undid {decision.action.replace('_', ' ')} (event #{decision.id})"
    _event(session, claim, user.name, now, "undo", before, note, [])
    return claim


def skip_claim(
    session: Session, *, claim_id: int, actor: Actor, now: datetime, timezone: str = "UTC"
) -> datetime:
    """The reviewer passes over the claim: the lease goes back, and their Review next leaves the
    claim out until the end of their day (:func:`claims.queue.record_skip`); returns that end."""
    user = acting_user(session, actor, Action.DECIDE, now)
    _load(session, claim_id)
    _guarded_update(
        session, claim_id, [col(Claim.lease_holder) == user.name], {"lease_holder": None, "lease_expires_at": None}
    )
    assert user.id is not None
    return record_skip(session, claim_id=claim_id, user_id=user.id, until=end_of_day(now, timezone))


def judge_link(session: Session, *, xref_id: int, actor: Actor, accept: bool, now: datetime) -> CrossReference:
    """Confirm or reject a suggested link, and say so in the history of each claim it joins.

    A link decision is a reviewer's judgement like a verdict: it needs the right to decide, and the
    audit trail must show who tied (or refused to tie) two claims together, and when.
    """
    user = acting_user(session, actor, Action.DECIDE, now)
    xref = session.get(CrossReference, xref_id)
    if xref is None:
        raise InputError(f"no cross-reference {xref_id}")
    state_before = xref.state
    joined = [session.get(Claim, i) for i in (xref.from_claim_id, xref.to_claim_id) if i is not None]
    claims = [c for c in joined if c is not None]
    before = {c.id: snapshot(c) for c in claims}
    xref = (confirm_link if accept else reject_link)(session, xref_id=xref_id, user=user.name)
    if xref.state == state_before:
        return xref  # decided already: nothing new to record
    ends = " and ".join(f"#{i}" for i in (xref.from_claim_id, xref.to_claim_id) if i is not None)
    note = (
        f"{xref.kind.replace('_', '-')} link #{xref.id} between claims {ends} "
        f"(score {xref.score:.2f}): {state_before} → {xref.state}"
    )
    action = "link_confirm" if accept else "link_reject"
    for claim in claims:
        _event(session, claim, user.name, now, action, before[claim.id], note, [])  # type: ignore[index]
    return xref


def correct(
    session: Session,
    *,
    claim_id: int,
    actor: Actor,
    version: int,
    speaker: str | None = None,
    speaker_role: str | None = None,
    cue: str | None = None,
    start: int | None = None,
    end: int | None = None,
    kind: str | None = None,
    speaker_kind: str | None = None,
    via: str | None = None,
    content: str | None = None,
    now: datetime,
) -> Claim:
    """An editor fixes the speaker, role, cue, span, kind, speaker kind or ``via``; the claim keeps its
    lease and its verdict.

    The content is re-derived from the article's immutable text, so it always matches the span;
    ``content``, when given, is what the editor selected, and must be exactly that slice (a browser
    that counted offsets differently is refused instead of moving the span somewhere else). The event
    keeps the (extracted, corrected) pair as the extractor's measured error.
    """
    user = acting_user(session, actor, Action.CORRECT, now)
    claim = _load(session, claim_id)
    _raise_if_not_current(session, claim, user.name, version, now)  # a stale form hears so first
    article = session.get(Article, claim.article_id)
    assert article is not None
    new_start = claim.start if start is None else start
    new_end = claim.end if end is None else end
    if not 0 <= new_start < new_end <= len(article.text):
        raise ReviewError(
            f"the span must lie within the article's text (0–{len(article.text)}), start before end"
        )
    text = _span_text(article, new_start, new_end, content)
    wanted: dict[str, Any] = {"start": new_start, "end": new_end, "content": text}
    for name, value, limit in (
        ("speaker", speaker, 500),
        ("speaker_role", speaker_role, 500),
        ("cue", cue, 200),
        ("via", via, 500),
    ):
        if value is None:
            continue
        value = _field(name, value, limit)
        if name == "speaker" and not value:
            raise ReviewError("the speaker cannot be empty")
        wanted[name] = value
    if kind is not None:
        wanted["kind"] = _kind(kind)
    if speaker_kind is not None:
        wanted["speaker_kind"] = _speaker_kind(speaker_kind)
    if wanted.get("kind", claim.kind) == ClaimKind.EVENT.value:
        wanted["speaker_kind"] = SpeakerKind.OUTLET.value  # guideline §4.8: events are the outlet's
    changes = {k: v for k, v in wanted.items() if getattr(claim, k) != v}
    if not changes:
        raise ReviewError("nothing to correct: the values are the same as the claim's")
    _refuse_duplicate_span(session, claim, changes)
    if "speaker" in changes or "content" in changes:  # the queue's search follows the correction
        changes["search_text"] = search_text(wanted.get("speaker", claim.speaker), content)
    if "speaker" in changes or "speaker_kind" in changes:
        name = changes.get("speaker", claim.speaker)
        changes["speaker_id"] = upsert_entity(
            session, name=name, kind=changes.get("speaker_kind", claim.speaker_kind)
        ).id
    if "via" in changes:
        changes["via_entity_id"] = (
            upsert_entity(session, name=changes["via"], kind=SpeakerKind.ORGANIZATION.value).id
            if changes["via"]
            else None
        )
    before = snapshot(claim)
    try:
        claim = _change(session, claim, user.name, version, now, changes | {"corrected": True})
    except IntegrityError:  # e.g. another correction gave a sibling claim this span and speaker meanwhile
        raise Conflict(
            f"claim {claim_id}: another correction made at the same moment clashes with this one "
            "— reload it; nothing was saved"
        ) from None
    if changes.keys() & {"start", "speaker_kind", "speaker_role"}:  # factors of its queue priority
        refresh_priorities(session, claim_ids=[claim_id])
    _event(session, claim, user.name, now, "correct", before, "", [])
    return claim


def _refuse_duplicate_span(session: Session, claim: Claim, changes: dict[str, Any]) -> None:
    key = {k: changes.get(k, getattr(claim, k)) for k in ("start", "end", "speaker", "kind")}
    other = session.exec(
        select(Claim.id).where(
            col(Claim.article_id) == claim.article_id,
            col(Claim.start) == key["start"],
            col(Claim.end) == key["end"],
            col(Claim.speaker) == key["speaker"],
            col(Claim.kind) == key["kind"],
            col(Claim.id) != claim.id,
        )
    ).first()
    if other is not None:
        raise DuplicateClaim(f"claim {other} already has this span and speaker — nothing was saved")


def _event(
    session: Session,
    claim: Claim,
    actor: str,
    now: datetime,
    action: str,
    before: dict[str, Any],
    note: str,
    urls: list[str],
    verdict: str | None = None,
) -> None:
    assert claim.id is not None
    event = ReviewEvent(
        claim_id=claim.id,
        actor=actor,
        at=now,
        action=action,
        verdict=verdict,
        note=note or None,
        evidence_urls=urls,
        before=before,
        after=snapshot(claim),
        claim_version=claim.version,
    )
    session.add(event)
    session.flush()


# ---------------------------------------------------------------- spans chosen by selecting text


def _span_text(article: Article, start: int, end: int, content: str | None) -> str:
    """``article.text[start:end]`` after checking the span; ``content`` (the selection) must equal it.

    Offsets are code points of the stored text. A browser counts UTF-16 units, so an emoji before
    the selection shifts a miscounted span by one; comparing with what was selected catches that.
    """
    if not 0 <= start < end <= len(article.text):
        raise ReviewError(
            f"the span must lie within the article's text (0–{len(article.text)}), start before end"
        )
    text = article.text[start:end]
    if not text.strip():
        raise ReviewError("the span holds no text")
    if content is not None and content != text:
        raise ReviewError(
            f"the selection does not match the article's text at {start}–{end} — reload the article; "
            "nothing was saved"
        )
    return text


def _field(name: str, value: str, limit: int) -> str:
    value = value.strip()
    if len(value) > limit:
        raise ReviewError(f"{name.replace('_', ' ')} is too long (at most {limit} characters)")
    return value


def _kind(kind: str) -> str:
    try:
        return ClaimKind(str(kind).strip().lower()).value
    except ValueError:
        raise ReviewError(f"unknown kind {kind!r}: use one of {', '.join(k.value for k in ClaimKind)}") from None


def _speaker_kind(kind: str) -> str:
    try:
        return SpeakerKind(str(kind).strip().lower()).value
    except ValueError:
        choices = ", ".join(k.value for k in SpeakerKind)
        raise ReviewError(f"unknown speaker kind {kind!r}: use one of {choices}") from None


def add_claim(
    session: Session,
    *,
    article_id: int,
    start: int,
    end: int,
    content: str | None = None,
    speaker: str,
    speaker_kind: str = SpeakerKind.PERSON.value,
    speaker_role: str = "",
    cue: str = "",
    kind: str = ClaimKind.INDIRECT.value,
    via: str = "",
    note: str = "",
    actor: Actor,
    now: datetime,
) -> Claim:
    """A desk member adds a claim the extractor missed: a pending claim on ``text[start:end]``.

    Any member who may decide may add (adding is not a verdict: the claim joins the queue pending,
    and its history says who added it). It is marked ``extractor="reviewer"`` so the extractor's
    scores can tell it from extracted ones (it is a miss of the extractor) while queue, history
    and export treat it like any other claim. An event claim is the outlet's: the article's outlet
    (or its site's domain) speaks, whatever speaker was picked. Refuses a span and speaker that a
    claim of the article already has (:class:`DuplicateClaim`). Appends an ``add`` event.
    """
    from claims.extract.core.checkworthiness import score_checkworthiness  # the extractor's own scorer
    from claims.urls import site_domain

    user = acting_user(session, actor, Action.DECIDE, now)
    article = session.get(Article, article_id)
    if article is None or article.id is None:
        raise InputError(f"no article {article_id}")
    text = _span_text(article, start, end, content)
    kind = _kind(kind)
    speaker_kind = _speaker_kind(speaker_kind)
    speaker = _field("speaker", speaker, 500)
    if kind == ClaimKind.EVENT.value:  # guideline §4.8: an event is the outlet's, whoever was picked
        speaker_kind = SpeakerKind.OUTLET.value
        speaker = (article.outlet or "").strip() or site_domain(article.url) or speaker
    if not speaker:
        raise ReviewError("the speaker cannot be empty")
    role = _field("speaker_role", speaker_role, 500)
    cue = _field("cue", cue, 200)
    via = _field("via", via, 500)
    same = session.exec(
        select(Claim.id).where(
            col(Claim.article_id) == article.id,
            col(Claim.start) == start,
            col(Claim.end) == end,
            col(Claim.speaker) == speaker,
            col(Claim.kind) == kind,
        )
    ).first()
    if same is not None:
        raise DuplicateClaim(f"claim {same} already has this span and speaker — nothing was saved")
    lang = "ar" if article.lang == "ar" else "en"
    score, reasons = score_checkworthiness(text, lang)
    claim = Claim(
        article_id=article.id,
        speaker_id=upsert_entity(session, name=speaker, kind=speaker_kind).id,
        speaker=speaker,
        speaker_role=role if speaker_kind == SpeakerKind.PERSON.value else "",
        speaker_kind=speaker_kind,
        cue=cue,
        content=text,
        start=start,
        end=end,
        kind=kind,
        via=via,
        via_entity_id=upsert_entity(session, name=via, kind=SpeakerKind.ORGANIZATION.value).id if via else None,
        extractor=REVIEWER_EXTRACTOR,
        extractor_version=ADDED_VERSION,
        confidence=1.0,
        checkworthiness=score,
        checkworthy_reasons=list(reasons),
        priority=compute_priority(
            score, 1, article.published_at, now, confidence=1.0, speaker_kind=speaker_kind,
            speaker_role=role, start=start,
        ),  # fmt: skip
        created_at=now,
        updated_at=now,
    )
    session.add(claim)
    try:
        session.flush()
    except IntegrityError:  # another member added the same claim at the same moment
        raise DuplicateClaim("the same claim was added at the same moment by someone else — nothing was saved") from None
    empty = dict.fromkeys(SNAPSHOT_FIELDS)
    _event(session, claim, user.name, now, "add", empty, note.strip(), [])
    return claim
