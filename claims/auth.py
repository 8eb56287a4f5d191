"""Desk users: argon2 salted password hashes, roles, and who may do what.

Every permission check goes through :func:`authorize` (or :func:`can` / :func:`require`), so the
rules live here and are tested here, not in the UI. State-changing calls take an
:data:`~claims.actors.Actor` and call :func:`authorize` themselves, at the moment of the act: the
dashboard's role checks only decide what to *show*.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from enum import StrEnum
from functools import cache
from importlib import resources

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from claims import logins, throttle
from claims.actors import Actor, Login, Operator
from claims.errors import InputError, LoginThrottled, PermissionDenied
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
    MANAGE_LEXICON = "manage_lexicon"  # accept, edit or reject desk lexicon entries
    VIEW = "view"


_ALLOWED: dict[Role, frozenset[Action]] = {
    Role.REVIEWER: frozenset({Action.VIEW, Action.DECIDE}),
    Role.EDITOR: frozenset(
        {
            Action.VIEW,
            Action.DECIDE,
            Action.CORRECT,
            Action.EXPORT,
            Action.MANAGE_SOURCES,
            Action.MANAGE_LEXICON,
        }
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


def name_key(name: str) -> str:
    """A user name as logins and uniqueness compare it: NFKC, case-folded (``Bob`` is ``bob``)."""
    return unicodedata.normalize("NFKC", name.strip()).casefold()


@cache
def common_passwords() -> frozenset[str]:
    """The refused passwords of ``claims/common-passwords.txt``, case-folded."""
    text = resources.files("claims").joinpath("common-passwords.txt").read_text(encoding="utf-8")
    return frozenset(
        name_key(line) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _check_password(password: str, name: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InputError(f"password too short: use at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise InputError(f"password too long: at most {MAX_PASSWORD} characters")
    folded = name_key(password)
    if folded == name_key(name):
        raise InputError("password refused: it is the user name")
    if folded in common_passwords():
        raise InputError("password refused: it is on the list of most common passwords")


def hash_password(password: str) -> str:
    """A salted argon2id hash (the salt and parameters are inside the string)."""
    return _hasher.hash(password)


def get_user(session: Session, *, name: str) -> User | None:
    """The user whose name matches ``name`` ignoring case (:func:`name_key`)."""
    return session.exec(select(User).where(col(User.name_key) == name_key(name))).first()


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
    _check_password(password, name)
    existing = get_user(session, name=name)
    if existing is not None:
        same = "" if existing.name == name else f" (as {existing.name!r}: names ignore case)"
        raise InputError(f"user {name!r} already exists{same}")
    user = User(
        name=name, name_key=name_key(name), password_hash=hash_password(password), role=checked_role.value
    )
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
    _check_password(password, user.name)
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


def authenticate(
    session: Session,
    *,
    name: str,
    password: str,
    client: str | None = None,
    now: datetime | None = None,
    policy: throttle.ThrottlePolicy = throttle.ThrottlePolicy(),
) -> User | None:
    """The active user with this name (any case) and password, else ``None``; same cost either way.

    :class:`~claims.errors.LoginThrottled` when the name or the ``client`` address has failed too
    often lately (``claims.throttle``): then the password is not even checked. Every failure —
    unknown name, wrong password, deactivated account — counts the same, after a full argon2
    verification (against a dummy hash when the name is unknown). Does not commit: the caller
    commits a ``None`` too, so the failure is remembered.
    """
    now = now or utcnow()
    key = name_key(name)
    account = throttle.account_key(key)
    keys = [account, *([throttle.client_key(client)] if client else [])]
    until = throttle.locked_until(session, keys, now)
    if until is not None:
        raise LoginThrottled(
            f"too many failed logins: try again after {until:%H:%M} UTC, "
            "or ask an admin to run `claims users unlock NAME`"
        )
    user = get_user(session, name=name) if key else None
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
        verified = True
    except (VerificationError, InvalidHashError):
        verified = False
    if user is None or not verified or not user.active:
        throttle.record_failure(session, account, policy.max_failures, policy, now)
        if client:
            throttle.record_failure(session, keys[1], policy.max_client_failures, policy, now)
        return None
    throttle.clear(session, account)
    if _hasher.check_needs_rehash(user.password_hash):  # parameters were raised since it was stored
        user.password_hash = hash_password(password)
        session.add(user)
        session.flush()
    return user


def unlock(
    session: Session, *, actor: Actor, name: str, client: str | None = None, now: datetime | None = None
) -> bool:
    """Lift the failed-login lock of an account name (and of ``client``); True if one was there."""
    authorize(session, actor, Action.MANAGE_USERS, now)
    cleared = throttle.clear(session, throttle.account_key(name_key(name)))
    if client:
        cleared = throttle.clear(session, throttle.client_key(client)) or cleared
    return cleared


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
    user = logins.live_user(session, actor.token, now or utcnow(), touch=False)
    require(user, action)
    return user


def acting_user(session: Session, actor: Actor, action: Action, now: datetime | None = None) -> User:
    """:func:`authorize` for acts that must name a desk member (decisions, corrections, leases)."""
    who = authorize(session, actor, action, now)
    if not isinstance(who, User):
        raise PermissionDenied(f"the operator cannot {Action(action).value.replace('_', ' ')}: log in as a desk member")
    return who
