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
from dashboard.i18n import code_label, direction, t

# The "new speaker" choice is a sentinel shown in the interface language, never a speaker's name:
# the options are codes and ``format_func`` words them, so a language switch keeps the choice.
NEW_SPEAKER = "\x00new speaker"
KINDS = [ClaimKind.INDIRECT.value, ClaimKind.DIRECT.value, ClaimKind.EVENT.value]
SPEAKER_KINDS = [k.value for k in SpeakerKind]


def _words_of(prefix: str, codes: list[str]) -> Any:
    """A ``format_func`` wording ``codes`` in this run's language (a dict's lookup, worded now: the
    function is also called after the run, where the interface language is not known)."""
    return {code: code_label(prefix, code) for code in codes}.__getitem__


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
        resources.refuse(exc, t("not_saved", reason=""))
        return
    _clear(selection_key)
    state.flash(t("claim_added_flash", id=claim_id, start=start, end=end), "success")


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
        resources.refuse(exc, t("not_saved", reason=""))
        return
    _clear(selection_key)
    state.flash(t("claim_moved_flash", id=claim.id, start=start, end=end), "success")


def _add_form(view: ArticleView, span: tuple[int, int, str], selection_key: str) -> None:
    start, end, _ = span
    suffix = f"{view.id}_{start}_{end}"
    speakers = view.speakers()
    kinds = dict(speakers)
    pick = st.selectbox(
        t("pick_speaker"), [*kinds, NEW_SPEAKER], key=f"add_pick_{suffix}",
        format_func={**{k: k for k in kinds}, NEW_SPEAKER: t("new_speaker")}.__getitem__,
    )
    st.text_input(t("type_speaker"), key=f"add_speaker_{suffix}", placeholder=t("speaker_name_placeholder"))
    a, b = st.columns(2)
    default_kind = kinds.get(pick, SpeakerKind.PERSON.value)
    a.selectbox(
        t("speaker_kind_label"), SPEAKER_KINDS,
        index=SPEAKER_KINDS.index(default_kind) if default_kind in SPEAKER_KINDS else 0,
        key=f"add_speaker_kind_{suffix}", format_func=_words_of("speaker_kind_", SPEAKER_KINDS),
    )  # fmt: skip
    b.text_input(t("speaker_role_optional"), key=f"add_role_{suffix}")
    a, b, d = st.columns(3)
    a.text_input(t("cue_as_written"), key=f"add_cue_{suffix}")
    b.selectbox(t("kind_label"), KINDS, key=f"add_kind_{suffix}", help=t("kind_help"), format_func=_words_of("kind_", KINDS))
    d.text_input(t("via_optional"), key=f"add_via_{suffix}")
    st.button(
        t("add_claim"), type="primary", key=f"add_claim_{suffix}", icon=":material/add:",
        on_click=_add, args=(view.id, span, selection_key),
    )  # fmt: skip


def _claim_label(claim: ArticleClaim) -> str:
    words = claim.content if len(claim.content) <= 60 else claim.content[:60] + "…"
    return f"#{claim.id} · {claim.speaker} · {words}"


def _move_form(view: ArticleView, span: tuple[int, int, str], selection_key: str) -> None:
    start, end, _ = span
    if not view.claims:
        st.info(t("no_claims_to_move"))
        return
    near = view.overlapping(start, end)
    near_ids = {c.id for c in near}
    choices = {c.id: c for c in [*near, *(c for c in view.claims if c.id not in near_ids)]}
    claim_id = st.selectbox(
        t("claim_to_move"), list(choices),
        format_func=lambda i: _claim_label(choices[i]), key=f"move_pick_{view.id}_{start}_{end}",
    )  # fmt: skip
    claim = choices[claim_id]
    suffix = f"{claim.id}_{start}_{end}"
    c.show(
        f'<div class="claims-muted" dir="{direction()}">{c.esc(t("now_spans", start=claim.start, end=claim.end))}</div>'
        f'<div class="claims-text" dir="auto">{c.esc(claim.content)}</div>'
    )
    a, b = st.columns(2)
    a.text_input(t("corr_speaker"), value=claim.speaker, key=f"move_speaker_{suffix}")
    b.selectbox(
        t("speaker_kind_label"), SPEAKER_KINDS,
        index=SPEAKER_KINDS.index(claim.speaker_kind) if claim.speaker_kind in SPEAKER_KINDS else 0,
        key=f"move_speaker_kind_{suffix}", format_func=_words_of("speaker_kind_", SPEAKER_KINDS),
    )  # fmt: skip
    a, b, d = st.columns(3)
    a.text_input(t("corr_cue"), value=claim.cue, key=f"move_cue_{suffix}")
    b.selectbox(
        t("kind_label"), KINDS, index=KINDS.index(claim.kind) if claim.kind in KINDS else 0, key=f"move_kind_{suffix}",
        help=t("kind_help"), format_func=_words_of("kind_", KINDS),
    )  # fmt: skip
    d.text_input(t("via_label"), value=claim.via, key=f"move_via_{suffix}")
    st.button(
        t("move_claim_here", id=claim.id), type="primary", key=f"move_claim_{suffix}", icon=":material/swap_horiz:",
        on_click=_move, args=(claim, span, selection_key),
    )  # fmt: skip


def selection_panel(
    view: ArticleView, span: tuple[int, int, str], user: resources.SessionUser, selection_key: str
) -> None:
    """The selected words and what can be done with them (moving only for those who may correct)."""
    start, end, text = span
    with st.container(border=True):
        c.show(
            f'<div class="claims-muted" dir="{direction()}">{c.esc(t("selected_chars", start=start, end=end))}</div>'
            f'<div class="claims-text claims-content claims-selection" dir="auto" lang="{c.esc(view.lang)}">'
            f"{c.esc(text)}</div>"
        )
        st.button(t("clear_selection"), key="selection_clear", on_click=_clear, args=(selection_key,))
        if can(user.role, Action.CORRECT):
            add_tab, move_tab = st.tabs([t("tab_add_missed"), t("tab_move_span")])
            with add_tab:
                _add_form(view, span, selection_key)
            with move_tab:
                _move_form(view, span, selection_key)
        else:
            st.markdown(f"**{c.md_escape(t('tab_add_missed'))}**")
            _add_form(view, span, selection_key)
