"""Admins: the desk's accounts — list them, add one, reset a password (rules in ``claims.auth``)."""

from __future__ import annotations

import streamlit as st

from claims.auth import Action, add_user, can, list_users, set_password
from claims.errors import ClaimsError
from claims.types import Role
from dashboard import components as c
from dashboard import resources, state

user = resources.require_user()
st.title("Users")
if not can(user.role, Action.MANAGE_USERS):
    st.error("Only admins manage users.")
    st.stop()
state.show_flashes()

with resources.session_scope() as session:
    users = [(u.name, u.role, u.active, u.created_at) for u in list_users(session)]
rows = "".join(
    f'<tr><td dir="auto">{c.esc(n)}</td><td>{c.esc(r)}</td><td>{"active" if a else "inactive"}</td>'
    f"<td>{c.when(t)}</td></tr>"
    for n, r, a, t in users
)
c.show(
    '<table class="claims-table"><thead>'
    "<tr><th>name</th><th>role</th><th>state</th><th>since</th></tr></thead>"
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
                state.flash(f"User {st.session_state['new_name']} added.", "success")
            else:
                set_password(
                    session,
                    actor=resources.actor(),
                    name=str(st.session_state["pw_name"]),
                    password=str(st.session_state["pw_new"]),
                )
                state.flash(f"Password of {st.session_state['pw_name']} changed.", "success")
    except ClaimsError as exc:
        resources.refuse(exc)


left, right = st.columns(2)
with left, st.form("add_user", clear_on_submit=True):
    st.markdown("**Add a user**")
    st.text_input("Name", key="new_name")
    st.text_input("Password", type="password", key="new_password")
    st.selectbox("Role", [r.value for r in Role], key="new_role")
    st.form_submit_button("Add user", on_click=_run, args=("add",))
with right, st.form("set_password", clear_on_submit=True):
    st.markdown("**Reset a password**")
    st.selectbox("User", [n for n, *_ in users], key="pw_name")
    st.text_input("New password", type="password", key="pw_new")
    st.form_submit_button("Change password", on_click=_run, args=("passwd",))
