"""Log in against the users table (``claims users add``); nothing else is reachable before this."""

from __future__ import annotations

import streamlit as st

from claims.auth import authenticate
from claims.errors import LoginThrottled
from dashboard import i18n, resources, state
from dashboard.components import md_escape
from dashboard.i18n import t

st.title(t("app_title"))
st.caption(t("login_caption"))
i18n.language_switch(None)  # before login: this tab's choice; the user's stored one wins after
state.show_flashes()  # e.g. why this tab was logged out

with st.form("login", clear_on_submit=False):
    name = st.text_input(t("user_name"), key="login_name")
    password = st.text_input(t("password"), type="password", key="login_password")
    submitted = st.form_submit_button(t("log_in"), type="primary")

if submitted:
    try:
        with resources.session_scope() as session:
            user = authenticate(
                session,
                name=name,
                password=password,
                client=resources.client_address(),
                now=resources.now(),
                policy=resources.throttle_policy(),
            )
            if user is not None:
                resources.log_in(session, user)  # also sets the cookie that keeps a reload signed in
    except LoginThrottled as exc:
        st.error(md_escape(exc))
        st.stop()
    if user is None:
        st.error(t("wrong_login"))
    else:
        st.rerun()
