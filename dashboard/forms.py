"""The claim page's actions: decide (V / D / N), skip (S), and the editors' correction form.

Every action runs in a button callback whose arguments were bound when the page was drawn, so a
decision carries the *version the reviewer saw*; if someone changed the claim since, the library
raises ``StaleClaim`` and nothing is saved. The rules (notes, evidence links, leases, roles) are in
``claims.review`` and ``claims.auth``; this module only collects input and reports the outcome.
"""

from __future__ import annotations

import streamlit as st

from claims.auth import Action, can
from claims.errors import ClaimsError, StaleClaim
from claims.models import Claim
from claims.review import correct, decide, release, review_next
from claims.types import ReviewStatus
from dashboard import resources, state

VERDICT_BUTTONS: tuple[tuple[ReviewStatus, str, str, str], ...] = (
    (ReviewStatus.VERIFIED, "Verified", "V", "primary"),
    (ReviewStatus.DISPUTED, "Disputed", "D", "secondary"),
    (ReviewStatus.NOT_A_CLAIM, "Not a claim", "N", "secondary"),
)
STALE_MESSAGE = (
    "Not saved — this claim changed since you opened it. {detail}. "
    "The current version is shown below; nothing was overwritten."
)


def _report(exc: ClaimsError) -> None:
    if isinstance(exc, StaleClaim):
        state.flash(STALE_MESSAGE.format(detail=str(exc).rstrip(".")), "error")
    else:
        resources.refuse(exc)


def open_next(skip: tuple[int, ...] = ()) -> None:
    """Lease the next claim of the reviewer's queue and make it the open claim (``None``: none left).

    A refusal (a dead login, say) is reported by :func:`resources.refuse` and opens nothing.
    """
    try:
        with resources.session_scope() as session:
            detail = review_next(
                session,
                actor=resources.actor(),
                now=resources.now(),
                lease_minutes=resources.lease_minutes(),
                filters=state.queue_filter(),
                skip=skip,
            )
            next_id = detail.claim.id if detail is not None else None
    except ClaimsError as exc:
        state.select_claim(None, take=False)
        resources.refuse(exc, "")
        return
    state.select_claim(next_id, take=False)
    if next_id is None:
        state.flash("The queue is empty — nothing left to review with your filters.", "info")


def _decide(claim_id: int, version: int, verdict: ReviewStatus) -> None:
    note = str(st.session_state.get(f"note_{claim_id}", ""))
    urls = str(st.session_state.get(f"evidence_{claim_id}", "")).splitlines()
    try:
        with resources.session_scope() as session:
            decide(
                session,
                claim_id=claim_id,
                actor=resources.actor(),
                verdict=verdict,
                version=version,
                note=note,
                evidence_urls=urls,
                now=resources.now(),
            )
    except ClaimsError as exc:
        _report(exc)
        return
    label = {v: lbl for v, lbl, _, _ in VERDICT_BUTTONS}[verdict]
    state.flash(f"Claim #{claim_id} marked {label}.", "success")
    for key in (f"note_{claim_id}", f"evidence_{claim_id}"):
        st.session_state.pop(key, None)
    following = state.walk_step(claim_id, 1)  # "Review this article": its next claim, in reading order
    if following is not None:
        state.select_claim(following, take=True)
    else:
        state.end_walk()
        open_next()


def _skip(claim_id: int) -> None:
    try:
        with resources.session_scope() as session:
            release(session, claim_id=claim_id, actor=resources.actor(), now=resources.now())
    except ClaimsError as exc:
        resources.refuse(exc, "")
        return
    state.flash(f"Skipped claim #{claim_id}.", "info")
    open_next(skip=(claim_id,))


def decide_form(claim: Claim, user: resources.SessionUser) -> None:
    """Note, evidence links and the verdict buttons (shortcuts V, D, N; S skips)."""
    assert claim.id is not None
    if not can(user.role, Action.DECIDE):
        st.info("Your role cannot decide claims.")
        return
    with st.form(f"decide_{claim.id}", border=True):
        st.markdown("**Decision**")
        st.text_area("Note (required for Disputed)", key=f"note_{claim.id}", height=90)
        st.text_area("Evidence links (one http(s) URL per line)", key=f"evidence_{claim.id}", height=90)
        row = st.container(horizontal=True, gap="small")
        for verdict, label, key, kind in VERDICT_BUTTONS:
            row.form_submit_button(
                label,
                key=f"verdict_{verdict.value}_{claim.id}",
                type="primary" if kind == "primary" else "secondary",
                shortcut=key,
                help=f"Shortcut: {key}",
                on_click=_decide,
                args=(claim.id, claim.version, verdict),
            )
        row.form_submit_button(
            "Skip", key=f"skip_{claim.id}", shortcut="S", help="Shortcut: S — give it back, open the next",
            on_click=_skip, args=(claim.id,),
        )  # fmt: skip


def _correct(claim_id: int, version: int, original: dict[str, object]) -> None:
    values: dict[str, object] = {}
    for name in ("speaker", "speaker_role", "cue", "start", "end"):
        value = st.session_state.get(f"corr_{name}_{claim_id}")
        if value is not None and value != original[name]:
            values[name] = int(value) if name in ("start", "end") else str(value)
    if not values:
        state.flash("Nothing to correct: the values are unchanged.", "info")
        return
    try:
        with resources.session_scope() as session:
            correct(
                session,
                claim_id=claim_id,
                actor=resources.actor(),
                version=version,
                now=resources.now(),
                **values,  # type: ignore[arg-type]
            )
    except ClaimsError as exc:
        _report(exc)
        return
    for name in ("speaker", "speaker_role", "cue", "start", "end"):
        st.session_state.pop(f"corr_{name}_{claim_id}", None)
    state.flash(f"Claim #{claim_id} corrected ({', '.join(sorted(values))}).", "success")


def correct_form(claim: Claim, article_length: int, user: resources.SessionUser) -> None:
    """Editors fix the speaker, role, cue or span; the library stores it as an event."""
    assert claim.id is not None
    if not can(user.role, Action.CORRECT):
        return
    original: dict[str, object] = {
        "speaker": claim.speaker, "speaker_role": claim.speaker_role, "cue": claim.cue,
        "start": claim.start, "end": claim.end,
    }  # fmt: skip
    with st.expander("Correct the extraction (editors)"), st.form(f"correct_{claim.id}", border=False):
        st.text_input("Speaker", value=claim.speaker, key=f"corr_speaker_{claim.id}")
        st.text_input("Speaker's role", value=claim.speaker_role, key=f"corr_speaker_role_{claim.id}")
        st.text_input("Cue", value=claim.cue, key=f"corr_cue_{claim.id}")
        a, b = st.columns(2)
        a.number_input(
            "Span start", 0, article_length, value=claim.start, step=1, key=f"corr_start_{claim.id}"
        )
        b.number_input("Span end", 0, article_length, value=claim.end, step=1, key=f"corr_end_{claim.id}")
        st.form_submit_button("Save correction", on_click=_correct, args=(claim.id, claim.version, original))
