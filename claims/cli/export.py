"""``claims export``: write reviewed claims as CSV, JSON Lines or ClaimReview, to a file or stdout;
or the desk's decisions as gold files (``--format gold --out DIR``).

A thin shell over :func:`claims.export.export_claims` (the dashboard calls the same function) and
:func:`claims.gold.export_gold`.
A file is written beside its destination and moved into place only when complete, so a failed
export never leaves a half file or clobbers the last good one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated, BinaryIO

import typer

from claims.cli._app import app
from claims.cli._common import database_url, err_console, fail, user_errors

PROGRESS_FROM = 5000  # rows; smaller exports finish before a bar would be any use


@app.command("export")
def export(
    status: Annotated[
        list[str] | None,
        typer.Option("--status", "-s", metavar="STATUS", help="verified (default), disputed; repeatable."),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="csv, jsonl, claimreview (schema.org JSON-LD), or gold (gold files in folder --out).",
        ),
    ] = "csv",
    since: Annotated[
        str | None,
        typer.Option(
            metavar="DATE",
            help="Decided on or after DATE (YYYY-MM-DD or ISO datetime, UTC); gold: articles stored since.",
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(metavar="DATE", help="Decided on or before DATE (a date includes the whole day)."),
    ] = None,
    lang: Annotated[
        str | None, typer.Option(metavar="LANG", help="Only articles in this language: ar or en.")
    ] = None,
    source: Annotated[
        str | None, typer.Option(metavar="NAME", help="Only articles from this source name or outlet.")
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", metavar="FILE", help="Write to FILE instead of stdout (gold: a folder)."),
    ] = None,
    no_bom: Annotated[bool, typer.Option("--no-bom", help="CSV without the UTF-8 byte-order mark.")] = False,
    include_partial: Annotated[
        bool,
        typer.Option("--include-partial", help="gold: also articles with pending claims (decided ones only)."),
    ] = False,
) -> None:
    """Export verified (and optionally disputed) claims; CSV opens in Excel with Arabic intact.

    ``--format gold --out DIR`` writes DIR/texts/<id>.txt and DIR/gold/<id>.json in the shared gold
    format, for articles whose claims are all decided; ``score_claims.py --gold DIR/gold`` scores on it.
    """
    if fmt == "gold":
        _gold(out, since=since, lang=lang, include_partial=include_partial, others=(status, until, source))
        return
    if include_partial:
        raise fail("--include-partial goes with --format gold")
    if out is not None and out.is_dir():
        raise fail(f"--out: {str(out)!r} is a folder; give a file name")
    from sqlmodel import Session

    from claims import db
    from claims.actors import OPERATOR
    from claims.export import FORMATS, ExportFilter, count_claims, parse_bound
    from claims.settings import get_settings

    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}: choose {', '.join(FORMATS)} or gold")
    with user_errors():
        filters = ExportFilter(
            statuses=tuple(status or ["verified"]),
            since=parse_bound(since, name="--since") if since else None,
            until=parse_bound(until, name="--until") if until else None,
            lang=lang,
            source=source,
        )
        if out is not None and not out.parent.is_dir():
            raise fail(f"--out: folder {str(out.parent)!r} does not exist")
        settings = get_settings()
        engine = db.require_migrated(database_url())
        with Session(engine) as session:
            total = count_claims(session, filters=filters)
            kwargs = {
                "actor": OPERATOR,  # the machine's operator: no login (docs/security.md)
                "filters": filters,
                "fmt": fmt,
                "bom": not no_bom,
                "organization": settings.organization,
                "organization_url": settings.organization_url,
            }
            if out is None:
                try:
                    written = _run(session, typer.get_binary_stream("stdout"), total, kwargs)
                except BrokenPipeError:  # `claims export | head`: the reader has all it wants
                    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
                    raise typer.Exit(0) from None
            else:
                written = _to_file(session, out, total, kwargs)
    where = str(out) if out is not None else "stdout"
    err_console.print(
        f"exported {written} claim{'s' if written != 1 else ''} as {fmt} to {where}", highlight=False
    )


def _to_file(session: object, out: Path, total: int, kwargs: dict[str, object]) -> int:
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            written = _run(session, stream, total, kwargs)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; the export is an ordinary file
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return written


def _run(session: object, stream: BinaryIO, total: int, kwargs: dict[str, object]) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from claims.export import export_claims

    if total < PROGRESS_FROM:
        written = export_claims(session, out=stream, **kwargs)  # type: ignore[arg-type]
        stream.flush()
        return written
    columns = (TextColumn("exporting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err_console, transient=True) as bar:
        task = bar.add_task("export", total=total)
        written = export_claims(
            session,  # type: ignore[arg-type]
            out=stream,
            progress=lambda n: bar.update(task, completed=n),
            **kwargs,  # type: ignore[arg-type]
        )
    stream.flush()
    return written


def _gold(
    out: Path | None,
    *,
    since: str | None,
    lang: str | None,
    include_partial: bool,
    others: tuple[object, ...],
) -> None:
    """``--format gold``: the desk's decided articles as gold files (``claims.gold``)."""
    from sqlmodel import Session

    from claims import db
    from claims.actors import OPERATOR
    from claims.export import parse_bound
    from claims.gold import GoldScope, export_gold, start_of

    if out is None:
        raise fail("--format gold needs --out DIR (a folder for texts/ and gold/)")
    if any(others):
        raise fail("--format gold takes --since, --lang, --include-partial and --out only")
    with user_errors():
        scope = GoldScope(
            since=start_of(parse_bound(since, name="--since")) if since else None,
            lang=lang,
            include_partial=include_partial,
        )
        if out.exists() and not out.is_dir():
            raise fail(f"--out: {str(out)!r} is a file; give a folder")
        engine = db.require_migrated(database_url())
        with Session(engine) as session:
            done = export_gold(session, actor=OPERATOR, out_dir=out, scope=scope)
    partial = f", {done.partial} with pending claims" if include_partial else ""
    left = f"; {done.left_out} with pending claims left out (--include-partial takes them)"
    left = left if done.left_out else ""
    err_console.print(
        f"exported gold for {done.articles} article{'s' if done.articles != 1 else ''}{partial} "
        f"({done.claims} claims, {done.added} added by reviewers, {done.events} events) to {out}{left}",
        highlight=False,
        soft_wrap=True,
    )
