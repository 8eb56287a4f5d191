"""``claims db …``: create and upgrade the database through the Alembic migrations."""

from __future__ import annotations

import typer

from claims.cli._app import app
from claims.cli._common import database_url, out_console, user_errors

db_app = typer.Typer(help="Create or upgrade the database schema (Alembic migrations).", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def upgrade(revision: str = typer.Argument("head", help="Target revision.")) -> None:
    """Apply the migrations (creates a fresh database)."""
    from claims import db

    url = database_url()
    with user_errors():
        db.upgrade(url, revision)
        engine = db.cached_engine(url)
        out_console.print(f"database at revision {db.current_revision(engine)}: {engine.url!r}")


@db_app.command("status")
def status() -> None:
    """Show the database's revision and whether it is current."""
    from claims import db

    url = database_url()
    with user_errors():
        engine = db.require_migrated(url)
        out_console.print(f"database is current ({db.head_revision()}): {engine.url!r}")
