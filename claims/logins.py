"""Server-side login sessions for the dashboard: a reload or a second tab stays signed in.

The browser keeps a random token (``secrets.token_urlsafe(32)``, 256 bits); the database keeps only
its SHA-256, so a read of the ``loginsession`` table (a backup, a log of queries) yields nothing
that logs anyone in. A plain hash, not argon2, is right here: the token is random and long, so
there is nothing to brute-force, and every dashboard rerun checks it.

Expiry is absolute (``expires_at`` is fixed at login): the cookie's ``max-age`` is set once at
login too, so sliding the server side would not keep anyone signed in longer. Ending a session,
changing a password (``claims.auth.set_password``) or deactivating a user revokes the rows, and
:func:`resume` refuses a deactivated user even before that.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from claims.errors import LoginEnded
from claims.models import LoginSession, User

# How stale ``last_seen_at`` may get before a resume writes it again (one write a minute, not a
# write on every rerun of every open tab).
SEEN_EVERY = timedelta(seconds=60)
_MAX_TOKEN = 200  # token_urlsafe(32) is 43 characters; anything much longer is not ours


def hash_token(token: str) -> str:
    """The stored form of a token: hex SHA-256."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def start_session(session: Session, user: User, now: datetime, ttl: timedelta) -> str:
    """Open a login for ``user`` valid for ``ttl``; returns the token for the browser. Does not commit."""
    if user.id is None:
        raise ValueError("the user must be stored before it can log in")
    if ttl <= timedelta(0):
        raise ValueError("a login session needs a positive lifetime")
    now = _aware(now)
    # This user's long-expired rows are of no use to anyone: drop them while we are here.
    session.exec(  # type: ignore[call-overload]
        delete(LoginSession).where(col(LoginSession.user_id) == user.id, col(LoginSession.expires_at) < now)
    )
    token = secrets.token_urlsafe(32)
    session.add(
        LoginSession(
            token_hash=hash_token(token),
            user_id=user.id,
            created_at=now,
            expires_at=now + ttl,
            last_seen_at=now,
        )
    )
    session.flush()
    return token


def live_user(session: Session, token: str | None, now: datetime, *, touch: bool = True) -> User:
    """The user of a live login, read from the database now; :class:`LoginEnded` says why not.

    Both rows are re-read (``populate_existing``): a copy of the user cached in this session from
    before a deactivation or a password change must not pass for the current one. ``touch=False``
    (an act's check) leaves ``last_seen_at`` alone: an act must not take SQLite's write lock before
    its own guarded update, or racing reviewers would queue behind a bookkeeping write.
    """
    if not token or len(token) > _MAX_TOKEN:
        raise LoginEnded("you are not logged in — log in again; nothing was saved")
    now = _aware(now)
    found = session.exec(
        select(LoginSession, User)
        .join(User, col(User.id) == col(LoginSession.user_id))
        .where(col(LoginSession.token_hash) == hash_token(token))
        .execution_options(populate_existing=True)
    ).first()
    if found is None:
        raise LoginEnded("your login is not known — log in again; nothing was saved")
    login, user = found
    if not user.active:
        raise LoginEnded(f"account {user.name!r} is deactivated — nothing was saved")
    if login.revoked:
        raise LoginEnded(
            "your login was ended (logged out, or the password was changed) — log in again; nothing was saved"
        )
    if _aware(login.expires_at) <= now:
        raise LoginEnded("your login expired — log in again; nothing was saved")
    if touch and now - _aware(login.last_seen_at) >= SEEN_EVERY:
        login.last_seen_at = now
        session.add(login)
        session.flush()
    return user


def resume(session: Session, token: str | None, now: datetime) -> User | None:
    """The user of a live login, else ``None`` (unknown, expired or revoked token; deactivated user)."""
    try:
        return live_user(session, token, now)
    except LoginEnded:
        return None


def end_session(session: Session, token: str | None) -> None:
    """Revoke this login (logout); an unknown token is a no-op. Does not commit."""
    if not token or len(token) > _MAX_TOKEN:
        return
    session.exec(  # type: ignore[call-overload]
        update(LoginSession).where(col(LoginSession.token_hash) == hash_token(token)).values(revoked=True)
    )
    session.flush()


def revoke_all(session: Session, user_id: int) -> int:
    """Revoke every live login of a user (password change, deactivation); returns how many. No commit."""
    result = session.exec(  # type: ignore[call-overload]
        update(LoginSession)
        .where(col(LoginSession.user_id) == user_id, col(LoginSession.revoked).is_(False))
        .values(revoked=True)
    )
    session.flush()
    return int(result.rowcount or 0)
