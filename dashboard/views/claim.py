"""One claim in full: who said it and how, the span inside its paragraph, the article, the
cross-references, who holds the lease; then the decision (and, for editors, the correction).
"""

from __future__ import annotations

import streamlit as st

from claims.errors import ClaimsError, LeaseHeld
from claims.review import ClaimDetail, open_claim, read_claim, renew_lease
from dashboard import components as c
from dashboard import forms, links, resources, state, xrefs
from dashboard.i18n import code_label, direction, t, when

user = resources.require_user()
st.title(t("claim_title"))


def _take(claim_id: int) -> None:
    """Lease the claim for this reviewer (others see who holds it); a held claim opens read-only
    (the page itself says who holds it, once, and disables the decision buttons)."""
    try:
        with resources.session_scope() as session:
            open_claim(
                session,
                claim_id=claim_id,
                actor=resources.actor(),
                now=resources.now(),
                lease_minutes=resources.lease_minutes(),
            )
    except LeaseHeld:
        pass
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
forms.undo_offer()

if claim_id is None:
    st.info(t("no_claim_open"))
    if st.button(t("review_next"), type="primary", key="claim_review_next", icon=":material/play_arrow:"):
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
version = t("claim_head", version=claim.version, extractor=f"{claim.extractor} {claim.extractor_version}")
head = (
    f'<div dir="{direction()}" class="claims-muted">{c.badge(claim.status, t(f"status_{claim.status}"))} '
    f"#{claim.id} · {c.esc(code_label('kind_', claim.kind))} · {c.esc(version)}"
    f"{' · ' + c.esc(t('corrected')) if claim.corrected else ''}</div>"
)
c.show(head)
links.copy_link_button("claim", claim.id, key="claim_copy")
walk = state.walk_position(claim.id)
if walk is not None:
    steps = st.columns([2, 1, 1, 1])
    steps[0].caption(t("walk_position", article=walk[0], position=walk[1], count=walk[2]))
    moves = ((steps[1], -1, t("walk_previous"), "arrow_back"), (steps[2], 1, t("walk_next"), "arrow_forward"))
    for place, step, label, icon in moves:
        target = state.walk_step(claim.id, step)
        clicked = place.button(label, key=f"walk_{step}", disabled=target is None, icon=f":material/{icon}:")
        if clicked and target:
            state.go_to_claim(target)
    if steps[3].button(t("walk_stop"), key="walk_stop"):
        state.end_walk()
        st.rerun()
held_by_other = lease is not None and not mine
if held_by_other:  # the one place that says so (the lease attempt above stays silent)
    st.warning(c.md_escape(t("held_by_other", name=claim.lease_holder, until=when(claim.lease_expires_at))))
elif mine:
    st.caption(c.md_escape(t("you_hold", minutes=resources.lease_minutes())))

left, right = st.columns([3, 2], gap="large")
with left:
    speaker = claim.speaker + (f" — {claim.speaker_role}" if claim.speaker_role else "")
    c.show(
        f'<div class="claims-muted">{c.esc(t("speaker_kind", kind=code_label("speaker_kind_", claim.speaker_kind)))}</div>'
        f'<h3 dir="auto" class="claims-text">{c.esc(speaker)}</h3>'
        + (
            f'<div class="claims-muted">{c.esc(t("cue"))}</div>{c.block(claim.cue, lang=article.lang)}'
            if claim.cue
            else ""
        )
    )
    st.markdown(f"**{c.md_escape(t('claim_text'))}**")
    c.show(c.block(claim.content, lang=article.lang, cls="claims-content"))
    st.markdown(f"**{c.md_escape(t('in_paragraph'))}**")
    c.show(
        c.highlighted(
            article.text, paragraph=detail.paragraph, span=(claim.start, claim.end), lang=article.lang
        )
    )
    reasons = [code_label("reason_", r) for r in claim.checkworthy_reasons or []]
    c.show(
        f'<div class="claims-muted" dir="{direction()}">'
        f"{c.esc(t('scores', checkworthiness=f'{claim.checkworthiness:.2f}', confidence=f'{claim.confidence:.2f}'))}"
        f"</div>{c.chips(reasons) or ''}"
    )
    chain = [
        (t("said_by"), claim.speaker),
        (t("via"), claim.via),
        (t("published_by"), article.outlet or t("the_article")),
    ]
    arrow = " ← " if direction() == "rtl" else " → "
    c.show(
        f'<div class="claims-muted">{c.esc(t("attribution_chain"))}</div>'
        f'<div dir="{direction()}" class="claims-text">'
        + arrow.join(f"{c.esc(label)} <b><bdi>{c.esc(name)}</bdi></b>" for label, name in chain if name)
        + "</div>"
    )
    st.divider()
    rtl_class = " claims-rtl" if article.lang == "ar" else ""
    c.show(
        f'<div class="claims-muted">{c.esc(t("article_no", id=article.id))}</div>'
        f'<h4 dir="{c.text_dir(article.lang)}" class="claims-text{rtl_class}">'
        f"{c.link(article.url, article.title or article.url, lang=article.lang)}</h4>"
        + c.meta_line([article.outlet, when(article.published_at), article.lang, article.author])
    )
    if st.button(t("open_article"), key="claim_article", icon=":material/article:"):
        state.go_to_article(article.id)
    with st.expander(t("full_text")):
        c.show(c.block(article.text, lang=article.lang))

with right:
    forms.decide_form(claim, user, held_by_other=held_by_other)
    forms.correct_form(claim, len(article.text), user)
    st.markdown(f"**{c.md_escape(t('cross_references'))}**")
    xrefs.render(claim.id, user)
    if st.button(t("claim_history"), key="to_history", icon=":material/history:"):
        st.switch_page("views/history.py")
