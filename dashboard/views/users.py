"""Admins: the desk's accounts — list them, add one, reset a password (rules in ``claims.auth``)."""

from __future__ import annotations

import streamlit as st

from claims.auth import Action, add_user, can, list_users, set_password
from claims.errors import ClaimsError
from claims.types import Role
from dashboard import components as c
from dashboard import resources, state
from dashboard.i18n import direction, t, when

user = resources.require_user()
st.title(t("users_title"))
if not can(user.role, Action.MANAGE_USERS):
    st.error(t("users_admins_only"))
    st.stop()
state.show_flashes()

with resources.session_scope() as session:
    users = [(u.name, u.role, u.active, u.created_at) for u in list_users(session)]
rows = "".join(
    f'<tr><td dir="auto">{c.esc(n)}</td><td>{c.esc(t(f"role_{r}"))}</td>'
    f'<td>{c.esc(t("user_active" if a else "user_inactive"))}</td><td>{c.esc(when(since))}</td></tr>'
    for n, r, a, since in users
)
head = "".join(f"<th>{c.esc(t(k))}</th>" for k in ("col_name", "col_role", "col_state", "col_since"))
c.show(
    f'<table class="claims-table" dir="{direction()}"><thead><tr>{head}</tr></thead>'
    f"<tbody>{rows}</tbody></table>"
)


def _run(action: str) -> None:
    try:
        with resources.session_scope() as session:
            if action == "add":
                add_user(
                    session,
                    actor=resources.actor(),
                    name=str(st.session_state["new_name"]),
                    password=str(st.session_state["new_password"]),
                    role=str(st.session_state["new_role"]),
                )
                state.flash(t("user_added", name=st.session_state["new_name"]), "success")
            else:
                set_password(
                    session,
                    actor=resources.actor(),
                    name=str(st.session_state["pw_name"]),
                    password=str(st.session_state["pw_new"]),
                )
                state.flash(t("password_changed", name=st.session_state["pw_name"]), "success")
    except ClaimsError as exc:
        resources.refuse(exc, t("not_saved", reason=""))


left, right = st.columns(2)
with left, st.form("add_user", clear_on_submit=True):
    st.markdown(f"**{c.md_escape(t('add_a_user'))}**")
    st.text_input(t("name_label"), key="new_name")
    st.text_input(t("password"), type="password", key="new_password")
    st.selectbox(t("role_label"), [r.value for r in Role], key="new_role",
                 format_func={r.value: t(f"role_{r.value}") for r in Role}.__getitem__)
    st.form_submit_button(t("add_user"), on_click=_run, args=("add",))
with right, st.form("set_password", clear_on_submit=True):
    st.markdown(f"**{c.md_escape(t('reset_password'))}**")
    st.selectbox(t("user_label"), [n for n, *_ in users], key="pw_name")
    st.text_input(t("new_password"), type="password", key="pw_new")
    st.form_submit_button(t("change_password"), on_click=_run, args=("passwd",))
