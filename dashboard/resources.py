"""The dashboard's shared resources: one cached engine per database URL, short sessions, the user.

Streamlit reruns the page script on every click, so nothing that holds a connection may live in
``st.session_state``: the engine is a ``st.cache_resource`` keyed by the resolved database URL, and
each action opens its own session and closes it before the rerun ends (SQLite WAL readers must not
keep transactions open while a flow writes). The logged-in user is kept as plain values and the
``User`` row is never trusted from here: every action hands the library this tab's login token
(:func:`actor`), and the library checks the login, the account and the role at the moment of the
act — a button handler runs *before* the page re-checks anything (:func:`restore_user`), so a
tab whose login was ended elsewhere must be refused by the library itself (:func:`refuse`).

A login also survives a reload (F5) or a second tab: :func:`log_in` opens a server-side session
(``claims.logins``) and the browser keeps its random token in the ``claims_session`` cookie (path
``/``, ``SameSite=Strict``, ``max-age`` = ``CLAIMS_LOGIN_HOURS``). Streamlit gives a script no HTTP
response to put a ``Set-Cookie`` header on, so the cookie is written by a one-off script in the page
(``st.html(..., unsafe_allow_javascript=True)``) and therefore **cannot be HttpOnly**: a script
running in the page could read it. That is acceptable only because everything the dashboard renders
from users or articles is escaped (``dashboard.components.esc``/``md_escape``), so no stored content
can run script; the token never appears in the URL or in rendered text, and the script removes
itself once it has run. Each run re-checks the token against the database (:func:`restore_user`),
so logging out, a password change or a deactivation ends the login in every tab at its next click.
"""

from __future__ import annotations

import json
import re
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import streamlit as st
from sqlalchemy import Engine
from sqlmodel import Session

from claims import db, logins
from claims.actors import Login
from claims.errors import ClaimsError, LoginEnded
from claims.models import User
from claims.settings import get_settings
from claims.throttle import ThrottlePolicy
from dashboard import state

USER_KEY = "auth_user"
TOKEN_KEY = "auth_token"  # the login's token, kept server-side to re-check it on every run
COOKIE_JS_KEY = "auth_cookie_js"  # a cookie change for the next run to write: a token, or "" to clear
TRIED_KEY = "auth_cookie_tried"  # hash of a cookie that did not resume, so it is not re-queried
COOKIE = "claims_session"
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{20,200}")  # secrets.token_urlsafe's alphabet


@dataclass(frozen=True)
class SessionUser:
    """Who is logged in, as plain values (safe to keep across reruns)."""

    id: int
    name: str
    role: str
    language: str | None = None  # the interface language the user chose (dashboard.i18n)


def database_url() -> str:
    return get_settings().resolved_database_url


@st.cache_resource(show_spinner=False)
def _engine_for(url: str) -> Engine:
    return db.require_migrated(url)


def get_engine() -> Engine:
    """The engine of the configured database; raises :class:`StorageError` when it is not migrated."""
    return _engine_for(database_url())


def session_scope() -> AbstractContextManager[Session]:
    """One unit of work for one action: commit on success, roll back on error, always closed."""
    return db.unit_of_work(get_engine())


def now() -> datetime:
    return datetime.now(UTC)


def lease_minutes() -> int:
    return get_settings().lease_minutes


def undo_window() -> timedelta:
    return timedelta(minutes=get_settings().undo_minutes)


def skip_timezone() -> str:
    return get_settings().skip_timezone


def current_user() -> SessionUser | None:
    user = st.session_state.get(USER_KEY)
    return user if isinstance(user, SessionUser) else None


def set_current_user(user: User | None) -> None:
    if user is None:
        st.session_state.pop(USER_KEY, None)
        st.session_state.pop(TOKEN_KEY, None)
        return
    assert user.id is not None
    st.session_state[USER_KEY] = SessionUser(
        id=user.id, name=user.name, role=user.role, language=user.language
    )


def require_user() -> SessionUser:
    """The logged-in user; a view reached without one stops with a message (the router prevents it)."""
    user = current_user()
    if user is None:
        from dashboard.i18n import t

        st.warning(t("please_log_in"))
        st.stop()
    return user


def actor() -> Login:
    """This tab's login, for the library to check when it acts (an empty token is refused there)."""
    token = st.session_state.get(TOKEN_KEY)
    return Login(token if isinstance(token, str) else "")


def refuse(exc: ClaimsError, prefix: str = "Not saved — ") -> None:
    """Report a refused action as one line on the next render; a dead login logs this tab out."""
    if isinstance(exc, LoginEnded):
        log_out()
    state.flash(f"{prefix}{exc}", "error")


def throttle_policy() -> ThrottlePolicy:
    """The failed-login policy of the settings (``CLAIMS_LOGIN_MAX_FAILURES`` and the rest)."""
    settings = get_settings()
    return ThrottlePolicy(
        max_failures=settings.login_max_failures,
        max_client_failures=settings.login_max_client_failures,
        lockout=timedelta(minutes=settings.login_lockout_minutes),
    )


def client_address() -> str | None:
    """The browser's address as the server sees it (``None`` outside a browser, e.g. AppTest)."""
    address = st.context.ip_address
    return address if isinstance(address, str) and address else None


def login_ttl() -> timedelta:
    return timedelta(hours=get_settings().login_hours)


def log_in(session: Session, user: User) -> None:
    """Remember ``user`` in this tab and open a server-side login the cookie will carry to others."""
    token = logins.start_session(session, user, now(), login_ttl())
    set_current_user(user)
    st.session_state[TOKEN_KEY] = token
    st.session_state[COOKIE_JS_KEY] = token


def log_out() -> None:
    """End the login in the database, forget everything of this tab, and clear the cookie."""
    token = st.session_state.get(TOKEN_KEY)
    if isinstance(token, str):
        with session_scope() as session:
            logins.end_session(session, token)
    st.session_state.clear()
    stale = _cookie()
    if stale:  # the websocket still carries the old cookie: do not try it again
        st.session_state[TRIED_KEY] = logins.hash_token(stale)
    st.session_state[COOKIE_JS_KEY] = ""


def _cookie() -> str | None:
    """The login cookie the browser sent when this tab connected (``None`` outside a browser)."""
    value = st.context.cookies.get(COOKIE)
    return value if isinstance(value, str) and value else None


def restore_user() -> SessionUser | None:
    """This run's user: the tab's login if still live, else the cookie's; ``None`` shows the login page."""
    user = current_user()
    token = st.session_state.get(TOKEN_KEY)
    if user is not None:
        try:
            with session_scope() as session:
                live = logins.live_user(session, token if isinstance(token, str) else None, now())
        except LoginEnded as exc:  # logged out in another tab, password changed, deactivated, expired
            refuse(exc, "")
            return None
        if live.id != user.id:  # not this tab's login: trust neither
            log_out()
            return None
        set_current_user(live)  # the role may have changed since the last run
        return current_user()
    cookie = _cookie()
    if cookie is None or st.session_state.get(TRIED_KEY) == logins.hash_token(cookie):
        return None
    with session_scope() as session:
        row = logins.resume(session, cookie, now())
        if row is not None:
            set_current_user(row)
    if row is None:
        st.session_state[TRIED_KEY] = logins.hash_token(cookie)
        st.session_state[COOKIE_JS_KEY] = ""
        return None
    st.session_state[TOKEN_KEY] = cookie
    return current_user()


def cookie_script(token: str) -> str:
    """The ``<script>`` that sets (``token``) or clears (``""``) the login cookie, then removes itself."""
    if token and not _TOKEN_SHAPE.fullmatch(token):
        raise ValueError("not a login token")
    max_age = int(login_ttl().total_seconds()) if token else 0
    cookie = json.dumps(f"{COOKIE}={token}; Path=/; Max-Age={max_age}; SameSite=Strict")
    return (
        "<script>(function(){"
        f"document.cookie={cookie}+(location.protocol==='https:'?'; Secure':'');"
        "var s=document.currentScript;if(s){s.textContent='';s.remove();}"
        "})();</script>"
    )


def write_cookie() -> None:
    """Write the cookie change :func:`log_in`/:func:`log_out`/:func:`restore_user` asked for, once."""
    token = st.session_state.pop(COOKIE_JS_KEY, None)
    if isinstance(token, str):
        st.html(cookie_script(token), unsafe_allow_javascript=True)


def login_token() -> str | None:
    """This tab's login token, for library reads that check the login themselves."""
    token = st.session_state.get(TOKEN_KEY)
    return token if isinstance(token, str) else None
