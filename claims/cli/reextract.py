"""``claims reextract``: run the current extractor again on articles nobody has decided yet.

A thin shell over :func:`claims.reextract.reextract`: a progress bar for long runs, one line per
article that failed (the others are done), and a summary.
"""

from __future__ import annotations

from typing import Annotated

import typer

from claims.cli._app import app
from claims.cli._common import StoredSince, database_url, err_console, out_console, user_errors


@app.command("reextract")
def reextract(
    since: StoredSince = None,
    source: Annotated[
        str | None, typer.Option(metavar="NAME", help="Only articles from this source name or outlet.")
    ] = None,
) -> None:
    """Re-extract articles with no decided claim, replacing their pending claims.

    Decided and corrected claims and every history stay untouched; an article whose pending claims are
    already what the extractor finds keeps them (same ids), so running it twice changes nothing.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from claims import db
    from claims.errors import InputError
    from claims.export import parse_bound
    from claims.gold import start_of
    from claims.reextract import reextract as run
    from claims.settings import get_settings

    settings = get_settings()
    with user_errors():
        bound = start_of(parse_bound(since, name="--since")) if since else None
        if source is not None and not source.strip():
            raise InputError("--source needs a name")
        url = database_url()
        db.require_migrated(url)
        columns = (TextColumn("re-extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=err_console, transient=True) as bar:
            task = bar.add_task("reextract", total=None)
            report = run(
                url,
                since=bound,
                source=source,
                auto_threshold=settings.link_auto_threshold,
                suggest_threshold=settings.link_suggest_threshold,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
    for failure in report.failures:
        err_console.print(f"[bold red]failed:[/] {failure.line()}", highlight=False, soft_wrap=True)
    out_console.print(report.summary(), highlight=False, soft_wrap=True)
    if report.failures:
        raise typer.Exit(1)
