"""``claims ingest``: run the ingestion flow once over a feed, a URL list or files, with progress."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from claims.cli._app import app
from claims.cli._common import database_url, err_console, out_console, user_errors

_SHOWN = 40  # rows of the "added" table before it is summarised


@app.command("ingest")
def ingest(
    paths: list[Path] = typer.Argument(
        None, help="Files (.txt, .html, .jsonl of {url,title,text}) or folders."
    ),
    feed: str = typer.Option(None, "--feed", help="An RSS or Atom feed URL."),
    urls: Path = typer.Option(None, "--urls", help="A file of article URLs, one a line."),
    source: str = typer.Option(None, "--source", help="A source declared in sources.toml, by name."),
    lang: str = typer.Option(None, "--lang", help="Language hint: ar or en (default: detected)."),
    batch_size: int = typer.Option(100, "--batch-size", min=1, help="Articles per task."),
) -> None:
    """Fetch, clean, extract, store and link articles once (the same flow the schedule runs)."""
    from claims import db
    from claims.errors import InputError
    from claims.ingest.items import check_feed_url, expand_paths, read_url_list

    url = database_url()
    with user_errors():
        if lang not in (None, "ar", "en"):
            raise InputError(f"--lang must be ar or en, not {lang!r}")
        given = [x for x in (paths, feed, urls, source) if x]
        if len(given) != 1:
            raise InputError("give one of: PATH..., --feed URL, --urls FILE, --source NAME")
        db.require_migrated(url)
        db.wait_writable(url)
        if paths and not expand_paths(paths):
            raise InputError("no .txt, .html or .jsonl files found there")
        if feed:
            check_feed_url(feed)
        if urls:
            read_url_list(urls)
        params: dict[str, Any] = {
            "feed": feed,
            "urls_file": str(urls.resolve()) if urls else None,
            "paths": [str(p.resolve()) for p in paths] if paths else None,
        }
        if source is None and lang is None:
            source = _declared_as(url, params)  # `claims ingest fixtures/articles` counts for its source
            if source:
                params = {}
        if source:
            _sync_declared_sources(url, source)
        report = _run(url, source=source, lang=lang, batch_size=batch_size, **params)
    _print_report(report)
    if report.error:
        raise typer.Exit(1)


def _declared_as(url: str, params: dict[str, Any]) -> str | None:
    """The enabled declared source at exactly the given location, so its health counts this run."""
    from claims.ingest.sources import load_sources
    from claims.settings import get_settings

    path = get_settings().sources_file
    if params["feed"]:
        kind, given = "feed", params["feed"]
    elif params["urls_file"]:
        kind, given = "urls", params["urls_file"]
    elif params["paths"] and len(params["paths"]) == 1:
        kind, given = "files", params["paths"][0]
    else:
        return None
    if not path.exists():
        return None
    for spec in load_sources(path):
        location = spec.location if kind == "feed" else str(Path(spec.location).resolve())
        if spec.enabled and spec.kind == kind and location == given:
            return spec.name
    return None


def _sync_declared_sources(url: str, name: str) -> None:
    """Mirror sources.toml (when present) and check ``name`` is declared, before any flow starts."""
    from sqlmodel import select

    from claims.db import session_scope
    from claims.errors import InputError
    from claims.ingest.sources import load_sources, sync_sources
    from claims.models import Source
    from claims.settings import get_settings

    path = get_settings().sources_file
    with session_scope(url) as session:
        if path.exists():
            sync_sources(session, load_sources(path))
        if session.exec(select(Source).where(Source.name == name)).first() is None:
            raise InputError(f"no source named {name!r} in {path}: see `claims sources`")


def _run(url: str, **params: Any) -> Any:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    err_console.print("[dim]starting the Prefect flow (the first run starts a local Prefect server)…[/]")
    from flows.ingest import Observer, ingest, observing

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=False,
    )
    bar = progress.add_task("finding articles", total=None)

    class _Bar(Observer):
        def total(self, n: int) -> None:
            progress.update(bar, total=n, description="ingesting")

        def outcome(self, outcome: Any) -> None:
            progress.advance(bar)

    with progress, observing(_Bar()):
        return ingest(database_url=url, **params)


def _print_report(report: Any) -> None:
    from rich.markup import escape
    from rich.table import Table

    added = report.added
    if added:
        table = Table(title="added", title_justify="left", show_lines=False)
        table.add_column("id", justify="right")
        table.add_column("title", overflow="fold", max_width=70)
        table.add_column("claims", justify="right")
        for o in added[:_SHOWN]:
            table.add_row(str(o.article_id), escape(o.title or o.url), str(o.claims))
        out_console.print(table)
        if len(added) > _SHOWN:
            out_console.print(f"… and {len(added) - _SHOWN} more")
    for o in report.failed[:_SHOWN]:
        err_console.print(f"[yellow]failed[/] {escape(o.url)}: {escape(o.reason or '')}", highlight=False)
    if len(report.failed) > _SHOWN:
        err_console.print(f"… and {len(report.failed) - _SHOWN} more failures (see `claims sources --all`)")
    if report.error:
        err_console.print(f"[bold red]error:[/] {escape(report.error)}", highlight=False)
    out_console.print(escape(report.summary()), highlight=False)
    if report.failed:
        out_console.print(
            "failures are recorded and retried on the next run (extractor failures once it changes)",
            style="dim",
        )
