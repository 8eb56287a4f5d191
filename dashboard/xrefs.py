"""The open claim's cross-references: the same claim elsewhere (with its own status), the cited
source, copies and related articles — each opens its target: the other claim (``/claim?id=``) or
the other article (``/article?id=``), including a teaser whose article was stored after it.
Suggested links can be confirmed or rejected (``claims.linking``); a verdict never spreads to the other members silently.
"""

from __future__ import annotations

import streamlit as st

from claims.auth import Action, can
from claims.errors import ClaimsError
from claims.linking import XrefView, cross_references_of
from claims.review import judge_link
from dashboard import components as c
from dashboard import resources, state
from dashboard.i18n import code_label, direction, t


def _judge(xref_id: int, accept: bool) -> None:
    try:
        with resources.session_scope() as session:
            judge_link(session, xref_id=xref_id, actor=resources.actor(), accept=accept, now=resources.now())
    except ClaimsError as exc:
        resources.refuse(exc, t("not_saved", reason=""))
        return
    state.flash(t("xref_confirmed" if accept else "xref_rejected"), "success")


def _describe(x: XrefView) -> str:
    parts = [code_label("xref_kind_", x.kind), code_label("xref_state_", x.state)]
    if x.score:
        parts.append(t("xref_score", score=f"{x.score:.2f}"))
    by = " · " + c.escaped_with(t("xref_by", name=c.slot(0)), [f"<bdi>{c.esc(x.decided_by)}</bdi>"])
    head = (
        f'<div class="claims-muted" dir="{direction()}">{" · ".join(c.esc(p) for p in parts)}'
        f"{by if x.decided_by else ''}</div>"
    )
    if x.claim_id is not None:
        return (
            head
            + f'<div dir="auto">{c.badge(x.claim_status or "", code_label("status_", x.claim_status or ""))}'
            + f'<b>{c.esc(x.claim_speaker)}</b> · <bdi dir="ltr">#{x.claim_id}</bdi></div>'
            + c.block(x.claim_content)
            + c.meta_line([x.article_outlet, x.article_title])
        )
    if x.article_id is not None:
        return (
            head
            + f'<div dir="auto">{c.link(x.article_url, x.article_title or x.article_url)}</div>'
            + c.meta_line([x.article_outlet])
        )
    return head + f'<div dir="auto">{c.link(x.url, x.text or x.url)}</div>'


def render(claim_id: int, user: resources.SessionUser) -> None:
    with resources.session_scope() as session:
        views = cross_references_of(session, claim_id=claim_id)
    if not views:
        st.caption(t("xref_none"))
        return
    judge = can(user.role, Action.DECIDE)
    for x in views:
        with st.container(border=True):
            c.show(_describe(x))
            buttons = st.columns(3)
            if x.claim_id is not None:
                if buttons[0].button(t("open_claim_no", id=x.claim_id), key=f"xref_open_{x.id}"):
                    state.go_to_claim(x.claim_id)  # /claim?id=…
            elif x.article_id is not None:
                if buttons[0].button(t("xref_open_article", id=x.article_id), key=f"xref_article_{x.id}"):
                    state.go_to_article(x.article_id)  # /article?id=…
            if judge and x.state == "suggested":
                buttons[1].button(t("xref_confirm"), key=f"xref_ok_{x.id}", on_click=_judge, args=(x.id, True))
                buttons[2].button(t("reject"), key=f"xref_no_{x.id}", on_click=_judge, args=(x.id, False))
