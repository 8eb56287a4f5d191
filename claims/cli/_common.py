"""What every command shares: one-line errors instead of tracebacks, settings, a stderr console."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.console import Console

from claims.errors import ClaimsError

err_console = Console(stderr=True)
out_console = Console()


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``message`` as one red line on stderr and return the exit to raise."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, markup=True, soft_wrap=True)
    return typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn deliberate library errors into one clear line and exit code 1."""
    try:
        yield
    except ClaimsError as exc:
        raise fail(str(exc)) from None


def database_url() -> str:
    from claims.settings import get_settings

    return get_settings().resolved_database_url


# ``--since`` of the commands that pick stored articles (quality, reextract): one wording, one parser.
StoredSince = Annotated[
    str | None,
    typer.Option(metavar="DATE", help="Only articles stored on or after DATE (YYYY-MM-DD or ISO datetime, UTC)."),
]
