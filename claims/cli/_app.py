"""The one Typer application every command module registers on.

Command modules import ``app`` from here and decorate their functions; ``claims.cli`` imports
them all. Keeping the app object in its own module lets each command live in its own file.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="claims",
    help="Extract who-said-what claims from news articles, link them, review them, export them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(wanted: bool) -> None:
    """``claims --version``: the package and the extractor (claims carry the extractor's version)."""
    if not wanted:
        return
    from claims import __version__
    from claims.extract import EXTRACTOR_VERSION

    typer.echo(f"claims {__version__} (extractor {EXTRACTOR_VERSION})")
    raise typer.Exit()


@app.callback()
def _configure(
    _version: bool = typer.Option(
        False,
        "--version",
        is_eager=True,
        callback=_print_version,
        help="Show the package and extractor versions.",
    ),
) -> None:
    """Read the settings once per command: bad ``CLAIMS_*`` values are one clear line, and logging follows
    ``CLAIMS_LOG_LEVEL`` (default WARNING: alembic, Prefect and httpx keep their INFO lines to themselves)."""
    import logging

    from pydantic import ValidationError

    from claims.settings import get_settings

    try:
        settings = get_settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"CLAIMS_{'_'.join(map(str, e['loc'])).upper()}: {e['msg'].removeprefix('Value error, ')}"
            for e in exc.errors()
        )
        typer.echo(f"error: invalid settings: {problems}", err=True)
        raise typer.Exit(2) from None
    logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s")
