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
from dashboard.links import page_link

user = resources.require_user()
st.title("Lexicon")
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
    f"Revision {revision} · extraction runs as {layer_version} · "
    f"{sum(1 for e in entries if e[3] == desk.ACCEPTED)} accepted, "
    f"{sum(1 for e in entries if e[3] == desk.PROPOSED)} proposed"
)
if not editor:
    st.info("Editors accept, edit or reject entries; reviewers see them here.")
if not entries:
    st.info(
        "Nothing learned yet: corrections of a speaker or a cue, and claims a reviewer adds, "
        "propose entries here."
    )


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
        state.flash(
            f"Entry {entry_id}: {action}ed." if action != "edit" else f"Entry {entry_id}: saved as edited.",
            "success",
        )
    except ClaimsError as exc:
        resources.refuse(exc)


# Arabic entries are edited right to left (the JSON's Arabic words are what an editor changes).
st.html('<style>[class*="st-key-lex_ar_"] textarea { direction: rtl; text-align: right; }</style>')
status_filter = st.radio("Show", ["proposed", "accepted", "rejected", "all"], horizontal=True, key="lex_show")
for eid, lang, kind, status, summary, data, claim_id, by, at, decided_by, decided_at, rev in entries:
    if status_filter != "all" and status != status_filter:
        continue
    with st.container(border=True, key=f"lex_entry_{eid}"):
        source = (
            f'<a href="{c.esc(page_link("claim", claim_id))}" target="_self">claim #{int(claim_id)}</a>'
            if claim_id
            else "—"
        )
        decided = (
            f' · {c.esc(status)} by <b dir="auto">{c.esc(decided_by)}</b> '
            f"{c.when(decided_at)} (revision {rev})"
            if decided_by
            else ""
        )
        c.show(
            f'<div dir="ltr">{c.badge(status)} <b>{c.esc(kind)}</b> ({c.esc(lang)}) · from {source} · '
            f'taught by <b dir="auto">{c.esc(by)}</b> {c.when(at)}{decided}</div>'
            f"{c.block(summary, lang=lang)}"
            f'<pre dir="auto" class="claims-lexicon-data">{c.esc(data)}</pre>'
        )
        if editor:
            left, middle, right = st.columns([1, 1, 3])
            if status != desk.ACCEPTED:
                left.button("Accept", key=f"lex_accept_{eid}", on_click=_act, args=("accept", eid))
            if status != desk.REJECTED:
                middle.button("Reject", key=f"lex_reject_{eid}", on_click=_act, args=("reject", eid))
            with right.expander("Edit"), st.container(key=f"lex_{lang}_{eid}"):
                st.text_area("Entry (lexicon format, JSON)", value=data, key=f"lex_data_{eid}")
                st.button("Save and accept", key=f"lex_edit_{eid}", on_click=_act, args=("edit", eid))
