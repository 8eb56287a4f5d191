"""``claims link [--all]``: link articles not yet linked, or rebuild every link and index from scratch."""

from __future__ import annotations

import typer

from claims.cli._app import app
from claims.cli._common import database_url, out_console, user_errors


@app.command("link")
def link(
    rebuild: bool = typer.Option(
        False,
        "--all",
        help="Rebuild everything: clear the index and automatic links, link every article again.",
    ),
    auto_threshold: float = typer.Option(
        None, "--auto", min=0.0, max=1.0, help="Override the auto-link score."
    ),
    suggest_threshold: float = typer.Option(
        None, "--suggest", min=0.0, max=1.0, help="Override the suggest score."
    ),
    commit_every: int = typer.Option(200, "--commit-every", min=1, help="Articles per transaction."),
) -> None:
    """Link claims across articles: same claim, cited source (via), related teasers, syndicated copies.

    Reviewers' decisions (confirmed and rejected links) survive ``--all``.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from claims import db
    from claims.db import session_scope
    from claims.errors import InputError
    from claims.linking import link_all
    from claims.settings import get_settings

    settings = get_settings()
    auto = settings.link_auto_threshold if auto_threshold is None else auto_threshold
    suggest = settings.link_suggest_threshold if suggest_threshold is None else suggest_threshold
    url = database_url()
    with user_errors():
        if suggest > auto:
            raise InputError(
                f"the suggest threshold ({suggest}) must not be above the auto threshold ({auto})"
            )
        db.require_migrated(url)
        columns = (TextColumn("linking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with (
            Progress(*columns, console=out_console, transient=False) as progress,
            session_scope(url) as session,
        ):
            task = progress.add_task("link", total=None)

            def advance(done: int, total: int) -> None:
                progress.update(task, completed=done, total=total)

            report = link_all(
                session, auto_threshold=auto, suggest_threshold=suggest, progress=advance,
                rebuild=rebuild, commit_every=commit_every,
            )  # fmt: skip
    out_console.print(
        f"{report.articles} articles, {report.claims} claims: {report.auto} linked automatically, "
        f"{report.suggested} suggested ({report.via} via a cited source), "
        f"{report.syndicated} syndicated copies, "
        f"{report.related_resolved} related articles resolved, {report.related_unresolved} waiting",
        highlight=False,
    )
