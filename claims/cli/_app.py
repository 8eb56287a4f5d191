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
