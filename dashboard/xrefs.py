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

KIND_LABEL = {
    "same_claim": "Same claim",
    "via": "Cited source",
    "syndicated": "Copy",
    "related": "Related article",
}


def _judge(xref_id: int, accept: bool) -> None:
    try:
        with resources.session_scope() as session:
            judge_link(session, xref_id=xref_id, actor=resources.actor(), accept=accept, now=resources.now())
    except ClaimsError as exc:
        resources.refuse(exc)
        return
    state.flash(f"Link {'confirmed' if accept else 'rejected'}.", "success")


def _describe(x: XrefView) -> str:
    head = (
        f'<div class="claims-muted" dir="ltr">{c.esc(KIND_LABEL.get(x.kind, x.kind))} · {c.esc(x.state)}'
        f"{f' · score {x.score:.2f}' if x.score else ''}"
        f"{f' · by {c.esc(x.decided_by)}' if x.decided_by else ''}</div>"
    )
    if x.claim_id is not None:
        return (
            head
            + f'<div dir="auto">{c.badge(x.claim_status or "")}'
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
        st.caption("No cross-references.")
        return
    judge = can(user.role, Action.DECIDE)
    for x in views:
        with st.container(border=True):
            c.show(_describe(x))
            buttons = st.columns(3)
            if x.claim_id is not None:
                if buttons[0].button(f"Open claim #{x.claim_id}", key=f"xref_open_{x.id}"):
                    state.go_to_claim(x.claim_id)  # /claim?id=…
            elif x.article_id is not None:
                if buttons[0].button(f"Open article #{x.article_id}", key=f"xref_article_{x.id}"):
                    state.go_to_article(x.article_id)  # /article?id=…
            if judge and x.state == "suggested":
                buttons[1].button("Confirm", key=f"xref_ok_{x.id}", on_click=_judge, args=(x.id, True))
                buttons[2].button("Reject", key=f"xref_no_{x.id}", on_click=_judge, args=(x.id, False))
