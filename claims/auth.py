"""Desk users: argon2 salted password hashes, roles, and who may do what.

Every permission check of the dashboard goes through :func:`can` / :func:`require`, so the rules
live here and are tested here, not in the UI.
"""

from __future__ import annotations

from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from claims import logins
from claims.errors import InputError, PermissionDenied
from claims.models import User
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


def add_user(session: Session, *, name: str, password: str, role: Role | str) -> User:
    """Create a user; :class:`InputError` if the name exists or the password is weak. Does not commit."""
    name = _check_name(name)
    checked_role = _role(role)
    _check_password(password)
    if get_user(session, name=name) is not None:
        raise InputError(f"user {name!r} already exists")
    user = User(name=name, password_hash=hash_password(password), role=checked_role.value)
    session.add(user)
    session.flush()
    return user


def set_password(session: Session, *, name: str, password: str) -> None:
    user = get_user(session, name=name)
    if user is None:
        raise InputError(f"no user {name!r}")
    _check_password(password)
    user.password_hash = hash_password(password)
    session.add(user)
    session.flush()
    assert user.id is not None
    logins.revoke_all(session, user.id)  # a new password signs out every browser holding the old login


def set_active(session: Session, *, name: str, active: bool) -> User:
    """Activate or deactivate a user; deactivating also ends all their logins. Does not commit."""
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
