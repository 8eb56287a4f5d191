"""The dashboard's shared resources: one cached engine per database URL, short sessions, the user.

Streamlit reruns the page script on every click, so nothing that holds a connection may live in
``st.session_state``: the engine is a ``st.cache_resource`` keyed by the resolved database URL, and
each action opens its own session and closes it before the rerun ends (SQLite WAL readers must not
keep transactions open while a flow writes). The logged-in user is kept as plain values and the
``User`` row is re-read inside the action's session.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime

import streamlit as st
from sqlalchemy import Engine
from sqlmodel import Session, select

from claims import db
from claims.models import User
from claims.settings import get_settings

USER_KEY = "auth_user"


@dataclass(frozen=True)
class SessionUser:
    """Who is logged in, as plain values (safe to keep across reruns)."""

    id: int
    name: str
    role: str


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


def current_user() -> SessionUser | None:
    user = st.session_state.get(USER_KEY)
    return user if isinstance(user, SessionUser) else None


def set_current_user(user: User | None) -> None:
    if user is None:
        st.session_state.pop(USER_KEY, None)
        return
    assert user.id is not None
    st.session_state[USER_KEY] = SessionUser(id=user.id, name=user.name, role=user.role)


def require_user() -> SessionUser:
    """The logged-in user; a view reached without one stops with a message (the router prevents it)."""
    user = current_user()
    if user is None:
        st.warning("Please log in.")
        st.stop()
    return user


def load_user(session: Session, user: SessionUser) -> User:
    """The user's row in ``session``; a deactivated or deleted account is logged out."""
    row = session.exec(select(User).where(User.id == user.id)).first()
    if row is None or not row.active:
        set_current_user(None)
        st.error("Your account is no longer active.")
        st.stop()
    return row
