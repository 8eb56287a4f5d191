"""Logins resist guessing: throttled per name and per client, constant-cost failures, no weak or
look-alike accounts (``Bob`` is ``bob``), an admin unlock, and the migration that made names unique."""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import Session
from typer.testing import CliRunner

from claims import auth, db, logins
from claims.actors import OPERATOR
from claims.cli import app
from claims.errors import InputError, LoginThrottled
from claims.models import LoginThrottle, User
from claims.throttle import ThrottlePolicy, lock_for

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
PASSWORD = "right-horse-battery"
TOKEN = "a-login-token-of-the-second-bob"
runner = CliRunner()


@pytest.fixture
def bob(session: Session) -> User:
    user = auth.add_user(session, actor=OPERATOR, name="Bob", password=PASSWORD, role="reviewer")
    session.commit()
    return user


def _try(session: Session, name: str, password: str, *, at: datetime = NOW, **kw: object) -> User | None:
    """One login attempt committed as the dashboard commits it (a failure is remembered)."""
    try:
        user = auth.authenticate(session, name=name, password=password, now=at, **kw)  # type: ignore[arg-type]
        session.commit()
        return user
    except Exception:
        session.rollback()
        raise


def test_thirty_wrong_passwords_then_the_right_one_is_refused(session: Session, bob: User) -> None:
    """The reported attack: after the fifth failure in a row even the right password waits."""
    for i in range(5):
        assert _try(session, "bob", f"guess-number-{i}", at=NOW + timedelta(seconds=i)) is None
    for i in range(25):
        with pytest.raises(LoginThrottled, match="try again after 09:15 UTC"):
            _try(session, "bob", f"guess-number-{i + 5}", at=NOW + timedelta(seconds=10 + i))
    with pytest.raises(LoginThrottled, match="claims users unlock"):
        _try(session, "bob", PASSWORD, at=NOW + timedelta(minutes=1))
    # the lock ends by itself, and a success clears the count
    assert _try(session, "bob", PASSWORD, at=NOW + timedelta(minutes=16)) is not None
    assert session.get(LoginThrottle, _account_key("bob")) is None


def _account_key(name: str) -> str:
    from claims.throttle import account_key

    return account_key(auth.name_key(name))


def test_the_lock_doubles_with_each_failure_after_it_up_to_a_day() -> None:
    policy = ThrottlePolicy(max_failures=5, lockout=timedelta(minutes=15))
    assert [lock_for(n, 5, policy) for n in (4, 5, 6, 7)] == [
        None, timedelta(minutes=15), timedelta(minutes=30), timedelta(hours=1)
    ]  # fmt: skip
    assert lock_for(40, 5, policy) == timedelta(hours=24) == lock_for(10_000, 5, policy)


def test_a_failure_after_a_lock_locks_longer_and_old_failures_expire(session: Session, bob: User) -> None:
    for i in range(5):
        _try(session, "bob", "wrong-password", at=NOW + timedelta(seconds=i))
    after = NOW + timedelta(minutes=16)
    assert _try(session, "bob", "wrong-password", at=after) is None  # the sixth: locked for 30 minutes
    with pytest.raises(LoginThrottled, match=f"after {(after + timedelta(minutes=30)):%H:%M} UTC"):
        _try(session, "bob", PASSWORD, at=after + timedelta(minutes=29))
    # four failures, then a quiet window: the count starts again, so four more do not lock
    later = NOW + timedelta(days=2)
    auth.unlock(session, actor=OPERATOR, name="bob")
    for i in range(4):
        _try(session, "bob", "wrong-password", at=later + timedelta(seconds=i))
    for i in range(4):
        _try(session, "bob", "wrong-password", at=later + timedelta(hours=2, seconds=i))
    assert _try(session, "bob", PASSWORD, at=later + timedelta(hours=2, minutes=1)) is not None


def test_unknown_names_lock_the_same_way(session: Session, bob: User) -> None:
    """A lock must not tell a guesser which names exist."""
    for name in ("bob", "nobody-here"):
        for i in range(5):
            assert _try(session, name, "wrong-password", at=NOW + timedelta(seconds=i)) is None
        with pytest.raises(LoginThrottled) as caught:
            _try(session, name, "wrong-password", at=NOW + timedelta(seconds=9))
        assert str(caught.value).startswith("too many failed logins: try again after 09:15 UTC")


def test_one_client_guessing_many_names_is_locked_out(session: Session, bob: User) -> None:
    policy = ThrottlePolicy(max_failures=5, max_client_failures=3)
    guesser, colleague = "203.0.113.7", "203.0.113.8"
    for name in ("amal", "omar", "sara"):
        assert _try(session, name, "wrong-password", client=guesser, policy=policy) is None
    with pytest.raises(LoginThrottled):
        _try(session, "bob", PASSWORD, client=guesser, policy=policy)
    assert _try(session, "bob", PASSWORD, client=colleague, policy=policy) is not None
    assert auth.unlock(session, actor=OPERATOR, name="bob", client=guesser)
    assert _try(session, "bob", PASSWORD, client=guesser, policy=policy) is not None


def test_a_failure_costs_the_same_whether_or_not_the_name_exists(session: Session, bob: User) -> None:
    policy = ThrottlePolicy(max_failures=1000)

    def cost(name: str) -> float:
        t0 = time.perf_counter()
        assert auth.authenticate(session, name=name, password="wrong-password", now=NOW, policy=policy) is None
        return time.perf_counter() - t0

    known = statistics.median(cost("bob") for _ in range(7))
    unknown = statistics.median(cost(f"ghost{i}") for i in range(7))
    assert 0.5 < unknown / known < 2, (known, unknown)  # both pay one full argon2 verification


def test_names_compare_ignoring_case(session: Session, bob: User) -> None:
    with pytest.raises(InputError, match="already exists \\(as 'Bob': names ignore case\\)"):
        auth.add_user(session, actor=OPERATOR, name="bob", password="another-secret-1", role="admin")
    assert auth.get_user(session, name="BOB") == bob
    logged = auth.authenticate(session, name="bOB", password=PASSWORD, now=NOW)
    assert logged is not None and logged.name == "Bob"  # shown as it was created
    auth.set_password(session, actor=OPERATOR, name="bob", password="fresh-secret-2")
    assert auth.authenticate(session, name="Bob", password="fresh-secret-2", now=NOW) is not None


@pytest.mark.parametrize(
    ("name", "password", "reason"),
    [
        ("karim2024", "KARIM2024", "is the user name"),
        ("nadia", "Password123", "most common passwords"),
        ("nadia", "qwertyuiop", "most common passwords"),
        ("nadia", "ＰＡＳＳＷＯＲＤ１", "most common passwords"),  # full-width look-alike (NFKC)
    ],
)
def test_guessable_passwords_are_refused(session: Session, name: str, password: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        auth.add_user(session, actor=OPERATOR, name=name, password=password, role="reviewer")
    assert auth.get_user(session, name=name) is None


def test_a_guessable_new_password_is_refused(session: Session, bob: User) -> None:
    auth.add_user(session, actor=OPERATOR, name="karimah2024", password="long-and-odd-1", role="editor")
    with pytest.raises(InputError, match="is the user name"):
        auth.set_password(session, actor=OPERATOR, name="KARIMAH2024", password="Karimah2024")
    with pytest.raises(InputError, match="most common"):
        auth.set_password(session, actor=OPERATOR, name="bob", password="iloveyou1")


def test_cli_unlock(db_url: str, session: Session, bob: User) -> None:
    for _ in range(5):
        _try(session, "bob", "wrong-password", at=datetime.now(UTC))
    with pytest.raises(LoginThrottled):
        _try(session, "bob", PASSWORD, at=datetime.now(UTC))
    result = runner.invoke(app, ["users", "unlock", "BOB"])
    assert result.exit_code == 0 and "BOB unlocked" in result.output, result.output
    assert _try(session, "bob", PASSWORD, at=datetime.now(UTC)) is not None
    again = runner.invoke(app, ["users", "unlock", "bob"])
    assert again.exit_code == 0 and "not locked" in again.output


def test_the_migration_folds_names_and_keeps_the_oldest_of_a_clash(empty_db_url: str) -> None:
    """Existing ``Bob`` and ``bob`` (made before names ignored case) become one login: the oldest."""
    url = empty_db_url
    db.upgrade(url, "0006")
    engine = db.make_engine(url)
    hashed = auth.hash_password(PASSWORD)
    with engine.begin() as conn:
        for name in ("Bob", "bob", "Ahmad", "أحمد"):
            conn.execute(
                sa.text(
                    'INSERT INTO "user" (name, password_hash, role, active, created_at) '
                    "VALUES (:n, :h, 'reviewer', :a, :t)"
                ),
                {"n": name, "h": hashed, "a": True, "t": NOW},
            )
        second = conn.execute(sa.text("SELECT id FROM \"user\" WHERE name = 'bob'")).scalar_one()
        conn.execute(
            sa.text(
                "INSERT INTO loginsession (token_hash, user_id, created_at, expires_at, last_seen_at, revoked) "
                "VALUES (:k, :u, :t, :e, :t, :r)"
            ),
            {"k": logins.hash_token(TOKEN), "u": second, "t": NOW, "e": NOW + timedelta(days=1), "r": False},
        )
    engine.dispose()
    db.upgrade(url)
    with Session(db.make_engine(url)) as session:
        rows = {u.name: (u.name_key, u.active) for u in auth.list_users(session)}
        assert rows == {
            "Ahmad": ("ahmad", True), "Bob": ("bob", True), "bob": (f"bob #{second}", False), "أحمد": ("أحمد", True)
        }  # fmt: skip
        assert logins.resume(session, TOKEN, NOW) is None  # the folded-away account's logins ended
        user = auth.authenticate(session, name="BOB", password=PASSWORD, now=NOW)
        assert user is not None and user.name == "Bob"
        with pytest.raises(InputError, match="already exists"):
            auth.add_user(session, actor=OPERATOR, name="AHMAD", password="other-secret-1", role="reviewer")
        session.get_bind().dispose()  # type: ignore[union-attr]
