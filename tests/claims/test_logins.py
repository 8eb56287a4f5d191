"""Server-side login sessions (``claims.logins``) on SQLite and PostgreSQL: resume, expiry, revocation."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, col, select

from claims import logins
from claims.actors import OPERATOR
from claims.auth import add_user, set_active, set_password
from claims.models import LoginSession, User
from claims.settings import Settings

T0 = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
TTL = timedelta(hours=12)


@pytest.fixture
def rita(session: Session) -> User:
    user = add_user(session, actor=OPERATOR, name="rita", password="correct-horse-1", role="reviewer")
    session.commit()
    return user


def _rows(session: Session) -> list[LoginSession]:
    return list(session.exec(select(LoginSession).order_by(col(LoginSession.id))).all())


def test_a_fresh_token_resumes_its_user_until_it_expires(session: Session, rita: User) -> None:
    token = logins.start_session(session, rita, T0, TTL)
    session.commit()
    assert len(token) >= 43  # token_urlsafe(32): 256 random bits
    for later in (T0, T0 + timedelta(hours=1), T0 + TTL - timedelta(seconds=1)):
        resumed = logins.resume(session, token, later)
        assert resumed is not None and resumed.id == rita.id
    assert logins.resume(session, token, T0 + TTL) is None
    assert logins.resume(session, token, T0 + TTL + timedelta(days=1)) is None


def test_only_the_sha256_of_the_token_is_stored(session: Session, rita: User) -> None:
    token = logins.start_session(session, rita, T0, TTL)
    session.commit()
    (row,) = _rows(session)
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert row.user_id == rita.id and row.revoked is False
    assert row.expires_at == T0 + TTL
    stored = " ".join(str(v) for v in row.model_dump().values())
    assert token not in stored


def test_unknown_empty_and_oversized_tokens_fail(session: Session, rita: User) -> None:
    token = logins.start_session(session, rita, T0, TTL)
    session.commit()
    assert logins.resume(session, token + "x", T0) is None
    assert logins.resume(session, token[:-1], T0) is None
    assert logins.resume(session, "", T0) is None
    assert logins.resume(session, None, T0) is None
    assert logins.resume(session, "a" * 10_000, T0) is None
    assert logins.resume(session, logins.hash_token(token), T0) is None  # the stored hash is not a token


def test_two_logins_are_independent_and_logout_ends_only_one(session: Session, rita: User) -> None:
    laptop = logins.start_session(session, rita, T0, TTL)
    phone = logins.start_session(session, rita, T0, TTL)
    assert laptop != phone
    logins.end_session(session, laptop)
    session.commit()
    assert logins.resume(session, laptop, T0) is None
    assert logins.resume(session, phone, T0) is not None
    logins.end_session(session, "not-a-token")  # no-op
    logins.end_session(session, None)


def test_a_password_change_revokes_every_login_of_that_user(session: Session, rita: User) -> None:
    other = add_user(session, actor=OPERATOR, name="rami", password="correct-horse-1", role="reviewer")
    mine = [logins.start_session(session, rita, T0, TTL) for _ in range(2)]
    theirs = logins.start_session(session, other, T0, TTL)
    set_password(session, actor=OPERATOR, name="rita", password="a-new-password-2")
    session.commit()
    assert [logins.resume(session, t, T0) for t in mine] == [None, None]
    assert logins.resume(session, theirs, T0) is not None
    fresh = logins.start_session(session, rita, T0, TTL)  # logging in again works
    assert logins.resume(session, fresh, T0) is not None


def test_a_deactivated_user_cannot_resume_even_with_a_live_row(session: Session, rita: User) -> None:
    token = logins.start_session(session, rita, T0, TTL)
    rita.active = False  # deactivated behind the library's back: the row is still live
    session.add(rita)
    session.commit()
    assert not _rows(session)[0].revoked
    assert logins.resume(session, token, T0) is None
    rita.active = True
    session.add(rita)
    session.commit()
    assert logins.resume(session, token, T0) is not None


def test_deactivating_through_auth_revokes_the_rows(session: Session, rita: User) -> None:
    token = logins.start_session(session, rita, T0, TTL)
    set_active(session, actor=OPERATOR, name="rita", active=False)
    session.commit()
    assert [r.revoked for r in _rows(session)] == [True]
    set_active(session, actor=OPERATOR, name="rita", active=True)
    session.commit()
    assert logins.resume(session, token, T0) is None  # reactivation does not revive old logins


def test_last_seen_is_written_at_most_once_a_minute(session: Session, rita: User) -> None:
    token = logins.start_session(session, rita, T0, TTL)
    session.commit()
    logins.resume(session, token, T0 + timedelta(seconds=30))
    session.commit()
    assert _rows(session)[0].last_seen_at == T0
    logins.resume(session, token, T0 + timedelta(minutes=5))
    session.commit()
    assert _rows(session)[0].last_seen_at == T0 + timedelta(minutes=5)


def test_a_new_login_drops_that_users_expired_rows(session: Session, rita: User) -> None:
    old = logins.start_session(session, rita, T0, TTL)
    logins.start_session(session, rita, T0 + TTL + timedelta(hours=1), TTL)
    session.commit()
    assert len(_rows(session)) == 1
    assert logins.resume(session, old, T0) is None


def test_a_login_needs_a_stored_user_and_a_positive_lifetime(session: Session, rita: User) -> None:
    with pytest.raises(ValueError, match="stored"):
        logins.start_session(session, User(name="x", password_hash="x", role="reviewer"), T0, TTL)
    with pytest.raises(ValueError, match="positive"):
        logins.start_session(session, rita, T0, timedelta(0))


def test_login_lifetime_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings(_env_file=None).login_hours == 12  # type: ignore[call-arg]
    monkeypatch.setenv("CLAIMS_LOGIN_HOURS", "0.5")
    assert Settings(_env_file=None).login_hours == 0.5  # type: ignore[call-arg]
    monkeypatch.setenv("CLAIMS_LOGIN_HOURS", "0")
    with pytest.raises(ValueError, match="login_hours"):
        Settings(_env_file=None)  # type: ignore[call-arg]
