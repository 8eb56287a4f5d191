"""Users and roles: salted argon2 hashes, authentication, the permission matrix, the users CLI."""

from __future__ import annotations

import io

import pytest
from sqlmodel import Session
from typer.testing import CliRunner

from claims import auth, logins
from claims.actors import OPERATOR, Login, Operator
from claims.auth import Action
from claims.cli import app
from claims.errors import InputError, LoginEnded, PermissionDenied
from claims.models import User
from claims.types import Role
from tests.factories import login_as

runner = CliRunner()


def test_hashes_are_salted_argon2_and_never_the_password() -> None:
    first, second = auth.hash_password("correct horse"), auth.hash_password("correct horse")
    assert first != second and first.startswith("$argon2id$")
    assert "correct horse" not in first


def test_authenticate_accepts_only_the_right_password_of_an_active_user(session: Session) -> None:
    auth.add_user(session, actor=OPERATOR, name="amal", password="s3cret-pass", role=Role.REVIEWER)
    session.commit()
    user = auth.authenticate(session, name="amal", password="s3cret-pass")
    assert user is not None and user.role == "reviewer"
    assert auth.authenticate(session, name="amal", password="s3cret-pasS") is None
    assert auth.authenticate(session, name="nobody", password="s3cret-pass") is None
    assert auth.authenticate(session, name="", password="") is None
    user.active = False
    session.add(user)
    session.commit()
    assert auth.authenticate(session, name="amal", password="s3cret-pass") is None


def test_stored_hash_is_not_the_password(session: Session) -> None:
    user = auth.add_user(session, actor=OPERATOR, name="omar", password="another-pass", role="editor")
    session.commit()
    session.expire_all()
    stored = session.get(User, user.id)
    assert (
        stored is not None
        and stored.password_hash.startswith("$argon2")
        and "another-pass" not in stored.password_hash
    )


@pytest.mark.parametrize(
    ("name", "password", "role", "message"),
    [
        ("sara", "short", "reviewer", "at least 8"),
        ("sara", "long-enough", "boss", "unknown role"),
        ("two words", "long-enough", "reviewer", "without spaces"),
        ("", "long-enough", "reviewer", "user name"),
    ],
)
def test_bad_users_are_refused_with_a_clear_message(
    session: Session, name: str, password: str, role: str, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        auth.add_user(session, actor=OPERATOR, name=name, password=password, role=role)


def test_an_existing_name_is_refused(session: Session) -> None:
    auth.add_user(session, actor=OPERATOR, name="sara", password="long-enough", role="reviewer")
    session.commit()
    with pytest.raises(InputError, match="already exists"):
        auth.add_user(session, actor=OPERATOR, name="sara", password="other-pass", role="admin")


def test_set_password_replaces_the_old_one(session: Session) -> None:
    auth.add_user(session, actor=OPERATOR, name="lina", password="first-pass", role="reviewer")
    auth.set_password(session, actor=OPERATOR, name="lina", password="second-pass")
    session.commit()
    assert auth.authenticate(session, name="lina", password="first-pass") is None
    assert auth.authenticate(session, name="lina", password="second-pass") is not None
    with pytest.raises(InputError, match="at least 8"):
        auth.set_password(session, actor=OPERATOR, name="lina", password="2short")
    with pytest.raises(InputError, match="no user"):
        auth.set_password(session, actor=OPERATOR, name="ghost", password="whatever-pass")


EXPECTED = {
    Role.REVIEWER: {Action.VIEW, Action.DECIDE},
    Role.EDITOR: {
        Action.VIEW, Action.DECIDE, Action.CORRECT, Action.EXPORT, Action.MANAGE_SOURCES, Action.MANAGE_LEXICON
    },
    Role.ADMIN: set(Action),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_permission_matrix(role: Role, action: Action) -> None:
    assert auth.can(role, action) is (action in EXPECTED[role])
    assert auth.can(role.value, action) is (action in EXPECTED[role])


def test_unknown_role_may_do_nothing() -> None:
    assert not any(auth.can("intern", action) for action in Action)


def test_require_names_the_user_and_who_may() -> None:
    reviewer = User(name="amal", password_hash="x", role="reviewer")
    auth.require(reviewer, Action.DECIDE)
    with pytest.raises(PermissionDenied, match=r"amal is a reviewer: only editor or admin may correct"):
        auth.require(reviewer, Action.CORRECT)
    admin = User(name="root", password_hash="x", role="admin", active=False)
    with pytest.raises(PermissionDenied, match="deactivated"):
        auth.require(admin, Action.VIEW)


def test_users_cli_add_list_passwd(db_url: str, session: Session) -> None:
    result = runner.invoke(app, ["users", "add", "demo", "--role", "editor", "--password", "demo-demo"])
    assert result.exit_code == 0, result.output
    again = runner.invoke(app, ["users", "add", "demo", "--role", "editor", "--password", "demo-demo"])
    assert again.exit_code == 1 and "already exists" in again.output and "Traceback" not in again.output
    ok = runner.invoke(
        app, ["users", "add", "demo", "--role", "editor", "--password", "demo-demo", "--exist-ok"]
    )
    assert ok.exit_code == 0, ok.output
    weak = runner.invoke(app, ["users", "add", "weak", "--role", "reviewer", "--password", "x"])
    assert weak.exit_code == 1 and "at least 8" in weak.output
    prompted = runner.invoke(
        app, ["users", "add", "rev", "--role", "reviewer"], input="prompted-pw\nprompted-pw\n"
    )
    assert prompted.exit_code == 0, prompted.output
    listed = runner.invoke(app, ["users", "list"])
    assert (
        listed.exit_code == 0
        and "demo" in listed.output
        and "rev" in listed.output
        and "editor" in listed.output
    )
    changed = runner.invoke(app, ["users", "passwd", "demo", "--password", "new-demo-pw"])
    assert changed.exit_code == 0, changed.output
    missing = runner.invoke(app, ["users", "passwd", "ghost", "--password", "new-demo-pw"])
    assert missing.exit_code == 1 and "no user" in missing.output
    session.expire_all()
    assert auth.authenticate(session, name="demo", password="new-demo-pw") is not None
    assert auth.authenticate(session, name="rev", password="prompted-pw") is not None


def test_users_cli_deactivate_ends_logins_and_activate_lets_them_back(db_url: str, session: Session) -> None:
    from datetime import UTC, datetime, timedelta

    from claims import logins

    assert runner.invoke(app, ["users", "add", "dina", "--role", "reviewer", "--password", "dina-pass"]).exit_code == 0
    dina = auth.get_user(session, name="dina")
    assert dina is not None
    now = datetime.now(UTC)
    token = logins.start_session(session, dina, now=now, ttl=timedelta(hours=1))
    session.commit()
    off = runner.invoke(app, ["users", "deactivate", "dina"])
    assert off.exit_code == 0 and "deactivated" in off.output, off.output
    session.expire_all()
    assert logins.resume(session, token, now=now) is None
    assert auth.authenticate(session, name="dina", password="dina-pass") is None
    session.commit()  # a failed login is remembered (throttling): end the write before the CLI's
    on = runner.invoke(app, ["users", "activate", "dina"])
    assert on.exit_code == 0, on.output
    session.expire_all()
    assert auth.authenticate(session, name="dina", password="dina-pass") is not None
    assert logins.resume(session, token, now=now) is None  # old logins stay ended
    ghost = runner.invoke(app, ["users", "deactivate", "ghost"])
    assert ghost.exit_code == 1 and "no user" in ghost.output and "Traceback" not in ghost.output


def test_users_cli_on_an_unmigrated_database_says_what_to_run() -> None:
    result = runner.invoke(app, ["users", "list"])
    assert result.exit_code == 1 and "claims db upgrade" in result.output


# ---------------------------------------------------------------- acting through a live login


def test_a_deactivated_admin_cannot_add_a_user(session: Session) -> None:
    admin = login_as(session, "ada", "admin")
    auth.set_active(session, actor=OPERATOR, name="ada", active=False)
    with pytest.raises(LoginEnded, match="deactivated"):
        auth.add_user(session, actor=admin, name="mallory", password="long-enough-pw", role="admin")
    assert auth.get_user(session, name="mallory") is None


def test_user_administration_needs_a_live_admin_login_or_the_operator(session: Session) -> None:
    admin, editor = login_as(session, "ada", "admin"), login_as(session, "eddie", "editor")
    calls = {
        "add": lambda who: auth.add_user(session, actor=who, name="nour", password="long-enough-pw", role="editor"),
        "role": lambda who: auth.set_role(session, actor=who, name="eddie", role="admin"),
        "passwd": lambda who: auth.set_password(session, actor=who, name="eddie", password="new-password-9"),
        "deactivate": lambda who: auth.set_active(session, actor=who, name="eddie", active=False),
    }
    for name, call in calls.items():
        with pytest.raises(PermissionDenied, match="only admin may manage users"):
            call(editor)
        assert name and auth.get_user(session, name="nour") is None
    calls["add"](admin)
    calls["role"](OPERATOR)
    assert auth.get_user(session, name="eddie").role == "admin"  # type: ignore[union-attr]
    logins.end_session(session, admin.token)
    with pytest.raises(LoginEnded):
        calls["deactivate"](admin)
    calls["deactivate"](OPERATOR)  # the CLI path: no login
    assert not auth.get_user(session, name="eddie").active  # type: ignore[union-attr]


def test_export_needs_a_live_editor_login_or_the_operator(session: Session) -> None:
    from claims.export import ExportFilter, export_claims

    reviewer, editor = login_as(session, "rita", "reviewer"), login_as(session, "eddie", "editor")

    def run(actor: Login | Operator) -> int:
        return export_claims(session, actor=actor, filters=ExportFilter(), fmt="csv", out=io.BytesIO())

    with pytest.raises(PermissionDenied, match="only editor or admin may export"):
        run(reviewer)
    assert run(editor) == 0 and run(OPERATOR) == 0
    auth.set_password(session, actor=OPERATOR, name="eddie", password="changed-password")
    with pytest.raises(LoginEnded, match="password was changed"):
        run(editor)
