"""``claims extract PATH... --format jsonl|table``: who said what in text or HTML files.

Each file is processed on its own: a missing or undecodable file, or one the extractor fails
on, prints one error line on stderr (the file and the reason) and the exit code becomes 1 after
the other files are done, so a batch never stops half-way and never shows a traceback.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from claims.cli._app import app
from claims.cli._common import err_console, out_console
from claims.errors import ClaimsError

SUFFIXES = (".txt", ".html", ".htm")


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


class LangOption(str, Enum):
    ar = "ar"
    en = "en"


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Text or HTML files, or directories of them.")],
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="jsonl for tools, table for people.")
    ] = (OutputFormat.jsonl),
    lang: Annotated[
        LangOption | None, typer.Option("--lang", help="Force the language (default: detect).")
    ] = None,
) -> None:
    """Extract attributed claims (speaker, cue, content, offsets) from news articles."""
    from claims.extract import extract_file

    failed = False
    for path in _expand(paths):
        try:
            doc, claims = extract_file(path, lang=lang.value if lang else None)
        except ClaimsError as exc:
            _error(f"{exc}")
            failed = True
            continue
        except Exception as exc:  # an extractor defect on one file must not sink the batch
            _error(f"{path}: extraction failed ({type(exc).__name__}: {exc})")
            failed = True
            continue
        if format is OutputFormat.jsonl:
            for claim in claims:
                row = {"source": path.name, **claim.model_dump(mode="json")}
                typer.echo(json.dumps(row, ensure_ascii=False))
        else:
            _print_table(path, doc.title or "", claims)
    if failed:
        raise typer.Exit(1)


def _error(message: str) -> None:
    err_console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)


def _expand(paths: list[Path]) -> list[Path]:
    """Directories become their .txt/.html files (sorted); files are kept even when missing."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            out.append(path)
    return out


def _print_table(path: Path, title: str, claims: list) -> None:  # type: ignore[type-arg]
    from rich.table import Table

    # Article text is data, never rich markup: "[/]" or "[bold]" in a quote must print as written.
    heading = f"{path.name} — {title}" if title else path.name
    table = Table(title=escape(heading), show_lines=True, expand=True)
    for column, style in (
        ("#", "dim"),
        ("kind", ""),
        ("speaker", "bold"),
        ("cue", "cyan"),
        ("content", ""),
        ("via", ""),
        ("check", ""),
    ):
        table.add_column(column, style=style or None, overflow="fold")
    for i, c in enumerate(claims, 1):
        speaker = escape(c.speaker) + (f"\n[dim]{escape(c.speaker_role)}[/]" if c.speaker_role else "")
        check = f"{c.checkworthiness:.2f}" + (
            f"\n[dim]{escape(', '.join(c.checkworthy_reasons))}[/]" if c.checkworthy_reasons else ""
        )
        table.add_row(str(i), c.kind.value, speaker, escape(c.cue), escape(c.content), escape(c.via), check)
    out_console.print(table)
