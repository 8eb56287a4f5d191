"""The article view's forms for a selection: add the missed claim it is, or move a claim's span onto it.

Plain widgets and a button, not ``st.form``: a form submits on Ctrl+Enter from a text box, and a
claim must not be stored by a key press in the middle of typing a cue. The button's callback takes
the offsets and the selected text bound when the page was drawn; the library
(``claims.review.add_claim`` / ``correct``) checks the login, the role, the span against the stored
text and duplicates, so this module only collects input and reports the outcome.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from claims.articles import ArticleClaim, ArticleView
from claims.auth import Action, can
from claims.errors import ClaimsError
from claims.review import add_claim, correct
from claims.types import ClaimKind, SpeakerKind
from dashboard import components as c
from dashboard import resources, state

NEW_SPEAKER = "(type a new speaker below)"
KINDS = [ClaimKind.INDIRECT.value, ClaimKind.DIRECT.value, ClaimKind.EVENT.value]
SPEAKER_KINDS = [k.value for k in SpeakerKind]
KIND_HELP = "direct: in quotation marks · indirect: reported speech · event: the outlet's own assertion"


def _clear(selection_key: str) -> None:
    st.session_state.pop(selection_key, None)


def _add(article_id: int, span: tuple[int, int, str], selection_key: str) -> None:
    start, end, text = span
    suffix = f"{article_id}_{start}_{end}"
    picked = str(st.session_state.get(f"add_pick_{suffix}", NEW_SPEAKER))
    typed = str(st.session_state.get(f"add_speaker_{suffix}", "")).strip()
    speaker = typed or ("" if picked == NEW_SPEAKER else picked)
    values: dict[str, Any] = {
        "speaker": speaker,
        "speaker_kind": str(st.session_state.get(f"add_speaker_kind_{suffix}", SpeakerKind.PERSON.value)),
        "speaker_role": str(st.session_state.get(f"add_role_{suffix}", "")),
        "cue": str(st.session_state.get(f"add_cue_{suffix}", "")),
        "kind": str(st.session_state.get(f"add_kind_{suffix}", ClaimKind.INDIRECT.value)),
        "via": str(st.session_state.get(f"add_via_{suffix}", "")),
    }
    try:
        with resources.session_scope() as session:
            claim = add_claim(
                session, article_id=article_id, start=start, end=end, content=text,
                actor=resources.actor(), now=resources.now(), **values,
            )  # fmt: skip
            claim_id = claim.id
    except ClaimsError as exc:
        resources.refuse(exc)
        return
    _clear(selection_key)
    state.flash(f"Claim #{claim_id} added ({start}–{end}), pending review.", "success")


def _move(claim: ArticleClaim, span: tuple[int, int, str], selection_key: str) -> None:
    start, end, text = span
    suffix = f"{claim.id}_{start}_{end}"
    values: dict[str, Any] = {"start": start, "end": end, "content": text}
    for name, current in (
        ("speaker", claim.speaker), ("cue", claim.cue), ("kind", claim.kind),
        ("speaker_kind", claim.speaker_kind), ("via", claim.via),
    ):  # fmt: skip
        value = st.session_state.get(f"move_{name}_{suffix}")
        if value is not None and str(value) != current:
            values[name] = str(value)
    try:
        with resources.session_scope() as session:
            correct(
                session, claim_id=claim.id, actor=resources.actor(), version=claim.version,
                now=resources.now(), **values,
            )  # fmt: skip
    except ClaimsError as exc:
        resources.refuse(exc)
        return
    _clear(selection_key)
    state.flash(f"Claim #{claim.id} now spans {start}–{end}.", "success")


def _add_form(view: ArticleView, span: tuple[int, int, str], selection_key: str) -> None:
    start, end, _ = span
    suffix = f"{view.id}_{start}_{end}"
    speakers = view.speakers()
    kinds = dict(speakers)
    pick = st.selectbox(
        "Speaker (the article's known speakers)", [*kinds, NEW_SPEAKER], key=f"add_pick_{suffix}"
    )
    st.text_input("…or type the speaker's name", key=f"add_speaker_{suffix}", placeholder="الاسم الكامل / full name")
    a, b = st.columns(2)
    default_kind = kinds.get(pick, SpeakerKind.PERSON.value)
    a.selectbox(
        "Speaker kind", SPEAKER_KINDS, index=SPEAKER_KINDS.index(default_kind) if default_kind in SPEAKER_KINDS else 0,
        key=f"add_speaker_kind_{suffix}",
    )  # fmt: skip
    b.text_input("Speaker's role (optional)", key=f"add_role_{suffix}")
    a, b, d = st.columns(3)
    a.text_input("Cue (the reporting verb as written)", key=f"add_cue_{suffix}")
    b.selectbox("Kind", KINDS, key=f"add_kind_{suffix}", help=KIND_HELP)
    d.text_input("Via (intermediary, optional)", key=f"add_via_{suffix}")
    st.button(
        "Add claim", type="primary", key=f"add_claim_{suffix}", icon=":material/add:",
        on_click=_add, args=(view.id, span, selection_key),
    )  # fmt: skip


def _claim_label(claim: ArticleClaim) -> str:
    words = claim.content if len(claim.content) <= 60 else claim.content[:60] + "…"
    return f"#{claim.id} · {claim.speaker} · {words}"


def _move_form(view: ArticleView, span: tuple[int, int, str], selection_key: str) -> None:
    start, end, _ = span
    if not view.claims:
        st.info("This article has no claims to move.")
        return
    near = view.overlapping(start, end)
    near_ids = {c.id for c in near}
    choices = {c.id: c for c in [*near, *(c for c in view.claims if c.id not in near_ids)]}
    claim_id = st.selectbox(
        "Claim to move (the ones the selection overlaps first)", list(choices),
        format_func=lambda i: _claim_label(choices[i]), key=f"move_pick_{view.id}_{start}_{end}",
    )  # fmt: skip
    claim = choices[claim_id]
    suffix = f"{claim.id}_{start}_{end}"
    c.show(
        f'<div class="claims-muted" dir="ltr">Now {claim.start}–{claim.end}: </div>'
        f'<div class="claims-text" dir="auto">{c.esc(claim.content)}</div>'
    )
    a, b = st.columns(2)
    a.text_input("Speaker", value=claim.speaker, key=f"move_speaker_{suffix}")
    b.selectbox(
        "Speaker kind", SPEAKER_KINDS,
        index=SPEAKER_KINDS.index(claim.speaker_kind) if claim.speaker_kind in SPEAKER_KINDS else 0,
        key=f"move_speaker_kind_{suffix}",
    )  # fmt: skip
    a, b, d = st.columns(3)
    a.text_input("Cue", value=claim.cue, key=f"move_cue_{suffix}")
    b.selectbox(
        "Kind", KINDS, index=KINDS.index(claim.kind) if claim.kind in KINDS else 0, key=f"move_kind_{suffix}",
        help=KIND_HELP,
    )  # fmt: skip
    d.text_input("Via", value=claim.via, key=f"move_via_{suffix}")
    st.button(
        f"Move claim #{claim.id} here", type="primary", key=f"move_claim_{suffix}", icon=":material/swap_horiz:",
        on_click=_move, args=(claim, span, selection_key),
    )  # fmt: skip


def selection_panel(
    view: ArticleView, span: tuple[int, int, str], user: resources.SessionUser, selection_key: str
) -> None:
    """The selected words and what can be done with them (moving only for those who may correct)."""
    start, end, text = span
    with st.container(border=True):
        c.show(
            f'<div class="claims-muted" dir="ltr">Selected characters {start}–{end}</div>'
            f'<div class="claims-text claims-content claims-selection" dir="auto" lang="{c.esc(view.lang)}">'
            f"{c.esc(text)}</div>"
        )
        st.button("Clear the selection", key="selection_clear", on_click=_clear, args=(selection_key,))
        if can(user.role, Action.CORRECT):
            add_tab, move_tab = st.tabs(["Add a missed claim", "Move a claim's span here"])
            with add_tab:
                _add_form(view, span, selection_key)
            with move_tab:
                _move_form(view, span, selection_key)
        else:
            st.markdown("**Add a missed claim**")
            _add_form(view, span, selection_key)
