"""Desk users: argon2 salted password hashes, roles, and who may do what.

Every permission check goes through :func:`authorize` (or :func:`can` / :func:`require`), so the
rules live here and are tested here, not in the UI. State-changing calls take an
:data:`~claims.actors.Actor` and call :func:`authorize` themselves, at the moment of the act: the
dashboard's role checks only decide what to *show*.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from claims import logins
from claims.actors import Actor, Login, Operator
from claims.errors import InputError, PermissionDenied
from claims.models import User, utcnow
from claims.types import Role

MIN_PASSWORD = 8
MAX_PASSWORD = 1024
MAX_NAME = 100


class Action(StrEnum):
    DECIDE = "decide"
    CORRECT = "correct"
    EXPORT = "export"
    MANAGE_SOURCES = "manage_sources"
    MANAGE_USERS = "manage_users"
    VIEW = "view"


_ALLOWED: dict[Role, frozenset[Action]] = {
    Role.REVIEWER: frozenset({Action.VIEW, Action.DECIDE}),
    Role.EDITOR: frozenset(
        {Action.VIEW, Action.DECIDE, Action.CORRECT, Action.EXPORT, Action.MANAGE_SOURCES}
    ),
    Role.ADMIN: frozenset(Action),
}

# The command line's operator holds the machine (and its database): no login would add anything,
# but a review decision must still be a named desk member's.
_OPERATOR_ALLOWED = frozenset({Action.MANAGE_USERS, Action.EXPORT})

_hasher = PasswordHasher()
# Verified against when the name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def _role(role: Role | str) -> Role:
    try:
        return Role(str(role).strip().lower())
    except ValueError:
        raise InputError(f"unknown role {role!r}: use one of {', '.join(r.value for r in Role)}") from None


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME or any(ch.isspace() or not ch.isprintable() for ch in name):
        raise InputError(f"user name must be 1–{MAX_NAME} printable characters without spaces")
    return name


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InputError(f"password too short: use at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise InputError(f"password too long: at most {MAX_PASSWORD} characters")


def hash_password(password: str) -> str:
    """A salted argon2id hash (the salt and parameters are inside the string)."""
    return _hasher.hash(password)


def get_user(session: Session, *, name: str) -> User | None:
    return session.exec(select(User).where(col(User.name) == name.strip())).first()


def list_users(session: Session) -> list[User]:
    return list(session.exec(select(User).order_by(col(User.name))).all())


def add_user(
    session: Session, *, actor: Actor, name: str, password: str, role: Role | str, now: datetime | None = None
) -> User:
    """Create a user; :class:`InputError` if the name exists or the password is weak. Does not commit.

    ``actor`` must be an admin's live login or the operator (:func:`authorize`).
    """
    authorize(session, actor, Action.MANAGE_USERS, now)
    name = _check_name(name)
    checked_role = _role(role)
    _check_password(password)
    if get_user(session, name=name) is not None:
        raise InputError(f"user {name!r} already exists")
    user = User(name=name, password_hash=hash_password(password), role=checked_role.value)
    session.add(user)
    session.flush()
    return user


def set_password(
    session: Session, *, actor: Actor, name: str, password: str, now: datetime | None = None
) -> None:
    """Replace a user's password and end every login they have open (an admin or the operator)."""
    authorize(session, actor, Action.MANAGE_USERS, now)
    user = get_user(session, name=name)
    if user is None:
        raise InputError(f"no user {name!r}")
    _check_password(password)
    user.password_hash = hash_password(password)
    session.add(user)
    session.flush()
    assert user.id is not None
    logins.revoke_all(session, user.id)  # a new password signs out every browser holding the old login


def set_active(
    session: Session, *, actor: Actor, name: str, active: bool, now: datetime | None = None
) -> User:
    """Activate or deactivate a user; deactivating also ends all their logins. Does not commit."""
    authorize(session, actor, Action.MANAGE_USERS, now)
    user = get_user(session, name=name)
    if user is None:
        raise InputError(f"no user {name!r}")
    user.active = active
    session.add(user)
    session.flush()
    if not active:
        assert user.id is not None
        logins.revoke_all(session, user.id)
    return user


def set_role(
    session: Session, *, actor: Actor, name: str, role: Role | str, now: datetime | None = None
) -> User:
    """Give a user another role; their open logins stay, and every later act is checked against it."""
    authorize(session, actor, Action.MANAGE_USERS, now)
    checked_role = _role(role)
    user = get_user(session, name=name)
    if user is None:
        raise InputError(f"no user {name!r}")
    user.role = checked_role.value
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, *, name: str, password: str) -> User | None:
    """The active user with this name and password, else ``None`` (same cost either way)."""
    user = get_user(session, name=name) if name.strip() else None
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):  # parameters were raised since it was stored
        user.password_hash = hash_password(password)
        session.add(user)
        session.flush()
    return user


def can(role: Role | str, action: Action) -> bool:
    try:
        return Action(action) in _ALLOWED[Role(str(role))]
    except ValueError:
        return False


def require(user: User, action: Action) -> None:
    """Raise :class:`PermissionDenied` unless ``user`` is active and their role allows ``action``."""
    if not user.active:
        raise PermissionDenied(f"user {user.name!r} is deactivated")
    if not can(user.role, action):
        allowed = " or ".join(r.value for r in Role if action in _ALLOWED[r])
        verb = Action(action).value.replace("_", " ")
        raise PermissionDenied(f"{user.name} is a {user.role}: only {allowed} may {verb}")


def authorize(session: Session, actor: Actor, action: Action, now: datetime | None = None) -> User | Operator:
    """Who may do ``action`` now: the live login's user (re-read) or the operator; else an error.

    A :class:`~claims.actors.Login` is checked against the database at this moment — the login
    is neither ended nor expired (:class:`~claims.errors.LoginEnded`), the user is active and the
    user's *current* role allows ``action`` (:class:`~claims.errors.PermissionDenied`). The
    :data:`~claims.actors.OPERATOR` (the CLI) may administer users and export, never review.
    """
    if isinstance(actor, Operator):
        if action not in _OPERATOR_ALLOWED:
            raise PermissionDenied(f"the operator cannot {Action(action).value.replace('_', ' ')}: log in as a desk member")
        return actor
    if not isinstance(actor, Login):
        raise PermissionDenied("an action needs a live login (or the operator at the command line)")
    user = logins.live_user(session, actor.token, now or utcnow())
    require(user, action)
    return user


def acting_user(session: Session, actor: Actor, action: Action, now: datetime | None = None) -> User:
    """:func:`authorize` for acts that must name a desk member (decisions, corrections, leases)."""
    who = authorize(session, actor, action, now)
    if not isinstance(who, User):
        raise PermissionDenied(f"the operator cannot {Action(action).value.replace('_', ' ')}: log in as a desk member")
    return who
