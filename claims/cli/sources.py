"""``claims sources``: the declared sources (mirrored from sources.toml) and how each is doing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import typer

from claims.cli._app import app
from claims.cli._common import database_url, out_console, user_errors


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "—"


@app.command("sources")
def sources(
    file: Path = typer.Option(
        None, "--file", help="The sources file (default: CLAIMS_SOURCES_FILE or ./sources.toml)."
    ),
    show_all: bool = typer.Option(False, "--all", help="Also list one-off `claims ingest` runs."),
) -> None:
    """List sources with their health: last success, last error, articles, claims, failures, next run."""
    from rich.markup import escape
    from rich.table import Table

    from claims import db
    from claims.ingest.sources import load_sources, source_health, sync_sources
    from claims.settings import get_settings

    url = database_url()
    path = file or get_settings().sources_file
    with user_errors():
        db.require_migrated(url)
        with db.session_scope(url) as session:
            if file is not None or path.exists():
                sync_sources(session, load_sources(path))
            health = source_health(session, include_adhoc=show_all)
    if not health:
        out_console.print(f"no sources: declare some in {path}")
        return
    table = Table(title=f"sources ({path})", title_justify="left")
    for col in (
        "name",
        "kind",
        "schedule",
        "status",
        "last success",
        "last error",
        "articles",
        "claims",
        "failing",
        "next run",
    ):
        table.add_column(
            col, justify="right" if col in ("articles", "claims", "failing") else "left", overflow="fold"
        )
    styles = {"ok": "green", "degraded": "yellow", "failing": "red", "disabled": "dim", "never run": "cyan"}
    for h in health:
        error = f"{_when(h.last_error_at)} {h.last_error}" if h.last_error else "—"
        table.add_row(
            escape(h.name),
            h.kind,
            escape(h.schedule),
            f"[{styles[h.status]}]{h.status}[/]",
            _when(h.last_success_at),
            escape(error[:160]),
            str(h.articles),
            str(h.claims),
            str(h.failures_pending),
            _when(h.next_run_at),
        )
    out_console.print(table)
