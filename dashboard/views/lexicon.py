"""The desk lexicon: entries learned from corrections and added claims; editors accept, edit or reject.

Everything here calls ``claims.desk_lexicon``: proposals are computed there from the history, and
accept / edit / reject check the acting login's role there (a reviewer sees the list, no buttons).
"""

from __future__ import annotations

import json

import streamlit as st

from claims import desk_lexicon as desk
from claims.auth import Action, can
from claims.errors import ClaimsError
from dashboard import components as c
from dashboard import resources, state
from dashboard.i18n import code_label, direction, t, when
from dashboard.links import page_link

SHOW = ("proposed", "accepted", "rejected", "all")

user = resources.require_user()
st.title(t("lexicon_title"))
state.show_flashes()
editor = can(user.role, Action.MANAGE_LEXICON)

with resources.session_scope() as session:
    desk.refresh_proposals(session, now=resources.now())
    revision = desk.current_revision(session)
    layer_version = desk.current_layer(session).version
    entries = [
        (e.id, e.lang, e.kind, e.status, e.summary, json.dumps(e.data, ensure_ascii=False), e.claim_id,
         e.proposed_by, e.proposed_at, e.decided_by, e.decided_at, e.revision)
        for e in desk.list_entries(session)
    ]  # fmt: skip

st.caption(
    t(
        "lexicon_summary", revision=revision, layer=layer_version,  # numbers and a version: no markup
        accepted=sum(1 for e in entries if e[3] == desk.ACCEPTED),
        proposed=sum(1 for e in entries if e[3] == desk.PROPOSED),
    )
)  # fmt: skip
if not editor:
    st.info(t("lexicon_reviewers"))
if not entries:
    st.info(t("lexicon_empty"))


def _act(action: str, entry_id: int) -> None:
    try:
        with resources.session_scope() as session:
            if action == "accept":
                desk.accept(session, entry_id=entry_id, actor=resources.actor(), now=resources.now())
            elif action == "reject":
                desk.reject(session, entry_id=entry_id, actor=resources.actor(), now=resources.now())
            else:
                desk.edit(
                    session,
                    entry_id=entry_id,
                    actor=resources.actor(),
                    data=str(st.session_state.get(f"lex_data_{entry_id}", "")),
                    now=resources.now(),
                )
        flash = {"accept": "lexicon_accepted_flash", "reject": "lexicon_rejected_flash"}.get(
            action, "lexicon_edited_flash"
        )
        state.flash(t(flash, id=entry_id), "success")
    except ClaimsError as exc:
        resources.refuse(exc, t("not_saved", reason=""))


# Arabic entries are edited right to left (the JSON's Arabic words are what an editor changes).
st.html('<style>[class*="st-key-lex_ar_"] textarea { direction: rtl; text-align: right; }</style>')
status_filter = st.radio(
    t("lexicon_show"), SHOW, horizontal=True, key="lex_show", format_func={s: t(f"lex_{s}") for s in SHOW}.__getitem__
)
for eid, lang, kind, status, summary, data, claim_id, by, at, decided_by, decided_at, rev in entries:
    if status_filter != "all" and status != status_filter:
        continue
    with st.container(border=True, key=f"lex_entry_{eid}"):
        source = (
            f'<a href="{c.esc(page_link("claim", claim_id))}" target="_self">'
            f'{c.esc(t("lexicon_from_claim", id=int(claim_id)))}</a>'
            if claim_id
            else "—"
        )
        # the sentence is escaped whole; the badge, the link and the names are markup, put in its slots
        markup = [
            c.badge(status, code_label("lex_", status)), f"<b>{c.esc(code_label('lex_kind_', kind))}</b>", source,
            f'<b dir="auto">{c.esc(by)}</b>', f'<b dir="auto">{c.esc(decided_by)}</b>',
        ]  # fmt: skip
        decided = (
            " · " + t("lexicon_decided", status=code_label("lex_", status), name=c.slot(4), when=when(decided_at),
                      revision=rev)
            if decided_by
            else ""
        )  # fmt: skip
        sentence = t(
            "lexicon_entry_head", status=c.slot(0), kind=c.slot(1), lang=lang, source=c.slot(2), name=c.slot(3),
            when=when(at), decided=decided,
        )  # fmt: skip
        head = c.escaped_with(sentence, markup)
        c.show(
            f'<div dir="{direction()}">{head}</div>'
            f"{c.block(summary, lang=lang)}"
            f'<pre dir="auto" class="claims-lexicon-data">{c.esc(data)}</pre>'
        )
        if editor:
            left, middle, right = st.columns([1, 1, 3])
            if status != desk.ACCEPTED:
                left.button(t("accept"), key=f"lex_accept_{eid}", on_click=_act, args=("accept", eid))
            if status != desk.REJECTED:
                middle.button(t("reject"), key=f"lex_reject_{eid}", on_click=_act, args=("reject", eid))
            with right.expander(t("edit")), st.container(key=f"lex_{lang}_{eid}"):
                st.text_area(t("lexicon_entry_label"), value=data, key=f"lex_data_{eid}")
                st.button(t("save_and_accept"), key=f"lex_edit_{eid}", on_click=_act, args=("edit", eid))
