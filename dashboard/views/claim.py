"""One claim in full: who said it and how, the span inside its paragraph, the article, the
cross-references, who holds the lease; then the decision (and, for editors, the correction).
"""

from __future__ import annotations

import streamlit as st

from claims.errors import ClaimsError, LeaseHeld
from claims.review import ClaimDetail, open_claim, read_claim, renew_lease
from dashboard import components as c
from dashboard import forms, links, resources, state, xrefs

user = resources.require_user()
st.title("Claim")


def _take(claim_id: int) -> None:
    """Lease the claim for this reviewer (others see who holds it); a held claim opens read-only."""
    try:
        with resources.session_scope() as session:
            open_claim(
                session,
                claim_id=claim_id,
                actor=resources.actor(),
                now=resources.now(),
                lease_minutes=resources.lease_minutes(),
            )
    except LeaseHeld as exc:
        state.flash(f"Read-only: {exc}.", "warning")
    except ClaimsError as exc:
        resources.refuse(exc, "")


def _renew(claim_id: int) -> None:
    """The reviewer is acting on the claim: keep the lease alive (silently lost if it expired to someone)."""
    try:
        with resources.session_scope() as session:
            renew_lease(
                session,
                claim_id=claim_id,
                actor=resources.actor(),
                now=resources.now(),
                lease_minutes=resources.lease_minutes(),
            )
    except ClaimsError:
        pass


state.follow_claim_link()  # /claim?id=N
claim_id = state.claim_id()
if claim_id is not None and state.pop_take():
    _take(claim_id)
state.show_flashes()

if claim_id is None:
    st.info("No claim open. Pick one from the queue, or take the next one.")
    if st.button("Review next", type="primary", key="claim_review_next", icon=":material/play_arrow:"):
        forms.open_next()
        st.rerun()
    st.stop()

try:
    with resources.session_scope() as session:
        detail: ClaimDetail = read_claim(session, claim_id=claim_id, now=resources.now())
except ClaimsError as exc:
    st.error(c.md_escape(exc))
    st.stop()

claim, article = detail.claim, detail.article
assert claim.id is not None and article.id is not None
state.show_claim_in_url(claim.id)
lease = detail.lease_note  # set while anyone holds an unexpired lease
mine = lease is not None and claim.lease_holder == user.name
if mine:
    _renew(claim.id)
head = (
    f'<div dir="ltr" class="claims-muted">{c.badge(claim.status)} #{claim.id} · {c.esc(claim.kind)} · '
    f"version {claim.version} · extractor {c.esc(claim.extractor)} {c.esc(claim.extractor_version)}"
    f"{' · corrected' if claim.corrected else ''}</div>"
)
c.show(head)
links.copy_link_button("claim", claim.id, key="claim_copy")
walk = state.walk_position(claim.id)
if walk is not None:
    steps = st.columns([2, 1, 1, 1])
    steps[0].caption(f"Reviewing article #{walk[0]}: claim {walk[1]} of {walk[2]}")
    moves = ((steps[1], -1, "Previous", "arrow_back"), (steps[2], 1, "Next", "arrow_forward"))
    for place, step, label, icon in moves:
        target = state.walk_step(claim.id, step)
        clicked = place.button(label, key=f"walk_{step}", disabled=target is None, icon=f":material/{icon}:")
        if clicked and target:
            state.go_to_claim(target)
    if steps[3].button("Stop", key="walk_stop"):
        state.end_walk()
        st.rerun()
if lease and not mine:
    st.warning(
        c.md_escape(
            f"This claim is {lease}: you can read it, but your decision is refused while they hold it."
        )
    )
elif mine:
    st.caption(
        f"You hold this claim (lease renewed while you work on it; {resources.lease_minutes()} minutes)."
    )

left, right = st.columns([3, 2], gap="large")
with left:
    speaker = claim.speaker + (f" — {claim.speaker_role}" if claim.speaker_role else "")
    c.show(
        f'<div class="claims-muted">Speaker ({c.esc(claim.speaker_kind)})</div>'
        f'<h3 dir="auto" class="claims-text">{c.esc(speaker)}</h3>'
        + (f'<div class="claims-muted">Cue</div>{c.block(claim.cue, lang=article.lang)}' if claim.cue else "")
    )
    st.markdown("**Claim**")
    c.show(c.block(claim.content, lang=article.lang, cls="claims-content"))
    st.markdown("**In its paragraph**")
    c.show(
        c.highlighted(
            article.text, paragraph=detail.paragraph, span=(claim.start, claim.end), lang=article.lang
        )
    )
    reasons = list(claim.checkworthy_reasons or [])
    c.show(
        f'<div class="claims-muted">Check-worthiness {claim.checkworthiness:.2f} · '
        f"confidence {claim.confidence:.2f}</div>{c.chips(reasons) or ''}"
    )
    chain = [
        ("said by", claim.speaker),
        ("via", claim.via),
        ("published by", article.outlet or "the article"),
    ]
    c.show(
        '<div class="claims-muted">Attribution chain</div><div dir="ltr" class="claims-text">'
        + " → ".join(f"{label} <b><bdi>{c.esc(name)}</bdi></b>" for label, name in chain if name)
        + "</div>"
    )
    st.divider()
    rtl_class = " claims-rtl" if article.lang == "ar" else ""
    c.show(
        f'<div class="claims-muted">Article #{article.id}</div>'
        f'<h4 dir="{c.text_dir(article.lang)}" class="claims-text{rtl_class}">'
        f"{c.link(article.url, article.title or article.url, lang=article.lang)}</h4>"
        + c.meta_line([article.outlet, c.when(article.published_at), article.lang, article.author])
    )
    if st.button("Open the article with all its claims", key="claim_article", icon=":material/article:"):
        state.go_to_article(article.id)
    with st.expander("Full article text"):
        c.show(c.block(article.text, lang=article.lang))

with right:
    forms.decide_form(claim, user)
    forms.correct_form(claim, len(article.text), user)
    st.markdown("**Cross-references**")
    xrefs.render(claim.id, user)
    if st.button("History of this claim", key="to_history", icon=":material/history:"):
        st.switch_page("views/history.py")
