"""``claims users …``: desk accounts for the dashboard (argon2 hashes; roles reviewer/editor/admin).

These commands act as the machine's operator (:data:`claims.actors.OPERATOR`): whoever can run them
already holds the database, so no login is asked for. The dashboard's Users page goes through the
same library calls with an admin's live login instead (docs/security.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

from claims.actors import OPERATOR
from claims.cli._app import app
from claims.cli._common import database_url, fail, out_console, user_errors

if TYPE_CHECKING:
    from sqlmodel import Session
from claims.types import Role  # a choice, so a wrong role is refused before the password is asked for

users_app = typer.Typer(
    help="Add dashboard users, change passwords or roles, deactivate or unlock them, list them.",
    no_args_is_help=True,
)
app.add_typer(users_app, name="users")


@contextmanager
def _operator_session() -> Iterator[Session]:
    """A session on the migrated database, committed on exit; library errors become one line."""
    from claims import db
    from claims.db import session_scope

    url = database_url()
    with user_errors():
        db.require_migrated(url)
        with session_scope(url) as session:
            yield session


def _prompt_password() -> str:
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@users_app.command("add")
def add(
    name: str = typer.Argument(..., help="Login name."),
    role: Role = typer.Option(..., "--role", case_sensitive=False, help="reviewer | editor | admin"),
    password: str | None = typer.Option(None, "--password", help="Password (prompted when omitted)."),
    exist_ok: bool = typer.Option(False, "--exist-ok", help="Succeed quietly when the user exists."),
) -> None:
    """Create a user (asks for the password unless --password is given)."""
    from claims import auth

    with _operator_session() as session:
        if auth.get_user(session, name=name) is not None:
            if exist_ok:
                out_console.print(f"user {name} exists; left unchanged")
                return
            raise fail(
                f"user {name!r} already exists (use `claims users passwd {name}` to change the password)"
            )
        auth.add_user(
            session, actor=OPERATOR, name=name, password=password or _prompt_password(), role=role
        )
    out_console.print(f"added {role.value} {name}")


@users_app.command("passwd")
def passwd(
    name: str = typer.Argument(..., help="Login name."),
    password: str | None = typer.Option(None, "--password", help="New password (prompted when omitted)."),
) -> None:
    """Set a user's password."""
    from claims import auth

    with _operator_session() as session:
        if auth.get_user(session, name=name) is None:
            raise fail(f"no user {name!r}")
        auth.set_password(session, actor=OPERATOR, name=name, password=password or _prompt_password())
    out_console.print(f"password of {name} changed")


@users_app.command("list")
def list_users() -> None:
    """Show every user with role and state."""
    from rich.table import Table

    from claims import auth

    with _operator_session() as session:
        table = Table("name", "role", "active", "created")
        for user in auth.list_users(session):
            table.add_row(
                user.name, user.role, "yes" if user.active else "no", f"{user.created_at:%Y-%m-%d}"
            )
    out_console.print(table)


def _set_active(name: str, active: bool) -> None:
    from claims import auth

    with _operator_session() as session:
        auth.set_active(session, actor=OPERATOR, name=name, active=active)
    out_console.print(f"{name} {'activated' if active else 'deactivated; their logins are ended'}")


@users_app.command("deactivate")
def deactivate(name: str = typer.Argument(..., help="Login name.")) -> None:
    """Stop a user from logging in and end every dashboard login they have open."""
    _set_active(name, False)


@users_app.command("activate")
def activate(name: str = typer.Argument(..., help="Login name.")) -> None:
    """Let a deactivated user log in again (old logins stay ended)."""
    _set_active(name, True)


@users_app.command("role")
def role(
    name: str = typer.Argument(..., help="Login name."),
    new_role: Role = typer.Argument(..., metavar="ROLE", case_sensitive=False, help="reviewer | editor | admin"),
) -> None:
    """Give a user another role (their next action in the dashboard is checked against it)."""
    from claims import auth

    with _operator_session() as session:
        user = auth.set_role(session, actor=OPERATOR, name=name, role=new_role)
        shown = f"{user.name} is now {user.role}"
    out_console.print(shown)


@users_app.command("unlock")
def unlock(
    name: str = typer.Argument(..., help="Login name (any case) whose failed logins locked it."),
    client: str | None = typer.Option(None, "--client", metavar="ADDRESS", help="Also unlock this client address."),
) -> None:
    """Lift the lock that too many failed logins put on a name (CLAIMS_LOGIN_MAX_FAILURES)."""
    from claims import auth

    with _operator_session() as session:
        cleared = auth.unlock(session, actor=OPERATOR, name=name, client=client)
    out_console.print(f"{name} unlocked" if cleared else f"{name} was not locked; nothing to do")
