"""Failed-login throttling: per account name and per client address, with exponential lockout.

Without it a password can be guessed as fast as argon2 verifies (tens per second). Each failed
login counts against the account *name* tried (known or not, so a lock says nothing about whether
the account exists) and against the client's address. When a count reaches its limit the key is
locked for ``lockout``, doubling with each further failure after a lock, up to ``max_lockout``; a
failure more than ``window`` after the previous one starts the count again. A successful login
clears the account's count, never the client's (logging into one's own account must not reset the
budget for guessing someone else's). ``claims users unlock NAME`` clears an account at once.

Keys are stored as SHA-256 digests: the table keeps neither the names tried nor addresses in clear.
Counting is one ``INSERT … ON CONFLICT DO UPDATE SET failures = failures + 1`` (SQLite and
PostgreSQL), so concurrent failures are never lost. Nothing here commits.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import case, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from claims.models import LoginThrottle


@dataclass(frozen=True)
class ThrottlePolicy:
    """How many failures lock what, and for how long (settings ``CLAIMS_LOGIN_*``)."""

    max_failures: int = 5  # per account name
    max_client_failures: int = 30  # per client address (a newsroom may share one)
    lockout: timedelta = timedelta(minutes=15)
    max_lockout: timedelta = timedelta(hours=24)
    window: timedelta = timedelta(hours=1)


def _digest(kind: str, value: str) -> str:
    return f"{kind}:{hashlib.sha256(value.encode('utf-8')).hexdigest()}"


def account_key(name_key: str) -> str:
    """The throttle key of an account name (already normalised by ``claims.auth.name_key``)."""
    return _digest("account", name_key)


def client_key(address: str) -> str:
    """The throttle key of a client address."""
    return _digest("client", address.strip().lower())


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def locked_until(session: Session, keys: list[str], now: datetime) -> datetime | None:
    """The latest lock among ``keys`` still running at ``now``, else ``None``."""
    rows = session.exec(
        select(LoginThrottle.locked_until).where(
            col(LoginThrottle.key).in_(keys), col(LoginThrottle.locked_until).is_not(None)
        )
    ).all()
    running = [_aware(r) for r in rows if r is not None and _aware(r) > _aware(now)]
    return max(running) if running else None


def lock_for(failures: int, limit: int, policy: ThrottlePolicy) -> timedelta | None:
    """How long ``failures`` in a row lock a key whose limit is ``limit`` (``None``: not yet)."""
    if failures < limit:
        return None
    doublings = min(failures - limit, 30)  # 2**30 × anything is past any cap
    return min(policy.lockout * (2**doublings), policy.max_lockout)


def record_failure(session: Session, key: str, limit: int, policy: ThrottlePolicy, now: datetime) -> int:
    """Count one failure of ``key`` (locking it at ``limit``); returns its failures in a row."""
    now = _aware(now)
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = LoginThrottle.__table__  # type: ignore[attr-defined]
    stmt = insert(table).values(key=key, failures=1, last_failure_at=now, locked_until=None)
    stale = table.c.last_failure_at < now - policy.window
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.key],
        set_={
            "failures": case((stale, 1), else_=table.c.failures + 1),
            "last_failure_at": now,
        },
    ).returning(table.c.failures)
    failures = int(session.execute(stmt).scalar_one())
    pause = lock_for(failures, limit, policy)
    if pause is not None:
        row = session.get(LoginThrottle, key, populate_existing=True)
        assert row is not None
        row.locked_until = now + pause
        session.add(row)
    session.flush()
    return failures


def clear(session: Session, key: str) -> bool:
    """Forget ``key``'s failures and lock; True when there was something to forget."""
    result = session.exec(delete(LoginThrottle).where(col(LoginThrottle.key) == key))  # type: ignore[call-overload]
    session.flush()
    return bool(result.rowcount)
