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
from claims.review import correct, decide, release, review_next, skip_claim, undo
from claims.types import ReviewStatus
from dashboard import resources, state
from dashboard.components import esc, md_escape
from dashboard.i18n import direction, t, when

# (verdict, message key of its label and meaning, shortcut, button type)
VERDICT_BUTTONS: tuple[tuple[ReviewStatus, str, str, str], ...] = (
    (ReviewStatus.VERIFIED, "verified", "V", "primary"),
    (ReviewStatus.DISPUTED, "disputed", "D", "secondary"),
    (ReviewStatus.NOT_A_CLAIM, "not_a_claim", "N", "secondary"),
)


def verdict_label(verdict: ReviewStatus | str) -> str:
    return t(f"verdict_{ReviewStatus(verdict).value}")


def _report(exc: ClaimsError) -> None:
    if isinstance(exc, StaleClaim):
        state.flash(t("stale", detail=str(exc).rstrip(".")), "error")
    else:
        resources.refuse(exc, t("not_saved", reason=""))


def open_next(skip: tuple[int, ...] = ()) -> None:
    """Lease the next claim of the reviewer's queue and make it the open claim (``None``: none left).

    A refusal (a dead login, say) is reported by :func:`resources.refuse` and opens nothing. The
    reviewer's skipped claims never come back here (the library leaves them out until their day ends).
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
        state.flash(t("queue_empty"), "info")


def _decide(claim_id: int, version: int, verdict: ReviewStatus) -> None:
    note = str(st.session_state.get(f"note_{claim_id}", ""))
    urls = str(st.session_state.get(f"evidence_{claim_id}", "")).splitlines()
    now = resources.now()
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
                now=now,
            )
    except ClaimsError as exc:
        _report(exc)
        return
    state.flash(t("marked", id=claim_id, verdict=verdict_label(verdict)), "success")
    state.offer_undo(claim_id, verdict.value, now + resources.undo_window())
    for key in (f"note_{claim_id}", f"evidence_{claim_id}"):
        st.session_state.pop(key, None)
    following = state.walk_step(claim_id, 1)  # "Review this article": its next claim, in reading order
    if following is not None:
        state.select_claim(following, take=True)
    else:
        state.end_walk()
        open_next()


def _undo(claim_id: int) -> None:
    """Take back this reviewer's last decision (the library checks who, how late, and that nothing
    changed since); the claim they had moved on to goes back to the queue, the undone one reopens."""
    moved_on = state.claim_id()
    try:
        with resources.session_scope() as session:
            undo(
                session,
                claim_id=claim_id,
                actor=resources.actor(),
                now=resources.now(),
                window=resources.undo_window(),
                lease_minutes=resources.lease_minutes(),
            )
            if moved_on is not None and moved_on != claim_id:
                release(session, claim_id=moved_on, actor=resources.actor(), now=resources.now())
    except ClaimsError as exc:
        state.clear_undo()
        _report(exc)
        return
    state.clear_undo()
    state.select_claim(claim_id, take=False)
    state.flash(t("undone", id=claim_id), "success")


def undo_offer() -> None:
    """The Undo button for this tab's last decision, while its window lasts."""
    offer = state.undo_offer()
    if offer is None:
        return
    claim_id, verdict, until = offer
    if until <= resources.now():
        state.clear_undo()
        return
    with st.container(border=True, horizontal=True, vertical_alignment="center"):
        st.markdown(
            md_escape(t("undo_offer", id=claim_id, verdict=verdict_label(verdict), until=when(until)))
        )
        st.button(t("undo"), key="undo_last", icon=":material/undo:", on_click=_undo, args=(claim_id,))


def _skip(claim_id: int) -> None:
    try:
        with resources.session_scope() as session:
            until = skip_claim(
                session, claim_id=claim_id, actor=resources.actor(), now=resources.now(),
                timezone=resources.skip_timezone(),
            )  # fmt: skip
    except ClaimsError as exc:
        resources.refuse(exc, "")
        return
    state.flash(t("skipped", id=claim_id, until=when(until)), "info")
    open_next(skip=(claim_id,))


def decide_form(claim: Claim, user: resources.SessionUser, *, held_by_other: bool = False) -> None:
    """Note, evidence links and the verdict buttons (shortcuts V, D, N; S skips), each verdict's
    meaning beside it and what Disputed needs, before any click.

    Deliberately *not* an ``st.form``: a form submits on Ctrl+Enter in a text box, which pressed
    its first button (Verified). Here the text boxes only hold text (Ctrl+Enter just applies it),
    a decision is a button click, and the V/D/N/S shortcuts are ignored while a text box has focus.
    A claim someone else holds shows its buttons disabled (the library would refuse anyway).
    """
    assert claim.id is not None
    if not can(user.role, Action.DECIDE):
        st.info(t("cannot_decide"))
        return
    with st.container(border=True, key=f"decide_{claim.id}"):
        st.markdown(f"**{t('decision')}**")
        st.text_area(t("note_label"), key=f"note_{claim.id}", height=90, disabled=held_by_other)
        st.text_area(t("evidence_label"), key=f"evidence_{claim.id}", height=90, disabled=held_by_other)
        row = st.container(horizontal=True, gap="small")
        for verdict, name, key, kind in VERDICT_BUTTONS:
            row.button(
                t(f"verdict_{name}"),
                key=f"verdict_{verdict.value}_{claim.id}",
                type="primary" if kind == "primary" else "secondary",
                shortcut=key,
                help=t("shortcut", key=key),
                disabled=held_by_other,
                on_click=_decide,
                args=(claim.id, claim.version, verdict),
            )
        row.button(
            t("skip"),
            key=f"skip_{claim.id}",
            shortcut="S",
            help=t("skip_help"),
            on_click=_skip,
            args=(claim.id,),
        )
        meanings = "".join(
            f"<li><b>{esc(t(f'verdict_{name}'))}</b> ({key}) — {esc(t(f'meaning_{name}'))}</li>"
            for _, name, key, _ in VERDICT_BUTTONS
        )
        st.html(
            f'<div class="claims-meanings" dir="{direction()}"><ul>{meanings}</ul>'
            f'<div class="claims-requirement">{esc(t("disputed_needs"))}</div>'
            f'<div class="claims-muted">{esc(t("ctrl_enter_safe"))}</div></div>'
        )


def _correct(claim_id: int, version: int, original: dict[str, object]) -> None:
    values: dict[str, object] = {}
    for name in ("speaker", "speaker_role", "cue", "start", "end"):
        value = st.session_state.get(f"corr_{name}_{claim_id}")
        if value is not None and value != original[name]:
            values[name] = int(value) if name in ("start", "end") else str(value)
    if not values:
        state.flash(t("nothing_to_correct"), "info")
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
    state.flash(
        t("corrected_fields", id=claim_id, fields=", ".join(t(f"field_{v}") for v in sorted(values))),
        "success",
    )


def correct_form(claim: Claim, article_length: int, user: resources.SessionUser) -> None:
    """Editors fix the speaker, role, cue or span; the library stores it as an event."""
    assert claim.id is not None
    if not can(user.role, Action.CORRECT):
        return
    original: dict[str, object] = {
        "speaker": claim.speaker, "speaker_role": claim.speaker_role, "cue": claim.cue,
        "start": claim.start, "end": claim.end,
    }  # fmt: skip
    with st.expander(t("correct_title")), st.form(f"correct_{claim.id}", border=False):
        st.text_input(t("corr_speaker"), value=claim.speaker, key=f"corr_speaker_{claim.id}")
        st.text_input(t("corr_role"), value=claim.speaker_role, key=f"corr_speaker_role_{claim.id}")
        st.text_input(t("corr_cue"), value=claim.cue, key=f"corr_cue_{claim.id}")
        a, b = st.columns(2)
        a.number_input(
            t("corr_start"), 0, article_length, value=claim.start, step=1, key=f"corr_start_{claim.id}"
        )
        b.number_input(t("corr_end"), 0, article_length, value=claim.end, step=1, key=f"corr_end_{claim.id}")
        st.form_submit_button(
            t("save_correction"), on_click=_correct, args=(claim.id, claim.version, original)
        )
